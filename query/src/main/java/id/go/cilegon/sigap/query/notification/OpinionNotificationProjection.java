package id.go.cilegon.sigap.query.notification;

import com.mongodb.client.MongoDatabase;
import id.go.cilegon.sigap.command.opinion.api.OpinionAlertRaised;
import id.go.cilegon.sigap.query.notification.api.CaseType;
import id.go.cilegon.sigap.query.notification.api.NotificationKind;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;

/**
 * A spike of negative opinion, for the supervisors and the media officers who can open a media issue from it. The
 * notification shows the alert's day where a case shows its number, and the topic or kecamatan as its reference.
 */
@ProcessingGroup(NotificationProjection.PROCESSING_GROUP)
public class OpinionNotificationProjection {

    private final NotificationWriter writer;

    public OpinionNotificationProjection(MongoDatabase database) {
        this.writer = new NotificationWriter(database);
    }

    @EventHandler
    void on(OpinionAlertRaised event, @SequenceNumber long sequence) {
        String alert = event.alertId().value();
        writer.rememberNumber(alert, event.day().toString());
        writer.notify(CaseType.OPINI, alert, sequence, event.raisedAt(), NotificationKind.OPINION_SPIKE,
                event.value(), null, null, NotificationProjection.SUPERVISOR, NotificationProjection.PETUGAS_MEDIA);
    }
}
