package org.policygraph.extract;

import java.util.List;
import java.util.Map;

/**
 * A real-world thing named in an article: one canonical name, every other name the article uses for it,
 * type-specific properties (a place's {@code level} and {@code divisionCode}, for example) and the character
 * offsets in the article text where any of its names occur.
 */
public record Entity(String name, EntityType type, List<String> aliases, Map<String, Object> properties,
                     List<Integer> offsets) {

    public Entity {
        aliases = List.copyOf(aliases);
        properties = Map.copyOf(properties);
        offsets = List.copyOf(offsets);
    }
}
