package org.policygraph.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.policygraph.graph.Direction;

/** Turns query parameters into whitelisted values, with a 400 that names the parameter and what it accepts. */
final class Parameters {

    private Parameters() {
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
        return list == null || list.isBlank() ? EnumSet.allOf(RelationType.class)
                : namedSet(RelationType.class, list, "relationship type");
    }

    private static <E extends Enum<E>> Set<E> namedSet(Class<E> type, String list, String what) {
        return Arrays.stream(list.split(","))
                .filter(name -> !name.isBlank())
                .map(name -> named(type, name, what))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String what) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("unknown %s '%s'; known: %s"
                        .formatted(what, name, Arrays.toString(type.getEnumConstants()))));
    }
}
