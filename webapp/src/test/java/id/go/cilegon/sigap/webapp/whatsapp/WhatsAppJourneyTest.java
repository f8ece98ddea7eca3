package id.go.cilegon.sigap.webapp.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.complaint.api.AcceptDisposition;
import id.go.cilegon.sigap.command.complaint.api.AnswerComplaint;
import id.go.cilegon.sigap.command.complaint.api.AskComplainant;
import id.go.cilegon.sigap.command.complaint.api.ComplaintCategory;
import id.go.cilegon.sigap.command.complaint.api.ComplaintId;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.DisposeComplaint;
import id.go.cilegon.sigap.command.complaint.api.VerifyComplaint;
import id.go.cilegon.sigap.command.informationrequest.api.ConsequenceTest;
import id.go.cilegon.sigap.command.informationrequest.api.Cost;
import id.go.cilegon.sigap.command.informationrequest.api.DeliveryMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ExemptionGround;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestStatus;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDecision;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObtainMethod;
import id.go.cilegon.sigap.command.informationrequest.api.ReleaseDocument;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.RequestClarification;
import id.go.cilegon.sigap.command.informationrequest.api.SendWrittenNotice;
import id.go.cilegon.sigap.command.informationrequest.api.WrittenNotice;
import id.go.cilegon.sigap.command.shared.api.Channel;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.command.shared.api.UnitId;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.FindComplaint;
import id.go.cilegon.sigap.query.informationrequest.api.CaseFile;
import id.go.cilegon.sigap.query.informationrequest.api.FindCaseFile;
import id.go.cilegon.sigap.webapp.complaint.attachment.AttachmentStore;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.unit.Units;
import id.go.cilegon.sigap.webapp.whatsapp.standin.CloudApiStandIn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each WhatsApp journey of a citizen, end to end against the Cloud API stand-in: what they typed and tapped, what
 * they received, and what the case's read model holds afterwards.
 */
@SigapTest
class WhatsAppJourneyTest {

    private static final Pattern NUMBER = Pattern.compile("\\*((?:ADUAN|PPID)/\\d{4}/\\d{6})\\*");
    private static final Pattern CODE = Pattern.compile("Kode pelacakan: \\*([0-9A-Z-]{24})\\*");
    private static final OfficerId PETUGAS = OfficerId.of("uji-whatsapp");

    @Autowired
    CloudApiStandIn standIn;

    @Autowired
    WhatsAppInbox inbox;

    @Autowired
    MongoDatabase database;

    @Autowired
    QueryGateway queries;

    @Autowired
    CommandGateway commands;

    @Autowired
    WhatsAppContacts contacts;

    @Autowired
    InboxWorker worker;

    @Autowired
    AttachmentStore attachments;

    @Autowired
    Units units;

    @Autowired
    Clock clock;

    private WhatsAppChat chat(String name) {
        return WhatsAppChat.withNewNumber(standIn, inbox, database, name);
    }

    private static String last(List<String> replies) {
        assertThat(replies).as("Sigap replied").isNotEmpty();
        return replies.get(replies.size() - 1);
    }

    private static String number(List<String> replies) {
        Matcher matcher = NUMBER.matcher(String.join("\n", replies));
        assertThat(matcher.find()).as("a registration number in " + replies).isTrue();
        return matcher.group(1);
    }

    private static String code(List<String> replies) {
        Matcher matcher = CODE.matcher(String.join("\n", replies));
        assertThat(matcher.find()).as("a tracking code in " + replies).isTrue();
        return matcher.group(1);
    }

    private String caseOf(WhatsAppChat chat, String number) {
        return contacts.find(chat.key()).orElseThrow().cases().stream()
                .filter(link -> number.equals(link.number())).findFirst().orElseThrow().caseId();
    }

    private ComplaintFile complaint(String id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(new FindComplaint(ComplaintId.of(id)),
                ResponseTypes.optionalInstanceOf(ComplaintFile.class)).join(), Optional::isPresent).orElseThrow();
    }

    private CaseFile request(String id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(new FindCaseFile(
                InformationRequestId.of(id)), ResponseTypes.optionalInstanceOf(CaseFile.class)).join(),
                Optional::isPresent).orElseThrow();
    }

    static byte[] photo() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    /** A complaint from the menu to its number, with a named pin, a photo and the citizen's name. */
    String fileComplaint(WhatsAppChat chat) {
        assertThat(last(chat.say("halo"))).contains("Apa yang dapat kami bantu");
        assertThat(chat.lastChoices()).contains("1. Pengaduan baru", "7. Bicara dengan petugas");
        assertThat(last(chat.choose("1. Pengaduan baru"))).contains("judul singkat");
        assertThat(last(chat.say("Jalan berlubang depan SD 😡"))).contains("Ceritakan masalahnya");
        assertThat(last(chat.say("Lubang besar di Jl. Ahmad Yani, sudah 2 bulan, motor sering jatuh")))
                .contains("kategori");
        assertThat(last(chat.choose("Infrastruktur"))).contains("lokasi");
        assertThat(last(chat.exchange(() -> chat.phone().location(-6.0125, 106.0489, "SDN Ciwaduk 1",
                "Jl. Ahmad Yani, Kel. Ciwaduk, Kec. Cilegon")))).contains("Kirim foto");
        assertThat(last(chat.exchange(() -> chat.phone().photo(photo(), "image/jpeg", "lubangnya"))))
                .contains("1 dari 3 berkas diterima");
        assertThat(last(chat.choose("Selesai"))).contains("Siapa nama Anda");
        assertThat(last(chat.say("Siti Rahmawati"))).contains("Rahasiakan identitas");
        String summary = last(chat.choose("Tidak"));
        assertThat(summary).contains("Judul: Jalan berlubang depan SD 😡", "Kel. Ciwaduk, Kec. Cilegon",
                "Lampiran: 1 berkas", "Nama: Siti Rahmawati");
        List<String> registered = chat.choose("Kirim");
        assertThat(last(registered)).contains("Pengaduan Anda tercatat dengan nomor", "/pengaduan/status/");
        return number(registered);
    }

    @Test
    void a_complaint_lands_in_the_case_workflow_with_its_channel_contact_place_and_photo() {
        WhatsAppChat chat = chat("Siti Rahmawati");
        String number = fileComplaint(chat);
        String code = code(chat.replies());

        ComplaintFile file = complaint(caseOf(chat, number));
        assertThat(file.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(file.number()).isEqualTo(number);
        assertThat(file.status()).isEqualTo(ComplaintStatus.DITERIMA);
        assertThat(file.category()).isEqualTo(ComplaintCategory.INFRASTRUKTUR);
        assertThat(file.location().kelurahan()).isEqualTo("Ciwaduk");
        assertThat(file.location().latitude()).isEqualTo(-6.0125);
        assertThat(file.complainant().name()).isEqualTo("Siti Rahmawati");
        assertThat(file.complainant().phone()).isEqualTo("+" + chat.phone().contact());
        assertThat(file.attachments()).hasSize(1);
        assertThat(attachments.open(file.attachments().get(0).id())).isPresent();

        assertThat(last(chat.say("cek " + code))).contains("Riwayat lengkapnya");
        assertThat(String.join("\n", chat.say("cek " + number))).contains(number, "Diterima, menunggu verifikasi");
    }

    @Test
    void a_complaint_by_a_typed_place_anonymous_and_without_photo_keeps_no_identity_and_no_link() {
        WhatsAppChat chat = chat("Warga Anonim");
        chat.say("pengaduan");
        chat.say("Sampah menumpuk");
        chat.say("Sampah di pasar tidak diangkut seminggu");
        chat.say("2");
        assertThat(last(chat.say("Lewati"))).contains("Di kecamatan mana");
        assertThat(last(chat.choose("Cibeber"))).contains("Di kelurahan mana");
        chat.choose(chat.lastChoices().get(0));
        assertThat(last(chat.say("lewati"))).contains("Siapa nama Anda");
        assertThat(last(chat.choose("Anonim"))).contains("Identitas: anonim");
        List<String> registered = chat.say("kirim");

        assertThat(last(registered)).contains("Pengaduan anonim Anda tercatat");
        assertThat(contacts.find(chat.key()).orElseThrow().cases()).isEmpty();
    }

    @Test
    void a_wrong_answer_is_refused_with_the_web_forms_words_and_asked_again() {
        WhatsAppChat chat = chat("Budi");
        chat.say("2");
        chat.say("Budi Santoso");
        chat.choose("NIK (KTP)");
        List<String> refused = chat.say("12345");

        assertThat(refused.get(0)).contains("16");
        assertThat(last(refused)).contains("Nomor identitas");
        assertThat(last(chat.say("x".repeat(301)))).contains("Nomor identitas");
    }

    /** An information request from a citizen Meta knows only by a business-scoped id: asked for a contact. */
    @Test
    void an_information_request_without_a_phone_number_asks_for_a_contact_and_is_registered() {
        WhatsAppChat chat = WhatsAppChat.withoutNumber(standIn, inbox, database, "Rina");
        List<String> request = fileRequest(chat, "EMAIL");

        CaseFile file = request(caseOf(chat, number(request)));
        assertThat(file.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(file.requester().name()).isEqualTo("Rina Wulandari");
        assertThat(file.requester().email()).isEqualTo("rina@contoh.id");
        assertThat(file.requester().phone()).isNull();
        assertThat(file.deliveryMethod()).isEqualTo(DeliveryMethod.EMAIL);
        assertThat(file.status()).isEqualTo(InformationRequestStatus.DITERIMA);
    }

    List<String> fileRequest(WhatsAppChat chat, String delivery) {
        assertThat(last(chat.say("permohonan"))).contains("Nama lengkap pemohon");
        chat.say("Rina Wulandari");
        chat.choose("NIK (KTP)");
        chat.say("3672014101900002");
        chat.say("Jl. Merdeka No. 5, Cilegon");
        chat.say("Peneliti");
        chat.say("Rekapitulasi izin usaha mikro 2025 per kecamatan");
        assertThat(last(chat.say("Penelitian skripsi"))).contains("memperoleh informasi");
        chat.choose("Salinan softcopy");
        if (delivery.equals("EMAIL")) {
            assertThat(last(chat.choose("E-mail"))).contains("Alamat e-mail");
            assertThat(last(chat.say("rina@contoh.id"))).contains("Periksa permohonan");
        } else {
            chat.choose("WhatsApp");
        }
        List<String> registered = chat.choose("Kirim");
        assertThat(last(registered)).contains("nomor pendaftaran", "/status/");
        return registered;
    }

    @Test
    void batal_cancels_the_form_and_deletes_its_photo_and_nothing_is_registered() {
        WhatsAppChat chat = chat("Dedi");
        chat.say("1");
        chat.say("Lampu jalan mati");
        chat.say("Sudah seminggu gelap");
        chat.choose("Infrastruktur");
        chat.say("Kel. Ciwaduk");
        chat.exchange(() -> chat.phone().photo(photo(), "image/jpeg", null));
        String photo = new Conversations(database).find(chat.key()).orElseThrow().attachments().get(0);

        assertThat(last(chat.say("BATAL"))).contains("dibatalkan");
        assertThat(new Conversations(database).find(chat.key())).isEmpty();
        assertThat(attachments.open(photo)).isEmpty();
        assertThat(contacts.find(chat.key()).orElseThrow().cases()).isEmpty();
        assertThat(last(chat.say("batal"))).contains("Tidak ada yang sedang berjalan");
    }

    @Test
    void unknown_input_gets_help_never_silence() {
        WhatsAppChat chat = chat("Eko");
        assertThat(chat.say("asdfgh").get(0)).contains("belum memahami");
        assertThat(chat.exchange(() -> chat.phone().other("sticker")).get(0)).contains("belum dapat kami baca");
        chat.say("1");
        assertThat(chat.exchange(() -> chat.phone().other("audio")).get(0)).contains("belum dapat kami baca");
        assertThat(last(chat.say("menu"))).contains("judul singkat");
        assertThat(chat.exchange(() -> chat.phone().location(-6.0, 106.0, null, null)).get(0))
                .contains("Mohon jawab dengan mengetik");
        assertThat(String.join("\n", chat.say("english"))).contains("we will write in English", "title");
    }

    @Test
    void an_idle_conversation_expires_politely() {
        WhatsAppChat chat = chat("Fajar");
        chat.say("1");
        chat.say("Drainase tersumbat");

        worker.expireIdle(clock.instant().plus(Duration.ofMinutes(31)));
        await().atMost(Duration.ofSeconds(20)).until(chat::outboxIdle);

        assertThat(last(chat.replies())).contains("kami akhiri karena lama tidak ada balasan");
        assertThat(new Conversations(database).find(chat.key())).isEmpty();
        worker.expireIdle(clock.instant().plus(Duration.ofMinutes(62)));
        assertThat(chat.replies().stream().filter(reply -> reply.contains("kami akhiri"))).hasSize(1);
    }

    @Test
    void the_citizen_answers_the_ppids_question_after_being_told_of_it() {
        WhatsAppChat chat = chat("Rina");
        String requestId = caseOf(chat, number(fileRequest(chat, "WHATSAPP")));

        commands.sendAndWait(new RequestClarification(InformationRequestId.of(requestId),
                "Mohon sebutkan tahun anggaran yang dimaksud", PETUGAS));
        await().atMost(Duration.ofSeconds(20)).until(() -> last(chat.replies()).contains("Kabar untuk"));
        assertThat(last(chat.replies())).contains("Mohon sebutkan tahun anggaran", "jawab");

        assertThat(last(chat.say("jawab"))).contains("Pertanyaan petugas", "tahun anggaran");
        assertThat(last(chat.say("Tahun anggaran 2025"))).contains("jawaban Anda untuk");
        await().atMost(Duration.ofSeconds(20)).until(() -> request(requestId).clarification() == null);
    }

    @Test
    void the_citizen_answers_the_verifiers_question_on_a_complaint() {
        WhatsAppChat chat = chat("Gita");
        String complaintId = caseOf(chat, fileComplaint(chat));

        commands.sendAndWait(new AskComplainant(ComplaintId.of(complaintId), "Di depan SD yang mana?", PETUGAS));
        await().atMost(Duration.ofSeconds(20)).until(() -> last(chat.replies()).contains("Di depan SD yang mana"));

        chat.say("jawab");
        assertThat(last(chat.say("SDN Ciwaduk 1, dekat masjid"))).contains("jawaban Anda untuk");
        await().atMost(Duration.ofSeconds(20)).until(() -> complaint(complaintId).pendingQuestion() == null);
    }

    @Test
    void the_citizen_gives_the_verdict_on_the_answer_to_their_complaint() {
        units.save(new Units.Unit("DPUTR", "Dinas Pekerjaan Umum dan Tata Ruang", true));
        WhatsAppChat chat = chat("Hana");
        String number = fileComplaint(chat);
        ComplaintId id = ComplaintId.of(caseOf(chat, number));
        commands.sendAndWait(new VerifyComplaint(id, null, PETUGAS));
        commands.sendAndWait(new DisposeComplaint(id, List.of(new UnitId("DPUTR")), null, PETUGAS));
        commands.sendAndWait(new AcceptDisposition(id, new UnitId("DPUTR"), OfficerId.of("uji-dputr")));
        commands.sendAndWait(new AnswerComplaint(id, new UnitId("DPUTR"), "Lubang ditambal 3 Desember.",
                OfficerId.of("uji-dputr")));
        await().atMost(Duration.ofSeconds(20)).until(() -> last(chat.replies()).contains("sudah dijawab"));

        assertThat(last(chat.say("nilai"))).contains("Lubang ditambal", "puas");
        chat.choose("Puas");
        chat.choose("5 - Sangat baik");
        assertThat(last(chat.choose("Lewati"))).contains("Terima kasih atas penilaian Anda");

        ComplaintFile file = await().atMost(Duration.ofSeconds(20)).until(() -> complaint(id.value()),
                closed -> closed.status() == ComplaintStatus.SELESAI);
        assertThat(file.verdicts()).singleElement().satisfies(verdict -> {
            assertThat(verdict.satisfied()).isTrue();
            assertThat(verdict.rating()).isEqualTo(5);
        });
    }

    @Test
    void the_citizen_files_a_keberatan_on_a_refusal_they_were_told_of() {
        WhatsAppChat chat = chat("Indra");
        String requestId = caseOf(chat, number(fileRequest(chat, "WHATSAPP")));
        commands.sendAndWait(new SendWrittenNotice(InformationRequestId.of(requestId), new WrittenNotice(true, null,
                NoticeDecision.DITOLAK_DIKECUALIKAN, List.of(ExemptionGround.H_RAHASIA_PRIBADI),
                new ConsequenceTest(List.of("SK Wali Kota 400.3/2026"), "UU 14/2008 Pasal 17 huruf h",
                        "Membuka data pribadi merugikan pemiliknya", Period.ofYears(5)),
                null, List.of(), null, null, null, null, "pemberitahuan-tertulis/v1"), PETUGAS));
        await().atMost(Duration.ofSeconds(20)).until(() -> last(chat.replies()).contains("pemberitahuan tertulis"));

        assertThat(last(chat.say("keberatan"))).contains("Keberatan atas permohonan yang mana");
        chat.choose(chat.lastChoices().get(0));
        assertThat(chat.lastChoices()).contains("Huruf a");
        assertThat(last(chat.choose("Huruf a"))).contains("kasus posisi");
        assertThat(last(chat.say("Data yang saya minta adalah rekap, bukan data pribadi.")))
                .contains("Periksa keberatan", "huruf a");
        assertThat(last(chat.choose("Kirim"))).contains("Keberatan Anda tercatat dengan nomor");

        CaseFile file = await().atMost(Duration.ofSeconds(20)).until(() -> request(requestId),
                filed -> filed.objection() != null);
        assertThat(file.objection().ground()).isEqualTo(ObjectionGround.A_PENOLAKAN_PASAL_17);
        assertThat(file.objection().open()).isTrue();
    }

    @Test
    void the_citizen_is_told_of_a_file_of_the_granted_information_without_its_tracking_code() {
        WhatsAppChat chat = chat("Joko");
        String requestId = caseOf(chat, number(fileRequest(chat, "WHATSAPP")));
        commands.sendAndWait(new SendWrittenNotice(InformationRequestId.of(requestId), new WrittenNotice(true, null,
                NoticeDecision.DIKABULKAN_SELURUHNYA, List.of(), null, "Rekap anggaran 2025", List.of(),
                ObtainMethod.SALINAN_SOFTCOPY, "PDF", DeliveryMethod.WHATSAPP, new Cost(0, null),
                "pemberitahuan-v1"), PETUGAS));
        await().atMost(Duration.ofSeconds(20)).until(() -> last(chat.replies()).contains("pemberitahuan tertulis"));

        commands.sendAndWait(new ReleaseDocument(InformationRequestId.of(requestId), new ReleasedDocument(
                "665f1c2e9b1e8a3d4c5b6a70", "rekap-anggaran-2025.pdf", "application/pdf", 48_213, "ab".repeat(32)),
                PETUGAS));

        await().atMost(Duration.ofSeconds(20)).until(() -> last(chat.replies()).contains("rekap-anggaran-2025.pdf"));
        assertThat(last(chat.replies())).contains("Kabar untuk", "berkas informasi", "halaman status")
                .doesNotContain("/status/");
    }
}
