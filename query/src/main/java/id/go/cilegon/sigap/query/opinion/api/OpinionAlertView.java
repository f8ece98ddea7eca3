package id.go.cilegon.sigap.query.opinion.api;

import id.go.cilegon.sigap.command.opinion.api.AlertDimension;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A spike of negative opinion on one day, topic or kecamatan: found by the read models, raised to the supervisors
 * by the alert watch ({@code raisedAt}), and perhaps turned into a media issue.
 *
 * @param negative       negative texts that day, as of the last count
 * @param baselinePerDay their mean per day over the days before
 * @param raisedAt       {@code null} until the alert is raised
 * @param mediaIssueId   the media issue opened from it, or {@code null}
 */
public record OpinionAlertView(String alertId, LocalDate day, AlertDimension dimension, String value, long negative,
        double baselinePerDay, Instant raisedAt, String mediaIssueId, String mediaIssueNumber) {

    public boolean raised() {
        return raisedAt != null;
    }
}
