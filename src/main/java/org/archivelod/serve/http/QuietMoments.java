package org.archivelod.serve.http;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * Waits for a moment when the server answers nothing: no request in progress for {@value #QUIET_MILLIS} ms, so that
 * the server's own work beside its readers (the warm-up, a front opening its search index) takes the processors only
 * while no reader does. It polls how many requests are being answered every {@value #POLL_MILLIS} ms.
 *
 * <pre>{@code
 * QuietMoments quiet = new QuietMoments(overload::running, () -> closing);
 * quiet.await();   // returns after 250 ms without a request in progress; throws once closing
 * }</pre>
 */
public final class QuietMoments {
    /** How long no request must have been in progress. */
    static final long QUIET_MILLIS = 250;
    private static final long POLL_MILLIS = 25;
    private final IntSupplier answering;
    private final BooleanSupplier closing;

    /**
     * A thread for the server's own work beside its readers: a daemon (it never keeps the JVM alive) of the lowest
     * priority, not yet started.
     */
    static Thread ownWorkThread(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    }

    /** {@code answering} says how many requests are being answered now; {@code closing}, whether to give up waiting. */
    public QuietMoments(IntSupplier answering, BooleanSupplier closing) {
        this.answering = answering;
        this.closing = closing;
    }

    /**
     * Returns once no request has been in progress for {@link #QUIET_MILLIS}; throws {@link IllegalStateException}
     * when {@code closing} says so or the thread is interrupted.
     */
    public void await() {
        await(QUIET_MILLIS);
    }

    /** Like {@link #await()}, after {@code millis} without a request in progress. */
    public void await(long millis) {
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < millis * 1_000_000) {
            if (closing.getAsBoolean()) throw new IllegalStateException("the server is closing");
            if (answering.getAsInt() > 0) quietSince = System.nanoTime();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
        if (closing.getAsBoolean()) throw new IllegalStateException("the server is closing");
    }
}
