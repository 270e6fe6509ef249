package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.extract.EntityType;
import org.policygraph.extract.RelationType;
import org.policygraph.graph.ArticleGraph.ArticleNode;
import org.policygraph.graph.ArticleGraph.EntityNode;
import org.policygraph.graph.ArticleGraph.Fact;
import org.springframework.beans.factory.annotation.Autowired;

class GraphWriterTest extends EmbeddedGraphTest {

    private static final String SENTENCE = "绿源公司投资3000万元在东坡村建设蓝莓基地。";

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    @Test
    void writingANewArticleCountsTheEntitiesAndFactsItAdded() {
        var story = new Story("稻香");

        var result = writer.write(story.article("writer-new", "hash-1", story.invests(), story.locatedIn()));

        assertThat(result).isEqualTo(new WriteResult(WriteResult.Outcome.CREATED, 3, 2));
    }

    @Test
    void writingAnUnchangedArticleAgainChangesNothing() {
        var story = new Story("青禾");
        var article = story.article("writer-unchanged", "hash-1", story.invests());
        assertThat(writer.write(article).outcome()).isEqualTo(WriteResult.Outcome.CREATED);

        var again = writer.write(article);

        assertThat(again).isEqualTo(new WriteResult(WriteResult.Outcome.UNCHANGED, 0, 0));
        assertThat(fact(story.company, RelationType.INVESTS_IN, story.village)).containsEntry("support", 1L);
    }

    @Test
    void aChangedArticleReplacesItsContribution() {
        var story = new Story("丰谷");
        writer.write(story.article("writer-changed", "hash-1", story.invests(), story.locatedIn()));

        var update = writer.write(story.article("writer-changed", "hash-2", story.invests()));

        assertThat(update).isEqualTo(new WriteResult(WriteResult.Outcome.UPDATED, -1, -1));
        assertThat(fact(story.village, RelationType.LOCATED_IN, story.county)).isEmpty();
        assertThat(entityCount(story.county)).isZero();
        assertThat(fact(story.company, RelationType.INVESTS_IN, story.village))
                .containsEntry("articleIds", List.of("writer-changed"));
    }

    @Test
    void aFactSharedByTwoArticlesLosesOnlyTheSupportOfTheDeletedOne() {
        var story = new Story("嘉穗");
        writer.write(story.article("writer-shared-1", "hash-a", story.invests()));
        writer.write(story.article("writer-shared-2", "hash-b", story.invests()));
        assertThat(fact(story.company, RelationType.INVESTS_IN, story.village)).containsEntry("support", 2L);

        assertThat(writer.delete("writer-shared-1")).isTrue();

        assertThat(fact(story.company, RelationType.INVESTS_IN, story.village))
                .containsEntry("support", 1L)
                .containsEntry("articleIds", List.of("writer-shared-2"))
                .containsEntry("evidence", List.of(SENTENCE));
    }

    @Test
    void deletingTheLastArticleRemovesTheEntitiesOnlyItMentioned() {
        var story = new Story("沃田");
        writer.write(story.article("writer-last", "hash-1", story.invests()));

        writer.delete("writer-last");

        assertThat(entityCount(story.company)).isZero();
        assertThat(entityCount(story.village)).isZero();
    }

    @Test
    void anArticleUsingOnlyAShortNameReachesTheNodeAnotherArticleNamedInFull() {
        var story = new Story("禾盛");
        writer.write(story.article("writer-full-name", "hash-1", story.invests()));
        var shortName = new EntityNode("enterprise:禾盛公司", EntityType.Enterprise, "禾盛公司", List.of(), Map.of(),
                List.of(0));

        writer.write(new ArticleGraph(new ArticleNode("writer-short-name", "禾盛公司扩建基地", null, null, List.of(),
                null, "hash-2", "禾盛公司扩建基地。"), List.of(shortName), List.of()));

        assertThat(entityCount(shortName)).isZero();
        var mentions = driver.executableQuery("""
                MATCH (a:Article)-[:MENTIONS]->(e:Entity {id: $id}) RETURN a.id AS article ORDER BY article""")
                .withParameters(Map.of("id", story.company.id())).execute().records().stream()
                .map(r -> r.get("article").asString()).toList();
        assertThat(mentions).containsExactly("writer-full-name", "writer-short-name");
    }

    @Test
    void aShortNameTwoNodesAnswerToStaysApart() {
        var first = new Story("禾丰");
        var second = new EntityNode("enterprise:禾丰食品有限公司", EntityType.Enterprise, "禾丰食品有限公司",
                List.of("禾丰公司"), Map.of(), List.of(0));
        writer.write(first.article("writer-ambiguous-1", "hash-1", first.invests()));
        writer.write(new ArticleGraph(new ArticleNode("writer-ambiguous-2", "禾丰食品", null, null, List.of(), null,
                "hash-2", "禾丰食品有限公司(以下简称“禾丰公司”)成立。"), List.of(second), List.of()));
        var shortName = new EntityNode("enterprise:禾丰公司", EntityType.Enterprise, "禾丰公司", List.of(), Map.of(),
                List.of(0));

        writer.write(new ArticleGraph(new ArticleNode("writer-ambiguous-3", "禾丰公司", null, null, List.of(), null,
                "hash-3", "禾丰公司扩建基地。"), List.of(shortName), List.of()));

        assertThat(entityCount(shortName)).isEqualTo(1);
    }

    @Test
    void deletingAnUnknownArticleSaysSo() {
        assertThat(writer.delete("no-such-article")).isFalse();
    }

    /** A small article's entities. */
    private static final class Story {
        final EntityNode company;
        final EntityNode village;
        final EntityNode county;

        /** Each test's story has its own names, since entities with the same name are one node. */
        Story(String brand) {
            company = new EntityNode("enterprise:" + brand + "农业有限公司", EntityType.Enterprise,
                    brand + "农业有限公司", List.of(brand + "公司"), Map.of(), List.of(0));
            village = new EntityNode("place:" + brand + "村", EntityType.Place, brand + "村", List.of(),
                    Map.of("level", "village"), List.of(12));
            county = new EntityNode("place:" + brand + "县", EntityType.Place, brand + "县", List.of(),
                    Map.of("level", "county"), List.of(20));
        }

        Fact invests() {
            return new Fact(company.id(), RelationType.INVESTS_IN, village.id(), SENTENCE,
                    Map.of("amount", 30_000_000L, "currency", "CNY"));
        }

        Fact locatedIn() {
            return new Fact(village.id(), RelationType.LOCATED_IN, county.id(), "河西县东坡村位于山区。", Map.of());
        }

        ArticleGraph article(String id, String hash, Fact... facts) {
            var entities = List.of(facts).stream()
                    .flatMap(fact -> List.of(fact.sourceId(), fact.targetId()).stream())
                    .distinct()
                    .map(entityId -> List.of(company, village, county).stream()
                            .filter(e -> e.id().equals(entityId)).findFirst().orElseThrow())
                    .toList();
            return new ArticleGraph(new ArticleNode(id, "绿源公司在东坡村投资", "测试日报", LocalDate.of(2024, 5, 1),
                    List.of("记者甲"), null, hash, SENTENCE), entities, List.of(facts));
        }
    }

    private Map<String, Object> fact(EntityNode source, RelationType type, EntityNode target) {
        var records = driver.executableQuery("""
                MATCH (:Entity {id: $source})-[r]->(:Entity {id: $target}) WHERE type(r) = $type
                RETURN properties(r) AS p""")
                .withParameters(Map.of("source", source.id(), "target", target.id(), "type", type.name()))
                .execute().records();
        return records.isEmpty() ? Map.of() : records.get(0).get("p").asMap();
    }

    private long entityCount(EntityNode entity) {
        return driver.executableQuery("MATCH (e:Entity {id: $id}) RETURN count(e) AS n")
                .withParameters(Map.of("id", entity.id())).execute().records().get(0).get("n").asLong();
    }
}
