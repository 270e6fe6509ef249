package org.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<Merged> merged = new ArrayList<>();
        Map<String, Merged> byName = new HashMap<>();   // type|name -> merged entity
        for (ArticleExtraction a : articles) {
            for (Entity e : a.entities()) {
                Merged target = null;
                for (String n : names(e)) {
                    target = target != null ? target : byName.get(e.type() + "|" + n);
                }
                if (target == null) {
                    target = new Merged(e.name(), e.type());
                    merged.add(target);
                }
                target.names.addAll(names(e));
                e.properties().forEach(target.properties::putIfAbsent);
                for (String n : names(e)) {
                    byName.putIfAbsent(e.type() + "|" + n, target);
                }
            }
        }
        List<Entity> entities = merged.stream().map(Merged::toEntity).toList();

        Map<String, Relation> relations = new LinkedHashMap<>();
        for (ArticleExtraction a : articles) {
            Map<String, String> canonical = new HashMap<>();
            for (Entity e : a.entities()) {
                for (String n : names(e)) {
                    canonical.putIfAbsent(n, byName.get(e.type() + "|" + n).name);
                }
            }
            for (Relation r : a.relations()) {
                String s = canonical.getOrDefault(r.source(), r.source());
                String t = canonical.getOrDefault(r.target(), r.target());
                String key = r.type().symmetric() && s.compareTo(t) > 0 ? t + "|" + r.type() + "|" + s
                        : s + "|" + r.type() + "|" + t;
                relations.putIfAbsent(key, r.renamed(s, t));
            }
        }
        return new DocumentExtraction(entities, new ArrayList<>(relations.values()));
    }

    private static List<String> names(Entity e) {
        List<String> out = new ArrayList<>();
        out.add(e.name());
        out.addAll(e.aliases());
        return out;
    }

    private static final class Merged {
        final String name;
        final EntityType type;
        final Set<String> names = new LinkedHashSet<>();
        final Map<String, Object> properties = new LinkedHashMap<>();

        Merged(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }

        Entity toEntity() {
            List<String> aliases = names.stream().filter(n -> !n.equals(name)).toList();
            return new Entity(name, type, aliases, properties, List.of());
        }
    }
}
