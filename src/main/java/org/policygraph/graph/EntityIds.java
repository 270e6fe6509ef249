package org.policygraph.graph;

import java.util.Locale;

import org.policygraph.extract.EntityType;

/**
 * Stable entity ids, independent of Neo4j's internal ids: {@code place:140100} for a place with a division
 * code ({@code place:140522102:东沟村} for a village, by its town's code), else {@code <type>:<canonical name>}
 * such as {@code enterprise:中国建设银行晋城分行}.
 */
public final class EntityIds {

    private EntityIds() {
    }

    public static String of(EntityType type, String name, String divisionCode) {
        String prefix = type.name().toLowerCase(Locale.ROOT);
        if (type == EntityType.Place && divisionCode != null && !divisionCode.isBlank()) {
            return prefix + ":" + divisionCode;
        }
        return prefix + ":" + name;
    }

    /**
     * Whether the id says what the thing is by itself: a place's division code does, so such an entity is
     * never looked up by name (晋城 and 晋城市 are one code already).
     */
    static boolean fromDivisionCode(String id) {
        return id.startsWith("place:") && id.length() > 6 && Character.isDigit(id.charAt(6));
    }
}
