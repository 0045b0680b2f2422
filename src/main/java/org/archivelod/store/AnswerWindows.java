package org.archivelod.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * A long answer read a window at a time, as its reader goes: the first window of {@code first} rows is asked when the
 * first row is read, each next window (twice as long, {@code largest} at most) when the previous one is used up, and
 * none after a window shorter than asked. A reader that stops early (a page of what points at a person: 201 of the
 * 21,835 statements pointing at Stalin at 10^4 documents) costs its windows, not the whole answer; one that reads it
 * all costs a request per doubling.
 *
 * <pre>{@code
 * Iterator<Quad> all = new AnswerWindows<>((offset, limit) -> service.select(query, g, s, p, o, offset, limit), 250, 50_000, w -> {});
 * }</pre>
 */
final class AnswerWindows<T> implements Iterator<T> {
    /** The rows of the answer from {@code offset}, {@code limit} at most, in the store's order. */
    interface Window<T> {
        List<T> rows(long offset, long limit);
    }

    private final Window<T> window;
    private final long largest;
    private final Consumer<List<T>> seen;
    private long size;
    private long offset;
    private List<T> rows = List.of();
    private int at;
    private boolean last;

    /** {@code seen} hears each window as it is fetched. */
    AnswerWindows(Window<T> window, long first, long largest, Consumer<List<T>> seen) {
        this.window = window;
        this.size = first;
        this.largest = largest;
        this.seen = seen;
    }

    @Override
    public boolean hasNext() {
        while (at == rows.size() && !last) {
            rows = window.rows(offset, size);
            at = 0;
            offset += rows.size();
            last = rows.size() < size;
            size = Math.min(largest, size * 2);
            seen.accept(rows);
        }
        return at < rows.size();
    }

    @Override
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return rows.get(at++);
    }
}
