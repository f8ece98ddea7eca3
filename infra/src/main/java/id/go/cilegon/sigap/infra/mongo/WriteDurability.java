package id.go.cilegon.sigap.infra.mongo;

/**
 * Makes writes that have already been acknowledged by the store durable: after {@link #awaitDurable()} returns,
 * every write this process saw acknowledged before the call survives a crash of the process.
 *
 * <p>A real MongoDB replica set does this itself through the write concern (journaled majority), so it uses
 * {@link #NONE}. The embedded store (mongo-java-server with the H2 backend) acknowledges a write once it is in
 * memory and writes it to its file about once a second; its implementation commits that file first. See
 * {@code docs/adr/0002-embedded-store-durability.md}.
 */
@FunctionalInterface
public interface WriteDurability {

    /** For stores whose acknowledgement already means durable (MongoDB with a journaled write concern), and tests. */
    WriteDurability NONE = () -> { };

    /**
     * Returns once every write acknowledged to this process before the call is durable.
     *
     * @throws RuntimeException when the store could not make them durable; the caller must not report success then
     */
    void awaitDurable();
}
