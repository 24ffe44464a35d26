package org.iucnkg.collaboration;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * {@code ?organisation kgf:collaborators (?collaborator ?shared ?rank)}: each organisation that works on an
 * instrument the (bound) organisation works on, with the number of instruments both work on and its place
 * in the ranking (1 first: most shared, then by label and IRI). Answered from {@link SharedWork}, kept per
 * TDB2 version, instead of joining every report of every shared instrument on each request.
 */
final class CollaboratorsFunction extends SharedWorkFunction {

    CollaboratorsFunction() {
        super(PropFuncArgType.PF_ARG_SINGLE, PropFuncArgType.PF_ARG_LIST);
    }

    @Override
    String misfit(PropFuncArg subject, PropFuncArg object) {
        boolean fits = object.getArgListSize() >= 1 && object.getArgListSize() <= 3;
        return fits ? null : "kgf:collaborators takes a list of one to three: (?collaborator ?shared ?rank)";
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object,
            ExecutionContext context) {
        Node organisation = subject.getArg();
        List<Binding> rows = new ArrayList<>();
        if (organisation.isURI()) { // an unbound or literal subject has no collaborators
            List<SharedWork.Collaborator> ranked = sharedWork(context, data -> SharedWork.around(data, organisation))
                    .collaboratorsOf(organisation);
            for (int i = 0; i < ranked.size(); i++) {
                BindingBuilder row = Binding.builder(binding);
                boolean fits = bind(row, object, 0, ranked.get(i).iri())
                        && bind(row, object, 1, NodeFactoryExtra.intToNode(ranked.get(i).shared()))
                        && bind(row, object, 2, NodeFactoryExtra.intToNode(i + 1));
                if (fits) rows.add(row.build());
            }
        }
        return QueryIterPlainWrapper.create(rows.iterator(), context);
    }

    /** Binds the list's {@code index}th argument, if it has one. */
    private static boolean bind(BindingBuilder row, PropFuncArg list, int index, Node value) {
        return index >= list.getArgListSize() || bind(row, list.getArg(index), value);
    }
}
