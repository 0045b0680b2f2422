package org.archivelod.uri;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one rule for characters in the paths of minted IRIs: letters and digits outside ASCII (a Chinese or Russian
 * name as an appellation's slug) are percent-encoded as UTF-8 with upper-case hex digits (RFC 3986 §2.1), so every
 * minted IRI is also a URI that any HTTP client can send as it is; {@link #decode} gives back the words, and
 * encoding the decoded path gives back the IRI byte for byte.
 */
public final class IriPaths {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private IriPaths() {}

    /** {@code path} with every character outside printable ASCII (and space, {@code %}, quotes, brackets) percent-encoded. */
    public static String encode(String path) {
        StringBuilder out = null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (safe(c)) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(path.length() + 16).append(path, 0, i);
            int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
            for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? path : out.toString();
    }

    /** The path with its percent-encoded octets decoded as UTF-8; a malformed escape is kept as it is. */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                bytes.write(hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean safe(char c) {
        return c > 0x20 && c < 0x7F && c != '%' && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^'
                && c != '`' && c != '{' && c != '|' && c != '}';
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
