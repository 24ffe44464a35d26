package org.iucnkg.web;

import java.util.List;
import java.util.Map;

import org.iucnkg.query.Page;

/**
 * Which page of each part (activities, members, ...) an entity page shows: {@code ?activities=2} asks the
 * second page of the activities, any other part stays on its first. Each part shows {@code size} rows.
 */
record PartPages(Map<String, String[]> asked, int size) {

    /** Where a part stands: rows {@code from}–{@code to} of {@code total}, and links to the pages before and after. */
    public record More(String part, long total, long from, long to, String previous, String next) {
        public boolean isCut() {
            return previous != null || next != null;
        }
    }

    /** The page of the part asked for, from 1; a page that is not a positive number is the first. */
    int page(String part) {
        String[] values = asked.get(part);
        if (values == null || values.length != 1) return 1;
        try {
            return Math.max(1, Integer.parseInt(values[0]));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The asked page of a part, read with its catalog query; where it stands goes into {@code more}, under the part's name. */
    List<Map<String, Object>> read(CatalogReads reads, String part, String query, Map<String, String> args, String anchor,
            Map<String, More> more) {
        Page page = reads.page(query, args, page(part), size);
        more.put(part, more(part, anchor, page));
        return page.rows().records();
    }

    /** Where {@code page} of the part stands; the links go back to the part's heading ({@code anchor}). */
    More more(String part, String anchor, Page page) {
        long from = Math.min(page.total(), (long) (page.page() - 1) * page.size() + 1);
        long to = Math.min(page.total(), (long) page.page() * page.size());
        return new More(part, page.total(), from, to, page.page() > 1 ? href(part, Math.min(page.page() - 1, page.lastPage()), anchor) : null,
                page.page() < page.lastPage() ? href(part, page.page() + 1, anchor) : null);
    }

    private static String href(String part, int number, String anchor) {
        return "?" + part + "=" + number + "#" + anchor;
    }
}
