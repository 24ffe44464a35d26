package org.iucnkg.ingest.iucn;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.iucnkg.ingest.text.Dates;

/** "Period covered" as two typed dates: "January 2013 - December 2015", "2013-2015", "du 1 mars 2014 au 30 juin 2015". */
final class Periods {

    /** Start and end, each as precise as written. */
    record Period(Literal start, Literal end) {}

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern LEAD = Pattern.compile("^(?:from|du|de|desde)\\s+", CI);
    private static final Pattern SEPARATOR = Pattern.compile("\\s[-–—]\\s|[-–—]|\\sto\\s|\\sau\\s|\\sal\\s|\\sa\\s|\\shasta\\s|/", CI);

    private Periods() {}

    /** The first reading in which both sides of a separator are dates; a single date is a period of itself. */
    static Optional<Period> parse(String written) {
        String text = LEAD.matcher(written.strip()).replaceFirst("");
        Matcher sep = SEPARATOR.matcher(text);
        while (sep.find()) {
            Optional<Dates.Found> from = Dates.parse(text.substring(0, sep.start()));
            Optional<Dates.Found> to = Dates.parse(text.substring(sep.end()));
            if (from.isPresent() && to.isPresent()) return Optional.of(new Period(from.get().from(), to.get().to()));
        }
        return Dates.parse(text).map(d -> new Period(d.from(), d.to()));
    }
}
