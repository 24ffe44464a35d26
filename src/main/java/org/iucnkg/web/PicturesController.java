package org.iucnkg.web;

import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pictures: the world map of ICCWC toolkit progress and the organisations' collaboration network. */
@Controller
class PicturesController {
    private final ToolkitProgress toolkit;
    private final CollaborationNetwork network;

    PicturesController(ToolkitProgress toolkit, CollaborationNetwork network) {
        this.toolkit = toolkit;
        this.network = network;
    }

    @GetMapping("/toolkit")
    String toolkit(Model model) {
        model.addAttribute("progress", toolkit.progress());
        model.addAttribute("stepCounts", IntStream.rangeClosed(1, ToolkitProgress.STEPS).boxed().toList());
        return "toolkit";
    }

    @GetMapping("/network")
    String network(Model model) {
        model.addAttribute("organisations", network.organisations());
        return "network";
    }
}
