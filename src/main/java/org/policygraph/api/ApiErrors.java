package org.policygraph.api;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.policygraph.graph.DatabaseUnavailableException;
import org.policygraph.graph.ReadTimeoutException;
import org.policygraph.graph.ResultTooLargeException;
import org.policygraph.graph.UnknownEntitiesException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

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

    /** Tomcat parses the query string when a parameter is first read, and refuses one it cannot decode. */
    @ExceptionHandler
    ProblemDetail unreadableQuery(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad Request", "the query string cannot be read: a parameter is not "
                + "percent-encoded UTF-8, or there are too many parameters");
    }

    /** Spring's own detail for an unreadable body is "Failed to read request"; this says what is wrong with it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, unreadable(e)), headers, status,
                request);
    }

    /** A query parameter that is not of its type: {@code limit=abc}, {@code limit=2147483648}, {@code from=2024-13-45}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String detail = "%s must be %s, was '%s'".formatted(e.getPropertyName(), expected(e.getRequiredType()),
                e.getValue());
        return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }

    static String unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() == null) {
            return "the request has no body; send the article as JSON {\"text\": ...}, text/plain or text/markdown";
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().stream().map(ApiErrors::pathElement).collect(Collectors.joining("."));
            return field.isEmpty() ? "the body must be one JSON object, like {\"text\": \"...\"}"
                    : "%s must be %s".formatted(field, expected(mismatch.getTargetType()));
        }
        if (e.getCause() instanceof StreamReadException || e.getCause() instanceof StreamConstraintsException) {
            return "the body is not valid JSON: " + ((JacksonException) e.getCause()).getOriginalMessage();
        }
        return "the body cannot be read";
    }

    private static String pathElement(JacksonException.Reference reference) {
        return reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == LocalDate.class) {
            return "a date like 2024-05-20";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number from %d to %d".formatted(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return type == String.class ? "a string" : "of type " + type.getSimpleName();
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
