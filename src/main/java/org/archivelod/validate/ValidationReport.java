package org.archivelod.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * The outcome of validating a dataset: the problems found, in a stable order, as text for people
 * ({@link #toText()}) or JSON for machines ({@link #toJson()}).
 */
public final class ValidationReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Problem> problems;

    private ValidationReport(List<Problem> problems) {
        this.problems = problems;
    }

    /** A report of these problems, duplicates dropped, sorted by {@link Problem#ORDER}. */
    public static ValidationReport of(Collection<Problem> problems) {
        return new ValidationReport(problems.stream().distinct().sorted(Problem.ORDER).toList());
    }

    public boolean conforms() { return problems.isEmpty(); }

    public List<Problem> problems() { return problems; }

    /** The problems of one kind. */
    public List<Problem> problems(Problem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    /**
     * One line per problem, then a summary line, e.g.
     * {@code range: <http://localhost:3030/id/person/stalin> crm:P4_has_time-span <…>: object is a crm:E21_Person, expected crm:E52_Time-Span}.
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(line(p)).append('\n'));
        out.append(summary()).append('\n');
        return out.toString();
    }

    /** {@code {"conforms": …, "problems": [{"kind", "focusNode", "path", "value", "message"}, …]}} with full IRIs. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(new JsonReport(conforms(), problems.stream().map(JsonProblem::of).toList()))
                    + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    @Override
    public String toString() { return toText(); }

    static String line(Problem p) {
        StringBuilder line = new StringBuilder(p.kind().label()).append(": ").append(BriefTerms.brief(p.focusNode()));
        if (p.path() != null) line.append(' ').append(BriefTerms.brief(p.path()));
        if (p.value() != null) line.append(' ').append(BriefTerms.brief(p.value()));
        return line.append(": ").append(p.message()).toString();
    }

    private String summary() {
        if (conforms()) return "conforms: no problems";
        Map<Problem.Kind, Long> counts = problems.stream()
                .collect(Collectors.groupingBy(Problem::kind, () -> new EnumMap<>(Problem.Kind.class), Collectors.counting()));
        String byKind = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
        return "does not conform: " + problems.size() + (problems.size() == 1 ? " problem (" : " problems (") + byKind + ")";
    }

    private record JsonReport(boolean conforms, List<JsonProblem> problems) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record JsonProblem(String kind, String focusNode, String path, String value,
                               String valueDatatype, String valueLanguage, String message) {
        static JsonProblem of(Problem p) {
            Node v = p.value();
            boolean literal = v != null && v.isLiteral();
            return new JsonProblem(p.kind().label(), term(p.focusNode()), term(p.path()), term(v),
                    literal ? v.getLiteralDatatypeURI() : null,
                    literal && !v.getLiteralLanguage().isEmpty() ? v.getLiteralLanguage() : null,
                    p.message());
        }

        private static String term(Node n) {
            if (n == null) return null;
            if (n.isURI()) return n.getURI();
            if (n.isLiteral()) return n.getLiteralLexicalForm();
            return "_:" + n.getBlankNodeLabel();
        }
    }
}
