package org.policygraph.extract;

import java.util.Map;

/**
 * A fact between two entities of the same article, named by their canonical names, with the sentence that
 * states it and type-specific properties ({@code amount}, {@code currency} and maybe {@code approximate} for
 * investments). {@code evidenceStart} and {@code evidenceEnd} are the sentence's offsets in the article text,
 * counted like entity offsets (a headline is no evidence: see {@code RelationFinder}).
 * {@code confidence} (0..1) says how reliable the rule that found the fact is.
 */
public record Relation(String source, RelationType type, String target, String evidence,
                       Map<String, Object> properties, int evidenceStart, int evidenceEnd, String articleId,
                       double confidence) {

    public Relation {
        properties = Map.copyOf(properties);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }

    /** The same fact between other names (the document-wide canonical names after merging). */
    Relation renamed(String newSource, String newTarget) {
        return new Relation(newSource, type, newTarget, evidence, properties, evidenceStart, evidenceEnd, articleId,
                confidence);
    }
}
