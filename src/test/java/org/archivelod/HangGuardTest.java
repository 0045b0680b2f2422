package org.archivelod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.opentest4j.AssertionFailedError;
import org.junit.jupiter.api.Test;

class HangGuardTest {
    @Test
    void aFiniteTask_givesItsResult() throws Exception {
        assertEquals(42, HangGuard.within(Duration.ofSeconds(5), () -> 6 * 7, () -> "sum"));
    }

    @Test
    void aLoopThatNeverEnds_failsOnItsCpu() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> HangGuard.within(Duration.ofMillis(300), () -> {
            long n = 0;
            while (!Thread.currentThread().isInterrupted()) n++;
            return n;
        }, () -> "spin"));
        assertTrue(e.getMessage().startsWith("spin: spent more than"), e.getMessage());
    }

    @Test
    void aLoopOnAWorkerTheTaskStarted_failsOnItsCpu() {
        // a conversion's workers spin where the guarded thread only waits: their CPU is the task's
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> HangGuard.within(Duration.ofMillis(300), () -> {
            Thread worker = new Thread(() -> {
                long n = 0;
                while (!Thread.currentThread().isInterrupted()) n++;
            });
            worker.setDaemon(true);
            worker.start();
            try {
                worker.join();
            } finally {
                worker.interrupt();
            }
            return 0;
        }, () -> "worker spin"));
        assertTrue(e.getMessage().startsWith("worker spin: spent more than"), e.getMessage());
    }

    @Test
    void aBlockedTask_failsOnTheBackstop() {
        // a CPU budget the whole JVM cannot spend in the backstop's second (JIT and GC threads run beside the task)
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> HangGuard.within(Duration.ofSeconds(30), Duration.ofSeconds(1), () -> {
            Thread.sleep(60_000);
            return 0;
        }, () -> "sleep"));
        assertTrue(e.getMessage().startsWith("sleep: still running after"), e.getMessage());
    }

    @Test
    void theTasksException_passesThrough() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> HangGuard.within(Duration.ofSeconds(5), () -> { throw new IllegalStateException("boom"); }, () -> "x"));
        assertEquals("boom", e.getMessage());
    }
}
