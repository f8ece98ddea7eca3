package id.go.cilegon.sigap.webapp.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    boolean isAlive() {
        return process.isAlive();
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
