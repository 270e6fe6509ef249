package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.extract.Article;
import org.policygraph.extract.Document;
import org.policygraph.extract.Extractor;
import org.policygraph.graph.GraphWriter;
import org.policygraph.graph.WriteResult;
import org.springframework.stereotype.Service;

/**
 * The one way articles enter the graph: split a document into articles, skip those the graph already holds
 * unchanged, extract the rest and write each in its own transaction.
 */
@Service
public class Ingestion {

    private final Extractor extractor;
    private final GraphWriter writer;

    Ingestion(Extractor extractor, GraphWriter writer) {
        this.extractor = extractor;
        this.writer = writer;
    }

    public List<ArticleResult> ingest(Document document) {
        var results = new ArrayList<ArticleResult>();
        for (Article article : extractor.split(document)) {
            String hash = ArticleMapper.contentHash(article);
            if (writer.storedHash(article.id()).filter(hash::equals).isPresent()) {
                results.add(new ArticleResult(article.id(), article.title(),
                        new WriteResult(WriteResult.Outcome.UNCHANGED, 0, 0)));
                continue;
            }
            var graph = ArticleMapper.toGraph(extractor.extract(article));
            results.add(new ArticleResult(article.id(), article.title(), writer.write(graph)));
        }
        return results;
    }

    /** Removes an article and every fact only it supported; false when the graph has no such article. */
    public boolean delete(String articleId) {
        return writer.delete(articleId);
    }

    /** What happened to one article of a document. */
    public record ArticleResult(String articleId, String title, WriteResult write) {
    }
}
