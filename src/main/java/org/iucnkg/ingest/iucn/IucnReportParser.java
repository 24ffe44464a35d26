package org.iucnkg.ingest.iucn;

import java.util.regex.Pattern;

import org.iucnkg.ingest.MalformedSourceException;
import org.iucnkg.ingest.ParseContext;
import org.iucnkg.ingest.SourceParser;
import org.iucnkg.ingest.SourceText;

/**
 * Reads IUCN progress reports ("WCC 2016 Res 025 - Progress Report") and activity reports by a
 * single constituent ("IUCN Constituent: …"), in English, French or Spanish portal text. The text
 * is first read into a {@link ParsedReport}, then written as RDF with the entity resolver.
 */
public final class IucnReportParser implements SourceParser {

    private static final Pattern RECOGNISED = Pattern.compile(
            "(?im)^\\s*WCC[\\s-]+(?:19|20)\\d{2}[\\s-]+(?:Res|Rec|Dec|R[ée]s|D[ée]c)\\b"
            + "|IUCN Constituencies implementing|Constituants de l['’]UICN|Constituyentes de la UICN"
            + "|^\\s*IUCN Constituent\\s*:|^\\s*Constituant de l['’]UICN\\s*:|^\\s*Constituyente de la UICN\\s*:");

    public IucnReportParser() {}

    @Override
    public String format() { return "iucn-report"; }

    @Override
    public boolean accepts(String text) { return RECOGNISED.matcher(text).find(); }

    @Override
    public void parse(SourceText source, ParseContext ctx) throws MalformedSourceException {
        ParsedReport parsed = ReportReader.read(source.fileName(), source.text());
        new ReportWriter(ctx).write(parsed);
    }
}
