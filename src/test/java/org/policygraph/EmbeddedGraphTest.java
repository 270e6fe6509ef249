package org.policygraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Base of tests that need the whole application on a real embedded Neo4j: a fresh store in a temporary
 * folder, Bolt and HTTP on free ports, the sample articles loaded. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmbeddedGraphTest {

    private static final Path TEST_STORES = Path.of("target", "test-stores").toAbsolutePath();
    private static boolean storesOfEarlierRunsDeleted;
    private static final Path DATA_DIR = temporaryFolder("policygraph-test-");

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        registry.add("policygraph.data-dir", DATA_DIR::toString);
        registry.add("policygraph.embedded.bolt-port", () -> "0");
        registry.add("policygraph.neo4j.uri", () -> "");
    }

    /** For tests that need a store of their own, empty: no samples, a fresh folder, free ports. */
    public static void ownEmptyStore(DynamicPropertyRegistry registry, String folderPrefix) {
        registry.add("policygraph.data-dir", () -> temporaryFolder(folderPrefix));
        registry.add("policygraph.embedded.bolt-port", () -> "0");
        registry.add("policygraph.neo4j.uri", () -> "");
        registry.add("policygraph.samples.load-on-start", () -> "false");
    }

    /**
     * A new folder under {@code target/test-stores}. Shared contexts close only when the test JVM exits, too
     * late to delete their stores, so each run deletes the stores of earlier runs instead: {@code target} is
     * this checkout's alone, and one checkout builds one test run at a time. Nothing piles up in /tmp.
     */
    public static synchronized Path temporaryFolder(String prefix) {
        try {
            if (!storesOfEarlierRunsDeleted) {
                FileSystemUtils.deleteRecursively(TEST_STORES);
                storesOfEarlierRunsDeleted = true;
            }
            Files.createDirectories(TEST_STORES);
            return Files.createTempDirectory(TEST_STORES, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
