package fr.education.traam.kit.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread of a relay (the outbox's, the mails'): it runs {@code round} at start and then every
 * {@code interval} after the last one ended, and runs what it is handed in between, so that a caller asks for work
 * without waiting for it. Work is never run on two threads at once. Stopping lets a task under way end, up to
 * {@code stopTimeout}.
 */
public final class BackgroundWorker {

    private final String name;
    private final Duration interval;
    private final Duration stopTimeout;
    private final Runnable round;
    private volatile ScheduledExecutorService executor;

    public BackgroundWorker(String name, Duration interval, Duration stopTimeout, Runnable round) {
        this.name = name;
        this.interval = interval;
        this.stopTimeout = stopTimeout;
        this.round = round;
    }

    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            if (!current.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            current.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public boolean running() {
        return executor != null;
    }

    /**
     * Runs {@code task} soon on the worker's thread; false when the worker is not running or stopping, and then the
     * next round after a start does the work instead.
     */
    public boolean submit(Runnable task) {
        ScheduledExecutorService current = executor;
        if (current == null) {
            return false;
        }
        try {
            current.execute(task);
            return true;
        } catch (RejectedExecutionException stopping) {
            return false;
        }
    }
}
