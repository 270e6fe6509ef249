package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.EmbeddedGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

class GraphSchemaTest extends EmbeddedGraphTest {

    @Autowired
    GraphSchema schema;

    @Autowired
    Driver driver;

    @Test
    void applyingTheSchemaTwiceMoreRaisesNoError() {
        assertThatCode(() -> {
            schema.apply();
            schema.apply();
        }).doesNotThrowAnyException();
    }

    @Test
    void everyEntityLabelAndArticleHaveAUniqueIdConstraint() {
        var labels = driver.executableQuery("""
                SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
                WHERE type = 'UNIQUENESS' AND properties = ['id']
                RETURN labelsOrTypes[0] AS label""").execute().records().stream()
                .map(record -> record.get("label").asString()).toList();

        assertThat(labels).contains("Entity", "Place", "Enterprise", "Program", "ResearchTeam", "Government",
                "Journal", "Person", "Article");
    }

    @Test
    void aGovernmentWrittenBeforeGovernmentsWereKeyedByTheirDivisionIsRekeyedByThePlaceItsArticleNames() {
        driver.executableQuery("""
                CREATE (a:Article {id: 'legacy/beiliu'})
                CREATE (a)-[:MENTIONS]->(:Entity:Government {id: 'government:北留镇人民政府', name: '北留镇人民政府'})
                CREATE (a)-[:MENTIONS]->(:Entity:Place {id: 'place:140522101', name: '北留镇'})""").execute();

        schema.apply();

        var ids = driver.executableQuery("MATCH (g:Government {name: '北留镇人民政府'}) RETURN g.id AS id")
                .execute().records().stream().map(record -> record.get("id").asString()).toList();
        assertThat(ids).containsExactly("government:140522101:北留镇人民政府");
        driver.executableQuery("MATCH (n) WHERE n.id IN ['legacy/beiliu', 'government:140522101:北留镇人民政府', "
                + "'place:140522101'] DETACH DELETE n").execute();
    }

    @Test
    void theFullTextIndexOverNamesUsesTheCjkAnalyzer() {
        var analyzer = driver.executableQuery("""
                SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names'
                RETURN options.indexConfig['fulltext.analyzer'] AS analyzer""").execute().records();

        assertThat(analyzer).singleElement().satisfies(r -> assertThat(r.get("analyzer").asString()).isEqualTo("cjk"));
    }
}
