package id.go.cilegon.sigap.webapp.complaint;

import id.go.cilegon.sigap.command.complaint.api.Attachment;
import id.go.cilegon.sigap.command.complaint.api.ComplaintStatus;
import id.go.cilegon.sigap.command.complaint.api.RejectionReason;
import id.go.cilegon.sigap.query.complaint.api.ComplaintFile;
import id.go.cilegon.sigap.query.complaint.api.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The complainant's status page in words: what the complaint is, what comes next and by when, what happened. For
 * a duplicate merged into another complaint, {@code followed} is the complaint that carries on for both, whose
 * progress the complainant now follows; everything else describes their own complaint.
 *
 * @param deadlineExplanation how the verification due date was counted, while the verifier has it; else {@code null}
 * @param question     the verifier's open question, which the complainant may answer, or {@code null}
 * @param answer       the latest answer, or {@code null}
 * @param verdictOpen  the complainant may rate the answer now
 * @param convertedTo  the registration number of the permohonan it became, or {@code null}
 */
record ComplaintStatusView(
        String number,
        ComplaintStatus status,
        String statusText,
        String received,
        String subject,
        String description,
        String category,
        String location,
        boolean confidential,
        boolean anonymous,
        List<Attachment> attachments,
        List<String> nextSteps,
        String deadlineExplanation,
        Question question,
        Answer answer,
        boolean verdictOpen,
        String convertedTo,
        String mergedInto,
        List<ComplaintWords.Line> timeline) {

    record Question(String text, String askedAt) {
    }

    record Answer(String unit, String text, String at) {
    }

    /**
     * @param followed the complaint whose progress is shown: {@code own} itself, or the original it was merged into
     * @param timeline the complainant's view of {@code followed}'s timeline, oldest first
     */
    static ComplaintStatusView of(ComplaintFile own, ComplaintFile followed, List<TimelineEntry> timeline,
            ComplaintWords words, Locale locale) {
        List<String> next = new ArrayList<>();
        if (own != followed) {
            next.add(words.text("complaint.next.merged", locale, followed.number()));
        }
        next.addAll(nextSteps(followed, words, locale));
        ComplaintFile.Answer answer = followed.answer();
        return new ComplaintStatusView(own.number(), followed.status(),
                words.text("ComplaintStatus." + followed.status().name(), locale),
                words.moment(own.receivedAt(), locale), own.subject(), own.description(),
                words.text("ComplaintCategory." + own.category().name(), locale),
                own.location().kelurahan() + ", " + own.location().kecamatan(), own.confidential(), own.anonymous(),
                own.attachments(), next,
                followed.status() == ComplaintStatus.DITERIMA ? followed.verificationDeadline().explain(locale) : null,
                own == followed && own.pendingQuestion() != null ? new Question(own.pendingQuestion().question(),
                        words.moment(own.pendingQuestion().askedAt(), locale)) : null,
                answer == null ? null : new Answer(words.unitName(answer.unit().value()), answer.text(),
                        words.moment(answer.answeredAt(), locale)),
                own == followed && own.status() == ComplaintStatus.DITANGGAPI,
                own.convertedTo() == null ? null : own.convertedTo().registrationNumber(),
                own == followed ? null : followed.number(),
                words.complainantTimeline(timeline, locale));
    }

    private static List<String> nextSteps(ComplaintFile file, ComplaintWords words, Locale locale) {
        return switch (file.status()) {
            case DITERIMA -> List.of(words.text("complaint.next.verification", locale,
                    words.date(file.verificationDeadline().dueDate(), locale)));
            case DITUNDA -> List.of(words.text("complaint.next.question", locale));
            case TERVERIFIKASI -> List.of(words.text("complaint.next.disposition", locale));
            case DIDISPOSISI, DITINDAKLANJUTI -> file.dispositions().stream()
                    .filter(ComplaintFile.Disposition::active)
                    .map(disposition -> words.text("complaint.next.followUp", locale,
                            words.unitName(disposition.unit().value()),
                            words.date(disposition.followUpDeadline().dueDate(), locale)))
                    .toList();
            case DITANGGAPI -> List.of(words.text("complaint.next.verdict", locale,
                    words.date(file.feedbackDeadline().dueDate(), locale)));
            case SELESAI -> closedAfterVerdict(file, words, locale);
            case SELESAI_TANPA_UMPAN_BALIK -> List.of(words.text("complaint.next.closedWithoutFeedback", locale));
            case DITOLAK -> rejected(file.rejection(), words, locale);
            case DIGABUNG -> List.of();
            case DIALIHKAN_KE_PPID -> List.of(words.text("complaint.next.converted", locale,
                    file.convertedTo().registrationNumber(), file.convertedTo().explanation()));
        };
    }

    private static List<String> closedAfterVerdict(ComplaintFile file, ComplaintWords words, Locale locale) {
        boolean lastUnsatisfied = !file.verdicts().isEmpty()
                && !file.verdicts().get(file.verdicts().size() - 1).satisfied();
        return List.of(lastUnsatisfied
                ? words.text("complaint.next.closedUnsatisfied", locale, file.reopenings())
                : words.text("complaint.next.closed", locale));
    }

    private static List<String> rejected(ComplaintFile.Rejection rejection, ComplaintWords words, Locale locale) {
        List<String> steps = new ArrayList<>();
        steps.add(words.text("complaint.next.rejected", locale, rejection.explanation()));
        if (rejection.reason() == RejectionReason.BUKAN_WEWENANG && rejection.referredTo() != null) {
            steps.add(words.text("complaint.next.referred", locale, rejection.referredTo()));
        }
        return steps;
    }
}
