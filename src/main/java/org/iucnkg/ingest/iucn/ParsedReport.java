package org.iucnkg.ingest.iucn;

import java.util.List;

import org.apache.jena.rdf.model.Literal;

/**
 * What an IUCN progress or activity report says, read from its text and not yet RDF. Absent fields
 * are null (booleans, status) or empty (lists). Category and status values are concept keys of
 * docs/model.md ({@code capacity-building}, {@code on-going}).
 */
record ParsedReport(
        Title title,
        boolean activityReport,
        Constituent constituent,
        List<Member> members,
        List<CommissionEntry> commissions,
        Boolean secretariatInvolved,
        List<String> partnerLines,
        List<String> categories,
        String status,
        String results,
        String challenges,
        String futureActions,
        Boolean actionsPlanned,
        String additionalInformation,
        List<Block> activities,
        List<Block> plannedActions,
        List<Unplaced> unplaced,
        List<String> warnings) {

    /** "WCC 2016 Res 025": the instrument a report is on. {@code type} is Res, Rec or Dec. */
    record Title(int year, String type, int number) {
        String identifier() { return String.format("WCC-%d-%s-%03d", year, type, number); }
    }

    /** An organisation as listed: "Name ( ACR ) / Country", or only its member ID code. */
    record Member(String name, List<String> acronyms, String country, String memberId) {
        String acronym() { return acronyms.isEmpty() ? null : acronyms.get(0); }
    }

    /** "IUCN Species Survival Commission 2021-2025 (SSC)"; years and acronym may be null. */
    record CommissionEntry(String name, String acronym, String startYear, String endYear) {}

    /**
     * The header of an activity report by a single constituent: a member or other organisation, or a
     * Commission (when its type says so). Any field may be null.
     */
    record Constituent(Member organisation, CommissionEntry commission, String type, String period,
                       Literal periodStart, Literal periodEnd, String scope) {}

    /** One reported achievement or future action: its category key (or null), text, and status note (tables only). */
    record Block(String category, String text, String statusNote) {}

    /** Text the reader could not place, with where it was found. */
    record Unplaced(String where, String text) {}
}
