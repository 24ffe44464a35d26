package org.iucnkg.plan;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.optimize.OptimizerStd;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * ARQ's standard optimizer with this service's own rewrites ({@link EarlyDistinct}), set on a dataset's
 * context so that every query on it (SPARQL endpoint, REST, linked data) is planned the same way.
 */
public final class Planner {
    static {
        JenaSystem.init(); // before ARQConstants: initialising Jena from its static block leaves its keys null
    }

    private Planner() {}

    private static final RewriteFactory FACTORY = context -> new OptimizerStd(context) {
        /** After filters are split and property functions found, before joins become index joins. */
        @Override
        protected Op transformJoinStrategy(Op op) {
            return super.transformJoinStrategy(apply("Early DISTINCT", new EarlyDistinct(), op));
        }
    };

    /** Plans the queries on the dataset whose context this is with this service's optimizer. */
    public static Context install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, FACTORY);
        return context;
    }
}
