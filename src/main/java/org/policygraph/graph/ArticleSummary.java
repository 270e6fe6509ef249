package org.policygraph.graph;

import java.time.LocalDate;
import java.util.List;

/** An article as lists show it: everything but its text. */
public record ArticleSummary(String id, String title, String source, LocalDate publishedAt, List<String> authors,
                             String url) {
}
