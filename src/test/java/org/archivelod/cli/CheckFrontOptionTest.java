package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code serve --check-front} is a part of {@code --check} over a local store: without {@code --check}, or for a front
 * ({@code --endpoint}), it is refused before anything starts (exit 2, said on stderr). The check itself runs in
 * {@code LauncherIT} and in the build's class-data archive step.
 */
class CheckFrontOptionTest {
    private static String[] run(String... args) {
        CommandLine serve = Main.commandLine("serve");
        StringWriter err = new StringWriter();
        serve.setOut(new PrintWriter(new StringWriter()));
        serve.setErr(new PrintWriter(err));
        int exit = serve.execute(args);
        return new String[] {String.valueOf(exit), err.toString()};
    }

    @Test
    void checkFrontIsRefused_withoutCheck() {
        String[] ended = run("serve", "--memory", "--port", "0", "--check-front");
        assertEquals(String.valueOf(ExitCodes.USAGE), ended[0], ended[1]);
        assertTrue(ended[1].contains("--check-front is for --check over a local store"), ended[1]);
    }

    @Test
    void checkFrontIsRefused_forAFront() {
        String[] ended = run("serve", "--endpoint", "http://127.0.0.1:1/ds", "--check", "--check-front");
        assertEquals(String.valueOf(ExitCodes.USAGE), ended[0], ended[1]);
        assertTrue(ended[1].contains("--check-front is for --check over a local store"), ended[1]);
    }
}
