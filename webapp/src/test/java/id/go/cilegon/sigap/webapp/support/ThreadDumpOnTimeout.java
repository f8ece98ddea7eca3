package id.go.cilegon.sigap.webapp.support;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test fails because an answer never came (a client's timeout), writes every thread's whole stack to the test's
 * error output before the failure goes on: the application runs in the test's JVM, so the dump shows what its threads
 * were doing meanwhile. A hang seen once in a few hundred suite runs left nothing in the log to explain it.
 */
public class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (timedOut(failure)) {
            StringBuilder dump = new StringBuilder("Threads when " + context.getDisplayName() + " timed out:\n");
            Thread.getAllStackTraces().entrySet().stream()
                    .sorted(Comparator.comparing(thread -> thread.getKey().getName()))
                    .forEach(thread -> append(dump, thread));
            System.err.print(dump);
        }
        throw failure;
    }

    static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static void append(StringBuilder dump, Map.Entry<Thread, StackTraceElement[]> thread) {
        dump.append('"').append(thread.getKey().getName()).append("\" ").append(thread.getKey().getState())
                .append('\n');
        for (StackTraceElement frame : thread.getValue()) {
            dump.append("    at ").append(frame).append('\n');
        }
    }
}
