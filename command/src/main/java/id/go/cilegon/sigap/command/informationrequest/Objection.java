package id.go.cilegon.sigap.command.informationrequest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionGround;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionNumber;
import id.go.cilegon.sigap.command.informationrequest.api.ObjectionOutcome;
import id.go.cilegon.sigap.command.shared.api.calendar.Deadline;
import java.time.Instant;

/**
 * A keberatan inside the {@link InformationRequest}: what the rules on answering it and on the sengketa after it
 * need to know. Only the aggregate's event-sourcing handlers change it. Fields are visible to Jackson because the
 * aggregate's snapshot is written with the event serializer.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Objection {

    private ObjectionNumber number;
    private ObjectionGround ground;
    private Deadline answerDeadline;
    private ObjectionOutcome outcome;
    private Instant answeredAt;
    private Deadline disputeWindow;
    private boolean answerDeadlineMissed;
    private boolean disputeFiled;

    private Objection() {
        // for snapshots
    }

    Objection(ObjectionNumber number, ObjectionGround ground, Deadline answerDeadline) {
        this.number = number;
        this.ground = ground;
        this.answerDeadline = answerDeadline;
    }

    ObjectionNumber number() {
        return number;
    }

    ObjectionGround ground() {
        return ground;
    }

    Deadline answerDeadline() {
        return answerDeadline;
    }

    /** Waiting for the Atasan's answer, even after the answer deadline has passed. */
    boolean open() {
        return outcome == null;
    }

    /** When the Atasan answered, or {@code null} while the objection is open. */
    Instant answeredAt() {
        return answeredAt;
    }

    /** The 14 hari kerja after the answer, or {@code null} while the objection is open. */
    Deadline disputeWindow() {
        return disputeWindow;
    }

    boolean answerDeadlineMissed() {
        return answerDeadlineMissed;
    }

    boolean disputeFiled() {
        return disputeFiled;
    }

    void answered(ObjectionOutcome outcome, Instant answeredAt, Deadline disputeWindow) {
        this.outcome = outcome;
        this.answeredAt = answeredAt;
        this.disputeWindow = disputeWindow;
    }

    void answerDeadlineWasMissed() {
        answerDeadlineMissed = true;
    }

    void disputeWasFiled() {
        disputeFiled = true;
    }
}
