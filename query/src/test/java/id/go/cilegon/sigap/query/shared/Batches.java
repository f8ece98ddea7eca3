package id.go.cilegon.sigap.query.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/** Events handled as one batch of a processor: Axon's batching unit of work, with the interceptor processors get. */
public final class Batches {

    private Batches() {
    }

    /** Hands each of {@code events} to {@code handler} in one batch, then commits it; the batch's outcome. */
    public static ResultMessage<?> handle(List<?> events, Consumer<Object> handler) {
        List<EventMessage<?>> messages = new ArrayList<>();
        events.forEach(event -> messages.add(GenericEventMessage.asEventMessage(event)));
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(BatchedWrites.sentAtTheEndOfEachBatch()), message -> {
                    handler.accept(message.getPayload());
                    return null;
                }).proceed());
    }
}
