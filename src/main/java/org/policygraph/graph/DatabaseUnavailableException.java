package org.policygraph.graph;

import java.util.concurrent.TimeoutException;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The database, not the query, failed: it cannot be reached, does not answer, the connection was lost
 * mid-transaction, or it is not running yet (for writes, after the driver's own retries gave up). Asking
 * again later may work: the driver reconnects by itself once the database is back.
 */
public class DatabaseUnavailableException extends RuntimeException {

    /** What a server answers while its database is starting or stopping. */
    private static final String DATABASE_UNAVAILABLE = "Neo.TransientError.General.DatabaseUnavailable";

    DatabaseUnavailableException(Neo4jException cause) {
        super("the graph database cannot be reached: " + cause.getMessage(), cause);
    }

    /**
     * The driver's error as this exception when it means the database is unavailable, else unchanged. A
     * database that accepts connections but never answers shows as no pooled connection within the
     * acquisition timeout (a client error caused by a timeout), as does one too busy to take more.
     */
    static RuntimeException translate(Neo4jException e) {
        boolean unavailable = e instanceof ServiceUnavailableException || e instanceof SessionExpiredException
                || DATABASE_UNAVAILABLE.equals(e.code()) || e.getCause() instanceof TimeoutException;
        return unavailable ? new DatabaseUnavailableException(e) : e;
    }
}
