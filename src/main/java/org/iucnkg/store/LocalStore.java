package org.iucnkg.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A store in this process. Fuseki's update and Graph Store paths write to {@link #writes()}, in its
 * transactions, and report each commit to {@link #changed()}; reads go through {@link #local()}.
 */
public interface LocalStore extends KgStore {

    /** The dataset writes go to: the durable TDB2 database. */
    DatasetGraph writes();

    /** Called after a write committed on {@link #writes()}: the version moves on. */
    void changed();
}
