package org.policygraph.extract;

import java.util.List;

/**
 * A whole document's extraction as the evaluation contract wants it: the articles' entities merged by type
 * and canonical name, and their relations without repeats.
 */
public record DocumentExtraction(List<Entity> entities, List<Relation> relations) {

    public static DocumentExtraction of(List<ArticleExtraction> articles) {
        throw new UnsupportedOperationException("not yet built");
    }
}
