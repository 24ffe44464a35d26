/**
 * The parser of CITES Standing Committee information documents on ICCWC (format {@code cites-iccwc}).
 *
 * <p>Two layers: {@code InfoDocumentReader} turns text into the plain records of {@code IccwcRecords}
 * (no IRIs, no resolver); {@code IccwcRdfWriter} turns records into RDF as docs/model.md says,
 * resolving organisations, countries and known events through the ingest's {@code EntityResolver}.
 *
 * <p>Reading rules, so that another document of the same layout reads the same way:
 * <ul>
 *   <li>Parts are found by their body headings ("Part 2. Role and recognition of ICCWC", without a
 *       link) and read by what the heading names: network, recognition, toolkit. The linked headings
 *       before them are the summary, kept with the introduction as the document's description.</li>
 *   <li>Under "GOVERNING BODIES ..." the line before an instrument's title is its issuing body; under
 *       the declaration headings it is the event. A line after the title that ends in a date is the
 *       event. A bare "Declaration" or "Urgent Measures" is named after its body or event.</li>
 *   <li>A quoted block that starts in lower case or with "(c)", or follows one ending in ":", continues
 *       the paragraph before it (London Declaration XIV, UNEA 1/3 paragraph 10).</li>
 *   <li>The toolkit table is read by tab position; header rows are the leading rows without a tick.</li>
 *   <li>The document shows no number of its own: its identifier is made of meeting code, "Inf." and
 *       the title's acronym ("SC66 Inf. ICCWC", {@code id/document/sc66-inf-iccwc}).</li>
 *   <li>Dropped silently, as layout: blank lines, table borders, the recognition chart's caption and
 *       lines repeating the title. Reported as one warning: the map legends, regions and keys after
 *       the table (the maps themselves are images). Everything else not placed is one warning each.</li>
 * </ul>
 */
package org.iucnkg.ingest.cites;
