package org.iucnkg.validate;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.iucnkg.ingest.Bundled;

/**
 * The validation gate on RDF4J's SHACL engine. The shapes, and the context every validation shares
 * ({@link #withContext}), are loaded once into prepared in-memory {@code ShaclSail}s; each validation
 * adds its data to one of them in a bulk transaction, validates, and rolls back, so calls are
 * independent and may run concurrently. The engine's RDFS subclass reasoning reads
 * {@code rdfs:subClassOf} from the data or the context: one of them must carry the ontology (an
 * {@code ikg:IUCNMember} is an {@code org:Organization}).
 *
 * <p>The report conforms when no result has severity {@code sh:Violation}; warnings are listed but
 * do not block. Every result is reported (RDF4J's default of 1000 per constraint is lifted). Shapes
 * that allow several datatypes for a value are validated one datatype at a time ({@link ValueShapes}); shapes
 * that target the subjects of a predicate find them through one marker triple per subject ({@link SubjectTargets}).
 */
public final class ShaclValidator implements GraphValidator {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final Pattern TIME_ZONE = Pattern.compile("(?:Z|[+-]\\d{2}:\\d{2})$");

    private final ShapeSet shapes;
    private final ReportReader reports;
    private final ValueShapes valueShapes;
    private final SubjectTargets targets;
    private final Graph contextValues;
    private final SailPool general;
    private final SailPool perValue;

    /** Validates against the shapes bundled with the application ({@code shapes/*.ttl}). */
    public ShaclValidator() {
        this(Bundled.shapes());
    }

    public ShaclValidator(List<Bundled.File> shapes) {
        this(ShapeSet.parse(Objects.requireNonNull(shapes, "shapes")), GraphFactory.createDefaultGraph());
    }

    private ShaclValidator(ShapeSet shapes, Graph context) {
        this.shapes = shapes;
        this.reports = new ReportReader(shapes);
        this.valueShapes = ValueShapes.split(shapes.statements());
        this.targets = SubjectTargets.rewrite(valueShapes.others());
        List<Statement> contextStatements = new ArrayList<>();
        targets.withMarkers(statementsOf(context), contextStatements::add);
        this.contextValues = GraphFactory.createDefaultGraph();
        valueTriples(context, contextValues::add);
        // The factories capture only what they need, not this validator, so that the cleaner can run.
        List<Statement> generalShapes = targets.shapes();
        List<Statement> perValueShapes = valueShapes.shapes();
        this.general = new SailPool(() -> new PreparedSail(generalShapes, contextStatements));
        this.perValue = new SailPool(() -> new PreparedSail(perValueShapes, List.of()));
        // The sails outlive single calls: shut them down when this validator is no longer used.
        SailPool generalPool = general;
        SailPool perValuePool = perValue;
        CLEANER.register(this, () -> {
            generalPool.shutDown();
            perValuePool.shutDown();
        });
    }

    /**
     * The same shapes validating every graph together with {@code context} (ontology, concepts,
     * reference data), which is converted and loaded once instead of with each graph.
     */
    public ShaclValidator withContext(Graph context) {
        return new ShaclValidator(shapes, Objects.requireNonNull(context, "context"));
    }

    @Override
    public ValidationReport validate(Graph data) {
        Objects.requireNonNull(data, "data");
        List<Model> found = new ArrayList<>();
        Model main = general.with(sail -> sail.validate(sink -> targets.withMarkers(statementsOf(data), sink)));
        if (main != null) found.add(main);
        for (List<Triple> part : byDatatype(data)) {
            Model values = perValue.with(sail -> sail.validate(sink -> part.forEach(t -> sink.accept(Rdf4jValues.statement(t)))));
            if (values != null) found.add(values);
        }
        return found.isEmpty() ? reports.conforming() : reports.read(found);
    }

    /** The value-shape triples of the context and the data, grouped by datatype (and time zone or not). */
    private List<List<Triple>> byDatatype(Graph data) {
        Map<String, List<Triple>> parts = new LinkedHashMap<>();
        Consumer<Triple> sort = t -> parts.computeIfAbsent(kindOf(t.getObject()), k -> new ArrayList<>()).add(t);
        contextValues.find().forEachRemaining(sort);
        valueTriples(data, t -> {
            if (!contextValues.contains(t)) sort.accept(t);
        });
        return List.copyOf(parts.values());
    }

    private void valueTriples(Graph graph, Consumer<Triple> sink) {
        for (IRI predicate : valueShapes.predicates()) {
            each(graph.find(Node.ANY, NodeFactory.createURI(predicate.stringValue()), Node.ANY), sink);
        }
    }

    private static String kindOf(Node value) {
        if (!value.isLiteral()) return "resource";
        return value.getLiteralDatatypeURI() + (TIME_ZONE.matcher(value.getLiteralLexicalForm()).find() ? " tz" : "");
    }

    private static Consumer<Consumer<Statement>> statementsOf(Graph graph) {
        return sink -> each(graph, t -> sink.accept(Rdf4jValues.statement(t)));
    }

    private static void each(Graph graph, Consumer<Triple> action) {
        each(graph.find(), action);
    }

    private static void each(ExtendedIterator<Triple> triples, Consumer<Triple> action) {
        try {
            triples.forEachRemaining(action);
        } finally {
            triples.close();
        }
    }
}
