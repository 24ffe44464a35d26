package org.iucnkg.ingest.iucn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.iucn.ParsedReport.Block;
import org.iucnkg.ingest.text.Dates;
import org.iucnkg.ingest.text.Labels;
import org.iucnkg.ingest.text.Locatives;
import org.iucnkg.ingest.text.OperativeParagraphs;
import org.iucnkg.ingest.text.Span;
import org.iucnkg.ingest.text.Urls;
import org.iucnkg.model.IKG;

/**
 * Writes one reported activity or planned action: its text, order, category, the organisations,
 * events, countries, date, operative paragraphs and web addresses the text names. Only an activity
 * is placed ({@code ikg:country} for "held in Kenya") and dated; a plan only concerns countries.
 */
final class ActionWriter {

    static final String ACTION_CATEGORIES = "action-categories";

    private final ParseContext ctx;
    private final EventWriter events;

    ActionWriter(ParseContext ctx) {
        this.ctx = ctx;
        this.events = new EventWriter(ctx);
    }

    Resource activity(Block block, int n) {
        Resource activity = Types.type(ctx.derived(ctx.iris().activity(ctx.sourceId(), n)), IKG.Activity);
        TextFacts facts = describe(activity, block, n);
        List<Span> placed = Locatives.placed(block.text(), facts.marks().countries());
        placed.forEach(p -> activity.addProperty(IKG.country, facts.countries().get(p)));
        facts.countries().forEach((span, country) -> {
            if (!placed.contains(span) && !activity.hasProperty(IKG.country, country)) activity.addProperty(IKG.concernsCountry, country);
        });
        String plain = Span.mask(block.text(), hiddenFromDates(block.text()), ' ');
        Dates.findWhen(plain, null).stream().findFirst().ifPresent(d -> activity.addProperty(IKG.activityDate, d.from()));
        return activity;
    }

    Resource plannedAction(Block block, int n) {
        Resource plan = Types.type(ctx.derived(ctx.iris().plannedAction(ctx.sourceId(), n)), IKG.PlannedAction);
        TextFacts facts = describe(plan, block, n);
        facts.countries().values().forEach(c -> plan.addProperty(IKG.concernsCountry, c));
        return plan;
    }

    private TextFacts describe(Resource action, Block block, int n) {
        String text = block.text();
        action.addProperty(RDFS.label, Labels.shortLabel(text))
                .addProperty(DCTerms.description, text)
                .addProperty(IKG.order, String.valueOf(n), XSDDatatype.XSDinteger);
        if (block.category() != null) action.addProperty(IKG.actionCategory, ctx.iris().concept(ACTION_CATEGORIES, block.category()));
        if (block.statusNote() != null) action.addProperty(IKG.statusNote, block.statusNote());
        TextFacts facts = TextFacts.of(text, ctx.resolver(), ctx.model());
        Set<Resource> organisations = new LinkedHashSet<>(facts.organisations().values());
        organisations.forEach(o -> action.addProperty(IKG.involves, o));
        facts.events().forEach((span, e) -> { if (!Locatives.beforeOrAfter(text, span)) action.addProperty(IKG.atEvent, e); });
        facts.phrases().forEach(p -> action.addProperty(IKG.atEvent, events.write(text, p, facts)));
        OperativeParagraphs.findAll(text).forEach(op -> action.addProperty(IKG.operativeParagraph, op));
        Urls.findAll(text).forEach(u -> action.addProperty(IKG.citedURL, ctx.model().createResource(u.iri())));
        return facts;
    }

    private static List<Span> hiddenFromDates(String text) {
        List<Span> hidden = new ArrayList<>(Urls.findAll(text).stream().map(Urls.Found::span).toList());
        hidden.addAll(OperativeParagraphs.brackets(text));
        return hidden;
    }
}
