package fr.education.traam.local;

import java.io.IOException;

/**
 * Stand-in for a component that never becomes healthy and ignores SIGTERM, with a child process of its own: the
 * worst case for leaving nothing behind.
 */
public final class StubbornComponent {

    private StubbornComponent() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Process child = new ProcessBuilder("sleep", "600").start();
        System.out.println("child " + child.pid());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        Thread.sleep(600_000);
    }
}
