package org.policygraph.extract;

/**
 * Facts between two entities. Directions follow the evaluation contract: LOCATED_IN and PART_OF point
 * from the smaller thing to the larger, INVESTS_IN from investor to recipient, PUBLISHED_IN from team to
 * journal, IMPLEMENTS from actor to program, AFFILIATED_WITH from person to organisation.
 */
public enum RelationType {
    INVESTS_IN, PARTNERS_WITH, PUBLISHED_IN, LOCATED_IN, IMPLEMENTS, PART_OF, AFFILIATED_WITH;

    /** PARTNERS_WITH has no direction: (a, b) and (b, a) are the same fact. */
    public boolean symmetric() {
        return this == PARTNERS_WITH;
    }
}
