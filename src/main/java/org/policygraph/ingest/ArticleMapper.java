package org.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.policygraph.extract.Article;
import org.policygraph.extract.ArticleExtraction;
import org.policygraph.extract.Entity;
import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.policygraph.graph.ArticleGraph;
import org.policygraph.graph.EntityIds;

/** Turns what the extractor says about an article into what the graph stores: stable ids and a content hash. */
final class ArticleMapper {

    private ArticleMapper() {
    }

    /** {@code contentHash} is the article's {@link #contentHash}, which the caller has already computed. */
    static ArticleGraph toGraph(ArticleExtraction extraction, String contentHash) {
        Article article = extraction.article();
        var codes = divisionCodes(extraction);
        var idsByName = new HashMap<String, String>();
        var entities = extraction.entities().stream().map(entity -> {
            String id = EntityIds.of(entity.type(), entity.name(), codes.get(entity.name()));
            idsByName.put(entity.name(), id);
            entity.aliases().forEach(alias -> idsByName.putIfAbsent(alias, id));
            return new ArticleGraph.EntityNode(id, entity.type(), entity.name(), entity.aliases(),
                    entity.properties(), entity.offsets());
        }).toList();
        var facts = new ArrayList<ArticleGraph.Fact>();
        for (var relation : extraction.relations()) {
            String source = idsByName.get(relation.source());
            String target = idsByName.get(relation.target());
            if (source != null && target != null) {
                facts.add(new ArticleGraph.Fact(source, relation.type(), target, relation.evidence(),
                        relation.properties()));
            }
        }
        var node = new ArticleGraph.ArticleNode(article.id(), article.title(), article.source(),
                article.publishedAt(), article.authors(), article.url(), contentHash, article.text());
        return new ArticleGraph(node, entities, facts);
    }

    /**
     * The division code that identifies each place: its own from the gazetteer, or, for a place the
     * gazetteer does not list (a village), its parent's code and its name, so that two 东沟村 in different
     * towns stay two places while every article about the same one reaches the same node. A government body
     * gets the code of the division whose name its own opens with (南村镇人民政府: 南村镇's), the longest such.
     */
    private static Map<String, String> divisionCodes(ArticleExtraction extraction) {
        var codes = new HashMap<String, String>();
        for (Entity entity : extraction.entities()) {
            Object code = entity.properties().get("divisionCode");
            if (entity.type() == EntityType.Place && code != null) {
                codes.put(entity.name(), code.toString());
            }
        }
        for (var relation : extraction.relations()) {
            String parentCode = codes.get(relation.target());
            if (relation.type() == RelationType.LOCATED_IN && parentCode != null
                    && isPlace(extraction, relation.source()) && !codes.containsKey(relation.source())) {
                codes.put(relation.source(), parentCode + ":" + relation.source());
            }
        }
        var governments = new HashMap<String, String>();
        for (Entity government : extraction.entities()) {
            if (government.type() == EntityType.Government) {
                jurisdiction(extraction, codes, government.name())
                        .ifPresent(code -> governments.put(government.name(), code));
            }
        }
        codes.putAll(governments);
        return codes;
    }

    /** The code of the coded place with the longest name or alias that {@code name} opens with. */
    private static Optional<String> jurisdiction(ArticleExtraction extraction, Map<String, String> codes,
                                                 String name) {
        return extraction.entities().stream()
                .filter(place -> place.type() == EntityType.Place && codes.containsKey(place.name()))
                .flatMap(place -> Stream.concat(Stream.of(place.name()), place.aliases().stream())
                        .filter(name::startsWith).map(form -> Map.entry(form.length(), codes.get(place.name()))))
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    private static boolean isPlace(ArticleExtraction extraction, String name) {
        return extraction.entities().stream().anyMatch(e -> e.type() == EntityType.Place && e.name().equals(name));
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
}
