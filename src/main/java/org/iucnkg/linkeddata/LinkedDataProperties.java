package org.iucnkg.linkeddata;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the linked-data routes ({@code kg.linked-data.*}): how many incoming links an entity's
 * description carries, and what the VoID/DCAT description says about the dataset.
 */
@ConfigurationProperties("kg.linked-data")
public record LinkedDataProperties(
        @DefaultValue("500") int incomingLimit,
        @DefaultValue("IUCN-KG") String title,
        @DefaultValue("Conservation organisations, the IUCN World Conservation Congress resolutions (and CITES and UN"
                + " instruments) they implement, and what they reported doing, with the source document of every statement.")
        String description,
        @DefaultValue("IUCN-KG") String publisher,
        @DefaultValue("https://creativecommons.org/licenses/by/4.0/") URI license) {

    public LinkedDataProperties {
        if (incomingLimit < 1) throw new IllegalArgumentException("kg.linked-data.incoming-limit must be at least 1, not " + incomingLimit);
    }
}
