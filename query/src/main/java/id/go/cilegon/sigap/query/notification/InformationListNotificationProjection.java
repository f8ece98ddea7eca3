package id.go.cilegon.sigap.query.notification;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionEnded;
import id.go.cilegon.sigap.command.informationlist.api.ExemptionReviewDue;
import id.go.cilegon.sigap.command.informationlist.api.InformationListed;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

/**
 * The moments of the PPID's lists that the PPID and its Atasan must know: an exemption that ends within the review
 * lead, to test the information again in time, and one that ended, which opened the information. Same processing
 * group and collection as {@link NotificationProjection}, so one inbox shows them with the cases.
 */
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
public class InformationListNotificationProjection {

    private final NotificationWriter writer;

    public InformationListNotificationProjection(MongoDatabase database) {
        this.writer = new NotificationWriter(database);
    }

    @EventHandler
    void on(InformationListed event) {
        writer.rememberNumber(event.listedInformationId().value(), event.number().value());
    }

    @EventHandler
    void on(ExemptionReviewDue event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notify(CaseType.INFORMASI, event.listedInformationId().value(), sequence, at,
                NotificationKind.EXEMPTION_REVIEW_DUE, null, event.endsOn(), null, NotificationProjection.PETUGAS_PPID,
                NotificationProjection.ATASAN_PPID);
    }

    @EventHandler
    void on(ExemptionEnded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writer.notify(CaseType.INFORMASI, event.listedInformationId().value(), sequence, at,
                NotificationKind.EXEMPTION_ENDED, null, event.endsOn(), null, NotificationProjection.PETUGAS_PPID,
                NotificationProjection.ATASAN_PPID);
    }
}
