package org.archivelod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OA;
import org.archivelod.serve.ServeFixtures;
import org.archivelod.serve.SiteFixtures;
import org.archivelod.store.ArchiveStore;
import org.archivelod.store.SiteAggregates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An entity page's lists and passages are gathered alike both ways: by index lookups level by level (a local
 * store) and by the one query a front sends ({@code queries/site/entity-lists.rq}): the same statements, each
 * subject's values in the same order, on the site fixtures.
 */
class EntityListReadsTest {
    private static ArchiveStore store;

    @BeforeAll
    static void load() throws Exception {
        store = SiteFixtures.store();
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    @Test
    void theLookupsAndTheFrontsQuery_gatherTheSameStatements() {
        DatasetGraph view = store.queryView();
        SiteAggregatesView site = new SiteAggregatesView(SiteQueries.shared(), view, ServeFixtures.BASE);
        int passages = 0;
        for (String who : List.of("person/stalin", "person/zhou-enlai", "person/mao-zedong", "place/korea")) {
            Node entity = NodeFactory.createURI(ServeFixtures.BASE + "id/" + who);
            List<String> names = new ArrayList<>(EntityProfile.lists(entity));
            names.add(SiteAggregates.listName("letters", entity));
            for (int page = 1; page <= 2; page++) {
                List<Node> nodes = new ArrayList<>();
                for (String name : names) {
                    nodes.add(site.list(name));
                    nodes.add(site.pageOf(name, page));
                }
                Node passagePage = site.pageOf(names.get(0), page);
                PageStatements looked = Txn.calculateRead(view, () -> EntityListReads.byLookups(view, nodes, passagePage));
                PageStatements asked = EntityListReads.asQuery(site, nodes);
                assertEquals(asked.asMap(), looked.asMap(), who + ", page " + page);
                passages += (int) looked.asMap().values().stream().filter(p -> p.containsKey(OA.hasSource.asNode())).count();
            }
        }
        assertTrue(passages > 0, "some passages were read");
    }

    @Test
    void aPagePastTheEnd_givesTheSizesAlone() {
        DatasetGraph view = store.queryView();
        SiteAggregatesView site = new SiteAggregatesView(SiteQueries.shared(), view, ServeFixtures.BASE);
        Node zhou = NodeFactory.createURI(ServeFixtures.ZHOU);
        EntityLists lists = EntityLists.read(site, EntityProfile.lists(zhou), 99);
        String passages = EntityProfile.lists(zhou).get(0);
        assertTrue(lists.size(passages) > 0, "Zhou Enlai is named");
        assertTrue(lists.items(passages).isEmpty());
        assertFalse(EntityLists.read(site, EntityProfile.lists(zhou), 1).items(passages).isEmpty());
    }
}
