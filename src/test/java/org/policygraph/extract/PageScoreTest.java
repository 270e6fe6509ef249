package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the extractor on the real newspaper page of the shared corpus and writes the evaluation JSON to
 * {@code target/page-extraction.json}, for {@code score.py}. Skipped when the corpus is not checked out.
 */
class PageScoreTest {

    static final Path PAGE = Path.of("../shared/corpus/kexuedaobao-shanxi-2024-05.md");

    @Test
    void writesThePageExtractionForTheScorer() throws IOException {
        assumeTrue(Files.exists(PAGE), "shared corpus page not found at " + PAGE.toAbsolutePath() + "; skipped");
        Extractor extractor = Extractor.create();
        Document page = Document.ofText("kexuedaobao-shanxi-2024-05", Files.readString(PAGE));
        extractor.extract(page);
        long started = System.nanoTime();
        DocumentExtraction result = DocumentExtraction.of(extractor.extract(page));
        long millis = (System.nanoTime() - started) / 1_000_000;

        Path out = Path.of("target/page-extraction.json");
        Files.createDirectories(out.getParent());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), toJson(result));
        System.out.println("page extracted in " + millis + " ms: " + result.entities().size() + " entities, "
                + result.relations().size() + " relations -> " + out.toAbsolutePath());
        assertThat(millis).isLessThan(1000);
    }

    static Map<String, Object> toJson(DocumentExtraction result) {
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity e : result.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("type", e.type().name());
            m.put("aliases", e.aliases());
            m.put("properties", e.properties());
            entities.add(m);
        }
        List<Map<String, Object>> relations = new ArrayList<>();
        for (Relation r : result.relations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source());
            m.put("type", r.type().name());
            m.put("target", r.target());
            m.put("evidence", r.evidence());
            m.put("properties", r.properties());
            relations.add(m);
        }
        return Map.of("entities", entities, "relations", relations);
    }
}
