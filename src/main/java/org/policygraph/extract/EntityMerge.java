package org.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entities of one type that share any name, canonical or alias, are one thing: the first one seen names it
 * and the others' names become its aliases. Recognisers can each see one thing under different names
 * (建行晋城分行 and 晋城分行, both declared as 中国建设银行晋城分行), and so can two windows of an article or two
 * articles of a document; whatever merges their output merges it here, so all agree.
 */
final class EntityMerge {

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Group> byName = new HashMap<>();

    /** Adds an entity and answers, for each of its names, the canonical name it now goes by. */
    Map<String, String> add(Entity entity) {
        Group group = null;
        for (String name : names(entity)) {
            group = group != null ? group : byName.get(key(entity.type(), name));
        }
        if (group == null) {
            group = new Group(entity);
            groups.add(group);
        }
        group.add(entity);
        Map<String, String> canonical = new HashMap<>();
        for (String name : names(entity)) {
            byName.putIfAbsent(key(entity.type(), name), group);
            canonical.put(name, byName.get(key(entity.type(), name)).first.name());
        }
        return canonical;
    }

    /** The merged entities in the order first seen, with their offsets when {@code withOffsets}. */
    List<Entity> entities(boolean withOffsets) {
        return groups.stream().map(group -> group.toEntity(withOffsets)).toList();
    }

    /**
     * Relations under the canonical names given by {@code canonical}, once per (source, type, target), a
     * symmetric type in either direction; the first statement of a fact is kept.
     */
    static void addRelations(Map<String, Relation> relations, List<Relation> stated, Map<String, String> canonical) {
        for (Relation r : stated) {
            String s = canonical.getOrDefault(r.source(), r.source());
            String t = canonical.getOrDefault(r.target(), r.target());
            if (s.equals(t)) {
                continue;
            }
            String key = r.type().symmetric() && s.compareTo(t) > 0 ? t + "|" + r.type() + "|" + s
                    : s + "|" + r.type() + "|" + t;
            relations.putIfAbsent(key, s.equals(r.source()) && t.equals(r.target()) ? r : r.renamed(s, t));
        }
    }

    private static String key(EntityType type, String name) {
        return type + "|" + name;
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        names.addAll(e.aliases());
        return names;
    }

    private static final class Group {
        private final Entity first;
        private final Set<String> names = new LinkedHashSet<>();
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final Set<Integer> offsets = new LinkedHashSet<>();

        Group(Entity first) {
            this.first = first;
        }

        void add(Entity e) {
            names.addAll(names(e));
            e.properties().forEach(properties::putIfAbsent);
            offsets.addAll(e.offsets());
        }

        Entity toEntity(boolean withOffsets) {
            List<String> aliases = names.stream().filter(name -> !name.equals(first.name())).toList();
            return new Entity(first.name(), first.type(), aliases, properties,
                    withOffsets ? offsets.stream().sorted().toList() : List.of());
        }
    }
}
