package org.archivelod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/**
 * Arguments that begin with a command build that command alone ({@link Main#commandLine(String)}), and it parses,
 * prints and exits as it does among all the commands.
 */
class OneCommandLineTest {
    private static final List<String[]> ARGUMENTS = List.of(new String[] {"serve", "--help"}, new String[] {"serve", "--bogus"},
            new String[] {"validate", "/no/such/file.ttl"}, new String[] {"validate", "/no/such/file.ttl", "--debug"},
            new String[] {"synth", "--count", "x"}, new String[] {"query", "--version"}, new String[] {"load"});

    @Test
    void aCommandNamedFirstIsBuiltAlone() {
        assertEquals(Set.of("serve"), Main.commandLine("serve").getSubcommands().keySet());
        assertEquals(Main.commandLine().getSubcommands().keySet(), Main.commandLine("help").getSubcommands().keySet());
        assertEquals(Main.commandLine().getSubcommands().keySet(), Main.commandLine("--debug").getSubcommands().keySet());
        assertEquals(12, Main.commandLine("").getSubcommands().size());
    }

    @Test
    void itAnswersAsAmongAllTheCommands() {
        for (String[] args : ARGUMENTS) {
            assertEquals(run(Main.commandLine(), args), run(Main.commandLine(args[0]), args), String.join(" ", args));
        }
    }

    @Test
    void theInheritedDebugOptionReachesTheCommandAlone() {
        CommandLine serve = Main.commandLine("serve").getSubcommands().get("serve");
        assertEquals(Main.commandLine().getSubcommands().get("serve").getCommandSpec().optionsMap().keySet(),
                serve.getCommandSpec().optionsMap().keySet());
        assertEquals(true, serve.getCommandSpec().optionsMap().containsKey("--debug"));
    }

    private static String run(CommandLine cl, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return exit + "\n" + out + "\n" + err;
    }
}
