package org.policygraph.graph;

/** Which way relationships are followed from an entity. */
public enum Direction {
    OUT("-", "->"), IN("<-", "-"), BOTH("-", "-");

    final String left;
    final String right;

    Direction(String left, String right) {
        this.left = left;
        this.right = right;
    }
}
