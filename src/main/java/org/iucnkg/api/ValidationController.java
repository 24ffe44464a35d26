package org.iucnkg.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.iucnkg.ingest.Ingestor;
import org.iucnkg.store.KgStore;
import org.iucnkg.validate.ValidationReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The SHACL report of the whole store, as JSON (verdict, counts, results in plain words) or as the
 * {@code sh:ValidationReport} in Turtle. Validating a large store takes seconds, so the report is kept
 * until the store changes.
 */
@RestController
@Tag(name = "validation")
class ValidationController {
    private static final String VIOLATION = "Violation";

    private final Ingestor ingestor;
    private final KgStore store;
    private final AtomicReference<Validated> last = new AtomicReference<>();

    private record Validated(long version, ValidationReport report) {}

    ValidationController(Ingestor ingestor, KgStore store) {
        this.ingestor = ingestor;
        this.store = store;
    }

    @GetMapping(Routes.VALIDATION)
    @Operation(summary = "The SHACL report of the current graph",
            description = "Every graph of the store validated together against the shapes. JSON: conforms, the number of violations"
                    + " and warnings, and every result (focus node, path, value, message, severity, shape). Turtle (Accept: text/turtle"
                    + " or format=ttl): the sh:ValidationReport.")
    ResponseEntity<Object> report(@Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(description = "json or ttl; overrides Accept") @RequestParam(name = Format.PARAMETER, required = false) String format,
            WebRequest web) throws HttpMediaTypeNotAcceptableException {
        Format chosen = Format.choose(format, accept, List.of(Format.JSON, Format.TURTLE));
        if (web.checkNotModified(Answers.etag(store, chosen))) return null;
        ValidationReport report = current();
        if (chosen == Format.TURTLE) {
            return Answers.ok(chosen).body(Answers.turtle(report.report()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conforms", report.conforms());
        long violations = report.violations().stream().filter(v -> VIOLATION.equals(v.severity())).count();
        body.put("violations", violations);
        body.put("warnings", report.violations().size() - violations);
        body.put("results", report.violations());
        return Answers.ok(chosen).body(body);
    }

    private ValidationReport current() {
        long version = store.version();
        Validated cached = last.get();
        if (cached != null && cached.version() == version) return cached.report();
        ValidationReport report = ingestor.validateStore();
        last.set(new Validated(version, report));
        return report;
    }
}
