package org.iucnkg.collaboration;

import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionEval;

/** What the property functions over {@link SharedWork} share: their arguments' check, the snapshot, binding results. */
abstract class SharedWorkFunction extends PropertyFunctionEval {

    SharedWorkFunction(PropFuncArgType subject, PropFuncArgType object) {
        super(subject, object);
    }

    /** The reason the arguments do not fit, or null when they do. */
    abstract String misfit(PropFuncArg subject, PropFuncArg object);

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext context) {
        super.build(subject, predicate, object, context);
        String misfit = misfit(subject, object);
        if (misfit != null) throw new QueryBuildException(misfit);
    }

    /** The kept snapshot for this reader of TDB2, or else what {@code around} reads of the store for this call. */
    static SharedWork sharedWork(ExecutionContext context, Function<DatasetGraph, SharedWork> around) {
        DatasetGraph data = context.getDataset();
        return Snapshots.forReader(data).orElseGet(() -> around.apply(data));
    }

    /** Binds {@code arg} if it is a variable not bound yet; a constant (or a value bound before) must be equal. */
    static boolean bind(BindingBuilder row, Node arg, Node value) {
        if (!Var.isVar(arg)) return arg.sameValueAs(value);
        Node bound = row.get(Var.alloc(arg));
        if (bound != null) return bound.sameValueAs(value);
        row.add(Var.alloc(arg), value);
        return true;
    }
}
