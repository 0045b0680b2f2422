package org.archivelod.serve.site;

import java.util.function.Supplier;

/**
 * What the site reads from the jar once, when it is first asked for rather than at start (the term labels, the sample
 * queries): a start does only what its first answer needs. Threads asking at once wait for the one reading.
 */
final class ReadOnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> read;
    private volatile T value;

    ReadOnFirstUse(Supplier<T> read) {
        this.read = read;
    }

    @Override
    public T get() {
        T got = value;
        if (got == null) {
            synchronized (this) {
                got = value;
                if (got == null) value = got = read.get();
            }
        }
        return got;
    }
}
