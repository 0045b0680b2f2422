package org.archivelod.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless chromium for the browser tests: a fresh profile per run, the flags this machine's closed network
 * needs, and helpers to read the rendered DOM.
 */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private HeadlessChromium() {}

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Runs chromium with {@code args} (e.g. {@code --dump-dom URL}) and returns what it printed. */
    static String run(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(List.of(args));
            Path out = profile.resolve("stdout.html");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish: " + command);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * Takes a screenshot of {@code url} in a window {@code width} × {@code height} pixels to {@code png} and returns
     * the DOM chromium rendered, both of one load of the page by one chromium (it does both at once).
     */
    static String screenshotAndDom(Path png, int width, int height, String url) throws IOException, InterruptedException {
        return run("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--dump-dom", url);
    }

    /** The target of the first link whose href matches {@code hrefPattern} and whose text (inside any inline tags) is {@code label}. */
    static String href(String dom, String hrefPattern, String label) {
        Matcher m = Pattern.compile("<a [^>]*href=\"(" + hrefPattern + ")\"[^>]*>(?:<[^>]+>)*([^<]*)(?:</[^a][^>]*>)*</a>").matcher(dom);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            if (m.group(2).trim().equals(label)) {
                return m.group(1);
            }
            seen.add(m.group(2));
        }
        throw new AssertionError("no link '" + label + "' among " + seen);
    }
}
