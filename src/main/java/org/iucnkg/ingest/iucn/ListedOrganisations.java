package org.iucnkg.ingest.iucn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.iucn.ParsedReport.CommissionEntry;
import org.iucnkg.ingest.iucn.ParsedReport.Member;
import org.iucnkg.ingest.iucn.ParsedReport.Unplaced;
import org.iucnkg.ingest.text.NameLists;

/** Reads the "IUCN Members" and "IUCN Commissions" lines; placeholders give nothing, odd lines are unplaced. */
final class ListedOrganisations {

    private static final Pattern MEMBER_ID = Pattern.compile("(?i)[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    private static final Pattern NAME_ACRONYM_COUNTRY = Pattern.compile("^(.+)\\(\\s*([^()]*?)\\s*\\)\\s*/\\s*([^/]+)$");
    private static final Pattern NAME_COUNTRY = Pattern.compile("^(.+)\\s/\\s*([^/]+)$");
    private static final Pattern NAME_ACRONYM = Pattern.compile("^(.+?)\\s*\\(\\s*([^()]*?)\\s*\\)$");
    private static final Pattern COMMISSION = Pattern.compile(
            "^(.+?)\\s+((?:19|20)\\d{2})\\s*[-–/]\\s*((?:19|20)\\d{2})\\s*(?:\\(\\s*([^()]*?)\\s*\\))?$");

    private ListedOrganisations() {}

    static List<Member> members(List<String> lines, String where, List<Unplaced> unplaced) {
        List<Member> members = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || Vocabulary.meansNone(line)) continue;
            Member member = member(line.strip());
            if (member == null) unplaced.add(new Unplaced(where, line.strip()));
            else members.add(member);
        }
        return members;
    }

    /** "Name ( ACR ) / Country", "Name ( ) / Country", "Name / Country", "Name ( BC, CAS )", an ID code, or a bare name. */
    static Member member(String line) {
        if (MEMBER_ID.matcher(line).matches()) return new Member(null, List.of(), null, line.toUpperCase(Locale.ROOT));
        Matcher m = NAME_ACRONYM_COUNTRY.matcher(line);
        if (m.matches()) return new Member(m.group(1).strip(), acronyms(m.group(2)), m.group(3).strip(), null);
        m = NAME_COUNTRY.matcher(line);
        if (m.matches()) return new Member(m.group(1).strip(), List.of(), m.group(2).strip(), null);
        m = NAME_ACRONYM.matcher(line);
        if (m.matches()) return new Member(m.group(1).strip(), acronyms(m.group(2)), null, null);
        return NameLists.isProperName(line) ? new Member(line, List.of(), null, null) : null;
    }

    static List<CommissionEntry> commissions(List<String> lines, List<Unplaced> unplaced) {
        List<CommissionEntry> commissions = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || Vocabulary.meansNone(line)) continue;
            String l = line.strip();
            Matcher m = COMMISSION.matcher(l);
            Matcher plain = NAME_ACRONYM.matcher(l);
            if (m.matches()) {
                commissions.add(new CommissionEntry(m.group(1).strip(), blankToNull(m.group(4)), m.group(2), m.group(3)));
            } else if (plain.matches()) {
                commissions.add(new CommissionEntry(plain.group(1).strip(), blankToNull(plain.group(2)), null, null));
            } else if (NameLists.isProperName(l)) {
                commissions.add(new CommissionEntry(l, null, null, null));
            } else {
                unplaced.add(new Unplaced("IUCN Commissions", l));
            }
        }
        return commissions;
    }

    private static List<String> acronyms(String written) {
        return Arrays.stream(written.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
