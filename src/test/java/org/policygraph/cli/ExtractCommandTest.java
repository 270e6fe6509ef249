package org.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.Commands;
import org.policygraph.Http;
import org.policygraph.SharedFiles;
import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;

import tools.jackson.databind.JsonNode;

class ExtractCommandTest {

    @Test
    void theRealPageExtractsToTheEvaluationFormat() throws Exception {
        Path page = SharedFiles.page();

        var run = Commands.run("extract", page.toString());

        assertThat(run.exitCode()).isZero();
        JsonNode output = Http.json(run.out());
        assertFollowsFormat(output);
        assertThat(output.get("entities").size()).isGreaterThan(20);
        assertThat(output.get("relations").size()).isGreaterThan(10);
    }

    @Test
    void theScorerAcceptsTheOutput(@TempDir Path dir) throws Exception {
        Path page = SharedFiles.page();
        Path predicted = dir.resolve("predicted.json");
        Files.writeString(predicted, Commands.run("extract", page.toString()).out());

        var scorer = new ProcessBuilder("python3", SharedFiles.SCORER.toString(), SharedFiles.GOLD.toString(),
                predicted.toString()).redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(scorer.waitFor()).as(report).isZero();
        assertThat(report).contains("entity F1").contains("relation F1");
    }

    @Test
    void jsonLinesOverAFolderPrintOneLinePerFileNamedByTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "晋城市推进智能制造\n晋城市实施“智能制造提升工程”,支持企业改造生产线。");
        Files.writeString(dir.resolve("b.txt"), "古陶镇牵手山西大学\n平遥县古陶镇与山西大学签署合作协议。");

        var run = Commands.run("extract", "--jsonl", dir.toString());

        assertThat(run.exitCode()).isZero();
        List<JsonNode> lines = run.out().lines().map(Http::json).toList();
        assertThat(lines).extracting(line -> line.get("id").asString()).containsExactly("a.txt", "b.txt");
        lines.forEach(ExtractCommandTest::assertFollowsFormat);
    }

    @Test
    void jsonLinesFilesHoldOneDocumentPerLineNamedByTheirIds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("news.jsonl"), """
                {"id": "n1", "title": "晋城市推进智能制造", "text": "晋城市实施“智能制造提升工程”。"}
                {"id": "n2", "text": "平遥县古陶镇与山西大学签署合作协议。"}
                """);

        var run = Commands.run("extract", "--jsonl", dir.resolve("news.jsonl").toString());

        assertThat(run.out().lines().map(line -> Http.json(line).get("id").asString())).containsExactly("n1", "n2");
    }

    @Test
    void aMissingFileIsAnErrorNamingTheFile() {
        var run = Commands.run("extract", "no-such-file.md");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-file.md");
    }

    private static void assertFollowsFormat(JsonNode output) {
        Set<String> types = names(EntityType.values());
        Set<String> relationTypes = names(RelationType.values());
        var entityNames = new HashSet<String>();
        for (JsonNode entity : output.get("entities")) {
            assertThat(entity.get("name").asString()).isNotBlank();
            assertThat(types).contains(entity.get("type").asString());
            entityNames.add(entity.get("name").asString());
            entity.get("aliases").forEach(alias -> entityNames.add(alias.asString()));
        }
        for (JsonNode relation : output.get("relations")) {
            assertThat(relationTypes).contains(relation.get("type").asString());
            assertThat(entityNames).contains(relation.get("source").asString(), relation.get("target").asString());
            assertThat(relation.get("evidence").asString()).isNotBlank();
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        var names = new HashSet<String>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }
}
