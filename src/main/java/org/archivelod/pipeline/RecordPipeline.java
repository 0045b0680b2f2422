package org.archivelod.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Converts files on a pool of threads and hands the results back in input order. At most a window of
 * {@code 4 × threads} records is queued or held at a time, so memory does not grow with the corpus; with one
 * thread everything runs on the caller's thread.
 */
final class RecordPipeline implements Iterator<ConvertedRecord>, AutoCloseable {
    private final Iterator<Path> files;
    private final Function<Path, ConvertedRecord> convert;
    private final ExecutorService pool;
    private final Deque<Future<ConvertedRecord>> window = new ArrayDeque<>();
    private final int size;

    RecordPipeline(Iterator<Path> files, Function<Path, ConvertedRecord> convert, int threads) {
        this.files = files;
        this.convert = convert;
        this.size = 4 * threads;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "archive-lod-convert");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public boolean hasNext() {
        return pool == null ? files.hasNext() : fill() > 0;
    }

    @Override
    public ConvertedRecord next() {
        if (pool == null) return convert.apply(files.next());
        if (fill() == 0) throw new NoSuchElementException();
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private int fill() {
        while (window.size() < size && files.hasNext()) {
            Path file = files.next();
            window.add(pool.submit(() -> convert.apply(file)));
        }
        return window.size();
    }

    @Override
    public void close() {
        if (pool != null) {
            window.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }
}
