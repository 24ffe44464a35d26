package org.iucnkg.collaboration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;

/**
 * {@code (?organisation ?other) kgf:sharedInstruments (?instrument ?identifier)}: each instrument both (bound)
 * organisations work on, and its {@code dcterms:identifier} (the row is left without one when the instrument
 * has none), from the same {@link SharedWork} as {@code kgf:collaborators}. A lone {@code ?instrument} may
 * stand for the list.
 */
final class SharedInstrumentsFunction extends SharedWorkFunction {

    SharedInstrumentsFunction() {
        super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_EITHER);
    }

    @Override
    String misfit(PropFuncArg subject, PropFuncArg object) {
        if (subject.getArgListSize() != 2) return "kgf:sharedInstruments takes a list of two organisations: (?organisation ?other)";
        boolean fits = !object.isList() || (object.getArgListSize() >= 1 && object.getArgListSize() <= 2);
        return fits ? null : "kgf:sharedInstruments gives (?instrument ?identifier) or ?instrument";
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext context) {
        Node organisation = subject.getArg(0);
        Node other = subject.getArg(1);
        List<Node> asked = object.isList() ? object.getArgList() : List.of(object.getArg());
        List<Binding> rows = new ArrayList<>();
        if (organisation.isURI() && other.isURI()) { // unbound organisations share nothing
            for (SharedWork.Shared shared : sharedWork(context, data -> SharedWork.between(data, organisation, other))
                    .sharedBy(organisation, other)) {
                List<Node> identifiers = asked.size() < 2 || shared.identifiers().isEmpty() ? Collections.singletonList(null) : shared.identifiers();
                for (Node identifier : identifiers) {
                    BindingBuilder row = Binding.builder(binding);
                    if (bind(row, asked.get(0), shared.instrument()) && (identifier == null || bind(row, asked.get(1), identifier)))
                        rows.add(row.build());
                }
            }
        }
        return QueryIterPlainWrapper.create(rows.iterator(), context);
    }
}
