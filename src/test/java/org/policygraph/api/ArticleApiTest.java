package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policygraph.Http;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Listing, reading, previewing, posting and deleting articles. Each writing test uses its own company. */
class ArticleApiTest extends ApiTest {

    @Test
    void articlesOfAnEntityAreThoseMentioningIt() {
        var articles = getJson("/api/articles?entity=" + query(LUGU));

        assertThat(ids(articles)).containsExactly(LUGU_ARTICLE);
        assertThat(articles.at("/0/title").asString()).isEqualTo("泽州县冶底村:芦谷农业带动村民增收");
        assertThat(articles.at("/0/source").asString()).isEqualTo("示例日报");
    }

    @Test
    void articlesAreFilteredByTextAndPublicationDate() {
        String growing = "/api/articles?q=" + query("芦笋育种");

        assertThat(ids(getJson(growing + "&from=2024-05-01&to=2024-05-31"))).containsExactly(LUGU_ARTICLE);
        assertThat(ids(getJson(growing + "&from=2024-06-01"))).isEmpty();
    }

    @Test
    void anArticleComesWithItsTextEntitiesAndTheFactsItSupports() {
        var article = getJson(articlePath(LUGU_ARTICLE));

        assertThat(article.at("/article/publishedAt").asString()).isEqualTo("2024-05-20");
        assertThat(article.get("text").asString()).contains("芦谷公司投资1200万元");
        assertThat(ids(article.at("/graph/nodes")))
                .containsExactlyInAnyOrder(LUGU, YEDI, ZEZHOU, NANCUN, SXAU, "government:140525100:南村镇人民政府");   // 泽州县南村镇政府: the town's, by its registered name
        assertThat(ids(article.at("/graph/relationships")))
                .containsExactlyInAnyOrder(LUGU_INVESTS, LUGU_PARTNERS, YEDI_IN_ZEZHOU,
                        YEDI + "|LOCATED_IN|" + NANCUN, NANCUN + "|LOCATED_IN|" + ZEZHOU);
    }

    @Test
    void extractionPreviewShowsEntitiesAndRelationsButWritesNothing() {
        var response = post("/api/extract", MediaType.TEXT_PLAIN,
                "2023年,禾丰源食品有限公司投资800万元,在阳城县东沟村建设冷链仓储中心。", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        var extraction = Http.json(response.getBody());
        assertThat(extraction.get("entities")).extracting(entity -> entity.get("name").asString())
                .containsExactlyInAnyOrder("禾丰源食品有限公司", "阳城县", "东沟村");
        assertThat(extraction.get("relations")).anySatisfy(relation -> {
            assertThat(relation.get("source").asString()).isEqualTo("禾丰源食品有限公司");
            assertThat(relation.get("type").asString()).isEqualTo("INVESTS_IN");
            assertThat(relation.at("/properties/amount").asLong()).isEqualTo(8_000_000);
        });
        assertThat(get(entityPath("enterprise:禾丰源食品有限公司")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void postingAnArticleWithTheTokenWritesItAndPostingItAgainChangesNothing() {
        String body = """
                {"id": "test/post-json", "title": "平遥县:青禾农业建设杂粮加工厂", "publishedAt": "2024-04-02",
                 "text": "2024年,青禾农业科技有限公司投资500万元,在平遥县段村镇建设杂粮加工厂。"}""";

        var created = post("/api/articles", MediaType.APPLICATION_JSON, body, token());
        var again = post("/api/articles", MediaType.APPLICATION_JSON, body, token());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/articles/test/post-json");
        assertThat(Http.json(created.getBody()).at("/articles/0/write/outcome").asString()).isEqualTo("CREATED");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(Http.json(again.getBody()).at("/articles/0/write/outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(getJson(entityPath("enterprise:青禾农业科技有限公司")).at("/degree/INVESTS_IN").asLong()).isEqualTo(1);
    }

    @Test
    void postingMarkdownTakesTheIdFromTheQuery() {
        var created = post("/api/articles?id=test/post-markdown", MediaType.TEXT_MARKDOWN,
                "# 沁县:绿川农业扩建种植基地\n\n2024年,绿川农业发展有限公司投资900万元,在沁县新店镇建设种植基地。", token());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(getJson(articlePath("test/post-markdown")).at("/article/title").asString())
                .isEqualTo("沁县:绿川农业扩建种植基地");
    }

    @Test
    void postingMarkdownWithFrontMatterStoresItsIdSourceAndDate() {
        var created = post("/api/articles", MediaType.TEXT_MARKDOWN, """
                ---
                id: test/front-matter
                source: 示例日报
                date: 2024-07-09
                ---
                # 襄垣县:润禾农业建设谷子基地

                2024年,润禾农业发展有限公司投资700万元,在襄垣县夏店镇建设谷子种植基地。""", token());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var article = getJson(articlePath("test/front-matter")).get("article");
        assertThat(article.get("source").asString()).isEqualTo("示例日报");
        assertThat(article.get("publishedAt").asString()).isEqualTo("2024-07-09");
        assertThat(article.get("title").asString()).isEqualTo("襄垣县:润禾农业建设谷子基地");
    }

    @Test
    void postingMarkdownWithABadFrontMatterDateIsRefusedAndStoresNothing() {
        var refused = post("/api/articles", MediaType.TEXT_MARKDOWN,
                "---\nid: test/bad-date\ndate: 2024-13-40\n---\n2024年,嘉禾农业有限公司在屯留区建设育苗基地。", token());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(Http.json(refused.getBody()).get("detail").asString())
                .isEqualTo("the front matter's date is not a date (YYYY-MM-DD): 2024-13-40");
        assertThat(get(articlePath("test/bad-date")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void deletingAnArticleRemovesItAndTheEntitiesOnlyItMentioned() {
        post("/api/articles?id=test/delete-me", MediaType.TEXT_PLAIN,
                "2024年,远山农业开发有限公司投资600万元,在寿阳县宗艾镇建设育苗基地。", token());
        assertThat(get(entityPath("enterprise:远山农业开发有限公司")).getStatusCode()).isEqualTo(HttpStatus.OK);

        var deleted = delete(articlePath("test/delete-me"), token());

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get(articlePath("test/delete-me")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(entityPath("enterprise:远山农业开发有限公司")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void articleIdsWithAHashAreReadWhenEncoded() {
        realPage();

        var article = getJson(articlePath("kexuedaobao-shanxi-2024-05#5"));

        assertThat(article.at("/article/title").asString()).isEqualTo("长治市沁县新店镇小王村:芦笋种出好“钱”景");
    }
}
