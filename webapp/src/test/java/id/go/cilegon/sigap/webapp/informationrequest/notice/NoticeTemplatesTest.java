package id.go.cilegon.sigap.webapp.informationrequest.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoticeTemplatesTest {

    @Test
    void a_notice_sent_with_v1_prints_with_the_v1_notice_and_receipt_templates() {
        NoticeTemplates v1 = NoticeTemplates.forVersion("pemberitahuan-v1").orElseThrow();

        assertThat(v1.template(DocumentKind.NOTICE)).isEqualTo("dokumen/pemberitahuan-v1");
        assertThat(v1.template(DocumentKind.DELIVERY_RECEIPT)).isEqualTo("dokumen/tanda-bukti-penyerahan-v1");
    }

    @Test
    void every_listed_template_exists() {
        NoticeTemplates v1 = NoticeTemplates.forVersion("pemberitahuan-v1").orElseThrow();
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(new ClassPathResource("templates/" + v1.template(kind) + ".html").exists())
                    .as(kind + " of pemberitahuan-v1").isTrue();
        }
    }

    @Test
    void an_unknown_or_missing_version_has_no_templates_rather_than_another_versions() {
        assertThat(NoticeTemplates.forVersion("pemberitahuan-v2")).isEmpty();
        assertThat(NoticeTemplates.forVersion("pemberitahuan-tertulis/v1")).isEmpty();
        assertThat(NoticeTemplates.forVersion(null)).isEmpty();
    }

    @Test
    void a_pdf_is_named_after_the_document_and_the_registration_number() {
        assertThat(DocumentKind.NOTICE.pdfFileName("PPID/2026/000001")).isEqualTo("pemberitahuan-PPID-2026-000001.pdf");
        assertThat(DocumentKind.DELIVERY_RECEIPT.pdfFileName("PPID/2026/000001"))
                .isEqualTo("tanda-bukti-penyerahan-PPID-2026-000001.pdf");
    }
}
