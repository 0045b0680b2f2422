package org.archivelod.serve.http;

import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.archivelod.dump.DumpFile;
import org.archivelod.serve.render.PageRenderer;
import org.archivelod.serve.site.EntityDescriber;
import org.archivelod.serve.site.EntityPath;
import org.archivelod.serve.site.Labels;
import org.archivelod.serve.site.SampleQueries;
import org.archivelod.serve.site.SiteAggregatesView;
import org.archivelod.serve.site.SiteQueries;
import org.archivelod.serve.site.TermLabels;
import org.archivelod.store.ArchiveStore;

/**
 * What the site's servlets share, fixed at start: the settings, the store, the dataset release (for
 * validators; over a remote store it follows the store's), the dumps written at start, the sample queries, labels and the page renderer,
 * and the home page's overview of the release, read once per release.
 */
public record SiteContext(ServeSettings settings, ArchiveStore store, Supplier<DatasetRelease> releases, List<DumpFile> dumps,
        SampleQueries queries, TermLabels terms, PageRenderer renderer, Redirects redirects, ReleaseOverview overview) {

    /** The release served now: fixed for a local store, as the store says for a remote one ({@link ReleaseWatch}). */
    public DatasetRelease release() {
        return releases.get();
    }

    /** The stored dataset (named graphs as loaded), without the site graph of aggregates. */
    public DatasetGraph data() {
        return store.publishedData();
    }

    /** The site graph's aggregates, read with the site's queries. */
    public SiteAggregatesView aggregates() {
        return new SiteAggregatesView(SiteQueries.shared(), store.queryView(), settings.base());
    }

    public Labels labels() {
        return new Labels(data(), terms, settings.base());
    }

    public EntityDescriber describer() {
        return new EntityDescriber(data());
    }

    public Node entity(EntityPath path) {
        return NodeFactory.createURI(path.iri(settings.base()));
    }
}
