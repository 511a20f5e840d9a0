package fr.education.traam.kit.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundWorkerTest {

    @Test
    void rounds_start_at_once_and_handed_work_runs_on_the_worker_s_own_thread() throws Exception {
        CountDownLatch firstRound = new CountDownLatch(1);
        BackgroundWorker worker = new BackgroundWorker("test-relay", Duration.ofHours(1), Duration.ofSeconds(5), firstRound::countDown);
        assertThat(worker.submit(() -> { })).as("not started: the first round will do the work").isFalse();
        worker.start();
        try {
            assertThat(firstRound.await(5, TimeUnit.SECONDS)).as("a round at start, not an interval later").isTrue();
            AtomicReference<String> thread = new AtomicReference<>();
            CountDownLatch handed = new CountDownLatch(1);
            assertThat(worker.submit(() -> {
                thread.set(Thread.currentThread().getName());
                handed.countDown();
            })).isTrue();
            assertThat(handed.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(thread.get()).isEqualTo("test-relay");
            assertThat(worker.running()).isTrue();
        } finally {
            worker.stop();
        }
        assertThat(worker.running()).isFalse();
        assertThat(worker.submit(() -> { })).as("stopped").isFalse();
    }

    @Test
    void a_stop_lets_the_task_under_way_end() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger ended = new AtomicInteger();
        BackgroundWorker worker = new BackgroundWorker("test-relay", Duration.ofHours(1), Duration.ofSeconds(5), () -> {
            started.countDown();
            try {
                Thread.sleep(300);
                ended.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        worker.stop();
        assertThat(ended.get()).as("the round under way ended before stop returned").isEqualTo(1);
    }
}
