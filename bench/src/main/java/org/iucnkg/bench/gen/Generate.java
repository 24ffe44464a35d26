package org.iucnkg.bench.gen;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a synthetic corpus: report texts in the formats the IUCN parser reads ({@code sources/}), the
 * reference tables that go with them ({@code kg/data/reference/}) and {@code manifest.properties},
 * written last, so a corpus with a manifest is complete and is not generated again.
 *
 * <p>Usage: {@code Generate SCALE SEED DIR} (SCALE 100k, 1m or 10m). Same scale and seed, same bytes.
 */
public final class Generate {
    static final String MANIFEST = "manifest.properties";
    /** Reports whose title has a four-digit number: the parser reads them, the shapes refuse them. */
    static final double BROKEN = 0.002;
    /** Pages that are no report at all: no parser recognises them. */
    static final double NOT_A_REPORT = 0.0005;

    private Generate() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Generate SCALE SEED DIR   (SCALE: 100k, 1m or 10m)");
            System.exit(2);
        }
        Path dir = corpus(Scale.parse(args[0]), Long.parseLong(args[1]), Path.of(args[2]));
        System.out.println(dir);
    }

    /** The corpus directory for this scale and seed under {@code root}, generated unless it is complete already. */
    public static Path corpus(Scale scale, long seed, Path root) throws IOException {
        Path dir = root.resolve("s" + seed + "-" + scale.label());
        if (Files.exists(dir.resolve(MANIFEST))) return dir;
        Path sources = Files.createDirectories(dir.resolve("sources"));
        var rng = new Rng(seed);
        BundledOrgs bundled = BundledOrgs.read();
        int reports = scale.reports();
        var universe = new Universe(rng.split(), reports, bundled);
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < reports; i++) {
            Rng one = rng.split();
            String kind = kind(one);
            String name = String.format("%06d_%s.txt", i, one.hex16());
            Files.writeString(sources.resolve(name), page(kind, one, universe), StandardCharsets.UTF_8);
            kinds.merge(kind, 1, Integer::sum);
        }
        List<Org> all = new ArrayList<>(universe.members);
        all.addAll(universe.partners);
        ReferenceFiles.write(dir, bundled, all);
        Map<String, Object> manifest = new TreeMap<>();
        manifest.put("seed", seed);
        manifest.put("scale", scale.label());
        manifest.put("reports", reports);
        manifest.put("members", universe.members.size());
        manifest.put("partners", universe.partners.size());
        manifest.put("referenceOrganisations", all.stream().filter(o -> o.inReference() && o.country() != null).count());
        kinds.forEach((k, n) -> manifest.put("kind." + k, n));
        // Written by hand: Properties.store adds a time stamp, and the corpus must be the same bytes every time.
        try (Writer out = Files.newBufferedWriter(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            for (var e : manifest.entrySet()) out.write(e.getKey() + "=" + e.getValue() + "\n");
        }
        return dir;
    }

    private static String kind(Rng rng) {
        double x = rng.uniform();
        if (x < NOT_A_REPORT) return "not-a-report";
        if (x < NOT_A_REPORT + BROKEN) return "broken";
        x = rng.uniform();
        if (x < 0.70) return "progress-en";
        if (x < 0.82) return "progress-fr";
        if (x < 0.87) return "progress-es";
        if (x < 0.96) return "activity-en";
        return "activity-fr";
    }

    private static String page(String kind, Rng rng, Universe universe) {
        Universe.Instrument instrument = universe.instrument(rng);
        String title = rng.chance(0.8) ? instrument.title() : instrument.title().replaceFirst(" 0+(?=\\d)", " ");
        return switch (kind) {
            case "not-a-report" -> "Minutes of the Steering Committee meeting\nGeneva, 3 February 2019\n\n1. Opening of the meeting\n"
                    + "The chair welcomed the participants.\n";
            case "broken" -> new ProgressReport(rng, universe, Language.EN).write(instrument,
                    "WCC " + instrument.year() + " " + instrument.kind() + " " + (1000 + instrument.number()));
            case "progress-fr" -> new ProgressReport(rng, universe, Language.FR).write(instrument, title);
            case "progress-es" -> new ProgressReport(rng, universe, Language.ES).write(instrument, title);
            case "activity-en" -> new ActivityReport(rng, universe, Language.EN).write(instrument, title);
            case "activity-fr" -> new ActivityReport(rng, universe, Language.FR).write(instrument, title);
            default -> new ProgressReport(rng, universe, Language.EN).write(instrument, title);
        };
    }
}
