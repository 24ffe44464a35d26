package org.iucnkg.api;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

import org.iucnkg.ingest.IngestRefusedException;
import org.iucnkg.ingest.IngestResult;
import org.iucnkg.ingest.Ingestor;
import org.iucnkg.ingest.SourceText;
import org.iucnkg.query.QueryCatalog;
import org.iucnkg.query.QueryRunner;
import org.iucnkg.sparql.SparqlProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Ingest and removal of source documents through the validated ingest ({@link Ingestor}); both need credentials. */
@RestController
@Tag(name = "sources")
class SourcesController {
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9_-]+");

    private final Ingestor ingestor;
    private final Upload upload;
    private final QueryCatalog catalog;
    private final QueryRunner runner;

    SourcesController(Ingestor ingestor, SparqlProperties limits, QueryCatalog catalog, QueryRunner runner) {
        this.ingestor = ingestor;
        this.upload = new Upload(limits.maxBodySize().toBytes());
        this.catalog = catalog;
        this.runner = runner;
    }

    @PostMapping(path = Routes.SOURCES, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ingest a source document", security = @SecurityRequirement(name = "basic"),
            description = "Parses the document (a text/plain body, or the file part of multipart/form-data), checks it against the"
                    + " shapes and stores it as its own named graph, replacing an earlier version with the same file name. The source"
                    + " id is the file name without extension. 201 for a new document, 200 for a replaced one; 422 with the"
                    + " violations and the SHACL report (Turtle) when it is refused.",
            responses = {@ApiResponse(responseCode = "201", description = "Ingested"), @ApiResponse(responseCode = "200", description = "Replaced"),
                    @ApiResponse(responseCode = "401", description = "No credentials"), @ApiResponse(responseCode = "422", description = "Refused")})
    ResponseEntity<IngestResult> ingest(HttpServletRequest request,
            @Parameter(description = "File name of a text/plain body, e.g. report-2024.txt") @RequestParam(required = false) String name,
            @Parameter(description = "Same as name") @RequestParam(required = false) String filename)
            throws IOException, IngestRefusedException, HttpMediaTypeNotSupportedException {
        SourceText source = upload.read(request, name != null ? name : filename);
        boolean replaces = exists(source.sourceId());
        IngestResult result = ingestor.ingest(source);
        URI location = ServletUriComponentsBuilder.fromContextPath(request).path(Routes.SOURCES + "/{id}").buildAndExpand(source.sourceId()).toUri();
        return (replaces ? ResponseEntity.ok().location(location) : ResponseEntity.created(location)).body(result);
    }

    @DeleteMapping(Routes.SOURCES + "/{id}")
    @Operation(summary = "Remove a source document and its graph", security = @SecurityRequirement(name = "basic"),
            responses = {@ApiResponse(responseCode = "204", description = "Removed"), @ApiResponse(responseCode = "404", description = "No such source"),
                    @ApiResponse(responseCode = "403", description = "A base graph (ontology, concepts, reference), which cannot be removed")})
    ResponseEntity<Void> remove(@Parameter(description = "Id of the source document", example = "001_50aa66a37577ce79") @PathVariable String id) {
        if (!SOURCE_ID.matcher(id).matches()) throw noSource(id);
        try {
            if (!ingestor.remove(id)) throw noSource(id);
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("The " + id + " graph is a base graph, not a source document; it cannot be removed.");
        }
        return ResponseEntity.noContent().build();
    }

    private boolean exists(String sourceId) {
        return runner.all(catalog.get("source"), Map.of("id", sourceId)).size() > 0;
    }

    private static NotFoundException noSource(String id) {
        return new NotFoundException("There is no source document " + id + ".");
    }
}
