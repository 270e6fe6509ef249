package org.policygraph.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets an endpoint marked {@link RequiresToken} run only for {@code Authorization: Bearer <token>}, and
 * bounds request bodies: larger than the limit is 413, a body of unknown length (chunked) is 411, so a
 * client cannot make the server read an unbounded body. Reads need nothing.
 */
class WriteAccess implements HandlerInterceptor {

    private static final String BEARER = "Bearer ";

    private final ApiToken token;
    private final long maxBodyBytes;

    WriteAccess(ApiToken token, long maxBodyBytes) {
        this.token = token;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(RequiresToken.class)
                && !token.matches(bearer(request))) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "this endpoint changes the graph and needs the header Authorization: Bearer <API token>");
            var unauthorized = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
            unauthorized.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"policygraph\"");
            throw unauthorized;
        }
        if ("POST".equals(request.getMethod())) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                throw new ErrorResponseException(HttpStatus.LENGTH_REQUIRED, ProblemDetail.forStatusAndDetail(
                        HttpStatus.LENGTH_REQUIRED, "send the body with a Content-Length header"), null);
            }
            if (length > maxBodyBytes) {
                throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(
                        HttpStatus.CONTENT_TOO_LARGE, "the body has %d bytes; at most %d are accepted"
                                .formatted(length, maxBodyBytes)), null);
            }
        }
        return true;
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : null;
    }
}
