package org.archivelod;

import static org.junit.jupiter.api.Assertions.fail;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A hang guard that counts the CPU this JVM spends on a task, not the wall clock: on a machine shared with other
 * builds a slow but finite task waits for a core without spending its budget, while a loop that never ends spends it
 * in the same seconds whatever the load. A wall-clock backstop, {@link #BACKSTOP_FACTOR} times the budget, catches a
 * task that blocks without spending CPU. Conversions run on worker threads too, so the process's CPU is counted (GC
 * included), which errs towards failing.
 */
public final class HangGuard {
    static final int BACKSTOP_FACTOR = 12;
    private static final long POLL_MILLIS = 50;
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private HangGuard() {
    }

    /** Runs the task; fails, naming it, when it spends more than {@code cpu} of this JVM's CPU or blocks for long. */
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
        long cpuStart = OS.getProcessCpuTime();
        long wallLimit = System.nanoTime() + backstop.toNanos();
        Future<T> result = runner.submit(task);
        try {
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException running) {
                    long spent = OS.getProcessCpuTime() - cpuStart;
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
}
