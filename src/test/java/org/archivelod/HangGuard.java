package org.archivelod;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A hang guard that counts the CPU a task spends, not the wall clock: on a machine shared with other builds a slow but
 * finite task waits for a core without spending its budget, while a loop that never ends spends it in the same seconds
 * whatever the load. A wall-clock backstop, {@link #BACKSTOP_FACTOR} times the budget, catches a task that blocks
 * without spending CPU.
 *
 * <p>What is counted is the CPU of the JVM's Java threads since the task began: the guarded thread and the workers a
 * conversion starts. The collector's and the JIT compiler's threads are not Java threads, so a mutant that makes the
 * heap churn on a busy machine no longer spends the budget on garbage collection (with the process's CPU it once did).
 * A worker that ended before a poll is no longer counted; a hang is a thread that keeps running, so it always is.
 */
public final class HangGuard {
    static final int BACKSTOP_FACTOR = 12;
    private static final long POLL_MILLIS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HangGuard() {
    }

    /** Runs the task; fails, naming it, when its threads spend more than {@code cpu} of CPU or it blocks for long. */
    public static <T> T within(Duration cpu, Callable<T> task, Supplier<String> what) throws Exception {
        return within(cpu, cpu.multipliedBy(BACKSTOP_FACTOR), task, what);
    }

    /** As {@link #within(Duration, Callable, Supplier)}, with the wall-clock backstop given. */
    static <T> T within(Duration cpu, Duration backstop, Callable<T> task, Supplier<String> what) throws Exception {
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hang-guarded");
            t.setDaemon(true);
            return t;
        });
        Map<Long, Long> cpuStart = threadCpu();
        long wallLimit = System.nanoTime() + backstop.toNanos();
        Future<T> result = runner.submit(task);
        try {
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException running) {
                    long spent = spentSince(cpuStart);
                    if (spent > cpu.toNanos()) {
                        fail(what.get() + ": spent more than " + cpu.toSeconds() + " s of CPU");
                    }
                    if (System.nanoTime() > wallLimit) {
                        fail(what.get() + ": still running after " + backstop.toMillis() + " ms (blocked?)");
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        } finally {
            runner.shutdownNow();
        }
    }

    /** The CPU time of each live Java thread, by thread id. */
    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long t = THREADS.getThreadCpuTime(id);
            if (t >= 0) cpu.put(id, t);
        }
        return cpu;
    }

    /** The CPU the live Java threads have spent since {@code start} (a thread started since counts in full). */
    private static long spentSince(Map<Long, Long> start) {
        long spent = 0;
        for (Map.Entry<Long, Long> now : threadCpu().entrySet()) {
            spent += Math.max(0, now.getValue() - start.getOrDefault(now.getKey(), 0L));
        }
        return spent;
    }
}
