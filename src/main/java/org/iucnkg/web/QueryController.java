package org.iucnkg.web;

import java.util.List;
import java.util.Map;

import org.iucnkg.sparql.SparqlRoutes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The SPARQL editor (YASGUI on the endpoint): the project's prefixes declared and completed, example
 * queries, downloads in every answer format; {@code /query?query=...} is a permalink that runs on open.
 */
@Controller
class QueryController {
    private final ProjectPrefixes prefixes;
    private final QueryTerms terms;
    private final QueryExamples examples;

    QueryController(ProjectPrefixes prefixes, QueryTerms terms, QueryExamples examples) {
        this.prefixes = prefixes;
        this.terms = terms;
        this.examples = examples;
    }

    @GetMapping("/query")
    String editor(@RequestParam(required = false) String query, Model model) {
        model.addAttribute("endpoint", SparqlRoutes.QUERY);
        model.addAttribute("startQuery", prefixes.declarations() + "\nSELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 10\n");
        model.addAttribute("query", query);
        model.addAttribute("examples", examples.all());
        model.addAttribute("resultFormats", ResultFormats.RESULTS);
        model.addAttribute("graphFormats", ResultFormats.GRAPHS);
        model.addAttribute("queryFormats", query == null ? List.of() : ResultFormats.forQuery(query).orElse(List.of()));
        return "query";
    }

    /** Prefix → namespace, in the shape the editor's prefix completion reads. */
    @GetMapping(path = "/query/prefixes.json", produces = "application/json")
    @ResponseBody
    Map<String, String> prefixes() {
        return prefixes.asMap();
    }

    @GetMapping(path = "/query/terms.json", produces = "application/json")
    @ResponseBody
    QueryTerms.Terms terms() {
        return terms.terms();
    }
}
