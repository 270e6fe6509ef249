package org.policygraph.graph;

import java.time.Duration;

/** The database ended a read that ran past the configured timeout; asking again later, or less, may work. */
public class ReadTimeoutException extends RuntimeException {

    public ReadTimeoutException(Duration timeout, Throwable cause) {
        super("the query ran longer than the read timeout of " + timeout.toMillis() + " ms", cause);
    }
}
