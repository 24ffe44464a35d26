package org.iucnkg.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iucnkg.query.BadParameterException;
import org.iucnkg.query.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The lists of resolutions, organisations, events and countries, with filters and pages, from the REST API's named queries. */
@Controller
class ListsController {
    /** A filter as the form shows it: its current value and, for enumerated parameters, the choices. */
    public record Filter(String param, String label, String hint, String value, List<String> choices) {}

    /** The rows of a page: each record's cells, with links where the column has one. */
    public record Cell(String text, String href) {}

    private final CatalogReads reads;
    private final SiteLinks links;

    ListsController(CatalogReads reads, SiteLinks links) {
        this.reads = reads;
        this.links = links;
    }

    @GetMapping({"/resolutions", "/organisations", "/events", "/countries"})
    String list(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "1") String page,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        ListPage list = ListPage.ALL.stream().filter(l -> l.path().equals(request.getServletPath())).findFirst().orElseThrow();
        Map<String, String> args = new LinkedHashMap<>();
        list.filters().forEach(f -> {
            String value = params.get(f.param());
            if (value != null && !value.isBlank()) args.put(f.param(), value.strip());
        });
        model.addAttribute("list", list);
        model.addAttribute("filters", list.filters().stream()
                .map(f -> new Filter(f.param(), f.label(), f.hint(), args.get(f.param()), reads.choices(list.query(), f.param()))).toList());
        try {
            Page rows = reads.page(list.query(), args, Math.max(1, parsePage(page)), reads.pageSize(list.query()));
            model.addAttribute("page", rows);
            model.addAttribute("rows", rows.rows().records().stream().map(r -> cells(list, r)).toList());
            model.addAttribute("previous", rows.page() > 1 ? href(list, args, rows.page() - 1) : null);
            model.addAttribute("next", rows.page() < rows.lastPage() ? href(list, args, rows.page() + 1) : null);
        } catch (BadParameterException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problem", e.getMessage());
        }
        return "list";
    }

    private List<Cell> cells(ListPage list, Map<String, Object> record) {
        return list.columns().stream().map(c -> new Cell(ListPage.cell(record, c.key()),
                c.linkKey() == null || record.get(c.linkKey()) == null ? null : links.path((String) record.get(c.linkKey())))).toList();
    }

    private static String href(ListPage list, Map<String, String> args, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(list.path());
        args.forEach(url::queryParam);
        return url.queryParam("page", page).encode().build().toUriString();
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            throw new BadParameterException("page", "page must be a whole number (got '" + page + "')");
        }
    }
}
