package id.go.cilegon.sigap.webapp.whatsapp;

import id.go.cilegon.sigap.command.complaint.api.AnswerComplainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.GiveVerdict;
import id.go.cilegon.sigap.command.informationrequest.api.FileObjection;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ProvideClarification;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.webapp.shared.Causes;
import id.go.cilegon.sigap.webapp.shared.Messaging;
import id.go.cilegon.sigap.webapp.whatsapp.CitizenCases.Found;
import id.go.cilegon.sigap.webapp.whatsapp.Conversations.Conversation;
import id.go.cilegon.sigap.webapp.whatsapp.Conversations.Flow;
import id.go.cilegon.sigap.webapp.whatsapp.WhatsAppContacts.CaseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * What a citizen does on an existing case, as on the status pages: check its status ({@code cek}), file a
 * <i>keberatan</i> on a ground still open, answer the officer's question, and give the verdict on a complaint's
 * answer. The case is one of the citizen's own (linked to this WhatsApp contact, chosen from a list or by its
 * number) or any case whose tracking code they type, the only authority the web knows too. The aggregate stays the
 * judge: an act it refuses is answered with the rule's own words.
 */
@Component
class CaseActs {

    static final int MAX_TEXT = 4000;
    private static final int MAX_COMMENT = 2000;

    private final CitizenCases cases;
    private final Messaging messaging;

    CaseActs(CitizenCases cases, Messaging messaging) {
        this.cases = cases;
        this.messaging = messaging;
    }

    /** Starts an act; {@code reference} is what followed the keyword ("cek 7KQ2-…"), or {@code null}. */
    Turn begin(Flow flow, WhatsAppContacts.Contact contact, String reference, Words words, Instant now) {
        Conversation started = Conversation.start(contact.key(), flow, "kasus", now);
        if (reference != null && !reference.isBlank()) {
            return cases.find(contact, null, reference, preferred(flow))
                    .map(found -> selected(started, found, words, now))
                    .orElseGet(() -> Turn.go(started, words.text("wa.case.notFound"), askCase(started, contact,
                            words)));
        }
        List<Found> candidates = cases.linked(contact, wanted(flow));
        if (candidates.size() == 1 && (flow == Flow.JAWAB || flow == Flow.PENILAIAN)) {
            return selected(started, candidates.get(0), words, now);
        }
        return Turn.go(started, askCase(started, contact, words, candidates));
    }

    Reply ask(Conversation conversation, WhatsAppContacts.Contact contact, Words words) {
        String prompt = "wa.ask." + conversation.flow().name() + "." + conversation.step();
        return switch (conversation.step()) {
            case "kasus" -> askCase(conversation, contact, words);
            case "alasan" -> words.choose(words.t(prompt), grounds(conversation, words));
            case "jawaban" -> new Reply.Text(words.t("wa.ask.JAWAB.jawaban", question(conversation)));
            case "puas" -> new Reply.Buttons(words.t("wa.ask.PENILAIAN.puas", answerText(conversation)), List.of(
                    Reply.Choice.of("PUAS", words.t("wa.verdict.satisfied")),
                    Reply.Choice.of("TIDAK_PUAS", words.t("wa.verdict.unsatisfied"))));
            case "nilai" -> words.choose(words.t(prompt), ratings(words));
            case "komentar" -> Boolean.parseBoolean(conversation.answer("puas"))
                    ? new Reply.Buttons(words.t(prompt), List.of(Reply.Choice.of("LEWATI", words.t("wa.skip"))))
                    : new Reply.Text(words.t("wa.ask.PENILAIAN.komentarRequired"));
            case CaseForms.CONFIRM -> new Reply.Buttons(words.t("wa.confirm.KEBERATAN",
                    conversation.answer("number"), letter(conversation.answer("alasan")),
                    conversation.answer("kasusPosisi")), List.of(Reply.Choice.of("KIRIM", words.t("wa.send")),
                    Reply.Choice.of("BATAL", words.t("wa.cancel"))));
            default -> words.text(prompt);
        };
    }

    Turn answer(Conversation conversation, WhatsAppContacts.Contact contact, InboundMessage message, Words words,
            Instant now) {
        String typed = message.isText() ? message.text() : null;
        switch (conversation.step()) {
            case "kasus" -> {
                return cases.find(contact, message.choice(), message.text(), preferred(conversation.flow()))
                        .map(found -> selected(conversation, found, words, now))
                        .orElseGet(() -> Turn.go(conversation, words.text("wa.case.notFound"),
                                askCase(conversation, contact, words)));
            }
            case "alasan" -> {
                return CaseForms.chosen(message, grounds(conversation, words))
                        .map(ground -> step(conversation.with("alasan", ground), "kasusPosisi", contact, words, now))
                        .orElseGet(() -> again(conversation, contact, words, "wa.expect.choice"));
            }
            case "kasusPosisi" -> {
                return typed == null || typed.length() > MAX_TEXT
                        ? again(conversation, contact, words, "wa.expect.longText")
                        : step(conversation.with("kasusPosisi", typed), CaseForms.CONFIRM, contact, words, now);
            }
            case CaseForms.CONFIRM -> {
                return CaseForms.isSend(message) ? fileObjection(conversation, words)
                        : Turn.go(conversation, words.text("wa.confirm.how"), ask(conversation, contact, words));
            }
            case "jawaban" -> {
                return typed == null || typed.length() > MAX_TEXT
                        ? again(conversation, contact, words, "wa.expect.longText")
                        : answerQuestion(conversation, typed, words);
            }
            case "puas" -> {
                Optional<String> verdict = CaseForms.chosen(message, List.of(
                        Reply.Choice.of("PUAS", words.t("wa.verdict.satisfied")),
                        Reply.Choice.of("TIDAK_PUAS", words.t("wa.verdict.unsatisfied"))));
                return verdict.map(chosen -> step(conversation.with("puas", String.valueOf(chosen.equals("PUAS"))),
                                "nilai", contact, words, now))
                        .orElseGet(() -> again(conversation, contact, words, "wa.expect.choice"));
            }
            case "nilai" -> {
                return CaseForms.chosen(message, ratings(words))
                        .map(rating -> step(conversation.with("nilai", rating), "komentar", contact, words, now))
                        .orElseGet(() -> again(conversation, contact, words, "wa.expect.choice"));
            }
            default -> {
                boolean satisfied = Boolean.parseBoolean(conversation.answer("puas"));
                boolean skipped = "LEWATI".equals(message.choice()) || typed != null && CaseForms.isSkip(typed);
                if (satisfied && skipped) {
                    return giveVerdict(conversation, null, words);
                }
                return typed == null || skipped || typed.length() > MAX_COMMENT
                        ? again(conversation, contact, words, "wa.expect.comment")
                        : giveVerdict(conversation, typed, words);
            }
        }
    }

    private Turn selected(Conversation conversation, Found found, Words words, Instant now) {
        Conversation chosen = conversation.with(Map.of("caseId", found.caseId(), "kind", found.kind().name(),
                "number", found.number()));
        String status = cases.describe(found, words);
        return switch (conversation.flow()) {
            case KEBERATAN -> {
                if (found.request() == null) {
                    yield Turn.end(words.text("wa.objection.notRequest"));
                }
                if (cases.openGrounds(found.request()).isEmpty()) {
                    yield Turn.end(words.text("wa.objection.none"), new Reply.Text(status));
                }
                Conversation next = chosen.at("alasan", now);
                yield Turn.go(next, ask(next, null, words));
            }
            case JAWAB -> {
                if (CitizenCases.openQuestion(found) == null) {
                    yield Turn.end(words.text("wa.answer.none"), new Reply.Text(status));
                }
                Conversation next = chosen.at("jawaban", now);
                yield Turn.go(next, ask(next, null, words));
            }
            case PENILAIAN -> {
                if (!CitizenCases.awaitsVerdict(found)) {
                    yield Turn.end(words.text("wa.verdict.none"), new Reply.Text(status));
                }
                Conversation next = chosen.at("puas", now);
                yield Turn.go(next, ask(next, null, words));
            }
            default -> Turn.end(new Reply.Text(status), words.text("wa.status.web"));
        };
    }

    private Turn fileObjection(Conversation conversation, Words words) {
        String requestId = conversation.answer("caseId");
        try {
            messaging.send(new FileObjection(InformationRequestId.of(requestId),
                    ObjectionGround.valueOf(conversation.answer("alasan")), conversation.answer("kasusPosisi").strip(),
                    null, Channel.WHATSAPP, null)).block();
        } catch (RuntimeException failure) {
            return refused(failure, words);
        }
        Optional<CaseFile.ObjectionFile> objection = cases.request(requestId,
                        file -> file.objection() != null && file.objection().open())
                .map(CaseFile::objection).filter(CaseFile.ObjectionFile::open);
        return Turn.end(objection.map(filed -> words.text("wa.objection.filed", filed.number().value(),
                        cases.date(filed.answerDeadline().dueDate(), words.locale())))
                .orElseGet(() -> words.text("wa.objection.filedPending")));
    }

    private Turn answerQuestion(Conversation conversation, String answer, Words words) {
        String caseId = conversation.answer("caseId");
        Object command = CaseKind.PENGADUAN.name().equals(conversation.answer("kind"))
                ? new AnswerComplainant(ComplaintId.of(caseId), answer.strip(), null)
                : new ProvideClarification(InformationRequestId.of(caseId), answer.strip(), Channel.WHATSAPP, null);
        try {
            messaging.send(command).block();
        } catch (RuntimeException failure) {
            return refused(failure, words);
        }
        return Turn.end(words.text("wa.answer.sent", conversation.answer("number")));
    }

    private Turn giveVerdict(Conversation conversation, String comment, Words words) {
        boolean satisfied = Boolean.parseBoolean(conversation.answer("puas"));
        try {
            messaging.send(new GiveVerdict(ComplaintId.of(conversation.answer("caseId")), satisfied,
                    Integer.parseInt(conversation.answer("nilai")), comment == null ? null : comment.strip())).block();
        } catch (RuntimeException failure) {
            return refused(failure, words);
        }
        return Turn.end(words.text(satisfied ? "wa.verdict.thanks" : "wa.verdict.reopened",
                conversation.answer("number")));
    }

    /** The aggregate's refusal in its rule's words; anything else is not the citizen's to hear and is retried. */
    private static Turn refused(RuntimeException failure, Words words) {
        RuleViolation violation = Causes.find(failure, RuleViolation.class).orElseThrow(() -> failure);
        return Turn.end(new Reply.Text(words.t("wa.refused", words.t("rule." + violation.code()))));
    }

    private Turn step(Conversation conversation, String step, WhatsAppContacts.Contact contact, Words words,
            Instant now) {
        Conversation next = conversation.at(step, now);
        return Turn.go(next, ask(next, contact, words));
    }

    private Turn again(Conversation conversation, WhatsAppContacts.Contact contact, Words words, String why) {
        return Turn.go(conversation, words.text(why), ask(conversation, contact, words));
    }

    private Reply askCase(Conversation conversation, WhatsAppContacts.Contact contact, Words words) {
        return askCase(conversation, contact, words, cases.linked(contact, wanted(conversation.flow())));
    }

    private static Reply askCase(Conversation conversation, WhatsAppContacts.Contact contact, Words words,
            List<Found> candidates) {
        String flow = conversation.flow().name();
        if (candidates.isEmpty()) {
            return words.text("wa.ask." + flow + ".kasus.code");
        }
        return new Reply.Menu(words.t("wa.ask." + flow + ".kasus"), words.t("wa.choose"), candidates.stream()
                .map(found -> new Reply.Choice("CASE:" + found.caseId(), found.number(), words.t(
                        found.complaint() != null ? "ComplaintStatus." + found.complaint().status().name()
                                : "InformationRequestStatus." + found.request().status().name())))
                .toList());
    }

    private List<Reply.Choice> grounds(Conversation conversation, Words words) {
        Map<ObjectionGround, LocalDate> open = cases.request(conversation.answer("caseId"), file -> true)
                .map(cases::openGrounds).orElse(Map.of());
        return open.keySet().stream().sorted().map(ground -> new Reply.Choice(ground.name(),
                words.t("wa.objection.letter", letter(ground.name())), words.t("status.ground." + ground.name())))
                .toList();
    }

    private String question(Conversation conversation) {
        return cases.load(CaseKind.valueOf(conversation.answer("kind")), conversation.answer("caseId"))
                .map(CitizenCases::openQuestion).orElse("");
    }

    private String answerText(Conversation conversation) {
        return cases.complaint(conversation.answer("caseId"), file -> true)
                .map(file -> file.answer() == null ? "" : file.answer().text()).orElse("");
    }

    private static List<Reply.Choice> ratings(Words words) {
        return IntStream.rangeClosed(1, 5).mapToObj(rating -> Reply.Choice.of(String.valueOf(rating),
                words.t("wa.rating." + rating))).toList();
    }

    private static String letter(String ground) {
        return ground.isEmpty() ? "" : ground.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    private static CaseKind preferred(Flow flow) {
        return flow == Flow.PENILAIAN ? CaseKind.PENGADUAN : CaseKind.PERMOHONAN;
    }

    private static Predicate<Found> wanted(Flow flow) {
        return switch (flow) {
            case KEBERATAN -> found -> found.request() != null;
            case JAWAB -> found -> CitizenCases.openQuestion(found) != null;
            case PENILAIAN -> CitizenCases::awaitsVerdict;
            default -> found -> true;
        };
    }
}
