package org.archivelod.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SideThreadTest {
    @Test
    void tasksRunInTheOrderHandedOver_onAnotherThread_andFinishSeesWhatTheyDid() throws IOException {
        List<Integer> seen = new ArrayList<>();   // not synchronized: finish() is what makes the tasks' writes visible
        List<Thread> threads = new ArrayList<>();
        SideThread side = new SideThread("test-side", 3);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            side.run(() -> {
                seen.add(n);
                if (n == 0) threads.add(Thread.currentThread());
            });
        }
        side.finish();
        assertEquals(IntStream.range(0, 1000).boxed().toList(), seen);
        assertNotEquals(Thread.currentThread(), threads.get(0));
        assertEquals("test-side", threads.get(0).getName());
    }

    @Test
    void theCallerWaits_whenAheadTasksAreWaiting() throws Exception {
        SideThread side = new SideThread("test-side", 2);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger handedOver = new AtomicInteger();
        Thread caller = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                side.run(() -> gate.await());
                handedOver.incrementAndGet();
            }
        });
        caller.start();
        // the first two are taken (one running, one waiting), the third waits for room
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (caller.getState() != Thread.State.WAITING && System.nanoTime() < until) Thread.sleep(5);
        assertEquals(Thread.State.WAITING, caller.getState());
        assertEquals(2, handedOver.get());
        gate.countDown();
        caller.join(10_000);
        assertEquals(5, handedOver.get());
        side.finish();
    }

    @Test
    void aFailure_skipsTheTasksAfterIt_andFinishThrowsIt() {
        SideThread side = new SideThread("test-side", 4);
        IOException disk = new IOException("no space left");
        AtomicInteger ran = new AtomicInteger();
        side.run(ran::incrementAndGet);
        side.run(() -> { throw disk; });
        side.run(ran::incrementAndGet);
        assertSame(disk, assertThrows(IOException.class, side::finish));
        assertEquals(1, ran.get());
    }

    @Test
    void close_skipsWhatHasNotBegun_andReportsNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        try (SideThread side = new SideThread("test-side", 4)) {
            side.run(() -> { started.countDown(); gate.await(); throw new IOException("closed under it"); });
            side.run(ran::incrementAndGet);
            assertTrue(started.await(10, TimeUnit.SECONDS));
            new Thread(() -> { sleep(50); gate.countDown(); }).start();
        }
        assertEquals(0, ran.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
