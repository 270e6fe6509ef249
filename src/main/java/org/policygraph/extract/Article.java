package org.policygraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One news story: the unit the graph stores and cites. {@code text} is the body with page-break splits
 * repaired and bylines removed; the bylines are in {@code authors}.
 */
public record Article(String id, String title, String text, String source, LocalDate publishedAt,
                      List<String> authors, String url) {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
