package org.policygraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.policygraph.PolicyGraphApplication;
import org.policygraph.graph.WriteResult;
import org.policygraph.ingest.DocumentFiles;
import org.policygraph.ingest.Ingestion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Extracts documents and writes them into the graph: the embedded store, or the server {@code NEO4J_URI}
 * names. A document that fails is reported and the rest go on; the exit code says whether any failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extracts files, folders and .jsonl files and writes their articles into the graph.")
class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Markdown or text files, folders, or .jsonl files (one {id, title, text, ...} a line).")
    private List<Path> paths;

    @Override
    public Integer call() {
        var application = new SpringApplicationBuilder(PolicyGraphApplication.class)
                .web(WebApplicationType.NONE)
                .properties("policygraph.samples.load-on-start=false");
        try (var context = startOrReport(application)) {
            if (context == null) {
                return StartupFailure.EXIT_CODE;
            }
            return ingest(context.getBean(Ingestion.class));
        }
    }

    private static org.springframework.context.ConfigurableApplicationContext startOrReport(
            SpringApplicationBuilder application) {
        try {
            return application.run();
        } catch (RuntimeException e) {
            StartupFailure.report(e);
            return null;
        }
    }

    private int ingest(Ingestion ingestion) {
        var files = DocumentFiles.expand(paths);
        var summary = new IngestSummary();
        try (ProgressBar progress = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(files.size())
                .setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .setUpdateIntervalMillis((int) Duration.ofMillis(500).toMillis())
                .continuousUpdate()
                .build()) {
            for (Path file : files) {
                ingestFile(ingestion, file, summary);
                progress.step();
            }
        }
        System.err.println(summary);
        return summary.failed() == 0 ? 0 : 1;
    }

    private static void ingestFile(Ingestion ingestion, Path file, IngestSummary summary) {
        try (Stream<DocumentFiles.Entry> entries = DocumentFiles.read(file)) {
            for (var entry : (Iterable<DocumentFiles.Entry>) entries::iterator) {
                if (entry.error() != null) {
                    summary.failed(entry.name(), entry.error());
                    continue;
                }
                try {
                    ingestion.ingest(entry.document()).forEach(article -> summary.add(article.write()));
                } catch (RuntimeException e) {
                    summary.failed(entry.name(), StartupFailure.explain(e));
                }
            }
        } catch (IOException e) {
            summary.failed(file.toString(), "cannot read: " + e);
        }
    }

    /** Counts for the final report; failures are listed by name with their reason. */
    static final class IngestSummary {
        private int created;
        private int updated;
        private int unchanged;
        private int nodes;
        private int relationships;
        private final List<String> failures = new java.util.ArrayList<>();

        void add(WriteResult result) {
            switch (result.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            nodes += result.nodesCreated();
            relationships += result.relationshipsCreated();
        }

        void failed(String name, String reason) {
            failures.add(name + ": " + reason);
        }

        int failed() {
            return failures.size();
        }

        @Override
        public String toString() {
            var text = new StringBuilder("articles: %d new, %d updated, %d unchanged; %d documents failed; "
                    .formatted(created, updated, unchanged, failures.size()))
                    .append("graph: %+d entities, %+d relationships".formatted(nodes, relationships));
            failures.forEach(failure -> text.append("\n  failed ").append(failure));
            return text.toString();
        }
    }
}
