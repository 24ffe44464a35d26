package org.iucnkg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.eclipse.rdf4j.common.exception.ValidationException;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.iucnkg.ingest.Bundled;

/**
 * The validation gate on RDF4J's SHACL engine: every call loads the shapes and the data into a fresh
 * in-memory {@link ShaclSail} and validates them in one bulk transaction, so calls are independent
 * and may run concurrently. The data must carry the ontology: the engine's RDFS subclass reasoning
 * reads {@code rdfs:subClassOf} from it (an {@code ikg:IUCNMember} is an {@code org:Organization}).
 *
 * <p>The report conforms when no result has severity {@code sh:Violation}; warnings are listed but
 * do not block. RDF4J reports at most 1000 results per constraint (the report model then says
 * {@code rdf4j:truncated true}).
 */
public final class ShaclValidator implements GraphValidator {
    private static final int BATCH = 10_000;

    private final ShapeSet shapes;
    private final ReportReader reports;

    /** Validates against the shapes bundled with the application ({@code shapes/*.ttl}). */
    public ShaclValidator() {
        this(Bundled.shapes());
    }

    public ShaclValidator(List<Bundled.File> shapes) {
        this.shapes = ShapeSet.parse(Objects.requireNonNull(shapes, "shapes"));
        this.reports = new ReportReader(this.shapes);
    }

    @Override
    public ValidationReport validate(Graph data) {
        Objects.requireNonNull(data, "data");
        SailRepository repository = new SailRepository(new ShaclSail(new MemoryStore()));
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.begin(IsolationLevels.NONE, ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            connection.add(shapes.statements(), RDF4J.SHACL_SHAPE_GRAPH);
            addAll(connection, data);
            try {
                connection.commit();
                return reports.conforming();
            } catch (RepositoryException e) {
                if (!(e.getCause() instanceof ValidationException invalid)) throw e;
                connection.rollback();
                return reports.read(invalid.validationReportAsModel());
            }
        } finally {
            repository.shutDown();
        }
    }

    /** Converts the data term by term, in batches, so that a large graph is never copied whole. */
    private static void addAll(RepositoryConnection connection, Graph data) {
        List<Statement> batch = new ArrayList<>(BATCH);
        ExtendedIterator<Triple> triples = data.find();
        try {
            while (triples.hasNext()) {
                batch.add(Rdf4jValues.statement(triples.next()));
                if (batch.size() == BATCH) {
                    connection.add(batch);
                    batch.clear();
                }
            }
        } finally {
            triples.close();
        }
        connection.add(batch);
    }
}
