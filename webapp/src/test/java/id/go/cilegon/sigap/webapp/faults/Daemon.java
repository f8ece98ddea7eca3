package id.go.cilegon.sigap.webapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A program a fault test runs beside Sigap (nginx, Prometheus) until the test closes it, with its output in a file.
 */
final class Daemon implements AutoCloseable {

    private final Process process;
    private final Path output;

    private Daemon(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static Daemon start(Path output, List<String> command) {
        try {
            return new Daemon(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The deploy file's text with {@code what} replaced by {@code with}; fails the test when the file no longer has
     * {@code what}, so that a change to the file cannot slip past the test's own edits of it.
     */
    static String replacedIn(String deployFile, String what, String with) {
        assertThat(deployFile).as("the deploy file still has %s", what.strip()).contains(what);
        return deployFile.replace(what, with);
    }

    /**
     * Asks {@code ready} every tenth of a second until it says yes; fails the test with the program's output and
     * {@code diagnostics} if the program ends first or {@code limit} passes.
     */
    void awaitReady(String name, Duration limit, BooleanSupplier ready, Supplier<String> diagnostics) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("%s running: %s%s", name, output(), diagnostics.get()).isTrue();
            if (ready.getAsBoolean()) {
                return;
            }
            SigapProcess.pause(100);
        }
        throw new AssertionError(name + " was not ready within " + limit + ": " + output() + diagnostics.get());
    }

    /** What it wrote so far. */
    String output() {
        return contents(output);
    }

    /** A file's text, or why it could not be read: for the message of a failed test. */
    static String contents(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** SIGTERM, and SIGKILL after ten seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
