package org.archivelod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output as a stream that fails when writing fails: {@link System#out} is a {@link PrintStream}, which keeps
 * its errors to itself, so a conversion into a full disk (or a closed pipe) would otherwise end with exit 0 and half
 * a file.
 */
final class StandardOutput {
    private StandardOutput() {}

    /** {@link System#out} as it is now, checked after every write. Put a buffer in front of it. */
    static OutputStream checked() {
        PrintStream out = System.out;
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                check();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                check();
            }

            @Override
            public void flush() throws IOException {
                check();   // checkError flushes
            }

            private void check() throws IOException {
                if (out.checkError()) throw new IOException("writing failed (a full disk or a closed pipe)");
            }
        };
    }
}
