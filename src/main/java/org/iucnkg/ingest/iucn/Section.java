package org.iucnkg.ingest.iucn;

/** The fields of the report pages; {@link #LAYOUT} lines only structure the page and hold nothing. */
enum Section {
    MEMBERS, COMMISSIONS, SECRETARIAT, PARTNERS, CATEGORIES, RESULTS, CHALLENGES, FUTURE_ACTIONS, ACTIONS_PLANNED,
    STATUS, ADDITIONAL_INFORMATION, CONSTITUENT, CONSTITUENT_TYPE, PERIOD, SCOPE, TABLE, LAYOUT;

    /** Activity-report header fields hold one value; the lines after it are the report's body. */
    boolean singleValue() {
        return this == CONSTITUENT || this == CONSTITUENT_TYPE || this == PERIOD || this == SCOPE;
    }
}
