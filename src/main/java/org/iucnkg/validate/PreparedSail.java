package org.iucnkg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.rdf4j.common.exception.ValidationException;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;

/**
 * An in-memory {@link ShaclSail} that holds the shapes, and the context every validation shares,
 * committed once. Each validation adds its data to a graph of its own in one bulk transaction,
 * validates everything the store then holds ({@code prepare}) and clears that graph again, so the
 * next validation starts from the same state without parsing the shapes or copying the context
 * again. Without isolation, because an isolated transaction keeps its data in a change set that
 * the validation's queries scan, several times slower. One thread at a time.
 */
final class PreparedSail {
    private static final int BATCH = 10_000;
    /** The graph the data of one validation goes into; the shapes validate all graphs together. */
    private static final IRI DATA = SimpleValueFactory.getInstance().createIRI("urn:iucn-kg:validated-data");

    private final SailRepository repository;

    PreparedSail(List<Statement> shapes, List<Statement> context) {
        ShaclSail sail = new ShaclSail(new MemoryStore());
        // Every result: a batch of documents shares one report, and each document must get all of its own.
        sail.setValidationResultsLimitPerConstraint(-1);
        sail.setValidationResultsLimitTotal(-1);
        repository = new SailRepository(sail);
        try (RepositoryConnection connection = repository.getConnection()) {
            // The context is validated with every data set, as part of the store: loading it checks nothing.
            connection.begin(IsolationLevels.NONE, ShaclSail.TransactionSettings.ValidationApproach.Disabled);
            connection.add(shapes, RDF4J.SHACL_SHAPE_GRAPH);
            connection.add(context);
            connection.commit();
        }
    }

    /** The report when the shapes give any result for the context with {@code data}; null when there is none. */
    Model validate(Consumer<Consumer<Statement>> data) {
        try (RepositoryConnection connection = repository.getConnection()) {
            connection.begin(IsolationLevels.NONE, ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            try {
                addAll(connection, data);
                connection.prepare();
                return null;
            } catch (RepositoryException e) {
                if (e.getCause() instanceof ValidationException invalid) return invalid.validationReportAsModel();
                throw e;
            } finally {
                connection.rollback();
                connection.begin(IsolationLevels.NONE, ShaclSail.TransactionSettings.ValidationApproach.Disabled);
                connection.clear(DATA);
                connection.commit();
            }
        }
    }

    void shutDown() { repository.shutDown(); }

    /** Adds the statements in batches, so that a large graph is never copied whole. */
    private static void addAll(RepositoryConnection connection, Consumer<Consumer<Statement>> data) {
        List<Statement> batch = new ArrayList<>(BATCH);
        data.accept(statement -> {
            batch.add(statement);
            if (batch.size() == BATCH) {
                connection.add(batch, DATA);
                batch.clear();
            }
        });
        connection.add(batch, DATA);
    }
}
