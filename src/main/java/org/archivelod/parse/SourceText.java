package org.archivelod.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * The lines of a record file: strict UTF-8, NFC, no control characters, white space trimmed at both ends of each line
 * (so a line of no-break spaces is blank), or a {@link RecordFormatException}.
 */
public final class SourceText {
    private SourceText() {}

    public static List<String> lines(String source, byte[] bytes) throws RecordFormatException {
        if (bytes.length == 0) throw new RecordFormatException(source, 0, "empty file: expected a Digital Archive record");
        String text = decode(source, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (Character.isISOControl(c) && c != '\t')
                    throw new RecordFormatException(source, i + 1, String.format(
                            "control character U+%04X at column %d: this looks like a binary file, not a record text", (int) c, j + 1));
            }
        }
        if (text.isBlank()) throw new RecordFormatException(source, 0, "file holds only white space: expected a Digital Archive record");
        return lines.stream().map(l -> stripEdges(Normalizer.normalize(l, Normalizer.Form.NFC))).toList();
    }

    /**
     * Removes white space at either end of a line, including the no-break spaces web pages use for empty paragraphs
     * (white space, Unicode space separators and U+FEFF). A loop, not a regular expression: {@code [...]+$} takes time
     * quadratic in a long run of inner spaces.
     */
    static String stripEdges(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isEdgeSpace(line.charAt(start))) start++;
        while (end > start && isEdgeSpace(line.charAt(end - 1))) end--;
        return line.substring(start, end);
    }

    private static boolean isEdgeSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\uFEFF'
                || Character.isSpaceChar(c);
    }

    private static String decode(String source, byte[] bytes) throws RecordFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1 + lineOfFirstBadByte(bytes);
            throw new RecordFormatException(source, line, "not valid UTF-8 text (is it a binary file?)");
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int lines = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return lines;
                }
                lines++;
                start = i + 1;
            }
        }
        return lines;
    }
}
