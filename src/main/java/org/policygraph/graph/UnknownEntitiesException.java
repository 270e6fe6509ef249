package org.policygraph.graph;

import java.util.List;

/** A read named entities the graph does not hold; found out in the same query as the answer. */
public class UnknownEntitiesException extends RuntimeException {

    public UnknownEntitiesException(List<String> ids) {
        super("no entity with id " + String.join(", ", ids));
    }
}
