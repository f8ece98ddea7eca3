package id.go.cilegon.sigap.query.shared;

import id.go.cilegon.sigap.command.complaint.api.ComplaintEvent;
import id.go.cilegon.sigap.command.informationrequest.api.InformationRequestEvent;
import id.go.cilegon.sigap.command.mediaissue.api.MediaIssueEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/** Events handled as one batch of a processor: Axon's batching unit of work, with the interceptor processors get. */
public final class Batches {

    /** An event with the sequence number it has in its case, for the handlers that take one. */
    public record At(Object event, long sequence) {
    }

    private Batches() {
    }

    /**
     * Hands each of {@code events} to {@code handler} in one batch, then commits it; the batch's outcome. A case's
     * event comes in a message of its case's aggregate, as from the event store.
     */
    public static ResultMessage<?> handle(List<?> events, Consumer<Object> handler) {
        List<EventMessage<?>> messages = new ArrayList<>();
        events.forEach(event -> messages.add(caseOf(event)
                .<EventMessage<?>>map(caseId -> new GenericDomainEventMessage<>("Case", caseId, 0, event))
                .orElseGet(() -> GenericEventMessage.asEventMessage(event))));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(BatchedWrites.sentAtTheEndOfEachBatch()), message -> {
                    handler.accept(message.getPayload());
                    return null;
                }).proceed());
    }

    private static Optional<String> caseOf(Object event) {
        if (event instanceof At at) {
            return caseOf(at.event());
        }
        if (event instanceof ComplaintEvent complaint) {
            return Optional.of(complaint.complaintId().value());
        }
        if (event instanceof InformationRequestEvent request) {
            return Optional.of(request.requestId().value());
        }
        if (event instanceof MediaIssueEvent issue) {
            return Optional.of(issue.mediaIssueId().value());
        }
        return Optional.empty();
    }
}
