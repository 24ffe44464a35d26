package org.iucnkg.web;

import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** The site's main navigation, given to every page, with the section of the current page marked. */
@ControllerAdvice
class SiteNav {
    /** One link of the main navigation; {@code current} marks it with aria-current. */
    public record Item(String label, String href, boolean current) {
        Item at(String path) {
            return new Item(label, href, path.equals(href) || path.startsWith(href + "/"));
        }
    }

    private static final List<Item> ITEMS = List.of(
            new Item("Resolutions", "/resolutions", false),
            new Item("Organisations", "/organisations", false),
            new Item("Events", "/events", false),
            new Item("Toolkit map", "/toolkit", false),
            new Item("Network", "/network", false),
            new Item("SPARQL", "/query", false),
            new Item("API", "/swagger-ui.html", false));

    @ModelAttribute
    void navigation(Model model, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute("nav", ITEMS.stream().map(item -> item.at(path)).toList());
    }
}
