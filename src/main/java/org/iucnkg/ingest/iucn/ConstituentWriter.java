package org.iucnkg.ingest.iucn;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.iucn.ParsedReport.CommissionEntry;
import org.iucnkg.ingest.iucn.ParsedReport.Member;
import org.iucnkg.ingest.resolve.EntityResolver.Mention;
import org.iucnkg.ingest.resolve.EntityResolver.OrgName;
import org.iucnkg.ingest.text.NameLists;
import org.iucnkg.ingest.text.Span;
import org.iucnkg.model.IKG;
import org.iucnkg.model.Iris;

/**
 * Writes who implements the instrument: members, Commissions (with their mandates), partners and an
 * activity report's constituent, each resolved to one IRI, typed, and said to work on the instrument.
 */
final class ConstituentWriter {

    private static final String NOT_A_NAME = "%s: not an organisation name";
    /** How the page calls each slot, for warnings a person can find in the page. */
    private static final Map<Property, String> SLOTS = Map.of(IKG.implementingMember, "IUCN Members",
            IKG.implementingCommission, "IUCN Commissions", IKG.implementingPartner, "Other non-IUCN related organisations",
            IKG.reportedBy, "IUCN Constituent");

    private final ParseContext ctx;
    private final Resource report;
    private final Resource instrument;

    ConstituentWriter(ParseContext ctx, Resource report, Resource instrument) {
        this.ctx = ctx;
        this.report = report;
        this.instrument = instrument;
    }

    /** The member's organisation, or null (and the name kept as unplaced text) when the name is no organisation's. */
    Resource member(Member member, Property role, Resource type) {
        String name = member.name() != null ? member.name() : member.memberId();
        if (member.memberId() == null && !isOrganisation(name, role)) return null;
        Resource org = ctx.resolver().organisation(ctx.model(), new OrgName(name, member.acronym(), member.country(), member.memberId()));
        Resource written = implementing(org, role, type);
        member.acronyms().stream().skip(1).forEach(a -> written.addProperty(IKG.acronym, a));
        return written;
    }

    Resource commission(CommissionEntry entry, Property role) {
        if (!isOrganisation(entry.name(), role)) return null;
        Resource commission = implementing(ctx.resolver().organisation(ctx.model(), new OrgName(entry.name(), entry.acronym(), null, null)),
                role, IKG.Commission);
        if (entry.startYear() != null) {
            String orgBase = ctx.iris().idBase() + "org/";
            String key = commission.getURI().startsWith(orgBase) ? commission.getURI().substring(orgBase.length())
                    : Iris.slug(entry.acronym() != null ? entry.acronym() : entry.name());
            Resource mandate = ctx.derived(ctx.iris().mandate(key, entry.startYear(), entry.endYear()));
            Types.type(mandate, IKG.CommissionMandate)
                    .addProperty(RDFS.label, entry.name() + " " + entry.startYear() + "-" + entry.endYear())
                    .addProperty(IKG.mandateOf, commission)
                    .addProperty(IKG.mandateStartYear, entry.startYear(), XSDDatatype.XSDgYear)
                    .addProperty(IKG.mandateEndYear, entry.endYear(), XSDDatatype.XSDgYear);
            report.addProperty(IKG.commissionMandate, mandate);
        }
        return commission;
    }

    /**
     * One line of "Other non-IUCN related organisations": the known names in it first (so commas and
     * "and" inside them do not split them), then the rest split as a list. A line that is not a list
     * of names ("Multilateral institutions") gives no new organisation and is kept as unplaced text.
     */
    void partners(String line) {
        List<Mention> known = ctx.resolver().organisationsIn(ctx.model(), line);
        known.forEach(m -> implementing(m.resource(), IKG.implementingPartner, ORG.Organization));
        NameLists.Listed rest = NameLists.split(line, known.stream().map(m -> new Span(m.start(), m.end())).toList());
        rest.names().stream().filter(n -> isOrganisation(n, IKG.implementingPartner)).forEach(n ->
                implementing(ctx.resolver().organisation(ctx.model(), OrgName.named(n)), IKG.implementingPartner, ORG.Organization));
        rest.notNames().forEach(t -> ctx.unplaced(report, NOT_A_NAME.formatted(SLOTS.get(IKG.implementingPartner)), t));
    }

    /** The resolver refuses generic phrases ("Local communities"): they stay as unplaced text. */
    private boolean isOrganisation(String name, Property role) {
        if (ctx.resolver().isOrganisationName(name)) return true;
        ctx.unplaced(report, NOT_A_NAME.formatted(SLOTS.get(role)), name);
        return false;
    }

    private Resource implementing(Resource org, Property role, Resource type) {
        Resource written = Types.type(ctx.derived(org), type);
        report.addProperty(role, written);
        if (instrument != null) written.addProperty(IKG.worksOn, instrument);
        return written;
    }
}
