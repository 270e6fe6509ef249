package org.policygraph.api;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.policygraph.graph.DatabaseUnavailableException;
import org.policygraph.graph.ReadTimeoutException;
import org.policygraph.graph.ResultTooLargeException;
import org.policygraph.graph.UnknownEntitiesException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 {@code application/problem+json}. Spring's base class already answers client
 * mistakes (missing or mistyped parameters, unreadable bodies, wrong methods and media types) with 4xx
 * problems; this adds the graph's own limits, answers 503 with {@code Retry-After} when the database is
 * unavailable or a read ran too long, and keeps anything unexpected to a bare 500 without details.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Log log = LogFactory.getLog(ApiErrors.class);

    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler
    ProblemDetail tooLarge(ResultTooLargeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Result too large", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownEntitiesException e) {
        return problem(HttpStatus.NOT_FOUND, "Not Found", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> timedOut(ReadTimeoutException e) {
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "Query timed out",
                e.getMessage() + "; narrow the query or try again when the server is less busy"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> databaseUnavailable(DatabaseUnavailableException e) {
        log.warn(e.getMessage());
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
                "the graph database cannot be reached; try again shortly"));
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        log.error("request failed unexpectedly", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the server failed; the log has the cause");
    }

    /** A 503 says when to ask again; the driver reconnects by itself as soon as the database is back. */
    private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
