package org.policygraph.graph;

/** A read would answer more rows than the configured cap: the caller has to narrow the query. */
public class ResultTooLargeException extends RuntimeException {

    public ResultTooLargeException(int maxResults) {
        super("the answer has more than " + maxResults + " results; narrow the query (a smaller depth or limit,"
                + " fewer relationship types or labels)");
    }

    public ResultTooLargeException(String message) {
        super(message);
    }
}
