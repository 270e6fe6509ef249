package org.policygraph.extract;

import java.util.List;

/**
 * Reads documents and says what their articles contain. Thread-safe and meant to be shared: building one
 * loads HanLP's dictionaries and the gazetteer once.
 */
public final class Extractor {

    public static Extractor create() {
        throw new UnsupportedOperationException("not yet built");
    }

    /** The articles of a document (a page may hold many), with bylines moved to authors. Cheap. */
    public List<Article> split(Document document) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** What one article says. */
    public ArticleExtraction extract(Article article) {
        throw new UnsupportedOperationException("not yet built");
    }

    /** Splits the document into its articles and extracts each. */
    public List<ArticleExtraction> extract(Document document) {
        return split(document).stream().map(this::extract).toList();
    }
}
