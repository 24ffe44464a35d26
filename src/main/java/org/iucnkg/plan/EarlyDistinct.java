package org.iucnkg.plan;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprLib;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.aggregate.AggAvgDistinct;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMax;
import org.apache.jena.sparql.expr.aggregate.AggMaxDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMedianDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.expr.aggregate.AggMinDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSampleDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSumDistinct;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVars;

/**
 * Drops a variable's duplicates as soon as nothing later needs the variable, where only distinct rows
 * matter: under {@code SELECT DISTINCT}, or a {@code GROUP BY} whose aggregates all ignore duplicates
 * ({@code COUNT(DISTINCT ?x)}, {@code MIN}, {@code SAMPLE}...). In "organisations that share an instrument with
 * an organisation's partners", a partner sharing 40 instruments with the organisation otherwise carries 40
 * copies of every row after it through the rest of the join; here it is kept once.
 *
 * <p>The pattern is taken in the order the engine will evaluate it (ARQ's fixed reordering, which the
 * in-memory dataset applies), and cut after each triple that leaves a variable no later triple, filter or
 * result uses: what comes before the cut becomes {@code DISTINCT} over the variables still needed. Each
 * filter goes in at the first cut where all its variables are bound. The answer is the same set of rows;
 * only their copies, which nothing above counts, are gone.
 */
final class EarlyDistinct extends TransformCopy {

    @Override
    public Op transform(OpGroup group, Op sub) {
        if (!group.getAggregators().stream().allMatch(EarlyDistinct::ignoresDuplicates)) return super.transform(group, sub);
        Set<Var> needed = new LinkedHashSet<>(group.getGroupVars().getVars());
        group.getGroupVars().getExprs().values().forEach(expr -> needed.addAll(ExprVars.getVarsMentioned(expr)));
        group.getAggregators().forEach(agg -> agg.getAggregator().getExprList()
                .forEach(expr -> needed.addAll(ExprVars.getVarsMentioned(expr))));
        return group.copy(cut(sub, needed, true));
    }

    @Override
    public Op transform(OpDistinct distinct, Op sub) {
        return sub instanceof OpProject project ? distinct.copy(project.copy(cut(project.getSubOp(), project.getVars(), false))) : distinct.copy(sub);
    }

    @Override
    public Op transform(OpReduced reduced, Op sub) {
        return sub instanceof OpProject project ? reduced.copy(project.copy(cut(project.getSubOp(), project.getVars(), false))) : reduced.copy(sub);
    }

    /**
     * The aggregates whose value depends only on the distinct rows. Not COUNT(DISTINCT *), which needs every
     * variable, nor ARQ's MODE(DISTINCT), where every value is a mode and the first one seen wins.
     */
    private static final Set<Class<?>> DUPLICATE_BLIND = Set.of(AggCountVarDistinct.class, AggSumDistinct.class,
            AggAvgDistinct.class, AggMin.class, AggMinDistinct.class, AggMax.class, AggMaxDistinct.class, AggSample.class,
            AggSampleDistinct.class, AggGroupConcatDistinct.class, AggMedianDistinct.class);

    private static boolean ignoresDuplicates(ExprAggregator aggregate) {
        return DUPLICATE_BLIND.contains(aggregate.getAggregator().getClass());
    }

    /** A filter that may be evaluated once per distinct row: no pattern inside (EXISTS), no fresh values (RAND, BNODE). */
    private static boolean movable(Expr filter) {
        boolean[] exists = {false};
        Walker.walk(filter, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                exists[0] = true;
            }
        });
        return !exists[0] && ExprLib.isStable(filter);
    }

    /**
     * {@code op} (a pattern, maybe filtered) cut where variables fall out of use; {@code op} itself if none do.
     * {@code grouped}: under a GROUP BY, which reads every row before it answers, so a cut may too.
     */
    private static Op cut(Op op, Collection<Var> needed, boolean grouped) {
        ExprList filters = new ExprList();
        if (op instanceof OpFilter filter && filter.getSubOp() instanceof OpBGP) {
            filters = ExprList.splitConjunction(filter.getExprs());
            op = filter.getSubOp();
        }
        if (!(op instanceof OpBGP bgp) || bgp.getPattern().size() < 2 || !filters.getList().stream().allMatch(EarlyDistinct::movable)) {
            return original(op, filters);
        }
        Op planned = new Cuts(needed, filters.getList(), grouped).plan(ReorderLib.fixed().reorder(bgp.getPattern()).getList());
        return planned != null ? planned : original(op, filters);
    }

    private static Op original(Op op, ExprList filters) {
        return filters.isEmpty() ? op : OpFilter.filterBy(filters, op);
    }
}
