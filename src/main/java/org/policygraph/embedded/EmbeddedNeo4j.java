package org.policygraph.embedded;

import static org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5 community database running inside this JVM, with its store in a folder and Bolt on loopback.
 * Clients reach it over Bolt exactly as they would reach a server, so nothing else in the application
 * knows whether the database is embedded.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService service;
    private final Path storeDir;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService service, Path storeDir, int boltPort) {
        this.service = service;
        this.storeDir = storeDir;
        this.boltPort = boltPort;
    }

    /**
     * Starts the database. Auth is off because Bolt listens on loopback only.
     *
     * @param boltPort the Bolt port, or 0 for any free port
     * @throws PortInUseException when the Bolt port is taken, before anything is started
     */
    public static EmbeddedNeo4j start(Path storeDir, int boltPort, long pageCacheBytes) {
        if (boltPort != 0) {
            requireFree(boltPort);
        }
        Path absolute = storeDir.toAbsolutePath().normalize();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(absolute)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                // Preallocation reserves 256 MB of transaction log per database up front: half a gigabyte
                // on disk for a store of a few megabytes, on a researcher's laptop and in every test store.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Bolt waits 5 s twice at shutdown for clients that are gone by then; Ctrl-C should be quick.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        try {
            var database = (GraphDatabaseAPI) service.database(DEFAULT_DATABASE_NAME);
            int port = database.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            return new EmbeddedNeo4j(service, absolute, port);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    private static void requireFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException e) {
            throw new PortInUseException(port, "POLICYGRAPH_BOLT_PORT");
        }
    }

    public URI boltUri() {
        return URI.create("bolt://" + LOOPBACK + ":" + boltPort);
    }

    public int boltPort() {
        return boltPort;
    }

    public Path storeDir() {
        return storeDir;
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
