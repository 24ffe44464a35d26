package org.iucnkg.ingest.cites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consortium's partners as a quoted text lists them: "the work of the International Consortium
 * on Combating Wildlife Crime, a collaboration among the secretariat of the Convention ..., INTERPOL,
 * the United Nations Office on Drugs and Crime, the World Bank and the World Customs Organization".
 */
final class PartnerList {
    private static final Pattern INTRODUCED = Pattern.compile(
            "Consortium[^.;]*?(?:a collaboration among|a collaborative effort of|its members, namely)\\s+(?<list>.+)$");
    private static final Pattern LIST_END = Pattern.compile(",\\s+(?:as well as|by|and other|in)\\b|[;.]");
    private static final Pattern AND_THE = Pattern.compile("\\s+and\\s+(?=the\\s)");

    private PartnerList() {}

    /** The names the first listing sentence gives, without leading articles; empty if the text has none. */
    static Optional<List<String>> in(String plainText) {
        Matcher m = INTRODUCED.matcher(plainText);
        if (!m.find()) return Optional.empty();
        String list = m.group("list");
        Matcher end = LIST_END.matcher(list);
        if (end.find()) list = list.substring(0, end.start());
        List<String> names = new ArrayList<>();
        for (String item : list.split(",\\s+")) {
            for (String name : AND_THE.split(item)) {
                names.add(name.strip().replaceFirst("^(?:and\\s+)?(?:the\\s+)?", ""));
            }
        }
        return Optional.of(names);
    }
}
