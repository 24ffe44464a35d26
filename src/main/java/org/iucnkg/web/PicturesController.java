package org.iucnkg.web;

import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pictures: the world map of ICCWC toolkit progress and the organisations' collaboration network. */
@Controller
class PicturesController {
    private final ToolkitProgress toolkit;

    PicturesController(ToolkitProgress toolkit) {
        this.toolkit = toolkit;
    }

    @GetMapping("/toolkit")
    String toolkit(Model model) {
        model.addAttribute("progress", toolkit.progress());
        model.addAttribute("stepCounts", IntStream.rangeClosed(1, ToolkitProgress.STEPS).boxed().toList());
        return "toolkit";
    }
}
