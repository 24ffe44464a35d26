package org.iucnkg.ingest.iucn;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.iucnkg.model.IKG;
import org.iucnkg.model.PROV;
import org.iucnkg.model.SCHEMA;

/** Types a resource with a class and the superclasses the ontology declares for it, so queries need no inference. */
final class Types {

    private static final Map<Resource, List<Resource>> SUPERCLASSES = Map.of(
            IKG.Resolution, List.of(IKG.PolicyInstrument),
            IKG.Recommendation, List.of(IKG.Resolution, IKG.PolicyInstrument),
            IKG.Decision, List.of(IKG.Resolution, IKG.PolicyInstrument),
            IKG.ProgressReport, List.of(PROV.Entity, SCHEMA.Report),
            IKG.ActivityReport, List.of(IKG.ProgressReport, PROV.Entity, SCHEMA.Report),
            IKG.Activity, List.of(PROV.Activity),
            IKG.PlannedAction, List.of(PROV.Plan, PROV.Entity),
            IKG.IUCNMember, List.of(ORG.Organization),
            IKG.Commission, List.of(ORG.Organization),
            IKG.Event, List.of(SCHEMA.Event));

    private Types() {}

    static Resource type(Resource resource, Resource type) {
        resource.addProperty(RDF.type, type);
        SUPERCLASSES.getOrDefault(type, List.of()).forEach(s -> resource.addProperty(RDF.type, s));
        return resource;
    }
}
