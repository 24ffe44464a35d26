package org.iucnkg.ingest.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
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
        for (ReferenceTables.Organisation row : reference.tables().organisations()) {
            KnownOrganisation org = index.register(new KnownOrganisation(
                    reference.iris().organisation(row.key()), row.label(), Origin.REFERENCE, row.country()));
            row.altLabels().forEach(a -> { index.addName(org, a); org.stateName(a); });
            row.acronyms().forEach(a -> { index.addAcronym(org, a); org.stateAcronym(a); });
            row.alsoMatches().forEach(p -> { index.addProgramme(org, p); org.stateName(p); });
        }
        if (store != null) fromStore(index, reference, ModelFactory.createModelForGraph(store));
        return index;
    }

    /** Organisations of earlier ingests; for reference organisations, the spellings earlier ingests added. */
    private static void fromStore(OrganisationIndex index, ReferenceData reference, Model store) {
        List<Resource> orgs = store.listResourcesWithProperty(RDF.type, ORG.Organization).toList().stream()
                .filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource r : orgs) {
            List<String> labels = strings(r, RDFS.label);
            KnownOrganisation org = index.at(r.getURI());
            if (org == null) {
                if (labels.isEmpty()) continue;
                String country = strings(r, IKG.country).stream().map(reference::codeOf)
                        .flatMap(Optional::stream).findFirst().orElse(null);
                org = index.register(new KnownOrganisation(ResourceFactory.createResource(r.getURI()), labels.get(0), Origin.STORE, country));
            }
            for (String name : labels) index.addName(org, name);
            for (String name : strings(r, SKOS.altLabel)) index.addName(org, name);
            for (String acronym : strings(r, IKG.acronym)) index.addAcronym(org, acronym);
        }
    }

    /** Literal values as strings, IRIs as IRIs, sorted so every run picks the same first one. */
    private static List<String> strings(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject())
                .map(OrganisationSources::text).filter(s -> !s.isBlank()).sorted().toList();
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : "";
    }
}
