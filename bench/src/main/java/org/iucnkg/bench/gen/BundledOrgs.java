package org.iucnkg.bench.gen;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.iucnkg.ingest.Bundled;

/** The curated organisations shipped with the application (data/reference/organisations.csv), as rows. */
record BundledOrgs(String header, List<CSVRecord> rows) {
    static final String FILE = "organisations.csv";

    static BundledOrgs read() {
        Bundled.File file = Bundled.reference().stream().filter(f -> f.name().equals(FILE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the bundled reference data has no " + FILE + ": build the project first"));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(file.open(), StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            List<CSVRecord> rows = new ArrayList<>(parser.getRecords());
            return new BundledOrgs(String.join(",", parser.getHeaderNames()), rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + FILE, e);
        }
    }

    /** Every acronym the curated rows use, so generated organisations never share one by accident. */
    List<String> acronyms() {
        return rows.stream().flatMap(r -> Arrays.stream(r.get("acronyms").split("\\|"))).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }

    /** The curated bodies that reports name as partners again and again (TRAFFIC, INTERPOL, the World Bank ...). */
    List<Org> partners() {
        List<String> keys = List.of("traffic", "wwf-international", "ifaw", "interpol", "unodc", "world-bank", "unep", "fao",
                "giz", "usaid", "cites-secretariat", "european-union", "iccwc", "wco", "undp", "iied", "ffi", "eaza", "cifor", "kws");
        return rows.stream().filter(r -> keys.contains(r.get("key")))
                .map(r -> new Org(r.get("key"), r.get("label"), first(r.get("acronyms")), null, false)).toList();
    }

    /** The seven IUCN Commissions. */
    List<Org> commissions() {
        return rows.stream().filter(r -> r.get("type").equals("commission"))
                .map(r -> new Org(r.get("key"), r.get("label"), first(r.get("acronyms")), null, false)).toList();
    }

    private static String first(String cell) {
        String first = cell.split("\\|")[0].strip();
        return first.isEmpty() ? null : first;
    }
}
