package org.archivelod.serve.site;

/** A thing shown on a page: its label, where it links to (empty for literals), and whether that is off-site. */
public record Link(String label, String href, boolean external) {
    public static Link text(String label) {
        return new Link(label, "", false);
    }

    public boolean linked() {
        return !href.isEmpty();
    }
}
