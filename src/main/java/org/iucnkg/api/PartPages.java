package org.iucnkg.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.iucnkg.query.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a detail answer says of each part it embeds the first page of: how many rows there are in all,
 * how many it shows, and where the part's own list route ({@code href}) and its second page ({@code next},
 * only when there are more rows) are.
 */
final class PartPages {
    static final String FIELD = "parts";

    private PartPages() {}

    /** {@code total}, {@code size}, {@code pages}, {@code href} and, when there are more rows, {@code next}. */
    static Map<String, Object> of(Page first, UriComponentsBuilder list) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total", first.total());
        summary.put("size", first.size());
        summary.put("pages", first.lastPage());
        summary.put("href", list.build(true).toUriString());
        if (first.lastPage() > 1)
            summary.put("next", list.cloneBuilder().queryParam(PageLinks.PAGE, 2).queryParam(PageLinks.SIZE, first.size()).build(true).toUriString());
        return summary;
    }
}
