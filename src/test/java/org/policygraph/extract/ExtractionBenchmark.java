package org.policygraph.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the extractor against the bare HanLP segmenter it is built on, over the same text: the real page
 * repeated to about 2 MB when the shared corpus is there, else the held-out articles. The target is that the
 * extractor keeps at least half the segmenter's speed. Run with {@code mvn -Pbench -DskipTests verify}.
 */
public final class ExtractionBenchmark {

    private static final int TARGET_CHARS = 2_000_000;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 5;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String text = benchmarkText();
        Extractor extractor = Extractor.create();
        Document document = Document.ofText("benchmark", text);
        // Both sides read exactly what the extractor segments: each article's title and text.
        List<String> articles = extractor.split(document).stream()
                .map(a -> Passage.joined(a.title(), a.text())).toList();
        Segment segmenter = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true)
                .enableOffset(true);

        double segmented = charsPerSecond(text.length(), () -> articles.forEach(segmenter::seg));
        double extracted = charsPerSecond(text.length(), () -> extractor.extract(document));

        System.out.printf("text: %,d chars in %,d articles%n", text.length(), articles.size());
        System.out.printf("segmenter (standard, place + organisation recognition): %,.0f chars/s%n", segmented);
        System.out.printf("extractor (whole pipeline):                             %,.0f chars/s%n", extracted);
        System.out.printf("ratio extractor/segmenter: %.2f (target >= 0.50)%n", extracted / segmented);
    }

    /** Median throughput of the measured rounds after the warm-up rounds. */
    private static double charsPerSecond(int chars, Runnable run) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            run.run();
        }
        double[] rates = new double[MEASURED_ROUNDS];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long started = System.nanoTime();
            run.run();
            rates[i] = chars / ((System.nanoTime() - started) / 1e9);
        }
        Arrays.sort(rates);
        return rates[MEASURED_ROUNDS / 2];
    }

    private static String benchmarkText() throws IOException {
        Path page = Path.of("../shared/corpus/kexuedaobao-shanxi-2024-05.md");
        String unit;
        if (Files.exists(page)) {
            unit = Files.readString(page) + "\n\n";
        } else {
            StringBuilder all = new StringBuilder();
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/extract/heldout"))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    all.append(Files.readString(f)).append("\n\n");
                }
            }
            unit = all.toString();
        }
        return unit.repeat(Math.max(1, TARGET_CHARS / unit.length()));
    }
}
