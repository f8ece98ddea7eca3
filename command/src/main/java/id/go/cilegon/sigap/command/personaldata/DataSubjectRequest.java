package id.go.cilegon.sigap.command.personaldata;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectRequestId;
import id.go.cilegon.sigap.command.personaldata.api.DataSubjectsErased;
import id.go.cilegon.sigap.command.personaldata.api.EraseDataSubjects;
import id.go.cilegon.sigap.command.personaldata.api.ExportSubjectData;
import id.go.cilegon.sigap.command.personaldata.api.PersonInCase;
import id.go.cilegon.sigap.command.personaldata.api.PersonalDataRules;
import id.go.cilegon.sigap.command.personaldata.api.SubjectDataExported;
import id.go.cilegon.sigap.command.shared.api.RuleViolation;
import id.go.cilegon.sigap.command.shared.api.personaldata.SubjectKeys;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A request about a person's data under UU 27/2022 PDP, recorded with whom it concerned, who acted and why: an
 * export hands out everything Sigap holds, an erasure deletes the people's keys (crypto-shredding, ADR 0003).
 * Once erased, a request can neither export nor erase again: there is nothing left of those people to act on.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class DataSubjectRequest {

    @AggregateIdentifier
    private DataSubjectRequestId requestId;
    private boolean erased;

    protected DataSubjectRequest() {
        // Axon creates the aggregate empty for the first command and rebuilds it from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ExportSubjectData command, Clock clock) {
        stillHeld(command.people());
        apply(new SubjectDataExported(command.requestId(), command.people(), command.reference(), command.note(),
                command.exportedBy(), clock.instant()));
    }

    /**
     * Deletes the keys first and records the erasure after: a failure between the two leaves the people erased and
     * the record missing, which a retried request records, never the other way round (a record of an erasure that
     * did not happen).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EraseDataSubjects command, SubjectKeys keys, Clock clock) {
        stillHeld(command.people());
        command.people().stream().map(PersonInCase::subject).distinct().forEach(keys::forget);
        apply(new DataSubjectsErased(command.requestId(), command.people(), command.basis(), command.reference(),
                command.note(), command.erasedBy(), clock.instant()));
    }

    private void stillHeld(List<PersonInCase> people) {
        if (erased) {
            throw new RuleViolation(PersonalDataRules.ALREADY_ERASED, "The people of request " + requestId
                    + " were erased already");
        }
        if (people.isEmpty()) {
            throw new RuleViolation(PersonalDataRules.NOBODY, "The request names nobody");
        }
    }

    @EventSourcingHandler
    void on(SubjectDataExported event) {
        requestId = event.requestId();
    }

    @EventSourcingHandler
    void on(DataSubjectsErased event) {
        requestId = event.requestId();
        erased = true;
    }
}
