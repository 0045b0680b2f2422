package org.archivelod.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One tab of Debian's headless chromium, driven over the DevTools protocol (a WebSocket of the JDK's HTTP client, no
 * library): open a page and wait for it to load, evaluate script in it, press keys as a reader would, take
 * screenshots. For what {@code --dump-dom} cannot show: computed styles, focus, the query editor's script at work.
 */
final class DevToolsPage implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final Process chromium;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

    private DevToolsPage(Process chromium, Path profile, WebSocket socket) {
        this.chromium = chromium;
        this.profile = profile;
        this.socket = socket;
    }

    /** A fresh chromium (its own profile) with one blank tab {@code width} × {@code height} pixels. */
    static DevToolsPage open(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("chromium-devtools");
        Process p = new ProcessBuilder(HeadlessChromium.BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + WAIT.toNanos();
        while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        String port = Files.readAllLines(portFile).get(0).strip();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode tabs = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String ws = null;
        for (JsonNode tab : tabs) {
            if (tab.path("type").asText().equals("page")) ws = tab.path("webSocketDebuggerUrl").asText();
        }
        DevToolsPage[] self = new DevToolsPage[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    self[0].received(message.toString());
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        self[0] = new DevToolsPage(p, profile, socket);
        self[0].send("Page.enable", Map.of());
        // a headless tab is never the focused window: without this, :focus would not match after element.focus()
        self[0].send("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return self[0];
    }

    private void received(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                if (f != null) f.complete(m);
            } else {
                events.add(m);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a DevTools command and waits for its result. */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(command), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode m = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (m.has("error")) throw new AssertionError(method + ": " + m.get("error"));
        return m.path("result");
    }

    /** Opens {@code url} and waits until it has loaded (its deferred scripts have run). */
    void navigate(String url) throws Exception {
        events.clear();
        send("Page.navigate", Map.of("url", url));
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            JsonNode e = events.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && e.path("method").asText().equals("Page.loadEventFired")) return;
        }
        throw new AssertionError("did not load: " + url);
    }

    /** Clicks the element {@code selector} finds, as a reader would follow a link or press a button, and waits for the next page. */
    void follow(String selector) throws Exception {
        events.clear();
        eval("document.querySelector(" + JSON.writeValueAsString(selector) + ").click()");
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            JsonNode e = events.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && e.path("method").asText().equals("Page.loadEventFired")) return;
        }
        throw new AssertionError("clicking " + selector + " loaded no page");
    }

    /** The value of the script expression {@code expression} in the page (awaited if it is a promise). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) throw new AssertionError(expression + ": " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    String text(String expression) throws Exception {
        return eval(expression).asText();
    }

    /** Presses and releases a key as a keyboard does ("Tab", "Enter"), with Shift when {@code shift}. */
    void press(String key, boolean shift) throws Exception {
        Map<String, int[]> codes = Map.of("Tab", new int[] {9}, "Enter", new int[] {13}, "Escape", new int[] {27});
        int code = codes.get(key)[0];
        for (String type : List.of("rawKeyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key, "windowsVirtualKeyCode", code,
                    "nativeVirtualKeyCode", code, "modifiers", shift ? 8 : 0));
            if (type.equals("rawKeyDown") && key.equals("Enter")) {
                send("Input.dispatchKeyEvent", Map.of("type", "char", "key", key, "text", "\r"));
            }
        }
    }

    /** Types {@code text} where the focus is, as keyboard input. */
    void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            send("Input.insertText", Map.of("text", String.valueOf(c)));
        }
    }

    /** A screenshot of the whole page (up to {@code maxHeight} pixels) to {@code file}. */
    void screenshot(Path file, int maxHeight) throws Exception {
        int height = Math.min(maxHeight, eval("document.documentElement.scrollHeight").asInt());
        int width = eval("document.documentElement.clientWidth").asInt();
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        chromium.destroy();
        try {
            if (!chromium.waitFor(10, TimeUnit.SECONDS)) chromium.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // chromium's helper processes may still be removing temporary files of the profile: a file gone is walked again
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                return;
            } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException vanished) {
                if (!Files.exists(profile)) return;
            }
        }
    }
}
