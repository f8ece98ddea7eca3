package id.go.cilegon.sigap.query.shared;

import java.util.HashMap;

/**
 * What a batch learned from its own events, by key (a case's registration number, by the case's id), so that its later
 * events know it without reading the store, where the batch has not sent it yet ({@link BatchedWrites#ofBatch}).
 */
public final class BatchMemory extends HashMap<String, String> implements BatchedWrites.Sent {

    @Override
    public void send() {
        // The writes themselves are held by BatchedWrites; what the batch knew ends with it.
    }
}
