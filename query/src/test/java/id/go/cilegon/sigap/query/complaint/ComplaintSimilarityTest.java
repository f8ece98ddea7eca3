package id.go.cilegon.sigap.query.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Lucene's Indonesian analyzer decides what counts as the same words. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplaintSimilarityTest {

    private final ComplaintSimilarity similarity = new ComplaintSimilarity();

    @Test
    void stems_and_stop_words_do_not_hide_the_same_complaint() {
        assertThat(similarity.terms("jalanan yang berlubang")).containsOnlyKeys("jalan", "lubang");
        assertThat(similarity.between("Jalan berlubang di depan SDN Ciwaduk",
                "jalanan di depan sekolah SDN Ciwaduk berlubang besar")).isGreaterThan(0.6);
    }

    @Test
    void a_different_problem_in_the_same_street_scores_low() {
        assertThat(similarity.between("Jalan berlubang di depan SDN Ciwaduk", "Lampu penerangan jalan mati"))
                .isLessThan(ComplaintSimilarity.THRESHOLD);
    }

    @Test
    void identical_text_scores_one_and_empty_text_zero() {
        assertThat(similarity.between("Sampah menumpuk", "sampah menumpuk")).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(similarity.between("", "Sampah menumpuk")).isZero();
    }
}
