package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.policygraph.graph.ArticleGraph;
import org.policygraph.graph.BatchResult;
import org.policygraph.graph.DatabaseUnavailableException;
import org.policygraph.graph.WriteResult;

/**
 * Loads a stream of documents: one worker per core extracts (the costly part) while a single writer sends
 * the results to the graph in batches, each batch one transaction, since committing is the costly step of
 * writing. At most two batches of documents are in flight, so memory stays flat however large the corpus.
 * A document that fails is recorded with its reason and the others go on; once the database is unreachable
 * (after the driver's retries), the remaining documents are recorded as failed at once, to be written by
 * running the load again.
 */
public final class BulkLoader {

    /** Articles per transaction: enough to amortise a commit, small enough to keep transactions short. */
    public static final int BATCH = 64;

    private static final String NOT_TRIED = "not tried: the database was unreachable";

    private final Ingestion ingestion;
    private final int workers;

    public BulkLoader(Ingestion ingestion, int workers) {
        this.ingestion = ingestion;
        this.workers = workers;
    }

    /** Loads every entry; {@code afterEach} is called once per document when it is written or has failed. */
    public Summary load(Stream<DocumentFiles.Entry> entries, Consumer<DocumentFiles.Entry> afterEach) {
        var summary = new Summary();
        // Enough documents in flight for full batches, few enough that memory stays flat.
        int inFlightLimit = Math.max(workers * 4, BATCH * 2);
        var inFlight = new Semaphore(inFlightLimit);
        BlockingQueue<Prepared> prepared = new ArrayBlockingQueue<>(inFlightLimit + 1);
        ExecutorService extraction = Executors.newFixedThreadPool(workers);
        var writer = new Thread(() -> writeAll(prepared, summary, inFlight, afterEach), "graph-writer");
        writer.start();
        try {
            entries.forEach(entry -> {
                inFlight.acquireUninterruptibly();
                extraction.execute(() -> prepared.add(prepare(entry, summary)));
            });
        } finally {
            extraction.shutdown();
            awaitQuietly(extraction);
            prepared.add(Prepared.END);
            joinQuietly(writer);
        }
        return summary;
    }

    private Prepared prepare(DocumentFiles.Entry entry, Summary summary) {
        if (entry.error() != null || summary.databaseLost()) {
            summary.failed(entry.name(), entry.error() != null ? entry.error() : NOT_TRIED);
            return new Prepared(entry, null);
        }
        try {
            var prepared = ingestion.prepare(entry.document());
            prepared.unchanged().forEach(article -> summary.add(article.write().outcome()));
            return new Prepared(entry, prepared.changed());
        } catch (RuntimeException e) {
            failed(entry, e, summary);
            return new Prepared(entry, null);
        }
    }

    private void writeAll(BlockingQueue<Prepared> queue, Summary summary, Semaphore inFlight,
                          Consumer<DocumentFiles.Entry> afterEach) {
        var batch = new ArrayList<Prepared>();
        while (true) {
            batch.clear();
            batch.add(takeUninterruptibly(queue));
            queue.drainTo(batch, BATCH - 1);
            boolean end = batch.remove(Prepared.END);
            write(batch, summary);
            batch.forEach(done -> {
                inFlight.release();
                afterEach.accept(done.entry());
            });
            if (end) {
                return;
            }
        }
    }

    /**
     * One transaction for the batch; if it fails, each document alone, so one bad document fails alone. Once
     * the database is lost, documents fail without being tried: each try would wait out the driver's retries.
     */
    private void write(List<Prepared> batch, Summary summary) {
        var documents = batch.stream().filter(p -> p.articles() != null && !p.articles().isEmpty()).toList();
        if (documents.isEmpty()) {
            return;
        }
        if (!summary.databaseLost()) {
            try {
                summary.add(ingestion.write(documents.stream().flatMap(p -> p.articles().stream()).toList()));
                return;
            } catch (DatabaseUnavailableException e) {
                documents.forEach(document -> failed(document.entry(), e, summary));
                return;
            } catch (RuntimeException batchFailure) {
                // Each document alone below.
            }
        }
        for (Prepared document : documents) {
            if (summary.databaseLost()) {
                summary.failed(document.entry().name(), NOT_TRIED);
                continue;
            }
            try {
                summary.add(ingestion.write(document.articles()));
            } catch (RuntimeException e) {
                failed(document.entry(), e, summary);
            }
        }
    }

    private static void failed(DocumentFiles.Entry entry, RuntimeException e, Summary summary) {
        if (e instanceof DatabaseUnavailableException) {
            summary.lostDatabase();
        }
        summary.failed(entry.name(), reason(e));
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static Prepared takeUninterruptibly(BlockingQueue<Prepared> queue) {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A document's extracted articles waiting to be written ({@code null} when it failed already). */
    private record Prepared(DocumentFiles.Entry entry, List<ArticleGraph> articles) {
        static final Prepared END = new Prepared(null, null);
    }

    /** Counts for the final report; failures are listed by document name with their reason. */
    public static final class Summary {
        private int created;
        private int updated;
        private int unchanged;
        private int entities;
        private int relationships;
        private final List<String> failures = new ArrayList<>();
        private boolean databaseLost;

        /** The database could not be reached even after the driver's retries: the rest of the run fails fast. */
        synchronized void lostDatabase() {
            databaseLost = true;
        }

        synchronized boolean databaseLost() {
            return databaseLost;
        }

        synchronized void add(WriteResult.Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        synchronized void add(BatchResult batch) {
            batch.outcomes().values().forEach(this::add);
            entities += batch.nodesCreated();
            relationships += batch.relationshipsCreated();
        }

        synchronized void failed(String name, String reason) {
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
            if (databaseLost) {
                text.append("\nthe database became unreachable, so the documents after it were not tried; run the"
                        + " same command again when it is back: it writes what is missing and skips the rest");
            }
            failures.forEach(failure -> text.append("\n  failed ").append(failure));
            return text.toString();
        }
    }
}
