package org.iucnkg.ingest.iucn;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iucnkg.ingest.text.Norm;

/** The page's own lines: the title naming the instrument, and the log-in and cookie banners around the report. */
final class PageLines {

    /** A title line: the instrument, and whether the page calls itself an activity report. */
    record TitleLine(ParsedReport.Title title, boolean activityReport) {}

    private static final Pattern TITLE = Pattern.compile(
            "^\\s*WCC[\\s-]+((?:19|20)\\d{2})[\\s-]+(Res|Rec|Dec|R[ée]s|D[ée]c)\\b[\\s.-]*(\\d{1,4})\\b\\s*(?:[-–—:]\\s*(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NOISE_LINES = Set.of("log in", "login", "log out", "connexion", "se connecter",
            "iniciar sesion", "menu", "search");
    private static final List<String> NOISE_STARTS = List.of("you will be redirected to iucn accounts", "vous serez redirige",
            "sera redirigido", "rest assured your personal data", "soyez assure", "tenga la seguridad",
            "we're sorry, but cookies", "we are sorry, but cookies", "sorry, cookies", "cookies are required", "cookies are disabled",
            "please enable cookies", "this site requires cookies", "nous sommes desoles, mais les cookies", "les cookies sont",
            "lo sentimos, pero las cookies", "las cookies son");

    private PageLines() {}

    static Optional<TitleLine> title(String line) {
        Matcher m = TITLE.matcher(line);
        if (!m.matches()) return Optional.empty();
        String type = switch (Norm.loose(m.group(2))) {
            case "rec" -> "Rec";
            case "dec" -> "Dec";
            default -> "Res";
        };
        String kind = m.group(4) == null ? "" : Norm.loose(m.group(4));
        boolean activity = kind.contains("activity report") || kind.contains("rapport d'activit") || kind.contains("informe de actividad");
        return Optional.of(new TitleLine(new ParsedReport.Title(Integer.parseInt(m.group(1)), type, Integer.parseInt(m.group(3))), activity));
    }

    /** Banner text of the web page, not of the report: dropped. */
    static boolean isNoise(String line) {
        String loose = Norm.loose(line);
        return NOISE_LINES.contains(loose) || NOISE_STARTS.stream().anyMatch(loose::startsWith);
    }
}
