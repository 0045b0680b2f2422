package org.archivelod.serve.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The server's own work waits for a moment without readers: so long without a request in progress, counted anew at each. */
class QuietMomentsTest {
    @Test
    void await_returnsOnlyAfterTheQuietAsked_countedFromTheLastRequestInProgress() {
        AtomicInteger answering = new AtomicInteger(1);
        long start = System.nanoTime();
        Thread reader = new Thread(() -> {
            sleep(400);
            answering.set(0);   // the request in progress ends 400 ms in
        });
        reader.start();
        new QuietMoments(answering::get, () -> false).await(1_000);
        long waited = (System.nanoTime() - start) / 1_000_000;
        // the last poll that saw the request was at most 25 ms before it ended; counted from the start it would be 1,000 ms
        assertTrue(waited >= 1_300, "returned after " + waited + " ms, before 1 s of quiet after the request ended");
    }

    @Test
    void await_givesUpWhenClosing() {
        AtomicBoolean closing = new AtomicBoolean();
        new Thread(() -> {
            sleep(100);
            closing.set(true);
        }).start();
        assertThrows(IllegalStateException.class, () -> new QuietMoments(() -> 1, closing::get).await(60_000));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
