package org.iucnkg.config;

import org.iucnkg.model.Iris;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Deployment-wide settings: {@code kg.base-iri} is the base every IRI of the graph is minted under. */
@ConfigurationProperties("kg")
public record KgProperties(@DefaultValue(Iris.DEFAULT_BASE) String baseIri) {
}
