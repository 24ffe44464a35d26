package org.iucnkg.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;

/**
 * Two witnesses are enough. If a variable is kept only for one later {@code FILTER(?v != ?w)}, and nothing counts
 * rows, then of all the values {@code ?v} takes with the same other variables, two distinct ones do what all do:
 * one {@code ?w} can rule out at most one of them. So each combination of the other variables keeps its smallest
 * and its largest {@code ?v}. In "organisations sharing an instrument with an organisation's partners", an
 * instrument reached through 20 partners goes on with 2 of them, not 20.
 */
final class Witnesses {
    private Witnesses() {}

    /** {@code op} with at most two values of {@code v} per combination of the other variables of {@code live}. */
    static Op two(Op op, Var v, Set<Var> live) {
        VarExprList key = new VarExprList();
        live.stream().filter(var -> !var.equals(v)).forEach(key::add);
        Var smallest = Var.alloc("*smallest." + v.getVarName());
        Var largest = Var.alloc("*largest." + v.getVarName());
        List<ExprAggregator> extremes = List.of(
                new ExprAggregator(smallest, AggregatorFactory.createMin(false, new ExprVar(v))),
                new ExprAggregator(largest, AggregatorFactory.createMax(false, new ExprVar(v))));
        Op each = OpUnion.create(OpExtend.create(OpTable.unit(), v, new ExprVar(smallest)),
                OpExtend.create(OpTable.unit(), v, new ExprVar(largest)));
        Op witnessed = OpSequence.create(OpGroup.create(op, key, extremes), each);
        return new OpDistinct(new OpProject(witnessed, new ArrayList<>(live)));
    }
}
