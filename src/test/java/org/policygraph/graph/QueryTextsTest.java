package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QueryTextsTest {

    private final List<Object> composed = new ArrayList<>();
    private final QueryTexts texts = new QueryTexts(2);

    private String text(Object choices) {
        return texts.get(choices, key -> {
            composed.add(key);
            return "MATCH " + key;
        });
    }

    @Test
    void composesEachChoiceOnceWhileItIsInUse() {
        assertThat(text("depth 2")).isEqualTo("MATCH depth 2");
        assertThat(text("depth 2")).isEqualTo("MATCH depth 2");

        assertThat(composed).containsExactly("depth 2");
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        text("depth 1");
        text("depth 2");
        text("depth 1");
        text("depth 3");
        text("depth 1");
        text("depth 2");

        assertThat(composed).containsExactly("depth 1", "depth 2", "depth 3", "depth 2");
    }
}
