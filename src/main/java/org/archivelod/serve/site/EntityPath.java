package org.archivelod.serve.site;

import java.util.Optional;
import java.util.regex.Pattern;
import org.archivelod.uri.IriPaths;
import org.archivelod.uri.UriScheme;

/**
 * The {@code {kind}/{slug}} part shared by {@code /id/…}, {@code /page/…} and {@code /data/…}, checked before
 * it becomes an IRI: a kind (lowercase letters), then one or more segments of letters, digits, {@code - _ . ~} (no empty,
 * {@code .} or {@code ..} segments), and not too long. Anything else is refused (a 400), never looked up.
 */
public record EntityPath(String kind, String slug) {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,39}");
    public static final int MAX_LENGTH = 400;
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_~-][\\p{L}\\p{N}._~-]*");

    /** Parses a path info like {@code /person/zhou-enlai}; empty when it is not an acceptable entity path. */
    public static Optional<EntityPath> parse(String pathInfo) {
        if (pathInfo == null || pathInfo.length() > MAX_LENGTH || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        String[] segments = pathInfo.substring(1).split("/", -1);
        if (segments.length < 2 || !KIND.matcher(segments[0]).matches()) {
            return Optional.empty();
        }
        for (int i = 1; i < segments.length; i++) {
            if (!SEGMENT.matcher(segments[i]).matches() || segments[i].equals("..") || segments[i].endsWith(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(new EntityPath(segments[0], pathInfo.substring(segments[0].length() + 2)));
    }

    /** The entity's IRI under {@code base} (characters outside ASCII percent-encoded, as minted). */
    public String iri(String base) {
        return UriScheme.at(base).entity(relative());
    }

    /** {@code kind/slug}. */
    public String relative() {
        return kind + "/" + slug;
    }

    public String pagePath() {
        return UriScheme.pagePath(relative());
    }

    public String dataPath(DataFormat format) {
        return UriScheme.dataPath(relative()) + "." + format.extension();
    }

    /** The entity path of a local IRI ({@code {base}id/kind/slug}, percent-encoded or not), empty for other IRIs. */
    public static Optional<EntityPath> ofIri(String iri, String base) {
        return UriScheme.at(base).idTail(iri).flatMap(tail -> parse("/" + IriPaths.decode(tail)));
    }
}
