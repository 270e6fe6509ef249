package org.policygraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.policygraph.PolicyGraphApplication;
import org.policygraph.ingest.BulkLoader;
import org.policygraph.ingest.DocumentFiles;
import org.policygraph.ingest.Ingestion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--workers", paramLabel = "N", description = "Extraction threads (default: one per core).")
    private int workers = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        var files = DocumentFiles.expand(paths);
        var application = new SpringApplicationBuilder(PolicyGraphApplication.class).web(WebApplicationType.NONE);
        ConfigurableApplicationContext context;
        try {
            // An argument, not a default property: it must win over POLICYGRAPH_LOAD_SAMPLES in application.yml.
            context = application.run("--policygraph.samples.load-on-start=false");
        } catch (RuntimeException e) {
            return StartupFailure.report(e);
        }
        try (context) {
            var loader = new BulkLoader(context.getBean(Ingestion.class), workers);
            ProgressBar progress = progressBar(DocumentFiles.count(files));
            var summary = loader.load(DocumentFiles.readAll(files), entry -> progress.step());
            progress.close();
            System.err.println(summary);
            return summary.failedCount() == 0 ? 0 : 1;
        }
    }

    /** A live bar with count, rate and ETA on a terminal; a plain line every ten seconds in logs and CI. */
    private static ProgressBar progressBar(long documents) {
        var builder = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(documents)
                .setUnit(" docs", 1)
                .showSpeed();
        if (System.console() == null) {
            builder.setConsumer(new DelegatingProgressBarConsumer(System.err::println))
                    .setUpdateIntervalMillis(10_000)
                    .setStyle(ProgressBarStyle.ASCII);
        }
        return builder.build();
    }
}
