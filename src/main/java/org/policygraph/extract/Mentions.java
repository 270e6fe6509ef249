package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A passage's mentions with the nesting facts the relation rules ask about again and again (is this
 * organisation inside a longer one, this place inside an organisation's name, this actor inside a program
 * name), worked out once so that each question is a lookup instead of a scan over all mentions.
 */
final class Mentions {

    private final List<Mention> all;
    private final Set<Mention> innerOrganisations = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Mention> placesInNames = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Mention> insidePrograms = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Integer, List<Mention>> byEnd = new HashMap<>();

    /** {@code mentions} sorted by start. */
    Mentions(List<Mention> mentions) {
        this.all = List.copyOf(mentions);
        for (int i = 0; i < all.size(); i++) {
            Mention outer = all.get(i);
            byEnd.computeIfAbsent(outer.end(), end -> new ArrayList<>()).add(outer);
            // Only mentions starting inside [outer.start, outer.end) can lie within it.
            for (int j = firstStartingAt(outer.start()); j < all.size() && all.get(j).start() < outer.end(); j++) {
                Mention inner = all.get(j);
                if (inner == outer || inner.start() < outer.start() || inner.end() > outer.end()) {
                    continue;
                }
                if (outer.isOrganisation() && inner.isOrganisation() && inner.within(outer)) {
                    innerOrganisations.add(inner);
                }
                if (outer.isOrganisation() && inner.type() == EntityType.Place) {
                    placesInNames.add(inner);
                }
                if (outer.type() == EntityType.Program) {
                    insidePrograms.add(inner);
                }
            }
        }
    }

    private int firstStartingAt(int start) {
        return firstStartingAt(all, start);
    }

    /** The index of the first of {@code sorted} (sorted by start) starting at or after {@code start}. */
    static int firstStartingAt(List<Mention> sorted, int start) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The first mention of each name (type, name and canonical name), in text order: rules that compare names
     * pair by pair stay cheap on a text naming the same bodies thousands of times.
     */
    static List<Mention> firstOfEachName(List<Mention> mentions) {
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Mention m : mentions) {
            first.putIfAbsent(m.type() + "|" + m.name() + "|" + m.canonical(), m);
        }
        return List.copyOf(first.values());
    }

    List<Mention> all() {
        return all;
    }

    /** Not an organisation inside a longer organisation name (晋城市政府 in 晋城市政府办公室). */
    boolean outermost(Mention m) {
        return !innerOrganisations.contains(m);
    }

    /** A place that only begins or lies in an organisation's name (猗氏镇 in 猗氏镇政府): no site of its own. */
    boolean insideName(Mention m) {
        return placesInNames.contains(m);
    }

    boolean insideProgram(Mention m) {
        return insidePrograms.contains(m);
    }

    List<Mention> of(Predicate<Mention> keep) {
        return new ArrayList<>(all.stream().filter(keep).toList());
    }

    Mention first(Predicate<Mention> keep) {
        return all.stream().filter(keep).min(Comparator.comparingInt(Mention::start)
                .thenComparingInt(m -> -m.end())).orElse(null);
    }

    /** The mentions starting in [from, to), found without a scan over all. */
    List<Mention> startingWithin(int from, int to) {
        List<Mention> within = new ArrayList<>();
        for (int i = firstStartingAt(from); i < all.size() && all.get(i).start() < to; i++) {
            within.add(all.get(i));
        }
        return within;
    }

    /** As {@link #first}, among the mentions starting at {@code start}: a lookup for rules run on every mention. */
    Mention firstAt(int start, Predicate<Mention> keep) {
        Mention longest = null;
        for (int i = firstStartingAt(start); i < all.size() && all.get(i).start() == start; i++) {
            Mention m = all.get(i);
            if (keep.test(m) && (longest == null || m.end() > longest.end())) {
                longest = m;
            }
        }
        return longest;
    }

    /** As {@link #last}, among the mentions ending at {@code end}. */
    Mention lastAt(int end, Predicate<Mention> keep) {
        Mention longest = null;
        for (Mention m : byEnd.getOrDefault(end, List.of())) {
            if (keep.test(m) && (longest == null || m.start() < longest.start())) {
                longest = m;
            }
        }
        return longest;
    }

    Mention last(Predicate<Mention> keep) {
        return all.stream().filter(keep).max(Comparator.comparingInt(Mention::end)
                .thenComparingInt(m -> -m.start())).orElse(null);
    }
}
