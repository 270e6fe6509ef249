package org.policygraph.graph;

import java.util.List;
import java.util.Map;

/**
 * One entity with how connected it is ({@code degree}: relationships per type, both directions; MENTIONS
 * counts the articles that name it) and the articles that mention it, newest first.
 */
public record EntityDetail(GraphView.Node entity, Map<String, Long> degree, List<ArticleSummary> recentArticles) {
}
