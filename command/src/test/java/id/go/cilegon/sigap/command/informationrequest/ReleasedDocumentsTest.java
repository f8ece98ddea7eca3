package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.closed;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.delivered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.grantedInFull;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.partlyGranted;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.refusedAsExempt;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;

import id.go.cilegon.sigap.command.informationrequest.api.DocumentReleased;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.ReleaseDocument;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocument;
import id.go.cilegon.sigap.command.informationrequest.api.ReleasedDocumentWithdrawn;
import id.go.cilegon.sigap.command.informationrequest.api.WithdrawReleasedDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Files of the granted information released for the requester to download, and taken back when wrong. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReleasedDocumentsTest {

    private static final String FILE = "daftar-penerima-bos-2026.pdf";
    private static final Instant NOTICE = wib(2026, 4, 1, 10, 0);
    private static final Instant EARLIER = wib(2026, 4, 2, 9, 0);
    private static final Instant NOW = wib(2026, 4, 2, 14, 0);

    private static ReleasedDocument document(String id) {
        return new ReleasedDocument(id, FILE, "application/pdf", 48_213,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    private static ReleaseDocument release(String id) {
        return new ReleaseDocument(ID, document(id), PPID);
    }

    private static DocumentReleased released(String id, Instant at) {
        return new DocumentReleased(ID, document(id), PPID, at);
    }

    @Nested
    class Releasing {

        @Test
        void puts_a_file_of_a_full_grant_where_the_requester_downloads_it() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE))
                    .when(release("dok-1"))
                    .expectEvents(released("dok-1", NOW));
        }

        @Test
        void works_for_a_partial_grant_and_after_the_hand_over_and_the_closing() {
            at(NOW).given(registered(), noticeSent(partlyGranted(), NOTICE), delivered(EARLIER), closed(EARLIER))
                    .when(release("dok-1"))
                    .expectEvents(released("dok-1", NOW));
        }

        @Test
        void is_refused_before_a_notice_and_after_a_refusal() {
            at(NOW).given(registered())
                    .when(release("dok-1"))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTHING_GRANTED_TO_RELEASE));
            at(NOW).given(registered(), noticeSent(refusedAsExempt(), NOTICE))
                    .when(release("dok-1"))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTHING_GRANTED_TO_RELEASE));
        }

        @Test
        void is_refused_once_the_requester_withdrew() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE), withdrawn(EARLIER))
                    .when(release("dok-1"))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTHING_GRANTED_TO_RELEASE));
        }

        @Test
        void is_refused_for_a_file_already_released() {
            at(NOW).given(registered(), noticeSent(grantedInFull(), NOTICE), released("dok-1", EARLIER))
                    .when(release("dok-1"))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DOCUMENT_ALREADY_RELEASED));
        }

        @Test
        void is_refused_beyond_ten_files_but_a_withdrawn_one_makes_room() {
            List<Object> tenReleased = new ArrayList<>(List.of(registered(), noticeSent(grantedInFull(), NOTICE)));
            for (int i = 1; i <= InformationRequestRules.MAX_RELEASED_DOCUMENTS; i++) {
                tenReleased.add(released("dok-" + i, EARLIER));
            }
            at(NOW).given(tenReleased)
                    .when(release("dok-11"))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.TOO_MANY_DOCUMENTS));

            List<Object> oneTakenBack = new ArrayList<>(tenReleased);
            oneTakenBack.add(new ReleasedDocumentWithdrawn(ID, "dok-3", FILE, "Berkas keliru", PPID, EARLIER));
            at(NOW).given(oneTakenBack)
                    .when(release("dok-11"))
                    .expectEvents(released("dok-11", NOW));
        }
    }

    @Nested
    class Taking_back {

        @Test
        void stops_the_download_and_keeps_the_reason() {
            at(NOW).given(registered(), noticeSent(partlyGranted(), NOTICE), released("dok-1", EARLIER))
                    .when(new WithdrawReleasedDocument(ID, "dok-1", "  NIK siswa belum dihitamkan  ", PPID))
                    .expectEvents(new ReleasedDocumentWithdrawn(ID, "dok-1", FILE, "NIK siswa belum dihitamkan", PPID,
                            NOW));
        }

        @Test
        void is_refused_without_a_reason() {
            at(NOW).given(registered(), noticeSent(partlyGranted(), NOTICE), released("dok-1", EARLIER))
                    .when(new WithdrawReleasedDocument(ID, "dok-1", " ", PPID))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DOCUMENT_WITHDRAWAL_REASON_MISSING));
        }

        @Test
        void is_refused_for_a_file_never_released_or_taken_back_already() {
            at(NOW).given(registered(), noticeSent(partlyGranted(), NOTICE))
                    .when(new WithdrawReleasedDocument(ID, "dok-1", "Berkas keliru", PPID))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DOCUMENT_NOT_RELEASED));
            at(NOW).given(registered(), noticeSent(partlyGranted(), NOTICE), released("dok-1", EARLIER),
                            new ReleasedDocumentWithdrawn(ID, "dok-1", FILE, "Berkas keliru", PPID, EARLIER))
                    .when(new WithdrawReleasedDocument(ID, "dok-1", "Berkas keliru", PPID))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.DOCUMENT_NOT_RELEASED));
        }
    }
}
