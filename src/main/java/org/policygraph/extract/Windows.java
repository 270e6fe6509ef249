package org.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * One article's extraction from its windows' (or its single window's): entities of one type that share a
     * name merged (see {@link EntityMerge}), facts kept once under the merged names.
     */
    static ArticleExtraction merge(Article article, List<ArticleExtraction> windows) {
        var entities = new EntityMerge();
        Map<String, Relation> relations = new LinkedHashMap<>();
        for (ArticleExtraction w : windows) {
            Map<String, String> canonical = new HashMap<>();
            for (Entity e : w.entities()) {
                entities.add(e).forEach(canonical::putIfAbsent);
            }
            EntityMerge.addRelations(relations, w.relations(), canonical);
        }
        return new ArticleExtraction(article, entities.entities(true), new ArrayList<>(relations.values()));
    }
}
