package id.go.cilegon.sigap.webapp.complaint.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.complaint.api.Attachment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The attachment store against mongo-java-server's GridFS through the real driver. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AttachmentStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private AttachmentStore store;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        database = client.getDatabase("attachment-test");
        store = new AttachmentStore(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    private long storedFiles() {
        return database.getCollection(AttachmentStore.BUCKET + ".files").countDocuments();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(3, 4, 0xFF336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void a_photo_loses_its_exif_gps_block_but_stays_a_readable_jpeg() throws IOException {
        byte[] photo = PhoneFiles.jpegWithGps();
        assertThat(PhoneFiles.hasExif(photo)).as("the test photo carries EXIF").isTrue();

        Attachment stored = store.store(List.of(new Upload("IMG_0042.jpg", photo))).get(0);

        StoredAttachment read = store.open(stored.id()).orElseThrow();
        assertThat(read.contentType()).isEqualTo("image/jpeg");
        assertThat(PhoneFiles.hasExif(read.bytes())).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(read.bytes())).getWidth()).isEqualTo(64);
        assertThat(stored.size()).isEqualTo(read.bytes().length);
    }

    @Test
    void a_png_stays_a_png_and_a_pdf_is_kept_byte_for_byte() throws IOException {
        List<Attachment> stored = store.store(List.of(new Upload("denah.png", png()), new Upload("surat.pdf", pdf())));

        assertThat(stored).extracting(Attachment::contentType).containsExactly("image/png", "application/pdf");
        assertThat(ImageIO.read(new ByteArrayInputStream(store.open(stored.get(0).id()).orElseThrow().bytes()))
                .getRGB(3, 4)).isEqualTo(0xFF336699);
        assertThat(store.open(stored.get(1).id()).orElseThrow().bytes()).isEqualTo(pdf());
    }

    @Test
    void the_type_comes_from_the_bytes_not_the_name() {
        byte[] page = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.store(List.of(new Upload("foto.jpg", page))))
                .isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo(AttachmentRefused.TYPE_NOT_ALLOWED);
                    assertThat(refused.fileName()).isEqualTo("foto.jpg");
                });
        assertThat(storedFiles()).isZero();
    }

    @Test
    void a_file_that_starts_like_a_jpeg_but_is_not_one_is_refused() {
        byte[] fake = new byte[2048];
        fake[0] = (byte) 0xFF;
        fake[1] = (byte) 0xD8;
        fake[2] = (byte) 0xFF;
        fake[3] = (byte) 0xE0;

        assertThatThrownBy(() -> store.store(List.of(new Upload("rusak.jpg", fake))))
                .isInstanceOfSatisfying(AttachmentRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo(AttachmentRefused.TYPE_NOT_ALLOWED));
    }

    @Test
    void one_bad_file_among_good_ones_stores_none() throws IOException {
        List<Upload> uploads = List.of(new Upload("denah.png", png()), new Upload("kosong.pdf", new byte[0]));

        assertThatThrownBy(() -> store.store(uploads)).isInstanceOfSatisfying(AttachmentRefused.class,
                refused -> assertThat(refused.code()).isEqualTo(AttachmentRefused.EMPTY));
        assertThat(storedFiles()).isZero();
    }

    @Test
    void more_than_three_files_or_more_than_five_megabytes_are_refused() throws IOException {
        byte[] image = png();
        List<Upload> four = List.of(new Upload("1.png", image), new Upload("2.png", image), new Upload("3.png", image),
                new Upload("4.png", image));
        assertThatThrownBy(() -> store.store(four)).isInstanceOfSatisfying(AttachmentRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo(AttachmentRefused.TOO_MANY);
            assertThat(refused.fileName()).isEqualTo("4.png");
        });
        byte[] large = new byte[AttachmentStore.MAX_BYTES + 1];
        System.arraycopy(pdf(), 0, large, 0, pdf().length);
        assertThatThrownBy(() -> store.store(List.of(new Upload("besar.pdf", large))))
                .isInstanceOfSatisfying(AttachmentRefused.class, AttachmentRefused::tooLarge);
        assertThat(storedFiles()).isZero();
    }

    @Test
    void names_are_made_safe_for_headers_and_pages() {
        assertThat(AttachmentStore.safeName("C:\\Users\\x\\foto jalan (1).jpg")).isEqualTo("foto jalan _1_.jpg");
        assertThat(AttachmentStore.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentStore.safeName("\"\r\nSet-Cookie: a=b.jpg")).doesNotContain("\r", "\n", "\"");
        assertThat(AttachmentStore.safeName("..")).isEqualTo("lampiran");
    }

    @Test
    void the_sweep_deletes_only_unassigned_uploads_older_than_an_hour() throws IOException {
        List<Attachment> stored = store.store(List.of(new Upload("a.png", png()), new Upload("b.png", png())));
        store.assign(List.of(stored.get(0).id()), "complaint-1");
        AttachmentStore later = new AttachmentStore(database,
                Clock.fixed(NOW.plus(Duration.ofMinutes(61)), ZoneOffset.UTC));
        AttachmentStore soon = new AttachmentStore(database,
                Clock.fixed(NOW.plus(Duration.ofMinutes(59)), ZoneOffset.UTC));

        assertThat(soon.sweepUnassigned()).isZero();
        assertThat(later.sweepUnassigned()).isEqualTo(1);

        assertThat(store.open(stored.get(0).id())).isPresent();
        assertThat(store.open(stored.get(1).id())).isEmpty();
    }
}
