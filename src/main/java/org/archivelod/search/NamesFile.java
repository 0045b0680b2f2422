package org.archivelod.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The names a search is widened with ({@link NameVariants}), kept in the search index's own directory beside the Lucene
 * files, written when the index is built (at load) and read when an index of the same release is opened, so that a
 * server's start reads one small file instead of every entity's names in the store. The first line is the release the
 * names are of; then one entity a line, a JSON array of its IRI (in N-Triples form) and its names, in the order of
 * {@link NameVariants}. Lucene leaves the file alone: its name is none of a Lucene index's.
 */
final class NamesFile {
    static final String NAME = "archive-lod-names.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LINE = new TypeReference<>() {};

    private NamesFile() {}

    /** Replaces the file in {@code directory} with {@code names}, as of the release {@code release}. */
    static void write(Directory directory, String release, Map<Node, Set<String>> names) throws IOException {
        if (Arrays.asList(directory.listAll()).contains(NAME)) directory.deleteFile(NAME);
        try (IndexOutput out = directory.createOutput(NAME, IOContext.DEFAULT);
                Writer text = new BufferedWriter(new OutputStreamWriter(stream(out), StandardCharsets.UTF_8))) {
            text.write(JSON.writeValueAsString(List.of(release)));
            text.write('\n');
            for (Map.Entry<Node, Set<String>> entity : names.entrySet()) {
                List<String> line = new ArrayList<>();
                line.add(NodeFmtLib.strNT(entity.getKey()));
                line.addAll(entity.getValue());
                text.write(JSON.writeValueAsString(line));
                text.write('\n');
            }
        }
        directory.sync(List.of(NAME));
    }

    /** The names in {@code directory} if they are of the release {@code release}; empty if absent or of another. */
    static Optional<Map<Node, Set<String>>> read(Directory directory, String release) throws IOException {
        if (!Arrays.asList(directory.listAll()).contains(NAME)) return Optional.empty();
        try (IndexInput in = directory.openInput(NAME, IOContext.READONCE);
                BufferedReader text = new BufferedReader(reader(in))) {
            String first = text.readLine();
            if (first == null || !JSON.readValue(first, LINE).equals(List.of(release))) return Optional.empty();
            Map<Node, Set<String>> names = new LinkedHashMap<>();
            for (String line = text.readLine(); line != null; line = text.readLine()) {
                List<String> entity = parse(line);
                names.put(NodeFactoryExtra.parseNode(entity.get(0)), new LinkedHashSet<>(entity.subList(1, entity.size())));
            }
            return Optional.of(names);
        }
    }

    private static List<String> parse(String line) throws IOException {
        try {
            List<String> entity = JSON.readValue(line, LINE);
            if (entity.isEmpty()) throw new IOException("an empty line of names in " + NAME);
            return entity;
        } catch (JsonProcessingException e) {
            throw new IOException("not a line of names in " + NAME + ": " + e.getOriginalMessage(), e);
        }
    }

    private static OutputStream stream(IndexOutput out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.writeByte((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.writeBytes(b, off, len);
            }
        };
    }

    private static Reader reader(IndexInput in) {
        return new InputStreamReader(new InputStream() {
            @Override
            public int read() throws IOException {
                return in.getFilePointer() < in.length() ? in.readByte() & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                long left = in.length() - in.getFilePointer();
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                in.readBytes(b, off, n);
                return n;
            }
        }, StandardCharsets.UTF_8);
    }
}
