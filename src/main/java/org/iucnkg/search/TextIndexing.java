package org.iucnkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.store.FSDirectory;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;
import org.iucnkg.model.SCHEMA;

/**
 * The embedded store with a Lucene text index (jena-text): names (labels, alternative labels, acronyms,
 * titles) and narratives (descriptions, quoted text, report results, challenges and future actions) go
 * into one English-stemmed field, so a query matches them all and Lucene ranks the hits. Every write
 * through the dataset updates the index in the same transaction. Each text also carries the kind of its
 * subject ({@link Kinds}), so a search can ask for one kind inside Lucene.
 */
public final class TextIndexing {
    /** The field every indexed property feeds, and the default field of queries. */
    static final String FIELD = "text";
    static final List<Property> INDEXED = List.of(RDFS.label, SKOS.altLabel, IKG.acronym, DCTerms.title,
            DCTerms.description, SCHEMA.text, IKG.results, IKG.challenges, IKG.futureActions);

    private TextIndexing() {}

    /**
     * Opens the TDB2 database in {@code store} with its index in {@code index}. An index that is missing,
     * or does not hold one entry per indexed statement (the store was written without it, by the command
     * line for instance), or was written without kinds, is rebuilt from the store first. {@code iris} tells
     * the kinds from the subjects' IRIs.
     */
    public static DatasetGraph open(Path store, Path index, Iris iris) {
        DatasetGraph database = DatabaseMgr.connectDatasetGraph(store.toString());
        KindedTextIndex textIndex = new KindedTextIndex(directory(index), config(), new Kinds(iris));
        IndexRebuild.ifStale(database, textIndex, INDEXED);
        return TextDatasetFactory.create(database, textIndex, true);
    }

    /** Whether {@code dataset} answers {@code text:query} from a text index (its own, or one named in its context). */
    public static boolean isIndexed(DatasetGraph dataset) {
        return dataset instanceof DatasetGraphText || dataset.getContext().isDefined(TextQuery.textIndex);
    }

    /** The text index of a dataset opened by {@link #open}. */
    public static Optional<TextIndex> indexOf(DatasetGraph dataset) {
        return dataset instanceof DatasetGraphText text ? Optional.of(text.getTextIndex()) : Optional.empty();
    }

    static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition("uri", FIELD);
        INDEXED.forEach(property -> entities.set(FIELD, property.asNode()));
        // One document per statement and graph: removing a graph removes exactly its statements' entries.
        entities.setUidField("uid");
        entities.setGraphField("graph");
        entities.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setValueStored(true); // needed for highlighted snippets
        config.setAnalyzer(new EnglishAnalyzer());
        // as jena-text parses queries by default, and a kind as written: "planned-action" is one term
        KeywordAnalyzer asWritten = new KeywordAnalyzer();
        config.setQueryAnalyzer(new PerFieldAnalyzerWrapper(new EnglishAnalyzer(),
                Map.of("uri", asWritten, "graph", asWritten, "lang", asWritten, Kinds.FIELD, asWritten)));
        return config;
    }

    private static FSDirectory directory(Path index) {
        try {
            return FSDirectory.open(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index at " + index, e);
        }
    }
}
