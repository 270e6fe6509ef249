package org.policygraph.extract;

import java.util.Map;

/**
 * A fact between two entities of the same article, named by their canonical names, with the sentence that
 * states it and type-specific properties ({@code amount} and {@code currency} for investments).
 */
public record Relation(String source, RelationType type, String target, String evidence,
                       Map<String, Object> properties) {

    public Relation {
        properties = Map.copyOf(properties);
    }
}
