package org.policygraph.graph;

import java.util.List;
import java.util.Locale;

import org.policygraph.extract.EntityType;

/**
 * Stable entity ids, independent of Neo4j's internal ids: {@code place:140100} for a place with a division
 * code ({@code place:140522102:东沟村} for a village, by its town's code), {@code government:140525100:南村镇人民政府}
 * for a government body of a division the article names (two towns' 南村镇人民政府 stay two), else
 * {@code <type>:<canonical name>} such as {@code enterprise:中国建设银行晋城分行}.
 */
public final class EntityIds {

    /** The kinds of id that may carry a division code. */
    private static final List<String> CODED = List.of("place:", "government:");

    private EntityIds() {
    }

    /** {@code divisionCode}: a place's own code, a government's division's, or null. */
    public static String of(EntityType type, String name, String divisionCode) {
        String prefix = type.name().toLowerCase(Locale.ROOT);
        boolean coded = divisionCode != null && !divisionCode.isBlank();
        if (type == EntityType.Place && coded) {
            return prefix + ":" + divisionCode;
        }
        if (type == EntityType.Government && coded) {
            return prefix + ":" + divisionCode + ":" + name;
        }
        return prefix + ":" + name;
    }

    /**
     * Whether the id says what the thing is by itself: a division code does, so such an entity is never looked
     * up by name (晋城 and 晋城市 are one code already; two towns' 南村镇人民政府 are two).
     */
    static boolean fromDivisionCode(String id) {
        return CODED.stream().anyMatch(prefix -> id.startsWith(prefix) && id.length() > prefix.length()
                && Character.isDigit(id.charAt(prefix.length())));
    }
}
