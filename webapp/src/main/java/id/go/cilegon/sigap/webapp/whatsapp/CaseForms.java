package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.Requester;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.webapp.complaint.ComplaintForm;
import id.go.cilegon.sigap.webapp.complaint.ComplaintIntake;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentStore;
import id.go.cilegon.sigap.webapp.informationrequest.InformationRequestForm;
import id.go.cilegon.sigap.webapp.informationrequest.InformationRequestIntake;
import id.go.cilegon.sigap.webapp.shared.FieldMessages;
import id.go.cilegon.sigap.webapp.shared.InvalidField;
import id.go.cilegon.sigap.webapp.whatsapp.Conversations.Conversation;
import id.go.cilegon.sigap.webapp.whatsapp.Conversations.Flow;
import id.go.cilegon.sigap.webapp.whatsapp.WhatsAppContacts.CaseKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The web's complaint form and Perki request form, asked one field at a time. Each answer is checked by the web
 * form's own rules (the same records, the same Bean Validation constraints, the same messages), so WhatsApp refuses
 * exactly what the page refuses; the whole form is checked again before it is sent. The phone number the citizen
 * writes from fills the form's telephone field; a citizen known only by a business-scoped id is asked for a phone
 * number or e-mail address, as the forms require one.
 *
 * <p>The case's id is derived from the id of the message that confirmed the form, so handling that message twice
 * (a node that died before marking it handled) finds the case already registered instead of registering another.
 */
@Component
class CaseForms {

    static final String CONFIRM = "kirim";
    private static final int MAX_PHOTOS = AttachmentStore.MAX_FILES;
    private static final String PHOTO = "lampiran.";

    enum Kind {
        TEXT,
        CHOICE,
        PIN,
        PHOTOS,
        NAME,
        CONTACT,
        CONFIRM
    }

    /** One question: the form field it fills, how it is answered, and whether it is asked at all. */
    record Field(String name, Kind kind, Predicate<Conversation> asked) {
    }

    private static final List<Field> COMPLAINT = List.of(
            new Field("judul", Kind.TEXT, always()),
            new Field("uraian", Kind.TEXT, always()),
            new Field("kategori", Kind.CHOICE, always()),
            new Field("lokasi", Kind.PIN, always()),
            new Field("kecamatan", Kind.CHOICE, c -> !c.has("kecamatan")),
            new Field("kelurahan", Kind.CHOICE, c -> !c.has("kelurahan")),
            new Field("lampiran", Kind.PHOTOS, always()),
            new Field("nama", Kind.NAME, always()),
            new Field("rahasia", Kind.CHOICE, c -> !c.has("anonim")),
            new Field("kontak", Kind.CONTACT, c -> !c.has("anonim") && !c.has("telepon") && !c.has("email")),
            new Field(CONFIRM, Kind.CONFIRM, always()));

    private static final List<Field> REQUEST = List.of(
            new Field("nama", Kind.TEXT, always()),
            new Field("jenisIdentitas", Kind.CHOICE, always()),
            new Field("nomorIdentitas", Kind.TEXT, always()),
            new Field("alamat", Kind.TEXT, always()),
            new Field("pekerjaan", Kind.TEXT, always()),
            new Field("informasiDiminta", Kind.TEXT, always()),
            new Field("tujuanPenggunaan", Kind.TEXT, always()),
            new Field("caraMemperoleh", Kind.CHOICE, always()),
            new Field("caraMendapatkanSalinan", Kind.CHOICE, always()),
            new Field("email", Kind.TEXT, c -> DeliveryMethod.EMAIL.name().equals(c.answer("caraMendapatkanSalinan"))),
            new Field("kontak", Kind.CONTACT, c -> !c.has("telepon") && !c.has("email")),
            new Field(CONFIRM, Kind.CONFIRM, always()));

    /** Which step a refused form field sends the citizen back to. */
    private static final Map<String, String> STEP_OF = Map.of("lintang", "lokasi", "bujur", "lokasi",
            "telepon", "kontak", "anonim", "nama", "nik", "nama", "alamat", "alamat");

    private final SpringValidatorAdapter validator;
    private final FieldMessages fieldMessages;
    private final Places places;
    private final Photos photos;
    private final ComplaintIntake complaints;
    private final InformationRequestIntake requests;
    private final WhatsAppContacts contacts;
    private final CitizenCases cases;
    private final AttachmentStore attachments;
    private final String publicUrl;

    CaseForms(jakarta.validation.Validator validator, FieldMessages fieldMessages, Places places, Photos photos,
            ComplaintIntake complaints, InformationRequestIntake requests, WhatsAppContacts contacts,
            CitizenCases cases, AttachmentStore attachments, @Value("${sigap.public-url}") String publicUrl) {
        this.validator = new SpringValidatorAdapter(validator);
        this.fieldMessages = fieldMessages;
        this.places = places;
        this.photos = photos;
        this.complaints = complaints;
        this.requests = requests;
        this.contacts = contacts;
        this.cases = cases;
        this.attachments = attachments;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    private static Predicate<Conversation> always() {
        return conversation -> true;
    }

    /** Starts the form: the number the citizen writes from is their telephone on it. */
    Turn begin(Flow flow, WhatsAppContacts.Contact contact, Words words, Instant now) {
        Conversation started = Conversation.start(contact.key(), flow, fields(flow).get(0).name(), now);
        if (contact.phone() != null) {
            started = started.with("telepon", contact.phone());
        }
        return Turn.go(started, words.text("wa.form." + flow.name() + ".intro"), ask(started, words));
    }

    /** The current question again, as it was first asked. */
    Reply ask(Conversation conversation, Words words) {
        Field field = field(conversation);
        String prompt = "wa.ask." + conversation.flow().name() + "." + field.name();
        return switch (field.kind()) {
            case TEXT, CONTACT -> words.text(prompt);
            case CHOICE -> words.choose(words.t(prompt), choices(conversation, field.name(), words));
            case PIN -> new Reply.Buttons(words.t(prompt), List.of(Reply.Choice.of("LEWATI", words.t("wa.skip"))));
            case PHOTOS -> conversation.attachments().isEmpty()
                    ? new Reply.Buttons(words.t(prompt), List.of(Reply.Choice.of("LEWATI", words.t("wa.skip"))))
                    : new Reply.Buttons(words.t("wa.photo.more", conversation.attachments().size(), MAX_PHOTOS),
                    List.of(Reply.Choice.of("SELESAI", words.t("wa.done"))));
            case NAME -> new Reply.Buttons(words.t(prompt),
                    List.of(Reply.Choice.of("ANONIM", words.t("wa.anonymous"))));
            case CONFIRM -> new Reply.Buttons(summary(conversation, words), List.of(
                    Reply.Choice.of("KIRIM", words.t("wa.send")), Reply.Choice.of("BATAL", words.t("wa.cancel"))));
        };
    }

    /** The citizen's answer to the current question. */
    Turn answer(Conversation conversation, WhatsAppContacts.Contact contact, InboundMessage message, Words words,
            Instant now) {
        Field field = field(conversation);
        String typed = message.isText() ? message.text() : null;
        switch (field.kind()) {
            case TEXT -> {
                return typed == null ? again(conversation, words, "wa.expect.text")
                        : checked(conversation.with(field.name(), typed), words, now, field.name());
            }
            case CHOICE -> {
                Optional<String> chosen = chosen(message, choices(conversation, field.name(), words));
                return chosen.isEmpty() ? again(conversation, words, "wa.expect.choice")
                        : next(conversation.with(field.name(), chosen.get()), words, now);
            }
            case PIN -> {
                return pin(conversation, message, words, now);
            }
            case PHOTOS -> {
                return photo(conversation, message, words, now);
            }
            case NAME -> {
                if ("ANONIM".equals(message.choice()) || typed != null && typed.equalsIgnoreCase("anonim")) {
                    return next(conversation.with("anonim", "true"), words, now);
                }
                return typed == null ? again(conversation, words, "wa.expect.text")
                        : checked(conversation.with("nama", typed), words, now, "nama");
            }
            case CONTACT -> {
                if (typed == null) {
                    return again(conversation, words, "wa.expect.text");
                }
                String target = typed.contains("@") ? "email" : "telepon";
                return checked(conversation.with(target, typed), words, now, target);
            }
            default -> {
                return isSend(message) ? submit(conversation, contact, message, words, now)
                        : Turn.go(conversation, words.text("wa.confirm.how"), ask(conversation, words));
            }
        }
    }

    /** The conversation ended without sending: its photos are deleted. */
    void discard(Conversation conversation) {
        attachments.delete(conversation.attachments());
    }

    private Turn pin(Conversation conversation, InboundMessage message, Words words, Instant now) {
        if ("LEWATI".equals(message.choice()) || message.isText() && isSkip(message.text())) {
            return next(conversation, words, now);
        }
        if (message.pin() != null) {
            InboundMessage.Pin pin = message.pin();
            Conversation pinned = conversation.with(Map.of("lintang", coordinate(pin.latitude()),
                    "bujur", coordinate(pin.longitude())));
            List<String> wrong = problems(pinned, words.locale(), "lintang", "bujur");
            if (!wrong.isEmpty()) {
                return Turn.go(conversation, new Reply.Text(String.join("\n", wrong)), ask(conversation, words));
            }
            return next(placed(pinned, places.in(pin.name(), pin.address())), words, now);
        }
        if (message.isText()) {
            Optional<Places.Place> place = places.in(message.text());
            if (place.isPresent()) {
                return next(placed(conversation, place), words, now);
            }
        }
        return again(conversation, words, "wa.expect.pin");
    }

    private static Conversation placed(Conversation conversation, Optional<Places.Place> place) {
        if (place.isEmpty()) {
            return conversation;
        }
        Map<String, String> where = new HashMap<>();
        where.put("kecamatan", place.get().kecamatan());
        if (place.get().kelurahan() != null) {
            where.put("kelurahan", place.get().kelurahan());
        }
        return conversation.with(where);
    }

    private Turn photo(Conversation conversation, InboundMessage message, Words words, Instant now) {
        boolean finished = "SELESAI".equals(message.choice()) || "LEWATI".equals(message.choice())
                || message.isText() && (isSkip(message.text()) || message.text().equalsIgnoreCase("selesai"));
        if (finished) {
            return next(conversation, words, now);
        }
        if (message.media() == null) {
            return again(conversation, words, "wa.expect.photo");
        }
        Photos.Result stored = photos.fetch(message.media(), conversation.attachments().size() + 1);
        if (stored.refusal() != null) {
            return Turn.go(conversation, new Reply.Text(words.t(stored.refusal(), stored.fileName())),
                    ask(conversation, words));
        }
        Attachment photo = stored.attachment();
        Conversation more = conversation.withAttachment(photo.id()).with(PHOTO + photo.id(),
                photo.contentType() + "|" + photo.size() + "|" + photo.fileName());
        if (more.attachments().size() >= MAX_PHOTOS) {
            return next(more, words, now);
        }
        return Turn.go(more.at(more.step(), now), ask(more, words));
    }

    /** Records a typed answer if the form's rules accept it for {@code field}, else says why not. */
    private Turn checked(Conversation answered, Words words, Instant now, String field) {
        List<String> wrong = problems(answered, words.locale(), field);
        if (!wrong.isEmpty()) {
            return Turn.go(answered.with(field, ""), new Reply.Text(String.join("\n", wrong)), ask(answered, words));
        }
        return next(answered, words, now);
    }

    private Turn again(Conversation conversation, Words words, String why) {
        return Turn.go(conversation, words.text(why), ask(conversation, words));
    }

    /** The next question that applies after the current one. */
    private Turn next(Conversation conversation, Words words, Instant now) {
        List<Field> fields = fields(conversation.flow());
        int current = indexOf(fields, conversation.step());
        for (int i = current + 1; i < fields.size(); i++) {
            if (fields.get(i).asked().test(conversation)) {
                Conversation moved = conversation.at(fields.get(i).name(), now);
                return Turn.go(moved, ask(moved, words));
            }
        }
        throw new IllegalStateException("The confirmation is always asked");
    }

    private Turn submit(Conversation conversation, WhatsAppContacts.Contact contact, InboundMessage message,
            Words words, Instant now) {
        List<String> names = fields(conversation.flow()).stream().map(Field::name).toList();
        Object form = form(conversation);
        List<InvalidField> wrong = invalid(form, words.locale());
        if (!wrong.isEmpty()) {
            String step = wrong.stream().map(field -> STEP_OF.getOrDefault(field.field(), field.field()))
                    .filter(names::contains).min((a, b) -> names.indexOf(a) - names.indexOf(b)).orElse(names.get(0));
            Conversation back = conversation.at(step, now);
            return Turn.go(back, new Reply.Text(wrong.stream().map(InvalidField::detail).distinct()
                    .reduce((a, b) -> a + "\n" + b).orElse("")), ask(back, words));
        }
        String caseId = UUID.nameUUIDFromBytes(("whatsapp:" + message.id()).getBytes(StandardCharsets.UTF_8))
                .toString();
        return conversation.flow() == Flow.PENGADUAN
                ? registerComplaint(conversation, (ComplaintForm) form, contact, caseId, words, now)
                : registerRequest((InformationRequestForm) form, contact, caseId, words, now);
    }

    private Turn registerComplaint(Conversation conversation, ComplaintForm form, WhatsAppContacts.Contact contact,
            String caseId, Words words, Instant now) {
        boolean anonymous = form.anonymous();
        if (!anonymous) {
            contacts.link(contact.key(), caseId, CaseKind.PENGADUAN, now);
        }
        try {
            ComplaintIntake.Receipt receipt = complaints.register(ComplaintId.of(caseId), form,
                    attachmentsOf(conversation), Channel.WHATSAPP, now, null).block();
            attachments.assign(conversation.attachments(), caseId);
            if (!anonymous) {
                contacts.numbered(contact.key(), caseId, receipt.number().value());
            }
            return Turn.end(words.text(anonymous ? "wa.registered.PENGADUAN.anonymous" : "wa.registered.PENGADUAN",
                    receipt.number().value(), receipt.trackingCode().display(),
                    publicUrl + "/pengaduan/status/" + receipt.trackingCode().value()));
        } catch (RuntimeException failure) {
            String number = cases.complaint(caseId, file -> true).orElseThrow(() -> failure).number();
            if (!anonymous) {
                contacts.numbered(contact.key(), caseId, number);
            }
            return Turn.end(words.text("wa.registered.again", number));
        }
    }

    private Turn registerRequest(InformationRequestForm form, WhatsAppContacts.Contact contact, String caseId,
            Words words, Instant now) {
        contacts.link(contact.key(), caseId, CaseKind.PERMOHONAN, now);
        try {
            InformationRequestIntake.Receipt receipt = requests.register(InformationRequestId.of(caseId), form,
                    Channel.WHATSAPP, now, null).block();
            contacts.numbered(contact.key(), caseId, receipt.registrationNumber().value());
            return Turn.end(words.text("wa.registered.PERMOHONAN", receipt.registrationNumber().value(),
                    receipt.trackingCode().display(), publicUrl + "/status/" + receipt.trackingCode().value()));
        } catch (RuntimeException failure) {
            String number = cases.request(caseId, file -> true).orElseThrow(() -> failure).registrationNumber();
            contacts.numbered(contact.key(), caseId, number);
            return Turn.end(words.text("wa.registered.again", number));
        }
    }

    /** The answers so far as the web form, blanks where nothing was given. */
    static Object form(Conversation c) {
        if (c.flow() == Flow.PENGADUAN) {
            return new ComplaintForm(c.answer("judul"), c.answer("uraian"), c.answer("kategori"),
                    c.answer("kecamatan"), c.answer("kelurahan"), c.answer("lintang"), c.answer("bujur"),
                    c.answer("anonim"), c.answer("rahasia"), c.answer("nama"), "", c.answer("telepon"),
                    c.answer("email"), "");
        }
        return new InformationRequestForm(c.answer("nama"), c.answer("jenisIdentitas"), c.answer("nomorIdentitas"),
                c.answer("alamat"), c.answer("telepon"), c.answer("email"), c.answer("pekerjaan"),
                c.answer("informasiDiminta"), c.answer("tujuanPenggunaan"), c.answer("caraMemperoleh"),
                c.answer("caraMendapatkanSalinan"));
    }

    /** What the form's rules say about {@code fields} of the answers so far, in the reader's language. */
    private List<String> problems(Conversation conversation, Locale locale, String... fields) {
        Set<String> wanted = Set.of(fields);
        return invalid(form(conversation), locale).stream().filter(field -> wanted.contains(field.field()))
                .map(InvalidField::detail).toList();
    }

    private List<InvalidField> invalid(Object form, Locale locale) {
        DirectFieldBindingResult errors = new DirectFieldBindingResult(form, "form");
        validator.validate(form, errors);
        return fieldMessages.invalidFields(errors, locale);
    }

    private static List<Attachment> attachmentsOf(Conversation conversation) {
        return conversation.attachments().stream().map(id -> {
            String[] meta = conversation.answer(PHOTO + id).split("\\|", 3);
            return new Attachment(id, meta[2], meta[0], Long.parseLong(meta[1]));
        }).toList();
    }

    private List<Reply.Choice> choices(Conversation conversation, String field, Words words) {
        return switch (field) {
            case "kategori" -> Arrays.stream(ComplaintCategory.values()).map(category -> new Reply.Choice(
                    category.name(), words.t("wa.category." + category.name()),
                    words.t("ComplaintCategory." + category.name()))).toList();
            case "kecamatan" -> places.kecamatan().stream()
                    .map(district -> Reply.Choice.of(district.name(), district.name())).toList();
            case "kelurahan" -> places.kelurahan(conversation.answer("kecamatan")).stream()
                    .map(village -> Reply.Choice.of(village, village)).toList();
            case "rahasia" -> List.of(Reply.Choice.of("true", words.t("wa.yes")),
                    Reply.Choice.of("false", words.t("wa.no")));
            case "jenisIdentitas" -> Arrays.stream(Requester.IdentityKind.values())
                    .map(kind -> Reply.Choice.of(kind.name(), words.t("wa.identity." + kind.name()))).toList();
            case "caraMemperoleh" -> Arrays.stream(ObtainMethod.values())
                    .map(method -> Reply.Choice.of(method.name(), words.t("wa.obtain." + method.name()))).toList();
            case "caraMendapatkanSalinan" -> Arrays.stream(DeliveryMethod.values())
                    .map(method -> Reply.Choice.of(method.name(), words.t("DeliveryMethod." + method.name())))
                    .toList();
            default -> throw new IllegalArgumentException("No choices for " + field);
        };
    }

    /** The choice a reply names: the tapped row or button, its title or id typed, or its position ("2"). */
    static Optional<String> chosen(InboundMessage message, List<Reply.Choice> choices) {
        for (Reply.Choice choice : choices) {
            if (choice.id().equals(message.choice())) {
                return Optional.of(choice.id());
            }
        }
        if (!message.isText()) {
            return Optional.empty();
        }
        String typed = message.text().strip();
        for (int i = 0; i < choices.size(); i++) {
            Reply.Choice choice = choices.get(i);
            if (typed.equalsIgnoreCase(choice.title()) || typed.equalsIgnoreCase(choice.id())
                    || typed.equals(String.valueOf(i + 1))) {
                return Optional.of(choice.id());
            }
        }
        return Optional.empty();
    }

    private String summary(Conversation c, Words words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.t("wa.confirm." + c.flow().name()));
        if (c.flow() == Flow.PENGADUAN) {
            lines.add(words.t("wa.summary.judul", c.answer("judul")));
            lines.add(words.t("wa.summary.kategori", words.t("ComplaintCategory." + c.answer("kategori"))));
            lines.add(words.t("wa.summary.lokasi", c.answer("kelurahan"), c.answer("kecamatan")));
            lines.add(words.t("wa.summary.lampiran", c.attachments().size()));
            lines.add(c.has("anonim") ? words.t("wa.summary.anonim")
                    : words.t("wa.summary.nama", c.answer("nama"), words.t(Boolean.parseBoolean(c.answer("rahasia"))
                    ? "wa.yes" : "wa.no")));
        } else {
            lines.add(words.t("wa.summary.nama.permohonan", c.answer("nama")));
            lines.add(words.t("wa.summary.informasi", c.answer("informasiDiminta")));
            lines.add(words.t("wa.summary.tujuan", c.answer("tujuanPenggunaan")));
            lines.add(words.t("wa.summary.cara", words.t("wa.obtain." + c.answer("caraMemperoleh")),
                    words.t("DeliveryMethod." + c.answer("caraMendapatkanSalinan"))));
        }
        return String.join("\n", lines);
    }

    /** The citizen confirms: the Kirim button, or a typed yes. */
    static boolean isSend(InboundMessage message) {
        return "KIRIM".equals(message.choice()) || message.isText()
                && Set.of("kirim", "ya", "y", "ok", "send").contains(message.text().strip().toLowerCase(Locale.ROOT));
    }

    static boolean isSkip(String typed) {
        return Set.of("lewati", "skip", "tidak ada", "tidak").contains(typed.strip().toLowerCase(Locale.ROOT));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static List<Field> fields(Flow flow) {
        return flow == Flow.PENGADUAN ? COMPLAINT : REQUEST;
    }

    private static Field field(Conversation conversation) {
        List<Field> fields = fields(conversation.flow());
        return fields.get(Math.max(0, indexOf(fields, conversation.step())));
    }

    private static int indexOf(List<Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Flows this class walks. */
    static boolean walks(Flow flow) {
        return flow == Flow.PENGADUAN || flow == Flow.PERMOHONAN;
    }
}
