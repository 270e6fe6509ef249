package org.policygraph.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * One news story: the unit the graph stores and cites. {@code text} is the body with page-break splits
 * repaired and bylines removed; the bylines are in {@code authors}.
 */
public record Article(String id, String title, String text, String source, LocalDate publishedAt,
                      List<String> authors, String url) {

    /**
     * No headline is longer. The title is read whole with every window of a long text (see {@link Windows}),
     * so the splitter takes a longer first line as text, and loaders refuse a longer given title.
     */
    public static final int MAX_TITLE_LENGTH = 500;

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
