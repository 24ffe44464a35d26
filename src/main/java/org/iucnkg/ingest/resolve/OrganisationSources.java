package org.iucnkg.ingest.resolve;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.iucnkg.ingest.resolve.KnownOrganisation.Origin;
import org.iucnkg.model.IKG;

/** Fills an ingest's index from the reference tables and from what the store already knows. */
final class OrganisationSources {
    private OrganisationSources() {}

    static OrganisationIndex index(ReferenceData reference, Graph store) {
        OrganisationIndex index = new OrganisationIndex(name -> reference.countryCode(name).isPresent());
        reference.tables().nonNames().stream().filter(n -> n.scanner().equals("organisation")).forEach(n -> index.block(n.phrase()));
        long row = 0;
        for (ReferenceTables.Organisation line : reference.tables().organisations()) {
            Rank rank = Rank.reference(row++);
            KnownOrganisation org = index.register(new KnownOrganisation(
                    reference.iris().organisation(line.key()), line.label(), Origin.REFERENCE, line.country()), rank);
            line.altLabels().forEach(a -> { index.addName(org, a, rank); org.stateName(a); });
            line.acronyms().forEach(a -> { index.addAcronym(org, a, rank); org.stateAcronym(a); });
            line.alsoMatches().forEach(p -> { index.addProgramme(org, p, rank); org.stateName(p); });
        }
        if (store != null) {
            store.find(Node.ANY, RDF.type.asNode(), ORG.Organization.asNode()).mapWith(Triple::getSubject).toList()
                    .forEach(org -> fromStore(index, reference, store, org));
        }
        return index;
    }

    /**
     * An organisation of earlier ingests; for a reference organisation, the spellings earlier ingests
     * added. False when the store now gives an organisation already known another label: the index must
     * then be built again.
     */
    static boolean fromStore(OrganisationIndex index, ReferenceData reference, Graph store, Node r) {
        if (!r.isURI() || !store.contains(r, RDF.type.asNode(), ORG.Organization.asNode())) return true;
        String iri = r.getURI();
        List<String> labels = strings(store, r, RDFS.label.asNode());
        KnownOrganisation org = index.at(iri);
        if (org == null) {
            if (labels.isEmpty()) return true;
            org = index.register(new KnownOrganisation(ResourceFactory.createResource(iri), labels.get(0), Origin.STORE,
                    country(reference, store, r)), Rank.store(iri, 0, ""));
        } else if (org.origin == Origin.STORE) {
            if (labels.isEmpty() || !org.label.equals(labels.get(0))) return false;
            org.country = country(reference, store, r);
        }
        for (String name : labels) index.addName(org, name, Rank.store(iri, 0, name));
        for (String name : strings(store, r, SKOS.altLabel.asNode())) index.addName(org, name, Rank.store(iri, 1, name));
        for (String acronym : strings(store, r, IKG.acronym.asNode())) index.addAcronym(org, acronym, Rank.store(iri, 2, acronym));
        return true;
    }

    /** The first country in order that the reference data knows. */
    private static String country(ReferenceData reference, Graph store, Node r) {
        return strings(store, r, IKG.country.asNode()).stream().map(reference::codeOf).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** Literal values as strings, IRIs as IRIs, sorted so every run picks the same first one. */
    private static List<String> strings(Graph store, Node r, Node p) {
        return store.find(r, p, Node.ANY).mapWith(t -> text(t.getObject())).filterDrop(String::isBlank).toList()
                .stream().sorted().toList();
    }

    private static String text(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : "";
    }
}
