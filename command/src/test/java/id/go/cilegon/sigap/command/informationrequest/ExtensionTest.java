package id.go.cilegon.sigap.command.informationrequest;

import static id.go.cilegon.sigap.command.informationrequest.CaseFile.CALENDAR;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.ID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.NOTICE_DEADLINE;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.PPID;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.at;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.clarificationProvided;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.clarificationRequested;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.extended;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.grantedInFull;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.noticeSent;
import static id.go.cilegon.sigap.command.shared.Refusals.refusedWith;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.registered;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.wib;
import static id.go.cilegon.sigap.command.informationrequest.CaseFile.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.cilegon.sigap.command.informationrequest.api.ExtendNoticeDeadline;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestRules;
import id.go.cilegon.sigap.command.informationrequest.api.NoticeDeadlineExtended;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** UU KIP Pasal 22(8): once, by 7 hari kerja, with written reasons, before the original deadline runs out. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExtensionTest {

    private static final String REASON = "Data tersebar di tiga bidang";
    /** Tue 7 Apr 2026 + 7 hari kerja: 8, 9, 10, 13, 14, 15, 16 April. */
    private static final Deadline EXTENDED = CALENDAR.extend(NOTICE_DEADLINE, 7);

    private static ExtendNoticeDeadline extension(String reason) {
        return new ExtendNoticeDeadline(ID, reason, PPID);
    }

    @Nested
    class Extending_the_notice_deadline {

        @Test
        void moves_the_due_date_by_seven_hari_kerja() {
            assertThat(NOTICE_DEADLINE.dueDate()).isEqualTo(LocalDate.of(2026, 4, 7));
            assertThat(EXTENDED.dueDate()).isEqualTo(LocalDate.of(2026, 4, 16));
            Instant monday = wib(2026, 4, 6, 10, 0);

            at(monday).given(registered())
                    .when(extension(REASON))
                    .expectEvents(new NoticeDeadlineExtended(ID, REASON, PPID, monday, EXTENDED));
        }

        @Test
        void is_still_possible_on_the_due_date_itself() {
            Instant dueDateAfternoon = wib(2026, 4, 7, 15, 30);
            at(dueDateAfternoon).given(registered())
                    .when(extension(REASON))
                    .expectEvents(new NoticeDeadlineExtended(ID, REASON, PPID, dueDateAfternoon, EXTENDED));
        }

        @Test
        void counts_from_the_due_date_a_clarification_moved() {
            Deadline paused = CALENDAR.extend(NOTICE_DEADLINE, 1);
            assertThat(CALENDAR.extend(paused, 7).dueDate()).isEqualTo(LocalDate.of(2026, 4, 17));
            Instant dueDate = wib(2026, 4, 8, 10, 0);

            at(dueDate).given(registered(), clarificationRequested(wib(2026, 3, 17, 10, 0)),
                            clarificationProvided(wib(2026, 3, 25, 10, 0), paused))
                    .when(extension(REASON))
                    .expectEvents(new NoticeDeadlineExtended(ID, REASON, PPID, dueDate,
                            CALENDAR.extend(paused, 7)));
        }

        @Test
        void is_refused_after_the_due_date() {
            at(wib(2026, 4, 8, 9, 0)).given(registered())
                    .when(extension(REASON))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.EXTENSION_AFTER_DUE_DATE));
        }

        @Test
        void is_refused_after_the_due_date_on_the_offices_calendar_even_when_it_is_still_the_due_date_in_utc() {
            // Wed 8 Apr 06:00 WIB is Tue 7 Apr 23:00 UTC.
            at(Instant.parse("2026-04-07T23:00:00Z")).given(registered())
                    .when(extension(REASON))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.EXTENSION_AFTER_DUE_DATE));
        }

        @Test
        void is_refused_the_second_time() {
            at(wib(2026, 4, 13, 10, 0)).given(registered(), extended(wib(2026, 4, 6, 10, 0)))
                    .when(extension("Masih ada data yang belum lengkap"))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.EXTENSION_ALREADY_USED));
        }

        @Test
        void is_refused_without_written_reasons() {
            at(wib(2026, 4, 6, 10, 0)).given(registered())
                    .when(extension("  "))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.EXTENSION_REASON_MISSING));
        }

        @Test
        void is_refused_after_the_decision() {
            at(wib(2026, 4, 6, 10, 0)).given(registered(), noticeSent(grantedInFull(), wib(2026, 4, 1, 10, 0)))
                    .when(extension(REASON))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.NOTICE_ALREADY_SENT));
        }

        @Test
        void is_refused_while_the_requester_owes_a_clarification() {
            at(wib(2026, 3, 26, 10, 0)).given(registered(), clarificationRequested(wib(2026, 3, 17, 10, 0)))
                    .when(extension(REASON))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.AWAITING_CLARIFICATION));
        }

        @Test
        void is_refused_after_withdrawal() {
            at(wib(2026, 4, 6, 10, 0)).given(registered(), withdrawn(wib(2026, 3, 26, 10, 0)))
                    .when(extension(REASON))
                    .expectNoEvents()
                    .expectException(refusedWith(InformationRequestRules.REQUEST_WITHDRAWN));
        }
    }
}
