package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.policygraph.graph.WriteResult;

/**
 * Loads a stream of documents with one worker per core: extraction, the costly part, runs in parallel
 * while each article still goes to the graph in its own transaction. At most two documents per worker
 * are in flight, so memory stays flat however large the corpus. A failing document is recorded with its
 * reason and the others go on.
 */
public final class BulkLoader {

    private final Ingestion ingestion;
    private final int workers;

    public BulkLoader(Ingestion ingestion, int workers) {
        this.ingestion = ingestion;
        this.workers = workers;
    }

    /** Loads every entry; {@code afterEach} is called once per document, from the worker that did it. */
    public Summary load(Stream<DocumentFiles.Entry> entries, Consumer<DocumentFiles.Entry> afterEach) {
        var summary = new Summary();
        var inFlight = new Semaphore(workers * 2);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            entries.forEach(entry -> {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        load(entry, summary);
                    } finally {
                        inFlight.release();
                        afterEach.accept(entry);
                    }
                });
            });
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        return summary;
    }

    private void load(DocumentFiles.Entry entry, Summary summary) {
        if (entry.error() != null) {
            summary.failed(entry.name(), entry.error());
            return;
        }
        try {
            ingestion.ingest(entry.document()).forEach(article -> summary.add(article.write()));
        } catch (RuntimeException e) {
            summary.failed(entry.name(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts for the final report; failures are listed by document name with their reason. */
    public static final class Summary {
        private int created;
        private int updated;
        private int unchanged;
        private int entities;
        private int relationships;
        private final List<String> failures = new ArrayList<>();

        synchronized void add(WriteResult result) {
            switch (result.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
            entities += result.nodesCreated();
            relationships += result.relationshipsCreated();
        }

        public synchronized void failed(String name, String reason) {
            failures.add(name + ": " + reason);
        }

        public synchronized int failedCount() {
            return failures.size();
        }

        public synchronized int written() {
            return created + updated;
        }

        @Override
        public synchronized String toString() {
            var text = new StringBuilder("articles: %d new, %d updated, %d unchanged; documents failed: %d; "
                    .formatted(created, updated, unchanged, failures.size()))
                    .append("graph: %+d entities, %+d relationships".formatted(entities, relationships));
            failures.forEach(failure -> text.append("\n  failed ").append(failure));
            return text.toString();
        }
    }
}
