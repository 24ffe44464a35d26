package org.iucnkg.bench.gen;

/**
 * One generated organisation: its reference key (null when the reference data does not know it, so
 * the resolver mints it), the name and acronym it uses, where it is based, and whether it is a member.
 */
record Org(String key, String name, String acronym, Country country, boolean member) {

    boolean inReference() { return key != null; }

    /** As the member list writes it: "Name ( ACR ) / Country", or without acronym "Name / Country". */
    String listed(Language language) {
        String where = country == null ? "" : " / " + country.name(language);
        return acronym == null ? name + where : name + " ( " + acronym + " )" + where;
    }

    /** How a narrative names it: mostly the acronym, when there is one. */
    String mention(Rng rng) {
        return acronym != null && rng.chance(0.7) ? acronym : name;
    }
}
