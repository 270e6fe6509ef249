package org.policygraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Composed Cypher texts by the choices they were composed from, the least recently used dropped beyond
 * {@code capacity}: the choices are enums and small numbers, but their combinations run to the hundreds of
 * thousands, so the cache stays bounded whatever clients ask.
 */
final class QueryTexts {

    private final Map<Object, String> texts;

    QueryTexts(int capacity) {
        this.texts = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized String get(Object choices, Function<Object, String> compose) {
        return texts.computeIfAbsent(choices, compose);
    }
}
