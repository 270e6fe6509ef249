package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the real newspaper page of the shared corpus, writes the evaluation JSON to
 * {@code target/page-extraction.json} and holds it to the floors with {@code score.py}. Skipped when the
 * corpus or python3 is not there.
 */
class PageScoreTest {

    static final Path PAGE = Scorer.SHARED.resolve("corpus/kexuedaobao-shanxi-2024-05.md");
    static final Path GOLD = Scorer.SHARED.resolve("eval/kexuedaobao-shanxi-2024-05.gold.json");
    static final Path PREDICTED = Path.of("target/page-extraction.json");

    @BeforeAll
    static void extractThePage() throws IOException {
        assumeTrue(Files.exists(PAGE) && Files.exists(GOLD),
                "shared corpus page or gold not found under " + Scorer.SHARED.toAbsolutePath() + "; skipped");
        Scorer.unavailable().ifPresent(reason -> assumeTrue(false, reason + "; page scoring skipped"));
        Extractor extractor = Extractor.create();
        Document page = Document.ofText("kexuedaobao-shanxi-2024-05", Files.readString(PAGE));
        Scorer.write(DocumentExtraction.of(extractor.extract(page)), PREDICTED);
    }

    @Test
    void thePageScoresAboveTheFloors() throws Exception {
        Scorer.Run run = Scorer.run(GOLD, PREDICTED, "--min-entity-f1", "0.90", "--min-relation-f1", "0.80");
        System.out.print(run.output());

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void noEntityOfThePageIsExtractedTwice() throws Exception {
        Scorer.Run run = Scorer.run(GOLD, PREDICTED, "--verbose");

        assertThat(run.output()).doesNotContain("duplicate of");
    }
}
