package org.policygraph.graph;

/**
 * One article with its text and what it contributed to the graph: the entities it mentions as nodes and
 * the facts it supports as relationships (each fact with all its evidence, this article's sentence included).
 */
public record ArticleDetail(ArticleSummary article, String text, GraphView graph) {
}
