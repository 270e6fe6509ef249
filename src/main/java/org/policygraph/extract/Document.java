package org.policygraph.extract;

import java.time.LocalDate;

/**
 * One input as a user hands it over: a file, a JSON record or a posted body. It may hold one article or a
 * whole newspaper page; {@link ArticleSplitter} turns it into articles. Only {@code text} is required.
 */
public record Document(String id, String title, String text, String source, LocalDate publishedAt, String url) {

    public static Document ofText(String id, String text) {
        return new Document(id, null, text, null, null, null);
    }

    public Document withId(String id) {
        return new Document(id, title, text, source, publishedAt, url);
    }
}
