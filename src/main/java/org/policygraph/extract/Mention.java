package org.policygraph.extract;

import java.util.Map;

/**
 * One occurrence of a name in a passage: [start, end) in {@link Passage#full()}, the type it names and,
 * for places, its level and division code. {@code canonical} is the name the entity goes by (山西省 for a
 * mention 山西), equal to {@code name} when the mention is already the full name.
 */
record Mention(String name, String canonical, EntityType type, int start, int end, Map<String, Object> properties) {

    Mention {
        properties = Map.copyOf(properties);
    }

    Mention(String name, EntityType type, int start, int end) {
        this(name, name, type, start, end, Map.of());
    }

    boolean overlaps(Mention o) {
        return start < o.end && o.start < end;
    }

    boolean within(Mention o) {
        return start >= o.start && end <= o.end && !(start == o.start && end == o.end);
    }

    boolean isActor() {
        return type == EntityType.Place || type == EntityType.Government || type == EntityType.Enterprise
                || type == EntityType.ResearchTeam;
    }

    boolean isOrganisation() {
        return type == EntityType.Government || type == EntityType.Enterprise || type == EntityType.ResearchTeam;
    }
}
