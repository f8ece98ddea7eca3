package id.go.cilegon.sigap.command.informationrequest;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.go.cilegon.sigap.command.informationrequest.api.DisputeStage;
import java.time.LocalDate;

/**
 * The sengketa inside the {@link InformationRequest}: its stage and the date it was reached, which is all the
 * stage rules need. Only the aggregate's event-sourcing handlers change it; fields are visible to Jackson for the
 * aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Dispute {

    private DisputeStage stage;
    private LocalDate since;

    private Dispute() {
        // for snapshots
    }

    Dispute(DisputeStage stage, LocalDate since) {
        this.stage = stage;
        this.since = since;
    }

    DisputeStage stage() {
        return stage;
    }

    LocalDate since() {
        return since;
    }

    boolean inProgress() {
        return !stage.isFinal();
    }

    void reached(DisputeStage stage, LocalDate on) {
        this.stage = stage;
        this.since = on;
    }
}
