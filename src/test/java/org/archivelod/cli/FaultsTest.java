package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.dboe.DBOpEnvException;
import org.junit.jupiter.api.Test;

/** The faults the real-fault tests meet, as the JVM, Jena and Lucene throw them, each told in one line. */
class FaultsTest {
    private static final Faults.Guarded STORE = new Faults.Guarded() {
        @Override public String place() { return "/data/store"; }
        @Override public String stillHolds() { return "the store is unchanged"; }
    };

    private static String report(Throwable e, Object command) {
        StringWriter err = new StringWriter();
        int exit = Faults.report(e, "load", command, new PrintWriter(err), false);
        return exit + " " + err.toString().strip();
    }

    @Test
    void memoryMappedWriteOnAFullDisk_isAFullDisk() {
        Throwable e = new RuntimeException("wrapped", new InternalError(
                "a fault occurred in a recent unsafe memory access operation in compiled Java code"));
        assertEquals("1 archive-lod load: /data/store: no space left on the device (a write to a memory-mapped file failed);"
                + " the store is unchanged", report(e, STORE));
    }

    @Test
    void noSpaceDeepInTheCauses_isAFullDisk() {
        Throwable e = new RuntimeIOException(new IOException("No space left on device"));
        assertEquals("1 archive-lod load: /data/store: no space left on the device; the store is unchanged", report(e, STORE));
    }

    @Test
    void readOnlyFileSystem_namesTheFileOutsideThePlace() {
        Throwable e = new RuntimeIOException("Failed to open '/ro/store/tdb.lock'",
                new FileSystemException("/ro/store/tdb.lock", null, "Read-only file system"));
        assertEquals("1 archive-lod load: /ro/store/tdb.lock: the file system is read-only; the store is unchanged", report(e, STORE));
    }

    @Test
    void lockHeldByAnotherProcess_namesTheProcess() {
        Throwable e = new DBOpEnvException("Failed to get a lock: file='/data/store/tdb.lock': held by process 4242");
        assertEquals("1 archive-lod load: /data/store: the store is in use by another process (process 4242 holds its tdb.lock);"
                + " the store is unchanged", report(e, STORE));
    }

    @Test
    void permissionDenied_andAFaultInASuppressedException() {
        Throwable e = new IllegalStateException("load failed");
        e.addSuppressed(new UncheckedIOException(new AccessDeniedException("/data/store/Data-0001/nodes.dat")));
        assertEquals("1 archive-lod load: /data/store: permission denied (/data/store/Data-0001/nodes.dat); the store is unchanged",
                report(e, STORE));
    }

    @Test
    void badInput_isOneLineWithoutAStackTrace_exit2() {
        String out = report(new org.archivelod.pipeline.ConversionException("x.txt", 3, "expected a date line", null), STORE);
        assertEquals("2 archive-lod load: x.txt:3: expected a date line", out);
        assertFalse(out.contains("\tat "));
    }

    @Test
    void aBug_isToldAsOne_withItsStackTrace_exit3() {
        String out = report(new IllegalArgumentException("bad"), STORE);
        assertTrue(out.startsWith("3 archive-lod load: this is a bug in archive-lod; please report it with what follows:"
                + " java.lang.IllegalArgumentException: bad\n"), out);
        assertTrue(out.contains("\tat org.archivelod.cli.FaultsTest"), out);
    }

    @Test
    void debug_showsTheStackTrace() {
        StringWriter err = new StringWriter();
        Faults.report(new RuntimeIOException(new IOException("No space left on device")), "dump", null, new PrintWriter(err), true);
        assertTrue(err.toString().startsWith("archive-lod dump: no space left on the device\n"), err.toString());
        assertTrue(err.toString().contains("\tat "), err.toString());
    }
}
