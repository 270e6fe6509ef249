package org.policygraph.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What writing a batch of articles did: each article's outcome by id, and the net nodes and facts added. */
public record BatchResult(Map<String, WriteResult.Outcome> outcomes, int nodesCreated, int relationshipsCreated) {

    public BatchResult {
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }
}
