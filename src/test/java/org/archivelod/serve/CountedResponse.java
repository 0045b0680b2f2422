package org.archivelod.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** A response whose body's bytes are counted as they are written (what a store's answers weigh, {@link CountedFronts}). */
final class CountedResponse extends HttpServletResponseWrapper {
    private final AtomicLong bytes;
    private ServletOutputStream counted;

    CountedResponse(HttpServletResponse response, AtomicLong bytes) {
        super(response);
        this.bytes = bytes;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (counted == null) {
            ServletOutputStream out = super.getOutputStream();
            counted = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    bytes.incrementAndGet();
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    bytes.addAndGet(len);
                    out.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return counted;
    }
}
