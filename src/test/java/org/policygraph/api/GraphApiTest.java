package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The read endpoints over entities, on the samples, our own article and the real page. */
class GraphApiTest extends ApiTest {

    @Test
    void searchPutsTheEntityNamedExactlyFirst() {
        var results = getJson("/api/search?q=" + query("芦谷公司"));

        assertThat(results.get(0).get("id").asString()).isEqualTo(LUGU);
        assertThat(texts(results.get(0).get("aliases"))).containsExactly("芦谷农业", "芦谷公司");
    }

    @Test
    void searchKeepsOnlyTheRequestedLabel() {
        assertThat(ids(getJson("/api/search?q=" + query("冶底") + "&type=Place"))).containsExactly(YEDI);
        assertThat(ids(getJson("/api/search?q=" + query("冶底") + "&type=Enterprise"))).isEmpty();
    }

    @Test
    void searchForOneCharacterFindsNamesContainingIt() {
        assertThat(ids(getJson("/api/search?q=" + query("谷") + "&type=Enterprise"))).contains(LUGU);
    }

    @Test
    void searchPagesFollowOneAnotherInRankOrder() {
        var firstFour = ids(getJson("/api/search?limit=4&q=" + query("有限公司")));

        assertThat(firstFour).hasSize(4);
        assertThat(ids(getJson("/api/search?limit=2&offset=0&q=" + query("有限公司"))))
                .containsExactlyElementsOf(firstFour.subList(0, 2));
        assertThat(ids(getJson("/api/search?limit=2&offset=2&q=" + query("有限公司"))))
                .containsExactlyElementsOf(firstFour.subList(2, 4));
    }

    @Test
    void entityHasItsAliasesDegreeByTypeAndNewestArticles() {
        var entity = getJson(entityPath(LUGU));

        assertThat(entity.at("/entity/name").asString()).isEqualTo("芦谷农业发展有限公司");
        assertThat(texts(entity.at("/entity/aliases"))).containsExactly("芦谷农业", "芦谷公司");
        assertThat(entity.at("/degree/INVESTS_IN").asLong()).isEqualTo(1);
        assertThat(entity.at("/degree/PARTNERS_WITH").asLong()).isEqualTo(1);
        assertThat(entity.at("/degree/LOCATED_IN").asLong()).isZero();
        assertThat(entity.at("/degree/MENTIONS").asLong()).isEqualTo(1);
        assertThat(entity.at("/recentArticles/0/id").asString()).isEqualTo(LUGU_ARTICLE);
        assertThat(entity.at("/recentArticles/0/publishedAt").asString()).isEqualTo("2024-05-20");
    }

    @Test
    void neighboursOfTheRealPageCompanyHoldTheVillageItInvestsInWithTheSentence() {
        realPage();

        var graph = getJson(entityPath("enterprise:潞威农业发展有限公司") + "/neighbors?types=INVESTS_IN");

        assertThat(ids(graph.get("nodes"))).containsExactly("enterprise:潞威农业发展有限公司", "place:140430103:小王村");
        var invests = graph.at("/relationships/0");
        assertThat(invests.get("id").asString())
                .isEqualTo("enterprise:潞威农业发展有限公司|INVESTS_IN|place:140430103:小王村");
        assertThat(invests.at("/properties/amount").asLong()).isEqualTo(21_000_000);
        assertThat(invests.at("/evidence/0/sentence").asString()).contains("潞威公司投资2100万元");
    }

    @Test
    void neighboursAtDepthTwoAreTheEntitiesAndTheRelationshipsThatLeadToThem() {
        var graph = getJson(entityPath(LUGU) + "/neighbors?depth=2&types=INVESTS_IN,LOCATED_IN");

        assertThat(ids(graph.get("nodes"))).containsExactlyInAnyOrder(LUGU, YEDI, ZEZHOU, NANCUN);
        assertThat(ids(graph.get("relationships"))).containsExactlyInAnyOrder(LUGU_INVESTS, YEDI_IN_ZEZHOU,
                YEDI + "|LOCATED_IN|" + NANCUN);
    }

    @Test
    void neighboursFollowOnlyTheDirectionAsked() {
        String village = entityPath(YEDI) + "/neighbors?types=INVESTS_IN,LOCATED_IN&direction=";

        assertThat(ids(getJson(village + "in").get("nodes"))).containsExactlyInAnyOrder(YEDI, LUGU);
        assertThat(ids(getJson(village + "out").get("nodes"))).containsExactlyInAnyOrder(YEDI, ZEZHOU, NANCUN);
    }

    @Test
    void neighboursWithLabelsPassOnlyThroughEntitiesOfThoseLabels() {
        var graph = getJson(entityPath(LUGU) + "/neighbors?depth=2&labels=Enterprise,ResearchTeam");

        assertThat(ids(graph.get("nodes"))).containsExactlyInAnyOrder(LUGU, SXAU);
        assertThat(ids(graph.get("relationships"))).containsExactly(LUGU_PARTNERS);
    }

    @Test
    void anEntityWithoutSuchRelationshipsIsItsOwnNeighbourhood() {
        var graph = getJson(entityPath(SXAU) + "/neighbors?types=INVESTS_IN");

        assertThat(ids(graph.get("nodes"))).containsExactly(SXAU);
        assertThat(graph.get("relationships")).isEmpty();
    }

    @Test
    void neighboursStopAtTheLimit() {
        var graph = getJson(entityPath(YEDI) + "/neighbors?types=INVESTS_IN,LOCATED_IN&limit=1");

        assertThat(graph.get("nodes")).hasSize(2);
    }

    @Test
    void aPathLinksTheTwoLabsOfTheRealPageWithItsEvidence() {
        realPage();

        var answer = getJson("/api/paths?from=" + query("researchteam:松山湖材料实验室")
                + "&to=" + query("researchteam:华南师范大学"));

        String partners = "researchteam:华南师范大学|PARTNERS_WITH|researchteam:松山湖材料实验室";
        assertThat(answer.at("/paths/0/0").asString()).isEqualTo(partners);
        assertThat(answer.at("/relationships/0/evidence/0/sentence").asString()).contains("联合研究团队");
    }

    @Test
    void aPathOfTwoHopsGoesThroughTheCompany() {
        var answer = getJson("/api/paths?from=" + query(YEDI) + "&to=" + query(SXAU));

        assertThat(answer.get("paths")).hasSize(1);
        assertThat(texts(answer.at("/paths/0"))).containsExactly(LUGU_INVESTS, LUGU_PARTNERS);
        assertThat(ids(answer.get("nodes"))).containsExactlyInAnyOrder(YEDI, LUGU, SXAU);
        assertThat(answer.get("relationships")).allSatisfy(hop -> assertThat(hop.get("evidence")).hasSize(1));
    }

    @Test
    void noPathIsShorterThanMaxLength() {
        var answer = getJson("/api/paths?from=" + query(YEDI) + "&to=" + query(SXAU) + "&maxLength=1");

        assertThat(answer.get("paths")).isEmpty();
        assertThat(answer.get("nodes")).isEmpty();
    }

    @Test
    void subgraphHoldsTheRelationshipsAmongTheGivenEntities() {
        var graph = getJson("/api/subgraph?ids=" + query(String.join(",", LUGU, YEDI, ZEZHOU)));

        assertThat(ids(graph.get("nodes"))).containsExactlyInAnyOrder(LUGU, YEDI, ZEZHOU);
        assertThat(ids(graph.get("relationships"))).containsExactlyInAnyOrder(LUGU_INVESTS, YEDI_IN_ZEZHOU);
    }

    @Test
    void subgraphWithConnectorsAddsTheEntityLinkingTwoGivenOnes() {
        var graph = getJson("/api/subgraph?connectors=true&ids=" + query(LUGU + "," + ZEZHOU));

        assertThat(ids(graph.get("nodes"))).containsExactlyInAnyOrder(LUGU, ZEZHOU, YEDI);
        assertThat(ids(graph.get("relationships"))).containsExactlyInAnyOrder(LUGU_INVESTS, YEDI_IN_ZEZHOU);
    }

    @Test
    void statsCountOurArticleAmongTheArticles() {
        var stats = getJson("/api/stats");

        assertThat(stats.at("/nodes/Article").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(stats.at("/relationships/INVESTS_IN").asLong()).isPositive();
    }
}
