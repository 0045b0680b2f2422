package org.archivelod.serve.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * How to cite a document: a Chicago-style note (title in quotes, date, the archive's citation as printed, the
 * publisher, the document's IRI) and the same facts for reference managers as BibTeX, RIS and CSL-JSON. Only what the
 * data states goes in; nothing is filled in (no access date, so that the bytes are the same for every reader).
 *
 * @param title     the document's title
 * @param date      ISO date ("1950-10-05", "1950-10" or "1950"), or empty
 * @param dateLabel the date as people write it ("October 5, 1950"), or empty
 * @param archive   the archive's citation as printed, or empty
 * @param publisher the publisher's label, or empty
 * @param iri       the document's IRI
 */
public record DocumentCitation(String title, String date, String dateLabel, String archive, String publisher, String iri) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The citation of {@code document} from what the store says of it (callers hold a read transaction). */
    public static DocumentCitation of(org.apache.jena.sparql.core.DatasetGraph store, Labels labels, org.apache.jena.graph.Node document) {
        ArchiveDocuments.DocumentSummary doc = ArchiveDocuments.summary(store, document);
        org.apache.jena.graph.Node citation = org.apache.jena.graph.NodeFactory.createURI(document.getURI() + "/source-citation");
        String archive = ArchiveDocuments.literal(store, citation, org.archivelod.vocab.CRM.P190_has_symbolic_content.asNode()).orElse("");
        String publisher = ArchiveDocuments.objects(store, document, org.apache.jena.vocabulary.DCTerms.publisher.asNode()).stream()
                .findFirst().map(labels::englishLabel).orElse("");
        String date = ArchiveDocuments.literal(store, document, org.apache.jena.vocabulary.DCTerms.date.asNode()).orElse("");
        return new DocumentCitation(doc.title(), date.matches("\\d{4}(-\\d{2}){0,2}") ? date : "", doc.dateLabel(), archive,
                publisher, document.getURI());
    }

    /** The formats offered for download, by file extension. */
    public static final List<String> EXTENSIONS = List.of("bib", "ris", "json");

    /** “Title,” October 5, 1950, {archive citation}. {Publisher}. {IRI}. */
    public String chicago() {
        List<String> rest = new java.util.ArrayList<>();
        if (!dateLabel.isEmpty()) rest.add(dateLabel);
        if (!archive.isEmpty()) rest.add(strip(archive));
        String note = rest.isEmpty() ? "“" + title + ".”" : "“" + title + ",” " + String.join(", ", rest) + ".";
        if (!publisher.isEmpty()) note += " " + publisher + ".";
        return note + " " + iri + ".";
    }

    /** The citation in {@code extension}'s format ({@code bib}, {@code ris}, {@code json}: CSL-JSON). */
    public Optional<String> as(String extension) {
        return switch (extension) {
            case "bib" -> Optional.of(bibtex());
            case "ris" -> Optional.of(ris());
            case "json" -> Optional.of(cslJson());
            default -> Optional.empty();
        };
    }

    public static String mediaType(String extension) {
        return switch (extension) {
            case "bib" -> "application/x-bibtex";
            case "ris" -> "application/x-research-info-systems";
            default -> "application/vnd.citationstyles.csl+json";
        };
    }

    private String bibtex() {
        StringBuilder b = new StringBuilder("@misc{").append(key()).append(",\n");
        field(b, "title", "{" + bib(title) + "}");
        if (!date.isEmpty()) field(b, "date", date);
        if (!archive.isEmpty()) field(b, "note", bib(strip(archive)));
        if (!publisher.isEmpty()) field(b, "publisher", bib(publisher));
        field(b, "url", iri);
        return b.append("}\n").toString();
    }

    private String ris() {
        StringBuilder r = new StringBuilder("TY  - MANSCPT\n");
        r.append("TI  - ").append(oneLine(title)).append('\n');
        if (!date.isEmpty()) r.append("DA  - ").append(date.replace('-', '/')).append('\n');
        if (!archive.isEmpty()) r.append("AV  - ").append(oneLine(strip(archive))).append('\n');
        if (!publisher.isEmpty()) r.append("PB  - ").append(oneLine(publisher)).append('\n');
        return r.append("UR  - ").append(iri).append("\nER  - \n").toString();
    }

    private String cslJson() {
        ObjectNode item = JSON.createObjectNode().put("id", iri).put("type", "manuscript").put("title", title);
        if (!date.isEmpty()) {
            ArrayNode parts = item.putObject("issued").putArray("date-parts").addArray();
            for (String part : date.split("-")) parts.add(Integer.parseInt(part));
        }
        if (!archive.isEmpty()) item.put("archive_location", strip(archive));
        if (!publisher.isEmpty()) item.put("publisher", publisher);
        item.put("URL", iri);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.createArrayNode().add(item)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String key() {
        String tail = iri.substring(iri.lastIndexOf('/') + 1);
        return tail.replaceAll("[^A-Za-z0-9-]", "");
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    private static String bib(String s) {
        return oneLine(s).replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("$", "\\$").replace("_", "\\_");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String strip(String s) {
        String t = oneLine(s);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
