package org.iucnkg.ingest.iucn;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.iucn.ParsedReport.Constituent;
import org.iucnkg.ingest.resolve.EntityResolver.Mention;
import org.iucnkg.model.IKG;

/** Writes a {@link ParsedReport} into the source's model, following docs/model.md. */
final class ReportWriter {

    static final String STATUSES = "implementation-statuses";

    private final ParseContext ctx;

    ReportWriter(ParseContext ctx) { this.ctx = ctx; }

    void write(ParsedReport parsed) {
        Resource report = Types.type(ctx.derived(ctx.iris().report(ctx.sourceId())),
                parsed.activityReport() ? IKG.ActivityReport : IKG.ProgressReport);
        ctx.addReport(report);
        Resource instrument = parsed.title() == null ? null : instrument(parsed.title());
        if (instrument != null) report.addProperty(IKG.reportsOn, instrument);
        report.addProperty(RDFS.label, (parsed.activityReport() ? "Activity report" : "Progress report")
                + (parsed.title() == null ? " " + ctx.sourceId() : " on " + parsed.title().identifier()));

        ConstituentWriter constituents = new ConstituentWriter(ctx, report, instrument);
        parsed.members().forEach(m -> constituents.member(m, IKG.implementingMember, IKG.IUCNMember));
        parsed.commissions().forEach(c -> constituents.commission(c, IKG.implementingCommission));
        parsed.partnerLines().forEach(constituents::partners);
        if (parsed.constituent() != null) constituent(parsed.constituent(), report, constituents);

        parsed.categories().forEach(k -> report.addProperty(IKG.actionCategory, ctx.iris().concept(ActionWriter.ACTION_CATEGORIES, k)));
        if (parsed.status() != null) report.addProperty(IKG.implementationStatus, ctx.iris().concept(STATUSES, parsed.status()));
        literal(report, IKG.secretariatInvolved, parsed.secretariatInvolved());
        literal(report, IKG.actionsPlanned, parsed.actionsPlanned());
        text(report, IKG.results, parsed.results());
        text(report, IKG.challenges, parsed.challenges());
        text(report, IKG.futureActions, parsed.futureActions());
        text(report, IKG.additionalInformation, parsed.additionalInformation());

        ActionWriter actions = new ActionWriter(ctx);
        List<ParsedReport.Block> activities = parsed.activities();
        for (int i = 0; i < activities.size(); i++) report.addProperty(IKG.hasActivity, actions.activity(activities.get(i), i + 1));
        List<ParsedReport.Block> plans = parsed.plannedActions();
        for (int i = 0; i < plans.size(); i++) report.addProperty(IKG.plannedAction, actions.plannedAction(plans.get(i), i + 1));

        parsed.unplaced().forEach(u -> ctx.unplaced(report, u.where(), u.text()));
        parsed.warnings().forEach(ctx::warn);
        // Whatever this source says something about (also what the resolver wrote) is derived from it.
        ctx.model().listSubjects().filterKeep(Resource::isURIResource).toList().stream()
                .filter(s -> !s.equals(ctx.sourceDocument())).forEach(ctx::derived);
    }

    /** WCC-2016-Res-025: typed by its kind, with its congress year and, if known, the Congress that adopted it. */
    private Resource instrument(ParsedReport.Title title) {
        String identifier = title.identifier();
        Resource kind = switch (title.type()) {
            case "Rec" -> IKG.Recommendation;
            case "Dec" -> IKG.Decision;
            default -> IKG.Resolution;
        };
        Resource instrument = Types.type(ctx.derived(ctx.iris().instrument(identifier)), kind)
                .addProperty(DCTerms.identifier, identifier)
                .addProperty(RDFS.label, identifier)
                .addProperty(IKG.congressYear, String.valueOf(title.year()), XSDDatatype.XSDgYear);
        String congress = "IUCN World Conservation Congress " + title.year();
        ctx.resolver().eventsIn(congress).stream()
                .filter(m -> m.start() == 0 && m.end() == congress.length())
                .map(Mention::resource).findFirst()
                .ifPresent(event -> instrument.addProperty(IKG.adoptedAt, event));
        return instrument;
    }

    private void constituent(Constituent c, Resource report, ConstituentWriter constituents) {
        if (c.commission() != null) {
            constituents.commission(c.commission(), IKG.reportedBy);
        } else if (c.organisation() != null) {
            constituents.member(c.organisation(), IKG.reportedBy, Vocabulary.isMemberType(c.type()) ? IKG.IUCNMember : ORG.Organization);
        }
        text(report, IKG.constituentType, c.type());
        text(report, IKG.periodCovered, c.period());
        if (c.periodStart() != null) report.addProperty(IKG.periodStart, c.periodStart());
        if (c.periodEnd() != null) report.addProperty(IKG.periodEnd, c.periodEnd());
        text(report, IKG.geographicScope, c.scope());
    }

    private static void text(Resource r, Property p, String value) {
        if (value != null) r.addProperty(p, value);
    }

    private static void literal(Resource r, Property p, Boolean value) {
        if (value != null) r.addLiteral(p, value.booleanValue());
    }
}
