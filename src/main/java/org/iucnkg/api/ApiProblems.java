package org.iucnkg.api;


import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.TextIndexParseException;
import org.iucnkg.ingest.IngestRefusedException;
import org.iucnkg.query.BadParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponse;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every failure of the REST API as RFC 9457 (RFC 7807) {@code application/problem+json}: a title, a
 * detail a person understands, and for some the parameter at fault, its allowed values or the SHACL
 * results; the request path is its instance. Never a stack trace: unexpected failures are logged and
 * answered 500.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        if (!e.allowed().isEmpty()) problem.setProperty("allowed", e.allowed());
        return answer(problem);
    }

    @ExceptionHandler(TextIndexParseException.class)
    ResponseEntity<ProblemDetail> badSearch(TextIndexParseException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().lines().filter(l -> l.startsWith("Cannot parse"))
                .findFirst().map(l -> ": " + l).orElse("");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter",
                "q is not a valid search (Lucene query syntax; put words with special characters in quotes)" + reason);
        problem.setProperty("parameter", "q");
        return answer(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return answer(problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage()));
    }

    /** 422: the document was understood as a request but not accepted; with the shapes' results when they refused it. */
    @ExceptionHandler(IngestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(IngestRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Document refused", e.getMessage());
        e.report().ifPresent(report -> {
            problem.setProperty("violations", report.violations());
            problem.setProperty("shaclReport", Answers.turtle(report.report()));
        });
        return answer(problem);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return answer(problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage()));
    }

    @ExceptionHandler(QueryCancelledException.class)
    ResponseEntity<ProblemDetail> timeout(QueryCancelledException e) {
        return answer(problem(HttpStatus.SERVICE_UNAVAILABLE, "Query timeout",
                "The question took longer than the query timeout (kg.sparql.timeout); try a narrower filter."));
    }

    /** Spring MVC's own errors (406, 415, ...) carry their problem; anything else is unexpected. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse error)
            return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The service failed to answer; the failure is in its log."));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
