package id.go.cilegon.sigap.infra.eventstore;

/**
 * The same gaps, with the streams sharing the documents and messages they read last, as Sigap runs: a number read
 * while its event was missing must still be read from the store when the event arrives.
 */
class GapHandlingWithSharedEventsTest extends GapHandlingTest {

    @Override
    GapAwareMongoEventStorageEngine engine(GapAwareMongoEventStorageEngine.Builder builder) {
        return builder.sharedMessages(100).build();
    }
}
