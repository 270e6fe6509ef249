package org.policygraph.graph;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the graph lives, for people rather than for the driver: the Bolt address the startup report shows,
 * the one Neo4j Browser connects to from the user's machine (they differ behind Docker), and whether it is
 * the embedded store (then {@code storeDir} says where its files are).
 */
public record DatabaseAddress(URI boltUri, String browserUri, boolean embedded, Path storeDir) {

    /** The embedded store needs no login; a server does. */
    public boolean authenticated() {
        return !embedded;
    }
}
