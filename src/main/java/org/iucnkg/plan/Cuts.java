package org.iucnkg.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.util.VarUtils;

/**
 * The plan of one pattern whose duplicate rows nothing above counts: its triples in evaluation order, cut into
 * segments. A segment ends where a variable falls out of use (what came before becomes DISTINCT over the
 * variables still used) or where a variable is kept only to be told apart from a later one ({@link Witnesses}).
 * Each filter goes in at the end of the first segment that binds all its variables.
 */
final class Cuts {
    private final Collection<Var> needed;
    private final List<Expr> unplaced;
    private final boolean mayWaitForAllRows;
    private final Set<Var> witnessed = new HashSet<>();

    /**
     * {@code needed}: the variables the result uses. {@code mayWaitForAllRows}: whether a cut may read all the rows
     * before it before it gives one (witnesses do); not under a streaming DISTINCT, whose first rows may be all
     * that is asked (LIMIT).
     */
    Cuts(Collection<Var> needed, List<Expr> filters, boolean mayWaitForAllRows) {
        this.needed = needed;
        this.unplaced = new ArrayList<>(filters);
        this.mayWaitForAllRows = mayWaitForAllRows;
    }

    /** The cut plan of {@code ordered}, or null when nothing is cut before the last triple. */
    Op plan(List<Triple> ordered) {
        Op plan = null;
        boolean anyCut = false;
        Set<Var> row = new LinkedHashSet<>();
        BasicPattern segment = new BasicPattern();
        for (int i = 0; i < ordered.size(); i++) {
            Triple triple = ordered.get(i);
            segment.add(triple);
            VarUtils.addVarsFromTriple(row, triple);
            boolean last = i == ordered.size() - 1;
            List<Triple> later = ordered.subList(i + 1, ordered.size());
            Set<Var> live = last ? row : live(row, later);
            Var witness = last ? null : witness(row, live, later, ordered);
            if (!last && live.size() == row.size() && witness == null) continue;
            plan = plan == null ? new OpBGP(segment) : OpJoin.create(plan, new OpBGP(segment));
            plan = OpFilter.filterBy(placeable(row), plan);
            if (!last) {
                plan = witness != null ? Witnesses.two(plan, witness, live) : new OpDistinct(new OpProject(plan, new ArrayList<>(live)));
                if (witness != null) witnessed.add(witness);
                anyCut = true;
                row = live;
            }
            segment = new BasicPattern();
        }
        if (!anyCut) return null;
        return unplaced.isEmpty() ? plan : OpFilter.filterBy(new ExprList(unplaced), plan);
    }

    /** The variables of {@code row} that later triples, filters not yet placed, or the result use. */
    private Set<Var> live(Set<Var> row, List<Triple> later) {
        Set<Var> used = new LinkedHashSet<>(needed);
        later.forEach(triple -> VarUtils.addVarsFromTriple(used, triple));
        unplaced.stream().filter(expr -> !row.containsAll(ExprVars.getVarsMentioned(expr)))
                .forEach(expr -> used.addAll(ExprVars.getVarsMentioned(expr)));
        Set<Var> live = new LinkedHashSet<>(row);
        live.retainAll(used);
        return live;
    }

    /**
     * A variable of {@code live} used only by one filter {@code ?v != ?w} with {@code ?w} bound later, whose values
     * are IRIs or blank nodes (it is some triple's subject), so that != compares terms; null if none.
     */
    private Var witness(Set<Var> row, Set<Var> live, List<Triple> later, List<Triple> all) {
        if (!mayWaitForAllRows || live.size() < 2) return null; // the other variables are the key its witnesses are kept for
        for (Var v : live) {
            if (witnessed.contains(v) || needed.contains(v) || later.stream().anyMatch(t -> VarUtils.getVars(t).contains(v))) continue;
            List<Expr> uses = unplaced.stream().filter(expr -> ExprVars.getVarsMentioned(expr).contains(v)).toList();
            if (uses.size() == 1 && uses.get(0) instanceof E_NotEquals notEquals
                    && notEquals.getArg1().isVariable() && notEquals.getArg2().isVariable()
                    && !row.containsAll(ExprVars.getVarsMentioned(notEquals))
                    && all.stream().anyMatch(t -> v.equals(t.getSubject()))) {
                return v;
            }
        }
        return null;
    }

    /** Removes and returns the filters whose variables {@code row} binds. */
    private ExprList placeable(Set<Var> row) {
        ExprList placed = new ExprList();
        for (Expr expr : List.copyOf(unplaced)) {
            if (row.containsAll(ExprVars.getVarsMentioned(expr))) {
                placed.add(expr);
                unplaced.remove(expr);
            }
        }
        return placed;
    }
}
