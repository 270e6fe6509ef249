package org.policygraph.extract;

import java.util.List;

/** What one article says: its entities and the facts between them. */
public record ArticleExtraction(Article article, List<Entity> entities, List<Relation> relations) {

    public ArticleExtraction {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
