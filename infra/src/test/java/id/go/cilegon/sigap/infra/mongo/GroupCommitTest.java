package id.go.cilegon.sigap.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void a_caller_returns_only_after_a_commit_that_began_after_it_asked() throws Exception {
        AtomicLong written = new AtomicLong();      // "writes" acknowledged so far
        AtomicLong committedUpTo = new AtomicLong(); // what the last finished commit covered
        CountDownLatch firstCommitStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstCommit = new CountDownLatch(1);
        AtomicInteger commitsRun = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(() -> {
            long covers = written.get(); // a commit makes durable what was written before it began
            if (commitsRun.incrementAndGet() == 1) {
                firstCommitStarted.countDown();
                await(releaseFirstCommit);
            }
            committedUpTo.set(covers);
        });
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            written.set(1);
            Future<Long> first = threads.submit(() -> {
                groupCommit.awaitDurable();
                return committedUpTo.get();
            });
            firstCommitStarted.await(10, TimeUnit.SECONDS);

            // Three more writes arrive while the first commit runs; it does not cover them.
            List<Future<Long>> later = new ArrayList<>();
            for (int i = 2; i <= 4; i++) {
                long mine = i;
                written.set(mine);
                later.add(threads.submit(() -> {
                    groupCommit.awaitDurable();
                    return committedUpTo.get();
                }));
            }
            while (groupCommit.requested() < 4) {
                Thread.onSpinWait();
            }
            assertThat(later).noneMatch(Future::isDone);

            releaseFirstCommit.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(1);
            for (Future<Long> f : later) {
                assertThat(f.get(10, TimeUnit.SECONDS)).as("covered by a commit that saw write 4").isEqualTo(4);
            }
            assertThat(commitsRun.get()).as("one commit for the three that waited together").isEqualTo(2);
            assertThat(groupCommit.commits()).isEqualTo(2);
        } finally {
            threads.shutdownNow();
            groupCommit.close();
        }
    }

    @Test
    void a_failed_commit_fails_its_caller_and_the_next_caller_commits_again() {
        AtomicInteger attempts = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        try {
            assertThatThrownBy(groupCommit::awaitDurable).hasMessage("disk full");
            groupCommit.awaitDurable();
            assertThat(attempts.get()).isEqualTo(2);
            assertThat(groupCommit.commits()).isEqualTo(1);
        } finally {
            groupCommit.close();
        }
    }

    @Test
    void an_interrupted_caller_still_waits_for_its_commit_and_keeps_its_interrupt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger commits = new AtomicInteger();
        GroupCommit groupCommit = new GroupCommit(() -> {
            await(release);
            commits.incrementAndGet();
        });
        try {
            AtomicLong committedWhenReturned = new AtomicLong(-1);
            AtomicLong interruptedAfter = new AtomicLong(-1);
            Thread caller = new Thread(() -> {
                groupCommit.awaitDurable();
                committedWhenReturned.set(commits.get());
                interruptedAfter.set(Thread.currentThread().isInterrupted() ? 1 : 0);
            });
            caller.start();
            while (groupCommit.requested() < 1) {
                Thread.onSpinWait();
            }
            caller.interrupt();
            release.countDown();
            caller.join(10_000);
            assertThat(committedWhenReturned.get()).isEqualTo(1);
            assertThat(interruptedAfter.get()).isEqualTo(1);
        } finally {
            groupCommit.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
