package org.iucnkg.query;

import java.util.List;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.optimize.ExprTransformConstantFold;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Drops from a query what the request has already decided. Once values are in, {@code BOUND} of a
 * parameter is known (true with a value, false without), so {@code FILTER(!BOUND(?__x) || ...)} is
 * either the test alone or nothing, and of {@code { FILTER(!BOUND(?__x)) } UNION { start from ?__x }}
 * one branch is left. The query then starts from the asked value instead of filtering a scan of
 * everything. The query means the same with or without this step; it is only faster. (Public for the
 * benchmark, which sends the REST layer's queries as the REST layer runs them.)
 */
public final class Decided {
    private Decided() {}

    /** {@code query} with its values in place; {@code unset} are the variables of optional parameters left out. */
    public static Query fold(Query query, Set<Var> unset) {
        return QueryTransformOps.transform(query, PRUNE, new Fold(unset));
    }

    private static final class Fold extends ExprTransformConstantFold {
        private final Set<Var> unset;

        Fold(Set<Var> unset) {
            this.unset = unset;
        }

        @Override
        public Expr transform(ExprFunction1 function, Expr argument) {
            if (function instanceof E_Bound) {
                if (argument.isConstant()) return NodeValue.TRUE;
                if (argument instanceof ExprVar v && unset.contains(v.asVar())) return NodeValue.FALSE;
            }
            return super.transform(function, argument);
        }

        @Override
        public Expr transform(ExprFunction2 function, Expr left, Expr right) {
            boolean or = function instanceof E_LogicalOr;
            if (!or && !(function instanceof E_LogicalAnd)) return super.transform(function, left, right);
            // a || b (or a && b) with a known side: the deciding value, or the other side
            if (isConstant(left, or) || isConstant(right, or)) return or ? NodeValue.TRUE : NodeValue.FALSE;
            if (isConstant(left, !or)) return right;
            if (isConstant(right, !or)) return left;
            return super.transform(function, left, right);
        }
    }

    private static final ElementTransformCopyBase PRUNE = new ElementTransformCopyBase() {
        @Override
        public Element transform(ElementGroup group, List<Element> members) {
            List<Element> kept = members.stream().filter(e -> !isTrueFilter(e) && !isEmptyGroup(e)).toList();
            ElementGroup flat = new ElementGroup();
            for (Element member : kept) {
                // the one branch left of a UNION is a group of its own, which ARQ joins by evaluating it alone
                // (every implementingMember of the store); spliced in, its patterns start from what precedes it
                if (isSplicable(member, kept)) ((ElementGroup) member).getElements().forEach(flat::addElement);
                else flat.addElement(member);
            }
            return flat;
        }

        @Override
        public Element transform(ElementUnion union, List<Element> branches) {
            List<Element> possible = branches.stream().filter(b -> !neverMatches(b)).toList();
            if (possible.isEmpty() || possible.size() == branches.size()) return super.transform(union, branches);
            if (possible.size() == 1) return possible.get(0);
            ElementUnion pruned = new ElementUnion();
            possible.forEach(pruned::addElement);
            return pruned;
        }
    };

    /**
     * A nested group means the same spliced into its parent when it holds only triple patterns and
     * {@code BIND}s of constants to variables no other member of the parent mentions.
     */
    private static boolean isSplicable(Element member, List<Element> siblings) {
        if (!(member instanceof ElementGroup nested)) return false;
        for (Element e : nested.getElements()) {
            if (e instanceof ElementPathBlock || e instanceof ElementTriplesBlock) continue;
            if (!(e instanceof ElementBind bind) || !bind.getExpr().isConstant()) return false;
            boolean mentionedElsewhere = siblings.stream().filter(other -> other != member)
                    .anyMatch(other -> PatternVars.vars(other).contains(bind.getVar()));
            if (mentionedElsewhere) return false;
        }
        return true;
    }

    private static boolean isTrueFilter(Element e) {
        return e instanceof ElementFilter f && isConstant(f.getExpr(), true);
    }

    private static boolean isEmptyGroup(Element e) {
        return e instanceof ElementGroup g && g.isEmpty();
    }

    private static boolean neverMatches(Element branch) {
        return branch instanceof ElementGroup g
                && g.getElements().stream().anyMatch(e -> e instanceof ElementFilter f && isConstant(f.getExpr(), false));
    }

    private static boolean isConstant(Expr expr, boolean value) {
        return (value ? NodeValue.TRUE : NodeValue.FALSE).equals(expr);
    }
}
