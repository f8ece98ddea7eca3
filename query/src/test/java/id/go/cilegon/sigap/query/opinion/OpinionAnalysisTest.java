package id.go.cilegon.sigap.query.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.go.cilegon.sigap.command.shared.api.Sentiment;
import id.go.cilegon.sigap.query.opinion.api.Topic;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analysis on sentences written for the project the way Cilegon's residents write them: informal spellings,
 * slang, no capitals, the occasional typo. Each line states what a reader would say of it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpinionAnalysisTest {

    private MongoServer server;
    private MongoClient client;
    private TopicTaxonomy taxonomy;
    private OpinionAnalysis analysis;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoDatabase database = client.getDatabase("opinion-analysis-test");
        taxonomy = new TopicTaxonomy(database, Clock.systemUTC());
        analysis = new OpinionAnalysis(taxonomy);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @ParameterizedTest(name = "{0} → {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            jalan rusak parah di depan pasar, udah 3 bulan gak diperbaiki          | JALAN       | NEGATIF
            Jalanan berlubang bgt, motor saya jatuh                                  | JALAN       | NEGATIF
            mantap pak, jalan lingkar selatan sudah mulus dan lancar                 | JALAN       | POSITIF
            got mampet tiap ujan, air tergenang sampe lutut                          | BANJIR      | NEGATIF
            banjir lagi banjir lagi, pemkot kemana aja                               | BANJIR      | NEGATIF
            sampah numpuk di TPS, baunya kemana2                                     | SAMPAH      | NEGATIF
            makasih DLH sampahnya udah diangkut cepet, lingkungan jadi bersih        | SAMPAH      | POSITIF
            lampu PJU mati sebulan, gelap banget kalo malem                          | PENERANGAN  | NEGATIF
            pelayanan di puskesmas ramah dan cepat, mantul                           | KESEHATAN   | POSITIF
            antre di rumah sakit lama bgt, perawatnya judes                          | KESEHATAN   | NEGATIF
            ada pungli waktu bikin KTP di kelurahan                                  | KEPENDUDUKAN | NEGATIF
            mohon salinan dokumen anggaran APBD 2025 untuk penelitian                | INFORMASI   | NETRAL
            jadwal PPDB zonasi SMP kapan diumumkan?                                  | PENDIDIKAN  | NETRAL
            debu dari pabrik bikin anak-anak sakit, polusi gak ada yg ngurus         | LINGKUNGAN  | NEGATIF
            pelayanannya gak bagus, petugasnya kurang ramah                          | PELAYANAN   | NEGATIF
            parkir liar bikin macet parah tiap sore                                  | LALU_LINTAS | NEGATIF
            bansos ga tepat sasaran, tetangga yg mampu malah dapet                   | SOSIAL      | NEGATIF
            acara car free day kemarin seru                                          | LAINNYA     | NETRAL
            """)
    void reads_topic_and_sentiment_the_way_a_resident_means_them(String text, String topic, Sentiment sentiment) {
        OpinionAnalysis.Reading reading = analysis.read(text);

        assertThat(reading.topic()).as("topic of: " + text).isEqualTo(topic);
        assertThat(reading.sentiment()).as("sentiment of: " + text + " (score " + reading.score() + ", words "
                + reading.evidence() + ")").isEqualTo(sentiment);
    }

    @Test
    void negation_turns_a_word_around_and_an_intensifier_weighs_it_more() {
        assertThat(analysis.read("jalannya bagus").score()).isEqualTo(1.0);
        assertThat(analysis.read("jalannya gak bagus").score()).isEqualTo(-1.0);
        assertThat(analysis.read("jalannya bagus banget").score()).isEqualTo(1.5);
        assertThat(analysis.read("belum diperbaiki").sentiment()).isEqualTo(Sentiment.NEGATIF);
        assertThat(analysis.read("sudah diperbaiki").sentiment()).isEqualTo(Sentiment.POSITIF);
    }

    @Test
    void a_phrase_counts_once_not_as_its_parts() {
        assertThat(analysis.read("rumah sakit").sentiment()).as("a place, not a pain").isEqualTo(Sentiment.NETRAL);
        assertThat(analysis.read("terima kasih").evidence()).containsExactly("terima kasih");
    }

    @Test
    void the_kecamatan_is_found_by_its_name_or_a_kelurahan_but_not_in_the_city_name() {
        assertThat(analysis.read("banjir di Ciwandan").kecamatan()).isEqualTo("Ciwandan");
        assertThat(analysis.read("jalan rusak di Kebon Dalem dekat sekolah").kecamatan()).isEqualTo("Purwakarta");
        assertThat(analysis.read("warga kota cilegon mengeluh").kecamatan()).isNull();
        assertThat(analysis.read("warga kec. cilegon mengeluh").kecamatan()).isEqualTo("Cilegon");
        assertThat(analysis.read("bendungan jebol").kecamatan()).as("a dam, not the kelurahan").isNull();
        assertThat(analysis.read("banjir di kelurahan bendungan").kecamatan()).isEqualTo("Cilegon");
    }

    @Test
    void an_edited_taxonomy_reads_the_next_text_differently() {
        assertThat(analysis.read("konser musik di alun-alun bikin macet").topic()).isEqualTo("LALU_LINTAS");
        taxonomy.save(new Topic("ACARA", "Acara dan keramaian", List.of("konser", "alun-alun", "festival"), true));

        assertThat(analysis.read("konser musik di alun-alun bikin macet").topic())
                .as("konser and alun-alun outweigh macet").isEqualTo("ACARA");
        assertThat(analysis.read("konser musik di alun-alun bikin macet").keywords())
                .containsExactly("konser", "alun-alun");

        taxonomy.save(new Topic("ACARA", "Acara dan keramaian", List.of("konser"), false));
        assertThat(analysis.read("konser musik di alun-alun bikin macet").topic())
                .as("an inactive topic assigns nothing").isEqualTo("LALU_LINTAS");
        assertThat(taxonomy.all()).extracting(Topic::code).endsWith("ACARA");
    }
}
