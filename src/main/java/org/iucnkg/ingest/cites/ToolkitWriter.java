package org.iucnkg.ingest.cites;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitClaim;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitRow;
import org.iucnkg.ingest.cites.IccwcRecords.ToolkitTable;
import org.iucnkg.model.IKG;

/** Writes the toolkit and one implementation per table row, and checks the summary's counts against the table. */
final class ToolkitWriter {
    static final String TOOLKIT_LABEL = "ICCWC Wildlife and Forest Crime Analytic Toolkit";

    private final ParseContext ctx;

    ToolkitWriter(ParseContext ctx) {
        this.ctx = ctx;
    }

    /** The toolkit itself, described once. */
    Resource toolkit() {
        Resource toolkit = ctx.derived(ctx.iris().toolkit());
        if (!toolkit.hasProperty(RDF.type, IKG.Toolkit)) {
            toolkit.addProperty(RDF.type, IKG.Toolkit).addProperty(RDFS.label, TOOLKIT_LABEL);
        }
        return toolkit;
    }

    void write(ToolkitTable table) {
        Resource toolkit = toolkit();
        if (table.statusAsOf() == null) ctx.warn("The toolkit table's heading gives no \"as of\" date");
        if (table.updatedAsOf() != null && !table.updatedAsOf().equals(table.statusAsOf())) {
            ctx.warn("The toolkit table is dated " + lexical(table.statusAsOf()) + " in its heading but "
                    + lexical(table.updatedAsOf()) + " below it");
        }
        for (ToolkitRow row : table.rows()) {
            Optional<Resource> country = ctx.resolver().country(row.party());
            if (country.isEmpty()) {
                ctx.unplaced(ctx.sourceDocument(), "toolkit table row for a party that is not a known country", row.party());
                continue;
            }
            String iso2 = Organisations.keyOf(country.get());
            Resource r = ctx.derived(ctx.iris().toolkitImplementation(iso2));
            r.addProperty(RDF.type, IKG.ToolkitImplementation)
                    .addProperty(RDFS.label, "ICCWC toolkit implementation: " + countryName(country.get(), row.party()))
                    .addProperty(IKG.country, country.get())
                    .addProperty(IKG.toolkit, toolkit)
                    .addLiteral(IKG.completedStepCount, Literals.integer(row.completedSteps().size()))
                    .addLiteral(IKG.actionPlanRecommendationsImplemented, row.actionPlanImplemented());
            row.completedSteps().forEach(step -> r.addProperty(IKG.completedStep,
                    ctx.iris().concept("toolkit-steps", Integer.toString(step))));
            if (table.statusAsOf() != null) r.addLiteral(IKG.statusAsOf, table.statusAsOf());
        }
    }

    /** Warns where the summary's "17 requests ... completed in 6 ... in 11 countries" disagrees with the table. */
    void check(ToolkitClaim claim, ToolkitTable table) {
        if (claim == null || table == null) return;
        long completed = table.rows().stream().filter(ToolkitRow::allStepsCompleted).count();
        compare("requests received", claim.requests(), table.rows().size());
        compare("countries where implementation is complete", claim.completed(), completed);
        compare("countries where implementation is under way", claim.inProgress(), table.rows().size() - completed);
    }

    private void compare(String what, Integer claimed, long counted) {
        if (claimed != null && claimed != counted) {
            ctx.warn("The toolkit summary gives " + claimed + " " + what + " but the table has " + counted);
        }
    }

    private static String countryName(Resource country, String asWritten) {
        Resource described = country.getModel() == null ? null : country;
        return described != null && described.hasProperty(RDFS.label)
                ? described.getProperty(RDFS.label).getString() : asWritten;
    }

    private static String lexical(org.apache.jena.rdf.model.Literal date) {
        return date == null ? "(none)" : date.getLexicalForm();
    }
}
