package id.go.cilegon.sigap.webapp.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How close a statutory deadline is, in hari kerja, with the "due soon" tier supervisors configure. */
public enum Urgency {
    OVERDUE, DUE_SOON, ON_TRACK;

    /** Ranks a deadline by the hari kerja left ({@code sigap.deadlines.due-soon-working-days}, default 2). */
    @Component
    public static class Ranking {

        private final int dueSoonWorkingDays;

        public Ranking(@Value("${sigap.deadlines.due-soon-working-days:2}") int dueSoonWorkingDays) {
            this.dueSoonWorkingDays = dueSoonWorkingDays;
        }

        public Urgency of(int workingDaysLeft) {
            if (workingDaysLeft < 0) {
                return OVERDUE;
            }
            return workingDaysLeft <= dueSoonWorkingDays ? DUE_SOON : ON_TRACK;
        }
    }
}
