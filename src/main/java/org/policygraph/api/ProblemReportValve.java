package org.policygraph.api;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some malformed requests itself, before any application code runs: an encoded slash,
 * backslash or NUL in the path, a path that is not percent-encoded UTF-8, headers over the size limit. This
 * writes those answers as problem+json, like every other error of the API, instead of Tomcat's HTML page.
 */
class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 400 ? "the server cannot read the request: its path may hold an encoded slash, "
                + "backslash or NUL, or bytes that are not percent-encoded UTF-8, or its headers are too large"
                : "the server refused the request (" + title + ")";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(title, status, detail));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // Nothing more can be told to a client whose connection is closed.
        }
    }
}
