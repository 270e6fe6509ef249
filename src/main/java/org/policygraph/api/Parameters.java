package org.policygraph.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.policygraph.graph.Direction;

/** Turns query parameters into whitelisted values, with a 400 that names the parameter and what it accepts. */
final class Parameters {

    /** Stable entity ids: a type prefix from {@link EntityType}, a colon, and a name or division code. */
    private static final Pattern ENTITY_ID = Pattern.compile("(?:%s):\\S.{0,199}".formatted(Arrays.stream(
            EntityType.values()).map(type -> type.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"))));

    private Parameters() {
    }

    static String entityId(String name, String id) {
        if (id == null || !ENTITY_ID.matcher(id).matches()) {
            throw new BadRequestException("%s '%s' is not an entity id; ids look like place:140500 or enterprise:<name>"
                    .formatted(name, id));
        }
        return id;
    }

    /** A comma-separated list of entity ids, each well formed, without repeats, at most {@code max}. */
    static List<String> entityIds(String name, String list, int max) {
        var ids = new LinkedHashSet<String>();
        for (String id : list.split(",")) {
            if (!id.isBlank()) {
                ids.add(entityId(name, id.strip()));
            }
        }
        if (ids.isEmpty() || ids.size() > max) {
            throw new BadRequestException("%s must list 1 to %d entity ids, had %d".formatted(name, max, ids.size()));
        }
        return List.copyOf(ids);
    }

    static int requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadRequestException("%s must be between %d and %d, was %d".formatted(name, min, max, value));
        }
        return value;
    }

    static EntityType entityType(String name) {
        return named(EntityType.class, name, "label");
    }

    static Direction direction(String name) {
        return named(Direction.class, name, "direction");
    }

    /** A comma-separated list of labels; none means every label. */
    static Set<EntityType> entityTypes(String list) {
        return list == null || list.isBlank() ? EnumSet.noneOf(EntityType.class)
                : namedSet(EntityType.class, list, "label");
    }

    /** A comma-separated list of relationship types; none means every fact type. */
    static Set<RelationType> relationTypes(String list) {
        Set<RelationType> types = list == null ? Set.of() : namedSet(RelationType.class, list, "relationship type");
        return types.isEmpty() ? EnumSet.allOf(RelationType.class) : types;
    }

    private static <E extends Enum<E>> Set<E> namedSet(Class<E> type, String list, String what) {
        return Arrays.stream(list.split(","))
                .filter(name -> !name.isBlank())
                .map(name -> named(type, name, what))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    /** One of an enum's constants, named in any case. */
    static <E extends Enum<E>> E named(Class<E> type, String name, String what) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("unknown %s '%s'; known: %s"
                        .formatted(what, name, Arrays.toString(type.getEnumConstants()))));
    }
}
