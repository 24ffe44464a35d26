package org.iucnkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iucnkg.query.BadParameterException;
import org.iucnkg.query.Page;
import org.iucnkg.search.TextIndexing;
import org.iucnkg.store.KgStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Search across organisations, instruments, activities, events and more: the REST API's full-text query
 * (best match first, the matching words highlighted), or its plain-text fallback on a store without an index.
 */
@Controller
class SearchController {
    /** One hit: what it is, its name and page, and its snippet in pieces, the matching ones marked. */
    public record Hit(String kind, String label, String href, List<Piece> snippet) {}

    /** A piece of a snippet; {@code match} marks the words the search matched. */
    public record Piece(String text, boolean match) {}

    private final CatalogReads reads;
    private final SiteLinks links;
    private final String query;

    SearchController(CatalogReads reads, SiteLinks links, KgStore store) {
        this.reads = reads;
        this.links = links;
        this.query = store.local().map(TextIndexing::isIndexed).orElse(false) ? "search" : "search-contains";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "1") int page, HttpServletResponse response, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", reads.choices(query, "kind"));
        if (q == null || q.isBlank()) return "search";
        Map<String, String> args = new LinkedHashMap<>();
        args.put("q", q.strip());
        if (kind != null && !kind.isBlank()) args.put("kind", kind);
        try {
            Page hits = reads.page(query, args, Math.max(1, page), reads.pageSize(query));
            model.addAttribute("page", hits);
            model.addAttribute("hits", hits.rows().records().stream().map(this::hit).toList());
            model.addAttribute("previous", hits.page() > 1 ? href(args, hits.page() - 1) : null);
            model.addAttribute("next", hits.page() < hits.lastPage() ? href(args, hits.page() + 1) : null);
        } catch (BadParameterException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        }
        return "search";
    }

    private Hit hit(Map<String, Object> record) {
        String iri = (String) record.get("iri");
        Object label = record.get("label");
        return new Hit((String) record.get("kind"), label == null ? iri : (String) label, links.path(iri),
                pieces((String) record.get("snippet")));
    }

    /** The snippet split at its {@code <em>...</em>} marks; the pieces are shown as text, never as markup. */
    static List<Piece> pieces(String snippet) {
        List<Piece> pieces = new ArrayList<>();
        if (snippet == null) return pieces;
        String[] parts = snippet.split("</?em>", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) pieces.add(new Piece(parts[i], i % 2 == 1));
        }
        return pieces;
    }

    private static String href(Map<String, String> args, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
        args.forEach(url::queryParam);
        return url.queryParam("page", page).encode().build().toUriString();
    }
}
