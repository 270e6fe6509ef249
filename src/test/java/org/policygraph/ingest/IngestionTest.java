package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.SharedFiles;
import org.policygraph.extract.Document;
import org.policygraph.graph.WriteResult;
import org.springframework.beans.factory.annotation.Autowired;

class IngestionTest extends EmbeddedGraphTest {

    private static final String DECLARING = """
            长治市襄垣县夏店镇引进食用菌项目
            2023年,襄垣县夏店镇招商引资,引进晋禾丰源农业科技有限公司(以下简称“丰源公司”)。
            丰源公司投资1800万元,在夏店镇建设食用菌种植基地。""";

    @Autowired
    Ingestion ingestion;

    @Autowired
    Driver driver;

    @Test
    void theRealPageIngestedTwiceGivesIdenticalCounts() throws Exception {
        var page = new Document("page-twice", null, Files.readString(SharedFiles.page()), "科学导报", null, null);
        ingestion.ingest(page);
        var before = counts();

        var again = ingestion.ingest(page);

        assertThat(again).isNotEmpty().allSatisfy(article ->
                assertThat(article.write().outcome()).isEqualTo(WriteResult.Outcome.UNCHANGED));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aNewArticleReportsTheEntitiesAndFactsItAdded() {
        var results = ingestion.ingest(Document.ofText("wuxiang-new", """
                武乡县引进光伏项目
                晋能清源新能源有限公司投资2.5亿元,在武乡县建设光伏电站。"""));

        assertThat(results).singleElement().satisfies(article -> {
            assertThat(article.write().outcome()).isEqualTo(WriteResult.Outcome.CREATED);
            assertThat(article.write().nodesCreated()).isPositive();
            assertThat(article.write().relationshipsCreated()).isPositive();
        });
    }

    @Test
    void aCompanyTheRealPageNamesInFullAndByItsDeclaredShortNameIsOneNode() throws Exception {
        ingestion.ingest(new Document("page-alias", null, Files.readString(SharedFiles.page()), null, null, null));

        var nodes = query("""
                MATCH (e:Enterprise) WHERE e.name CONTAINS '潞威' OR any(a IN e.aliases WHERE a CONTAINS '潞威')
                RETURN e.name AS name, e.aliases AS aliases""");
        assertThat(nodes).singleElement().satisfies(node -> {
            assertThat(node).containsEntry("name", "潞威农业发展有限公司");
            assertThat(node.get("aliases")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .contains("潞威公司");
        });
    }

    @Test
    void anUpdatedArticleRetractsTheFactsItNoLongerStates() {
        ingestion.ingest(Document.ofText("xiadian-update", DECLARING));
        assertThat(investments("xiadian-update")).isEqualTo(1);

        var updated = ingestion.ingest(Document.ofText("xiadian-update", """
                长治市襄垣县夏店镇引进食用菌项目
                2023年,襄垣县夏店镇招商引资,引进晋禾丰源农业科技有限公司。"""));

        assertThat(updated).extracting(article -> article.write().outcome())
                .containsExactly(WriteResult.Outcome.UPDATED);
        assertThat(investments("xiadian-update")).isZero();
    }

    @Test
    void deletingAnArticleLeavesNoFactOrEntityThatOnlyItSupported() {
        ingestion.ingest(Document.ofText("xiadian-delete", DECLARING));

        assertThat(ingestion.delete("xiadian-delete")).isTrue();

        assertThat(query("MATCH ()-[r]->() WHERE 'xiadian-delete' IN r.articleIds RETURN r")).isEmpty();
        assertThat(query("MATCH (e:Entity) WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } RETURN e")).isEmpty();
    }

    @Test
    void everyFactHasAnArticleAndAnEvidenceSentence() throws Exception {
        ingestion.ingest(new Document("page-evidence", null, Files.readString(SharedFiles.page()), null, null, null));

        var facts = query("""
                MATCH (:Entity)-[r]->(:Entity)
                RETURN size(r.articleIds) AS articles, size(r.evidence) AS sentences,
                       all(s IN r.evidence WHERE size(trim(s)) > 0) AS nonBlank""");
        assertThat(facts).isNotEmpty().allSatisfy(fact -> assertThat(fact)
                .hasEntrySatisfying("articles", n -> assertThat((Long) n).isPositive())
                .hasEntrySatisfying("sentences", n -> assertThat((Long) n).isPositive())
                .containsEntry("nonBlank", true));
    }

    @Test
    void theGovernmentsOfTwoTownsOfOneNameInTwoCountiesStayTwoNodes() {
        ingestion.ingest(Document.ofText("zhangdian-tunliu", """
                张店镇与企业签约
                长治市屯留区张店镇人民政府与山西晋谷农业科技有限公司签订合作协议。"""));
        ingestion.ingest(Document.ofText("zhangdian-pinglu", """
                张店镇引进果品企业
                运城市平陆县张店镇人民政府与山西果丰农业科技有限公司签订合作协议。"""));

        var governments = query("MATCH (g:Government {name: '张店镇人民政府'}) RETURN g.id AS id ORDER BY id");
        assertThat(governments).extracting(g -> g.get("id"))
                .containsExactly("government:140405105:张店镇人民政府", "government:140829102:张店镇人民政府");
    }

    private long investments(String articleId) {
        return (Long) query("MATCH ()-[r:INVESTS_IN]->() WHERE $id IN r.articleIds RETURN count(r) AS n",
                Map.of("id", articleId)).get(0).get("n");
    }

    private Map<String, Object> counts() {
        return query("""
                MATCH (n) WITH count(n) AS nodes
                MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""").get(0);
    }

    private List<Map<String, Object>> query(String cypher) {
        return query(cypher, Map.of());
    }

    private List<Map<String, Object>> query(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().stream()
                .map(record -> record.asMap()).toList();
    }
}
