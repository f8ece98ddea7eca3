package id.go.cilegon.sigap.webapp.whatsapp;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestId;
import id.go.cilegon.sigap.command.informationrequest.api.ExtendNoticeDeadline;
import id.go.cilegon.sigap.command.informationrequest.api.RequestClarification;
import id.go.cilegon.sigap.command.shared.api.OfficerId;
import id.go.cilegon.sigap.webapp.support.SigapTest;
import id.go.cilegon.sigap.webapp.whatsapp.standin.CloudApiStandIn;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At-least-once in, at-least-once out: the same message delivered again (in turn or at once) has no further effect;
 * receipts land on their message in any order; a failed send is retried; notifications go as free text inside the
 * 24-hour window and as the approved template outside it, and a replay of the events sends nothing again.
 */
@SigapTest
class WhatsAppDeliveryTest {

    @Autowired
    CloudApiStandIn standIn;

    @Autowired
    WhatsAppInbox inbox;

    @Autowired
    MongoDatabase database;

    @Autowired
    SentMessages sent;

    @Autowired
    WhatsAppContacts contacts;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    WhatsAppOutbox outbox;

    @Autowired
    Clock clock;

    private WhatsAppChat chat(String name) {
        return WhatsAppChat.withNewNumber(standIn, inbox, database, name);
    }

    /** A complaint up to its confirmation, so that the next message registers it. */
    private static void upToConfirmation(WhatsAppChat chat) {
        chat.say("pengaduan");
        chat.say("Trotoar rusak");
        chat.say("Trotoar depan pasar Kranggot rusak parah");
        chat.choose("Infrastruktur");
        chat.say("Kel. Ciwaduk");
        chat.choose("Lewati");
        chat.say("Joko");
        chat.choose("Tidak");
    }

    private long complaintsOf(WhatsAppChat chat) {
        return contacts.find(chat.key()).orElseThrow().cases().size();
    }

    @Test
    void the_same_confirmation_delivered_five_times_registers_one_complaint() {
        WhatsAppChat chat = chat("Joko");
        upToConfirmation(chat);
        chat.say("kirim");
        String wamid = lastWamid(chat);
        int replies = chat.replies().size();

        for (int again = 0; again < 5; again++) {
            assertThat(chat.phone().redeliver(wamid, "kirim")).isEqualTo(200);
        }
        chat.settle(wamid);

        assertThat(complaintsOf(chat)).isOne();
        assertThat(chat.replies()).hasSize(replies);
        assertThat(database.getCollection(WhatsAppInbox.INBOX).countDocuments(eq("_id", wamid))).isOne();
    }

    @Test
    void the_same_confirmation_delivered_five_times_at_once_registers_one_complaint() throws Exception {
        WhatsAppChat chat = chat("Kartika");
        upToConfirmation(chat);
        String wamid = "wamid.SI.serentak-" + chat.phone().contact();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Integer>> deliveries = IntStream.range(0, 5)
                    .<Callable<Integer>>mapToObj(i -> () -> chat.phone().redeliver(wamid, "kirim")).toList();
            for (Future<Integer> status : threads.invokeAll(deliveries)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            threads.shutdown();
        }
        chat.settle(wamid);

        assertThat(complaintsOf(chat)).isOne();
        assertThat(chat.replies().stream().filter(reply -> reply.contains("tercatat dengan nomor"))).hasSize(1);
    }

    private String lastWamid(WhatsAppChat chat) {
        List<CloudApiStandIn.Line> lines = standIn.chat(chat.phone().contact());
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).fromPhone()) {
                return lines.get(i).wamid();
            }
        }
        throw new AssertionError("The phone sent nothing");
    }

    @Test
    void receipts_that_arrive_before_the_send_is_recorded_still_land_on_it() {
        WhatsAppChat chat = chat("Lina");
        standIn.receiptsBeforeAnswer(true);
        try {
            chat.say("halo");
        } finally {
            standIn.receiptsBeforeAnswer(false);
        }
        String wamid = chat.lines().get(0).wamid();

        SentMessages.Sent message = sent.find(wamid).orElseThrow();
        assertThat(message.outboxKey()).startsWith("reply:");
        assertThat(message.contact()).isEqualTo(chat.key());
        assertThat(message.statuses()).containsKeys("sent", "delivered", "read");
        assertThat(message.status()).isEqualTo("read");
    }

    @Test
    void receipts_in_any_order_and_twice_keep_the_highest_status_and_failed_wins() {
        WebhookPayload.Receipt read = new WebhookPayload.Receipt("wamid.uji.urutan", "read", clock.instant(), null);
        WebhookPayload.Receipt delivered = new WebhookPayload.Receipt("wamid.uji.urutan", "delivered",
                clock.instant(), null);

        sent.recordReceipts(List.of(read, delivered, read));
        assertThat(sent.find("wamid.uji.urutan").orElseThrow().status()).isEqualTo("read");
        sent.recordSend("wamid.uji.urutan", "reply:uji:0", "wa:628", clock.instant());
        assertThat(sent.find("wamid.uji.urutan").orElseThrow().statuses()).containsOnlyKeys("read", "delivered");

        sent.recordReceipts(List.of(new WebhookPayload.Receipt("wamid.uji.urutan", "failed", clock.instant(),
                "131047")));
        SentMessages.Sent failed = sent.find("wamid.uji.urutan").orElseThrow();
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.failure()).isEqualTo("131047");
    }

    @Test
    void a_send_that_fails_is_retried_with_back_off_until_it_goes_out() {
        WhatsAppChat chat = chat("Maya");
        standIn.failNextSends(2);

        List<String> replies = chat.say("halo");

        assertThat(replies).isNotEmpty();
        assertThat(replies.get(0)).contains("Selamat datang");
        String first = chat.lines().get(0).wamid();
        String key = sent.find(first).orElseThrow().outboxKey();
        WhatsAppOutbox.Queued queued = outbox.find(key).orElseThrow();
        assertThat(queued.state()).isEqualTo(WhatsAppOutbox.State.SENT);
        assertThat(queued.attempts()).isEqualTo(2);
    }

    @Test
    void a_notification_is_free_text_in_the_window_a_template_outside_it_and_never_sent_twice() {
        WhatsAppChat chat = chat("Nina");
        chat.say("2");
        chat.say("Nina Kurnia");
        chat.choose("NIK (KTP)");
        chat.say("3672014101900003");
        chat.say("Jl. Sudirman 1");
        chat.say("Wiraswasta");
        chat.say("Daftar penerima bantuan UMKM 2025");
        chat.say("Pengajuan bantuan");
        chat.choose("Salinan softcopy");
        chat.choose("WhatsApp");
        chat.choose("Kirim");
        String requestId = contacts.find(chat.key()).orElseThrow().cases().get(0).caseId();

        commands.sendAndWait(new RequestClarification(InformationRequestId.of(requestId), "Mohon lampirkan KTP",
                OfficerId.of("uji-whatsapp")));
        await().atMost(Duration.ofSeconds(20)).until(() -> chat.replies().get(chat.replies().size() - 1)
                .contains("Mohon lampirkan KTP"));
        assertThat(chat.lines().get(chat.lines().size() - 1).template()).isNull();
        chat.say("jawab");
        chat.say("KTP saya kirim lewat e-mail");

        database.getCollection(WhatsAppContacts.CONTACTS).updateOne(eq("_id", chat.key()),
                Updates.set("lastInboundAt", Date.from(clock.instant().minus(Duration.ofHours(25)))));
        commands.sendAndWait(new ExtendNoticeDeadline(InformationRequestId.of(requestId),
                "Informasi tersebar di tiga OPD", OfficerId.of("uji-whatsapp")));
        await().atMost(Duration.ofSeconds(20)).until(() -> chat.lines().get(chat.lines().size() - 1).template()
                != null);
        CloudApiStandIn.Line template = chat.lines().get(chat.lines().size() - 1);
        assertThat(template.template()).isEqualTo("sigap_perpanjangan");
        assertThat(template.text()).contains(contacts.find(chat.key()).orElseThrow().cases().get(0).number())
                .contains("jangka waktu diperpanjang").doesNotContain("tiga OPD");

        int received = chat.replies().size();
        replayNotifications();
        assertThat(chat.outboxIdle()).isTrue();
        assertThat(chat.replies()).hasSize(received);
    }

    private void replayNotifications() {
        StreamingEventProcessor processor = processing.eventProcessor(CaseNotifications.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp)
                && !processor.isReplaying());
    }
}
