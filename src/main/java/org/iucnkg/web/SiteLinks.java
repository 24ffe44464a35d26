package org.iucnkg.web;

import org.iucnkg.model.Iris;
import org.springframework.stereotype.Component;

/** Where a page links for a resource: this service's own path for the IRIs it mints, the IRI itself otherwise. */
@Component
class SiteLinks {
    private final String base;

    SiteLinks(Iris iris) {
        this.base = iris.base();
    }

    String path(String iri) {
        return iri != null && iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
    }
}
