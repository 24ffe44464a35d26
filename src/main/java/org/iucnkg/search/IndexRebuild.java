package org.iucnkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the text index from the store when the number of entries differs from the number of indexed
 * statements (a new index on an existing store, or a store written without the index), or when the index
 * was written before its texts carried their kind. The commits of a rebuilt index say so in their user data.
 */
final class IndexRebuild {
    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuild.class);
    private static final Map<String, String> FORMAT = Map.of("iucn-kg.index", "is-kind");

    private IndexRebuild() {}

    static void ifStale(DatasetGraph database, TextIndexLucene index, List<Property> indexed) {
        Txn.executeRead(database, () -> {
            long statements = entities(database, index, indexed).count();
            long entries = index.getIndexWriter().getDocStats().numDocs;
            if (statements == entries && hasKinds(index)) return;
            LOG.info("Building the text index: {} statements to index, the index held {} entries{}", statements, entries,
                    entries > 0 && !hasKinds(index) ? ", written without their kinds" : "");
            try {
                index.getIndexWriter().deleteAll();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot empty the text index", e);
            }
            entities(database, index, indexed).forEach(index::addEntity);
            // kept by the writer for every later commit, and read back when the index is opened again
            index.getIndexWriter().setLiveCommitData(FORMAT.entrySet());
            index.commit();
        });
    }

    private static boolean hasKinds(TextIndexLucene index) {
        Iterable<Map.Entry<String, String>> committed = index.getIndexWriter().getLiveCommitData();
        if (committed == null) return false;
        for (Map.Entry<String, String> entry : committed) {
            if (FORMAT.entrySet().contains(entry)) return true;
        }
        return false;
    }

    /** One entity per indexed statement in any graph; the default graph holds none (it is the union). */
    private static Stream<Entity> entities(DatasetGraph database, TextIndexLucene index, List<Property> indexed) {
        return indexed.stream()
                .flatMap(property -> database.stream(Node.ANY, Node.ANY, property.asNode(), Node.ANY))
                .filter(quad -> quad.getObject().isLiteral())
                .map(quad -> TextQueryFuncs.entityFromQuad(index.getDocDef(), quad))
                .filter(Objects::nonNull);
    }
}
