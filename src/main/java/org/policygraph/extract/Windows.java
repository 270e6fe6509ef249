package org.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a very long article text into windows and merges what the windows say. No news article comes near
 * {@link #SIZE} characters; a text that does (a mis-split dump, a wall of text) is read window by window so
 * the cost stays linear in its length, since several recognition steps compare mentions with mentions.
 */
final class Windows {

    static final int SIZE = 20_000;
    /** How far back from the size limit a window may end to end at a paragraph or sentence break. */
    private static final int SLACK = 4_000;

    private Windows() {
    }

    /** Start offsets of the windows of {@code text}, each window ending where the next starts. */
    static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int start = 0; text.length() - start > SIZE; ) {
            start = cut(text, start);
            starts.add(start);
        }
        return starts;
    }

    /** The end of the window starting at {@code start}: the last paragraph break, else sentence end, in reach. */
    private static int cut(String text, int start) {
        int limit = start + SIZE;
        int paragraph = text.lastIndexOf('\n', limit);
        if (paragraph > limit - SLACK && paragraph > start) {
            return paragraph + 1;
        }
        for (int i = limit; i > limit - SLACK; i--) {
            if ("。！？!?；;".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    /** One article's extraction from its windows': entities of one type and name merged, facts kept once. */
    static ArticleExtraction merge(Article article, List<ArticleExtraction> windows) {
        Map<String, Accumulated> entities = new LinkedHashMap<>();
        Map<String, Relation> relations = new LinkedHashMap<>();
        for (ArticleExtraction w : windows) {
            for (Entity e : w.entities()) {
                entities.computeIfAbsent(e.type() + "|" + e.name(), k -> new Accumulated(e)).add(e);
            }
            for (Relation r : w.relations()) {
                String key = r.type().symmetric() && r.source().compareTo(r.target()) > 0
                        ? r.target() + "|" + r.type() + "|" + r.source() : r.source() + "|" + r.type() + "|" + r.target();
                relations.putIfAbsent(key, r);
            }
        }
        List<Entity> merged = entities.values().stream().map(Accumulated::toEntity).toList();
        return new ArticleExtraction(article, merged, new ArrayList<>(relations.values()));
    }

    /** One entity's names, properties and offsets gathered over the windows (windows come in text order). */
    private static final class Accumulated {
        private final Entity first;
        private final Set<String> aliases = new LinkedHashSet<>();
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final List<Integer> offsets = new ArrayList<>();

        Accumulated(Entity first) {
            this.first = first;
        }

        void add(Entity e) {
            aliases.addAll(e.aliases());
            e.properties().forEach(properties::putIfAbsent);
            offsets.addAll(e.offsets());
        }

        Entity toEntity() {
            return new Entity(first.name(), first.type(), List.copyOf(aliases), properties, offsets);
        }
    }
}
