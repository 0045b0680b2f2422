package org.archivelod.io;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Work handed from a thread to one thread of its own, done in the order handed over, so that a long single-threaded
 * job (a load, the dumps) uses a second core for a part whose order matters. At most {@code ahead} tasks wait: the
 * caller waits when the side thread falls behind, so memory does not grow. A failed task skips the ones after it, and
 * {@link #finish} reports it. The thread ends when idle (after a few seconds), so a job that fails before {@code finish}
 * leaves nothing running; {@link #close} (in a try-with-resources) waits for the task in progress and skips the rest, so
 * that nothing writes to what the caller closes next.
 *
 * <pre>{@code
 * SideThread side = new SideThread("archive-lod-dump-jsonld", 8);
 * for (Node g : graphs) side.run(() -> json.graph(g, statements));
 * side.finish();   // every task done; throws the first failure
 * }</pre>
 */
public final class SideThread implements AutoCloseable {
    /** A task; what it throws ends the work and is reported by {@link #finish}. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private final String name;
    private final Semaphore ahead;
    private ThreadPoolExecutor worker;
    private Future<?> last;
    private volatile Exception failure;
    private volatile boolean abandoned;

    public SideThread(String name, int ahead) {
        this.name = name;
        this.ahead = new Semaphore(ahead);
    }

    /** Hands {@code task} over, to run after those handed over before; waits while {@code ahead} tasks wait. */
    public void run(Task task) {
        if (worker == null) {
            worker = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
        }
        ahead.acquireUninterruptibly();
        last = worker.submit(() -> {
            try {
                if (failure == null && !abandoned) task.run();
            } catch (Exception e) {
                failure = e;
            } finally {
                ahead.release();
            }
        });
    }

    /**
     * Waits until every task handed over is done (what they wrote is then visible to the caller); throws the first
     * failure, an {@link IOException} as it was, anything else wrapped.
     */
    public void finish() throws IOException {
        awaitLast();
        Exception failed = failure;
        failure = null;
        if (failed instanceof IOException io) throw io;
        if (failed instanceof RuntimeException r) throw r;
        if (failed != null) throw new IllegalStateException(name + ": failed", failed);
    }

    /** Skips the tasks not yet begun, waits for the one in progress; what it throws is dropped (the caller is failing). */
    @Override
    public void close() {
        abandoned = true;
        try {
            awaitLast();
        } catch (RuntimeException e) {
            // the caller is already failing or done; its own failure is the one to report
        }
    }

    private void awaitLast() {
        if (last != null) {
            try {
                last.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + ": interrupted while waiting", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(name + ": failed", e.getCause());
            } finally {
                worker.shutdown();
                worker = null;
                last = null;
            }
        }
    }
}
