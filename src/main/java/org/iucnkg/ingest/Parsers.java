package org.iucnkg.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The source parsers on the classpath ({@code META-INF/services}), and the choice of one for a text. */
final class Parsers {
    private final List<SourceParser> parsers;

    Parsers(List<SourceParser> parsers) {
        if (parsers.isEmpty()) throw new IllegalStateException("no source parser is on the classpath");
        this.parsers = List.copyOf(parsers);
    }

    /** The installed parsers in the order of their format names, so the choice never depends on the classpath order. */
    static Parsers installed() {
        return new Parsers(ServiceLoader.load(SourceParser.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(SourceParser::format)).toList());
    }

    /** The first parser that recognises the text, or a refusal that lists the kinds of document known. */
    SourceParser choose(SourceText source) throws IngestRefusedException {
        String text = source.text();
        for (SourceParser parser : parsers) {
            if (parser.accepts(text)) return parser;
        }
        throw new IngestRefusedException(source.fileName() + " is not a kind of document this service reads: no parser"
                + " recognises it (known kinds: " + formats() + ")");
    }

    private String formats() {
        return parsers.stream().map(SourceParser::format).collect(Collectors.joining(", "));
    }
}
