package org.policygraph.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.policygraph.reliability.TemplateArticles.Article;

/**
 * The API as the reliability tests call it: HTTP/1.1 on loopback with keep-alive connections, writes with
 * the token. Requests are built apart from sending so a caller can time the sending alone; a request that
 * gets no answer throws {@link IOException}, which these tests count rather than hide.
 */
final class ApiClient {

    /** Far above any answer the tests accept, so a hung request is seen as one. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    ApiClient(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    HttpRequest get(String pathAndQuery) {
        return request(pathAndQuery).GET().build();
    }

    HttpRequest post(Article article) {
        return request("/api/articles").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article.json())).build();
    }

    /** Article ids of the templates are {@code prefix/n}: the slash stays a path separator, nothing needs encoding. */
    HttpRequest delete(Article article) {
        return request("/api/articles/" + article.id()).header("Authorization", "Bearer " + token).DELETE().build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.uri(), e);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(ANSWER_TIMEOUT);
    }
}
