package org.policygraph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/** The application's own settings, bound from {@code policygraph.*} (environment variables in application.yml). */
@ConfigurationProperties("policygraph")
public record PolicyGraphProperties(Path dataDir, Neo4j neo4j, Embedded embedded, Samples samples) {

    /**
     * An external database; when {@code uri} is blank the embedded store is used instead. {@code browserUri}
     * is the address Neo4j Browser should use when the user's machine reaches the server by another name.
     */
    public record Neo4j(String uri, String username, String password, String browserUri) {

        public boolean external() {
            return StringUtils.hasText(uri);
        }
    }

    /** The in-process store: Bolt port (0 picks a free one) and page cache size. */
    public record Embedded(int boltPort, DataSize pageCache) {
    }

    public record Samples(boolean loadOnStart) {
    }
}
