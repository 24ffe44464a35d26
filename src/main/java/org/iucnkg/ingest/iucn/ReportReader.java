package org.iucnkg.ingest.iucn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.iucn.ParsedReport.Block;
import org.iucnkg.ingest.iucn.ParsedReport.Constituent;
import org.iucnkg.ingest.iucn.ParsedReport.Unplaced;

/** Reads the text of an IUCN progress or activity report page into a {@link ParsedReport}; no RDF here. */
final class ReportReader {

    static final String NOT_A_REPORT = "does not look like an IUCN progress or activity report: no title line "
            + "'WCC <year> Res|Rec|Dec <n> - Progress Report' and no 'IUCN Constituent:' header";

    private ReportReader() {}

    static ParsedReport read(String name, String text) throws MalformedSourceException {
        PageSections.Split page = PageSections.read(text);
        boolean constituent = page.has(Section.CONSTITUENT);
        if (page.title() == null && !constituent && page.fields().size() < 2) {
            throw new MalformedSourceException(name + " " + NOT_A_REPORT);
        }
        List<Unplaced> unplaced = new ArrayList<>(page.beforeTitle());
        List<String> warnings = new ArrayList<>();
        if (page.title() == null) warnings.add("no title line 'WCC <year> Res|Rec|Dec <n> - …': the instrument reported on is unknown");
        boolean activityReport = constituent || (page.title() != null && page.title().activityReport());

        List<Block> activities = new ArrayList<>(Blocks.split(page.lines(Section.RESULTS)));
        String results = joined(page.lines(Section.RESULTS));
        if (activityReport) {
            activities.addAll(Blocks.split(page.body()));
            if (results == null) results = joined(page.body());
        } else {
            page.body().stream().filter(l -> !l.isBlank()).forEach(l -> unplaced.add(new Unplaced("text outside any field", l)));
        }
        activities.addAll(ActivityTable.rows(page.lines(Section.TABLE), unplaced));
        List<String> categories = categories(page.lines(Section.CATEGORIES), unplaced);
        if (activityReport && categories.isEmpty()) {
            // An activity report lists its categories glued to the actions, not as a separate list.
            categories = activities.stream().map(Block::category).filter(Objects::nonNull).distinct().toList();
        }

        return new ParsedReport(
                page.title() == null ? null : page.title().title(),
                activityReport,
                activityReport ? constituent(page, unplaced, warnings) : null,
                ListedOrganisations.members(page.lines(Section.MEMBERS), "IUCN Members", unplaced),
                ListedOrganisations.commissions(page.lines(Section.COMMISSIONS), unplaced),
                answer(page.lines(Section.SECRETARIAT), "IUCN Secretariat", unplaced),
                page.lines(Section.PARTNERS).stream().filter(l -> !l.isBlank() && !Vocabulary.meansNone(l)).toList(),
                categories,
                status(page.lines(Section.STATUS), unplaced),
                results,
                joined(page.lines(Section.CHALLENGES)),
                joined(page.lines(Section.FUTURE_ACTIONS)),
                answer(page.lines(Section.ACTIONS_PLANNED), "Are these actions planned for yet", unplaced),
                joined(page.lines(Section.ADDITIONAL_INFORMATION)),
                activities,
                Blocks.split(page.lines(Section.FUTURE_ACTIONS)),
                unplaced,
                warnings);
    }

    private static Constituent constituent(PageSections.Split page, List<Unplaced> unplaced, List<String> warnings) {
        String org = joined(page.lines(Section.CONSTITUENT));
        String period = joined(page.lines(Section.PERIOD));
        Optional<Periods.Period> dates = period == null ? Optional.empty() : Periods.parse(period);
        if (period != null && dates.isEmpty()) warnings.add("period covered not read as dates, kept as written: " + period);
        String type = joined(page.lines(Section.CONSTITUENT_TYPE));
        if (org != null && Vocabulary.isCommissionType(type)) {
            ParsedReport.CommissionEntry commission = ListedOrganisations.commissions(List.of(org), unplaced).stream().findFirst().orElse(null);
            return new Constituent(null, commission, type, period, dates.map(Periods.Period::start).orElse(null),
                    dates.map(Periods.Period::end).orElse(null), joined(page.lines(Section.SCOPE)));
        }
        ParsedReport.Member member = org == null ? null : ListedOrganisations.member(org);
        if (org != null && member == null) unplaced.add(new Unplaced("IUCN Constituent", org));
        return new Constituent(member, null, type, period,
                dates.map(Periods.Period::start).orElse(null), dates.map(Periods.Period::end).orElse(null),
                joined(page.lines(Section.SCOPE)));
    }

    private static List<String> categories(List<String> lines, List<Unplaced> unplaced) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : lines) {
            if (line.isBlank()) continue;
            Optional<String> key = Vocabulary.category(line);
            if (key.isPresent()) keys.add(key.get());
            else unplaced.add(new Unplaced("action category", line));
        }
        return List.copyOf(keys);
    }

    private static String status(List<String> lines, List<Unplaced> unplaced) {
        String written = joined(lines);
        if (written == null) return null;
        Optional<String> key = Vocabulary.status(written);
        if (key.isEmpty()) unplaced.add(new Unplaced("status of implementation", written));
        return key.orElse(null);
    }

    private static Boolean answer(List<String> lines, String where, List<Unplaced> unplaced) {
        String written = joined(lines);
        if (written == null) return null;
        Optional<Boolean> answer = Vocabulary.answer(written);
        if (answer == null) {
            unplaced.add(new Unplaced(where, written));
            return null;
        }
        return answer.orElse(null);
    }

    /** The lines as one text, without leading and trailing blank lines; null when there is nothing. */
    static String joined(List<String> lines) {
        String text = String.join("\n", lines).strip();
        return text.isEmpty() ? null : text;
    }
}
