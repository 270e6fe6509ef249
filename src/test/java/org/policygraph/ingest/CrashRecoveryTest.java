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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.Commands;
import org.policygraph.GraphCounts;

import tools.jackson.databind.json.JsonMapper;

/** The ingest command killed with SIGKILL mid-run leaves no half article; running it again completes the graph. */
class CrashRecoveryTest {

    private static final int COPIES = 20;

    @Test
    void aLoaderKilledMidRunAndRunAgainBuildsTheGraphOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Path corpus = writeCorpus(dir.resolve("corpus.jsonl"));
        Path uninterrupted = dir.resolve("uninterrupted");
        Path interrupted = dir.resolve("interrupted");
        assertThat(Commands.start(uninterrupted, "ingest", corpus.toString()).waitFor()).isZero();

        Process killed = Commands.start(interrupted, "ingest", corpus.toString());
        awaitFirstProgressLine(killed);
        Thread.sleep(1500);
        killed.destroyForcibly().waitFor();
        assertThat(Commands.start(interrupted, "ingest", corpus.toString()).waitFor()).isZero();

        assertThat(GraphCounts.ofStore(interrupted)).isEqualTo(GraphCounts.ofStore(uninterrupted));
    }

    private static Path writeCorpus(Path file) throws IOException {
        var json = JsonMapper.builder().build();
        var lines = new ArrayList<String>();
        for (var document : Corpora.samples(COPIES)) {
            lines.add(json.writeValueAsString(Map.of("id", document.id(), "text", document.text())));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
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
}
