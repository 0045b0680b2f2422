package org.archivelod.serve.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The server's own work (a front opening its search index) waits for a moment without readers, and closing gives it up. */
class WhenQuietTest {
    /** Requests in progress as a server would say, counting how often it was asked. */
    private static final class Requests {
        final AtomicInteger inProgress = new AtomicInteger(1);
        final CountDownLatch askedWhileBusy = new CountDownLatch(20);

        int running() {
            int now = inProgress.get();
            if (now > 0) askedWhileBusy.countDown();
            return now;
        }
    }

    @Test
    void theTaskWaitsWhileARequestIsInProgress_andRunsOnceThereIsNone() throws Exception {
        Requests requests = new Requests();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        try (WhenQuiet task = WhenQuiet.start("quiet-task", () -> {
            runs.incrementAndGet();
            ran.countDown();
        }, requests::running)) {
            // 20 looks at a busy server: counted, not timed
            assertTrue(requests.askedWhileBusy.await(60, TimeUnit.SECONDS), "the task looks at the requests in progress");
            assertEquals(0, runs.get(), "not run beside a request");
            requests.inProgress.set(0);
            assertTrue(ran.await(60, TimeUnit.SECONDS), "run once the server is quiet");
        }
        assertEquals(1, runs.get());
    }

    @Test
    void closingGivesUpATaskThatHasNotBegun() throws Exception {
        Requests requests = new Requests();
        AtomicInteger runs = new AtomicInteger();
        WhenQuiet task = WhenQuiet.start("quiet-task", runs::incrementAndGet, requests::running);
        assertTrue(requests.askedWhileBusy.await(60, TimeUnit.SECONDS));
        task.close();
        requests.inProgress.set(0);
        assertEquals(0, runs.get(), "closed before a quiet moment: never run");
    }
}
