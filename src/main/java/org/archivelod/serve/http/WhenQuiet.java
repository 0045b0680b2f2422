package org.archivelod.serve.http;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task of the server's own, run on a thread of its own at the first quiet moment after the server listens
 * ({@link QuietMoments}), never before: what the first answers do not need, such as a front's search index (its names,
 * a read that grows with the release), so that it neither delays nor slows them. A reader who needs it sooner does it
 * on their own request (the task must allow that: {@link org.archivelod.search.ReleaseSearch#answering} opens the
 * index for the first search that comes before it). Closing gives the task up if it has not begun, and waits for it
 * if it has.
 *
 * <pre>{@code
 * WhenQuiet opening = WhenQuiet.start("search-index-open", search::answering, overload::running);   // after listening
 * opening.close();                                                                                 // before closing the search
 * }</pre>
 */
public final class WhenQuiet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WhenQuiet.class);
    private final Runnable task;
    private final QuietMoments quiet;
    private final Thread thread;
    private volatile boolean closing;

    private WhenQuiet(String name, Runnable task, IntSupplier answering) {
        this.task = task;
        this.quiet = new QuietMoments(answering, () -> closing);
        this.thread = QuietMoments.ownWorkThread(name, this::run);
    }

    /** Runs {@code task} on a thread named {@code name} once {@code answering} (requests in progress) has been 0 a while. */
    public static WhenQuiet start(String name, Runnable task, IntSupplier answering) {
        WhenQuiet started = new WhenQuiet(name, task, answering);
        started.thread.start();
        return started;
    }

    private void run() {
        try {
            quiet.await();
            task.run();
        } catch (RuntimeException e) {
            LOG.info("{} stopped: {}", thread.getName(), e.toString());   // closing under it: a reader's request does it
        }
    }

    /** Gives the task up if it has not begun; otherwise waits for it to end. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
