package org.iucnkg.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.iucnkg.query.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;

/** The RFC 8288 {@code Link} header of a page: first, prev, next and last, on the request's own URL. */
final class PageLinks {
    static final String PAGE = "page";
    static final String SIZE = "size";

    private PageLinks() {}

    static String of(HttpServletRequest request, Page page) {
        List<String> links = new ArrayList<>();
        links.add(link(request, page, 1, "first"));
        if (page.page() > 1) links.add(link(request, page, Math.min(page.page() - 1, page.lastPage()), "prev"));
        if (page.page() < page.lastPage()) links.add(link(request, page, page.page() + 1, "next"));
        links.add(link(request, page, page.lastPage(), "last"));
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest request, Page page, int number, String rel) {
        UriComponentsBuilder url = ServletUriComponentsBuilder.fromRequestUri(request);
        request.getParameterMap().forEach((name, values) -> {
            if (Set.of(PAGE, SIZE).contains(name)) return;
            for (String value : values) url.queryParam(encode(name), encode(value));
        });
        url.queryParam(PAGE, number).queryParam(SIZE, page.size());
        return "<" + url.build(true).toUriString() + ">; rel=\"" + rel + "\"";
    }

    private static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }
}
