package org.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import org.policygraph.extract.Article;
import org.policygraph.extract.ArticleExtraction;
import org.policygraph.extract.Entity;
import org.policygraph.graph.ArticleGraph;
import org.policygraph.graph.EntityIds;

/** Turns what the extractor says about an article into what the graph stores: ids, hashes, one fact per pair. */
final class ArticleMapper {

    private ArticleMapper() {
    }

    static ArticleGraph toGraph(ArticleExtraction extraction) {
        Article article = extraction.article();
        var idsByName = new HashMap<String, String>();
        var entities = extraction.entities().stream().map(entity -> {
            String id = EntityIds.of(entity.type(), entity.name(), divisionCode(entity));
            idsByName.put(entity.name(), id);
            entity.aliases().forEach(alias -> idsByName.putIfAbsent(alias, id));
            return new ArticleGraph.EntityNode(id, entity.type(), entity.name(), entity.aliases(),
                    entity.properties(), entity.offsets());
        }).toList();

        // One fact per (source, type, target) and article: the first sentence that states it is its evidence.
        var facts = new LinkedHashMap<String, ArticleGraph.Fact>();
        for (var relation : extraction.relations()) {
            String source = idsByName.get(relation.source());
            String target = idsByName.get(relation.target());
            if (source == null || target == null || source.equals(target)) {
                continue;
            }
            if (relation.type().symmetric() && source.compareTo(target) > 0) {
                String swap = source;
                source = target;
                target = swap;
            }
            facts.putIfAbsent(source + "|" + relation.type() + "|" + target, new ArticleGraph.Fact(
                    source, relation.type(), target, relation.evidence(), relation.properties()));
        }
        var node = new ArticleGraph.ArticleNode(article.id(), article.title(), article.source(),
                article.publishedAt(), article.authors(), article.url(), contentHash(article), article.text());
        return new ArticleGraph(node, entities, List.copyOf(facts.values()));
    }

    /** Everything stored about the article goes into the hash, so a changed title or date is an update. */
    static String contentHash(Article article) {
        String content = String.join("\n", Objects.toString(article.title(), ""), article.text(),
                Objects.toString(article.source(), ""), Objects.toString(article.publishedAt(), ""),
                Objects.toString(article.url(), ""), String.join(",", article.authors()));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String divisionCode(Entity entity) {
        Object code = entity.properties().get("divisionCode");
        return code == null ? null : code.toString();
    }
}
