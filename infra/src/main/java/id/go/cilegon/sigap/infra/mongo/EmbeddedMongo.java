package id.go.cilegon.sigap.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded MongoDB of a plain {@code java -jar}: mongo-java-server on a free loopback port, reached through the
 * real MongoDB driver like any other MongoDB. Either with the H2 (MVStore) backend in {@code <dataDir>/sigap.mv}, or
 * in memory (tests).
 *
 * <p>The H2 backend acknowledges writes before they are in its file; {@link #durability()} closes that window (see
 * {@code docs/adr/0002-embedded-store-durability.md}). In memory, nothing survives the process anyway, so it is
 * {@link WriteDurability#NONE}.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** The file name of the H2 store inside the data directory. */
    public static final String DATA_FILE = "sigap.mv";

    private static final String HOST = "127.0.0.1";

    private final MongoServer server;
    private final ConsistentH2Backend h2;
    private final Path dataFile;
    private final WriteDurability durability;
    private final GroupCommit groupCommit;
    private final InetSocketAddress address;
    private boolean closed;

    private EmbeddedMongo(MongoBackend backend, ConsistentH2Backend h2, Path dataFile, int port) {
        this.h2 = h2;
        this.dataFile = dataFile;
        if (h2 != null && !(h2 instanceof CommittingH2Backend)) {
            this.groupCommit = new GroupCommit(h2::commitAndSync);
            this.durability = groupCommit;
        } else {
            // In memory nothing survives anyway; a committing backend is durable before it answers.
            this.groupCommit = null;
            this.durability = WriteDurability.NONE;
        }
        this.server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.address = server.getLocalAddress();
    }

    /** Starts the server with the in-memory backend on a free port: fast, and gone when the process ends. */
    public static EmbeddedMongo inMemory() {
        return inMemory(0);
    }

    /** Starts the server with the in-memory backend on {@code port} (0: a free one). */
    public static EmbeddedMongo inMemory(int port) {
        return new EmbeddedMongo(new KeyedBackends.Memory(), null, null, port);
    }

    /**
     * Starts the server on a free port with the H2 backend in {@code <dataDir>/sigap.mv}, creating the directory if
     * needed. Writes are acknowledged once they are in memory; {@link #durability()} makes them durable.
     */
    public static EmbeddedMongo h2(Path dataDir) {
        return h2(dataDir, 0);
    }

    /** As {@link #h2(Path)}, on {@code port} (0: a free one). */
    public static EmbeddedMongo h2(Path dataDir, int port) {
        Path file = dataFile(dataDir);
        return start(new ConsistentH2Backend(file.toString()), file, port);
    }

    /**
     * Starts the server on {@code port} with the H2 backend in {@code <dataDir>/sigap.mv}, for other processes to
     * write to: every write is committed to the file and synced before it is answered, as a journaled write concern
     * does on MongoDB, so {@link #durability()} has nothing left to do. Slower per write than {@link #h2(Path, int)},
     * whose one writer makes only its events durable, and only when it acknowledges them.
     */
    public static EmbeddedMongo sharedH2(Path dataDir, int port) {
        Path file = dataFile(dataDir);
        return start(new CommittingH2Backend(file.toString()), file, port);
    }

    private static Path dataFile(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir, e);
        }
        return dir.resolve(DATA_FILE);
    }

    private static EmbeddedMongo start(ConsistentH2Backend backend, Path file, int port) {
        try {
            return new EmbeddedMongo(backend, backend, file, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** {@code mongodb://127.0.0.1:<port>}, without database or options. */
    public String connectionString() {
        return "mongodb://" + HOST + ":" + address.getPort();
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return address.getPort();
    }

    /** Whether this server keeps its data in memory only. */
    public boolean isInMemory() {
        return h2 == null;
    }

    /** The H2 file, absolute; empty in memory. */
    public Optional<Path> dataFile() {
        return Optional.ofNullable(dataFile);
    }

    /** What makes an acknowledged write on this server durable. */
    public WriteDurability durability() {
        return durability;
    }

    /**
     * Turns off the background store (about once a second), so that only {@link #durability()} writes the file; for
     * the crash test, which must tell a committed write from one that merely happened to be stored in time.
     */
    void disableBackgroundCommit() {
        if (h2 != null) {
            h2.stopBackgroundStore();
        }
    }

    /**
     * Stops the server: closes client connections, then the backend (the H2 backend commits and closes its file).
     * Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdownNow();
        } finally {
            if (groupCommit != null) {
                groupCommit.close();
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedMongo[" + (isInMemory() ? "memory" : dataFile) + ", " + HOST + ":" + address.getPort() + "]";
    }
}
