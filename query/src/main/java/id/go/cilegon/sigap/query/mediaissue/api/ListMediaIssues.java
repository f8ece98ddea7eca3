package id.go.cilegon.sigap.query.mediaissue.api;

import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueStatus;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Media issue files, newest first.
 *
 * @param statuses only these; empty for every status
 * @param year     only those detected in this year (by their number), or {@code null} for every year
 */
public record ListMediaIssues(Set<MediaIssueStatus> statuses, Integer year) {

    public ListMediaIssues {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ListMediaIssues open() {
        return new ListMediaIssues(Arrays.stream(MediaIssueStatus.values())
                .filter(status -> !status.isFinal()).collect(Collectors.toSet()), null);
    }
}
