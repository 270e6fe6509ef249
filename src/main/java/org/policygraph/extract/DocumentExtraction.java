package org.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole document's extraction as the evaluation contract wants it: the articles' entities merged by type
 * and canonical name, and their relations without repeats.
 */
public record DocumentExtraction(List<Entity> entities, List<Relation> relations) {

    public DocumentExtraction {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /**
     * Merges entities of the same type that share any name (the canonical name or an alias), so an
     * article's 中国科学技术大学 and another's 中国科大 become one; the first article's canonical name wins.
     * Entity offsets are per article and so are dropped here. Relations are renamed to the merged canonical names
     * (keeping the article id and evidence offsets of the article that states them first)
     * and kept once per (source, type, target), a symmetric type in either direction.
     */
    public static DocumentExtraction of(List<ArticleExtraction> articles) {
        var entities = new EntityMerge();
        var canonicalPerArticle = new ArrayList<Map<String, String>>();
        for (ArticleExtraction a : articles) {
            Map<String, String> canonical = new HashMap<>();
            for (Entity e : a.entities()) {
                entities.add(e).forEach(canonical::putIfAbsent);
            }
            canonicalPerArticle.add(canonical);
        }
        Map<String, Relation> relations = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            EntityMerge.addRelations(relations, articles.get(i).relations(), canonicalPerArticle.get(i));
        }
        return new DocumentExtraction(entities.entities(false), new ArrayList<>(relations.values()));
    }
}
