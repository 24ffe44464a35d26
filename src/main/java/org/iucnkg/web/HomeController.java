package org.iucnkg.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the graph holds, a search box and the ways in. */
@Controller
class HomeController {
    private final GraphSummary summary;

    HomeController(GraphSummary summary) {
        this.summary = summary;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("summary", summary.summary());
        return "home";
    }
}
