package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.extract.Article;
import org.policygraph.extract.Document;
import org.policygraph.extract.Extractor;
import org.policygraph.graph.ArticleGraph;
import org.policygraph.graph.BatchResult;
import org.policygraph.graph.GraphWriter;
import org.policygraph.graph.WriteResult;
import org.springframework.stereotype.Service;

/**
 * The one way articles enter the graph: split a document into articles, skip those the graph already holds
 * unchanged, extract the rest ({@link #prepare}), and write them in one transaction ({@link #write}).
 * Loaders call the two steps from different threads; {@link #ingest} does both for a single document.
 */
@Service
public class Ingestion {

    private final Extractor extractor;
    private final GraphWriter writer;

    Ingestion(Extractor extractor, GraphWriter writer) {
        this.extractor = extractor;
        this.writer = writer;
    }

    /** Ingests one document, each changed article in its own transaction. */
    public List<ArticleResult> ingest(Document document) {
        Prepared prepared = prepare(document);
        var results = new ArrayList<>(prepared.unchanged());
        for (ArticleGraph article : prepared.changed()) {
            results.add(new ArticleResult(article.article().id(), article.article().title(),
                    writer.write(article)));
        }
        return results;
    }

    /** The costly, database-free part (but one read of stored hashes): what the document's new articles say. */
    public Prepared prepare(Document document) {
        List<Article> articles = extractor.split(document);
        var stored = writer.storedHashes(articles.stream().map(Article::id).toList());
        var changed = new ArrayList<ArticleGraph>();
        var unchanged = new ArrayList<ArticleResult>();
        for (Article article : articles) {
            String hash = ArticleMapper.contentHash(article);
            if (hash.equals(stored.get(article.id()))) {
                unchanged.add(new ArticleResult(article.id(), article.title(),
                        new WriteResult(WriteResult.Outcome.UNCHANGED, 0, 0)));
            } else {
                changed.add(ArticleMapper.toGraph(extractor.extract(article), hash));
            }
        }
        return new Prepared(changed, unchanged);
    }

    /** Writes prepared articles, possibly of many documents, in one transaction: all of them or none. */
    public BatchResult write(List<ArticleGraph> articles) {
        return writer.write(articles);
    }

    /** Removes an article and every fact only it supported; false when the graph has no such article. */
    public boolean delete(String articleId) {
        return writer.delete(articleId);
    }

    /** A document's articles that need writing, and those the graph already holds unchanged. */
    public record Prepared(List<ArticleGraph> changed, List<ArticleResult> unchanged) {
    }

    /** What happened to one article of a document. */
    public record ArticleResult(String articleId, String title, WriteResult write) {
    }
}
