package org.iucnkg.linkeddata;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.iucnkg.linkeddata.Dumps.Generation;
import org.iucnkg.model.Iris;
import org.iucnkg.store.KgStore;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /.well-known/void} and {@code /void}: the VoID and DCAT description of the dataset, by
 * negotiation or suffix ({@code /void.ttl}, ...). The counts are kept until the store changes.
 */
@Controller
class VoidController {
    private final Iris iris;
    private final KgStore store;
    private final LinkedDataProperties settings;
    private final Dumps dumps;
    private final LastChange lastChange;
    private final Terms terms;
    private final PerVersion<DatasetStatistics> numbers;

    VoidController(Iris iris, KgStore store, LinkedDataProperties settings, Dumps dumps, LastChange lastChange, Terms terms) {
        this.iris = iris;
        this.store = store;
        this.settings = settings;
        this.dumps = dumps;
        this.lastChange = lastChange;
        this.terms = terms;
        this.numbers = new PerVersion<>(store, () -> DatasetStatistics.count(store, iris.idBase()));
    }

    @GetMapping({LinkedDataRoutes.VOID, LinkedDataRoutes.VOID + ".{suffix}", LinkedDataRoutes.WELL_KNOWN_VOID})
    ModelAndView describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentPath asked = DocumentPath.of(request);
        if (asked.path().startsWith(LinkedDataRoutes.VOID + ".")) {
            Representations.error(response, HttpServletResponse.SC_NOT_FOUND, "The VoID description is served as " + Format.names() + ".");
            return null;
        }
        // Both paths serve one document, whose format URLs are under /void.
        DocumentPath document = new DocumentPath(LinkedDataRoutes.VOID, asked.suffix());
        Optional<Format> format = Representations.negotiate(request, response, document, store.version());
        if (format.isEmpty()) return null;
        DatasetStatistics counted = numbers.get();
        Generation files = dumps.current();
        Instant modified = lastChange.at();
        if (format.get().isRdf()) {
            String root = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
            Representations.write(response, VoidDescription.of(root, iris, settings, counted, files, modified).getGraph(), format.get());
            return null;
        }
        return new ModelAndView("void", Map.of("page",
                VoidPage.of(settings, modified, iris.idBase(), counted, files, terms, document.downloads())));
    }
}
