package id.go.cilegon.sigap.infra.mongo;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A {@link WriteDurability} that runs an expensive commit action (write the store's file and sync it) on behalf of
 * many threads at once: a caller waits for the first commit that <em>begins</em> after it asked, and one commit
 * serves every caller who asked before it began. While a commit runs, newcomers queue up; when it ends, one of them
 * starts the next commit for all of them. So with N threads appending, the store commits far fewer than N times, and
 * no caller returns on the strength of a commit that started before its write was acknowledged.
 *
 * <p>The commit itself runs on a thread of its own: an interrupted caller must neither skip the commit nor run file
 * I/O with its interrupt flag set (an interrupted {@link java.nio.channels.FileChannel} closes itself, which would
 * take the store's file with it).
 */
public final class GroupCommit implements WriteDurability, AutoCloseable {

    private final Runnable commit;
    private final ExecutorService committer;
    private final Object lock = new Object();
    /** Requests handed out so far; request r is served by a commit that began after r was handed out. */
    private long requested;
    /** Every request up to this one has been served by a finished commit. */
    private long served;
    private boolean committing;
    private long commits;

    /** @param commit makes everything written before it began durable; may throw, which is passed to its callers */
    public GroupCommit(Runnable commit) {
        this.commit = Objects.requireNonNull(commit, "commit");
        this.committer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "sigap-store-commit");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void awaitDurable() {
        boolean interrupted = false;
        try {
            long covers;
            synchronized (lock) {
                long ticket = ++requested;
                while (true) {
                    if (served >= ticket) {
                        return;
                    }
                    if (!committing) {
                        committing = true;
                        // Every request handed out until now was made after its write had been acknowledged, and
                        // the commit below begins after this point, so it covers all of them.
                        covers = requested;
                        break;
                    }
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // An acknowledged write must not be reported before it is durable: keep waiting.
                        interrupted = true;
                    }
                }
            }
            boolean done = false;
            try {
                interrupted |= runCommit();
                done = true;
            } finally {
                synchronized (lock) {
                    committing = false;
                    if (done) {
                        served = Math.max(served, covers);
                        commits++;
                    }
                    // On failure the waiters wake up and one of them tries again on behalf of the others.
                    lock.notifyAll();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs the commit on the committer thread and waits for it; returns whether this thread was interrupted. */
    private boolean runCommit() {
        Future<?> result = committer.submit(commit);
        boolean interrupted = false;
        while (true) {
            try {
                result.get();
                return interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("The store could not commit", cause);
            } catch (CancellationException e) {
                throw new IllegalStateException("The store was closed before it could commit", e);
            }
        }
    }

    /** Number of commits that have completed; for tests and metrics. */
    public long commits() {
        synchronized (lock) {
            return commits;
        }
    }

    /** Number of requests made so far; for tests. */
    long requested() {
        synchronized (lock) {
            return requested;
        }
    }

    /** Stops the committer thread; a commit already running finishes first. */
    @Override
    public void close() {
        committer.shutdown();
    }
}
