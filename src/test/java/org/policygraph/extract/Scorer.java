package org.policygraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the shared evaluation script {@code ../shared/eval/score.py} on an extraction, so the tests judge the
 * extractor exactly as the evaluation does. The script lives outside this repository; callers skip when
 * {@link #unavailable()} says why it cannot run.
 */
final class Scorer {

    static final Path SHARED = Path.of("../shared");
    static final Path SCRIPT = SHARED.resolve("eval/score.py");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Exit status and printed output of one score.py run. */
    record Run(int exitCode, String output) {
    }

    /** True positives, false positives and false negatives, summable across files. */
    record Counts(int tp, int fp, int fn) {
        static final Counts ZERO = new Counts(0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        double f1() {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }

        @Override
        public String toString() {
            return String.format("F1 %.3f (tp %d, fp %d, fn %d)", f1(), tp, fp, fn);
        }
    }

    private Scorer() {
    }

    /** Why score.py cannot run here, or empty when it can. */
    static Optional<String> unavailable() {
        if (!Files.exists(SCRIPT)) {
            return Optional.of("score.py not found at " + SCRIPT.toAbsolutePath() + " (../shared not checked out)");
        }
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.empty()
                    : Optional.of("python3 does not run");
        } catch (IOException e) {
            return Optional.of("python3 not found: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Writes the extraction in the evaluation format of {@code shared/eval/FORMAT.md}. */
    static void write(DocumentExtraction result, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson(result));
    }

    static Run run(Path gold, Path predicted, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString(), gold.toString(),
                predicted.toString()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("score.py did not finish: " + command);
        }
        return new Run(p.exitValue(), out);
    }

    /**
     * score.py on each (gold, predicted) pair, in one Python process: starting Python for each of a hundred
     * articles took most of the held-out test's time. Each run ends with the script's own exit status.
     */
    static List<Run> runEach(List<Path[]> pairs, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "-c", EACH, SCRIPT.toString()));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder input = new StringBuilder();
        pairs.forEach(pair -> input.append(pair[0]).append('\t').append(pair[1]).append('\n'));
        // Fed from another thread: the scorer answers each line as it reads it, and a pipe holds only so much,
        // so writing every line before reading any answer blocks both sides once the answers fill it.
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> {
            try (var stdin = p.getOutputStream()) {
                stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        feeding.join();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("score.py runs failed: " + out);
        }
        List<Run> runs = new ArrayList<>();
        for (String part : out.split(RUN_END, -1)) {
            int newline = part.indexOf('\n');
            if (newline > 0) {
                runs.add(new Run(Integer.parseInt(part.substring(0, newline).trim()), part.substring(newline + 1)));
            }
        }
        return runs;
    }

    /** Opens each run's output in {@link #runEach}, followed by the exit status on its own line. */
    private static final String RUN_END = "\u001eexit ";
    private static final String EACH = """
            import contextlib, io, runpy, sys
            script, options = sys.argv[1], sys.argv[2:]
            for line in sys.stdin:
                gold, predicted = line.rstrip("\\n").split("\\t")
                sys.argv = [script, gold, predicted, *options]
                out, code = io.StringIO(), 0
                with contextlib.redirect_stdout(out):
                    try:
                        runpy.run_path(script, run_name="__main__")
                    except SystemExit as e:
                        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
                sys.stdout.write("\u001eexit %d\\n%s" % (code, out.getvalue()))
            """;

    /** Counts per type and "ALL", for "entities" or "relations", from a {@code --json} run's output. */
    static Map<String, Counts> counts(Run run, String part) {
        String out = run.output();
        JsonNode table = JSON.readTree(out.substring(out.indexOf('{'), out.lastIndexOf('}') + 1)).get(part);
        Map<String, Counts> byType = new LinkedHashMap<>();
        for (var e : table.properties()) {
            JsonNode v = e.getValue();
            byType.put(e.getKey(), new Counts(v.get("tp").asInt(), v.get("fp").asInt(), v.get("fn").asInt()));
        }
        return byType;
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
            m.put("articleId", r.articleId());
            m.put("evidenceStart", r.evidenceStart());
            m.put("evidenceEnd", r.evidenceEnd());
            m.put("confidence", r.confidence());
            relations.add(m);
        }
        return Map.of("entities", entities, "relations", relations);
    }
}
