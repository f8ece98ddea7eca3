package id.go.cilegon.sigap.webapp.whatsapp.standin;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Demo mode only: a citizen's phone in the browser ({@code /demo/whatsapp}). What is typed or tapped goes to Sigap
 * as the Cloud API stand-in's signed webhook, exactly as from Meta; Sigap's replies come back through the
 * stand-in and are shown as the phone would show them, with their buttons and list rows to tap. A location pin and
 * a sample photo can be sent too, so every WhatsApp journey can be tried on one machine.
 */
@Controller
@ConditionalOnBooleanProperty("sigap.demo.enabled")
@ConditionalOnBean(CloudApiStandIn.class)
class DemoPhonePage {

    static final String DEMO_NUMBER = "6281234567890";
    private static final Duration REPLY_WAIT = Duration.ofSeconds(8);

    private final CloudApiStandIn standIn;

    DemoPhonePage(CloudApiStandIn standIn) {
        this.standIn = standIn;
    }

    /** What the phone sends: typed words, or the id and title of a tapped choice ({@code daftar}: a list row). */
    record Sent(String nomor, String pesan, String id, String judul, String daftar) {
    }

    @GetMapping("/demo/whatsapp")
    String page(@RequestParam(name = "nomor", required = false) String nomor, Model model) {
        String number = number(nomor);
        List<CloudApiStandIn.Line> chat = standIn.chat(number);
        model.addAttribute("number", number);
        model.addAttribute("lines", chat.stream().map(line -> new DemoLine(line.fromPhone(), line.text(),
                line.choices(), line.choiceIds())).toList());
        return "demo/whatsapp";
    }

    @PostMapping("/demo/whatsapp/kirim")
    Mono<String> send(@ModelAttribute Sent sent) {
        String number = number(sent.nomor());
        return afterReply(number, phone -> {
            if (sent.id() != null && !sent.id().isBlank()) {
                phone.tap(sent.id(), sent.judul() == null ? sent.id() : sent.judul(), "true".equals(sent.daftar()));
            } else if (sent.pesan() != null && !sent.pesan().isBlank()) {
                phone.text(sent.pesan().strip());
            }
        });
    }

    /** A pin at the Cilegon city hall, named as WhatsApp names a shared place. */
    @PostMapping("/demo/whatsapp/lokasi")
    Mono<String> location(@ModelAttribute Sent sent) {
        return afterReply(number(sent.nomor()), phone -> phone.location(-6.0169, 106.0539, "Kantor Wali Kota Cilegon",
                "Jl. Jend. Sudirman No.2, Ramanuju, Kec. Purwakarta, Kota Cilegon"));
    }

    @PostMapping("/demo/whatsapp/foto")
    Mono<String> photo(@ModelAttribute Sent sent) {
        return afterReply(number(sent.nomor()), phone -> phone.photo(samplePhoto(), "image/png", "Foto contoh"));
    }

    private interface Act {
        void on(Phone phone);
    }

    /** Sends, then waits (briefly) for Sigap's reply so the page shows it at once. */
    private Mono<String> afterReply(String number, Act act) {
        return Mono.fromCallable(() -> {
                    int before = standIn.received(number).size();
                    act.on(standIn.phone(number, "Warga Demo"));
                    return before;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(before -> Flux.interval(Duration.ofMillis(200))
                        .filter(tick -> standIn.received(number).size() > before)
                        .next().timeout(REPLY_WAIT, Mono.just(0L)))
                .thenReturn("redirect:/demo/whatsapp?nomor=" + number + "#akhir");
    }

    private static String number(String nomor) {
        return nomor != null && nomor.matches("62\\d{8,13}") ? nomor : DEMO_NUMBER;
    }

    private static byte[] samplePhoto() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D canvas = image.createGraphics();
        canvas.setColor(new Color(120, 120, 120));
        canvas.fillRect(0, 0, 320, 240);
        canvas.setColor(new Color(40, 40, 40));
        canvas.fillOval(90, 80, 140, 80);
        canvas.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A chat line as the page shows it. */
    public record DemoLine(boolean mine, String text, List<String> choices, List<String> choiceIds) {
    }
}
