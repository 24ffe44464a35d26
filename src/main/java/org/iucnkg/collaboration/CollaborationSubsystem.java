package org.iucnkg.collaboration;

import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Registers {@code kgf:collaborators} and {@code kgf:sharedInstruments} with ARQ when Jena starts (listed in META-INF/services), as jena-text
 * registers {@code text:query}: every query of the embedded store can use it, /sparql's included.
 */
public final class CollaborationSubsystem implements JenaSubsystemLifecycle {
    /** The namespace of the service's own SPARQL functions. */
    public static final String FUNCTIONS = "https://w3id.org/iucn-kg/function#";
    public static final String COLLABORATORS = FUNCTIONS + "collaborators";
    public static final String SHARED_INSTRUMENTS = FUNCTIONS + "sharedInstruments";

    @Override
    public void start() {
        PropertyFunctionRegistry.get().put(COLLABORATORS, uri -> new CollaboratorsFunction());
        PropertyFunctionRegistry.get().put(SHARED_INSTRUMENTS, uri -> new SharedInstrumentsFunction());
    }

    @Override
    public void stop() {}

    @Override
    public int level() {
        return 500; // after ARQ itself
    }
}
