package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.policygraph.ApplicationProcess;
import org.policygraph.embedded.EmbeddedNeo4j;

import tools.jackson.databind.json.JsonMapper;

/** The ingest command killed with SIGKILL mid-run leaves no half article; running it again completes the graph. */
class CrashRecoveryTest {

    private static final int COPIES = 20;

    @Test
    void aLoaderKilledMidRunAndRunAgainBuildsTheGraphOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Path corpus = writeCorpus(dir.resolve("corpus.jsonl"));
        Path uninterrupted = dir.resolve("uninterrupted");
        Path interrupted = dir.resolve("interrupted");
        assertThat(ingest(corpus, uninterrupted).waitFor()).isZero();

        Process killed = ingest(corpus, interrupted);
        awaitFirstProgressLine(killed);
        Thread.sleep(1500);
        killed.destroyForcibly().waitFor();
        assertThat(ingest(corpus, interrupted).waitFor()).isZero();

        assertThat(counts(interrupted)).isEqualTo(counts(uninterrupted));
    }

    private static Path writeCorpus(Path file) throws IOException {
        var json = JsonMapper.builder().build();
        var lines = new ArrayList<String>();
        for (var document : Corpora.samples(COPIES)) {
            lines.add(json.writeValueAsString(Map.of("id", document.id(), "text", document.text())));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The real command in its own JVM, as a user would run it, on a store in {@code dataDir}. */
    private static Process ingest(Path corpus, Path dataDir) throws IOException {
        var environment = Map.of("POLICYGRAPH_DATA_DIR", dataDir.toString(), "POLICYGRAPH_BOLT_PORT", "0");
        return ApplicationProcess.builder(environment, "ingest", corpus.toString()).redirectErrorStream(true).start();
    }

    private static void awaitFirstProgressLine(Process process) throws IOException {
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("ingest")) {
            // start-up log lines
        }
        // Keep draining so the child never blocks on a full pipe.
        var drain = new Thread(() -> output.lines().forEach(ignored -> { }));
        drain.setDaemon(true);
        drain.start();
    }

    private static Map<String, Long> counts(Path dataDir) {
        try (var store = EmbeddedNeo4j.start(dataDir.resolve("neo4j"), 0, 64L * 1024 * 1024);
             var driver = GraphDatabase.driver(store.boltUri(), AuthTokens.none())) {
            var counts = new TreeMap<String, Long>();
            driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").execute()
                    .records().forEach(r -> counts.put(r.get("label").asString(), r.get("n").asLong()));
            driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").execute()
                    .records().forEach(r -> counts.put(r.get("type").asString(), r.get("n").asLong()));
            return counts;
        }
    }
}
