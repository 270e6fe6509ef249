package org.policygraph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policygraph.EmbeddedGraphTest;
import org.policygraph.Http;
import org.policygraph.extract.EntityType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/** The guide Neo4j Browser plays ({@code :play <base>/guide}) and the style it applies, over HTTP. */
class BrowserGuideTest extends EmbeddedGraphTest {

    private static final String RUNNABLE = "<pre class=\"pre-scrollable code runnable\">";
    private static final Pattern NODE_STYLE = Pattern.compile("(?s)node\\.(\\w+) \\{(.*?)\\n}");

    @LocalServerPort
    int port;

    @Autowired
    QueryLibrary library;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void guideIsAnHtmlCarouselOfFourIntroductorySlidesOnePerQueryAndAClosingOne() {
        var guide = http.get("/guide");

        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(guide.body()).contains("<article class=\"guide\">", "<carousel class=\"deck container-fluid\">",
                "<title>PolicyGraph</title>");
        assertThat(guide.body().split("<slide ", -1)).hasSize(1 + 4 + library.queries().size() + 1);
    }

    @Test
    void everyQueryOfTheLibraryIsASlideWithItsQuestionARunnableBlockOfParametersAndOneOfCypher() {
        String guide = http.get("/guide").body();

        assertThat(library.queries()).allSatisfy(query -> assertThat(guide).contains(
                "<h3>" + escape(query.title()) + "</h3>",
                "<p class=\"lead\">" + query.file() + "</p>",
                "<p>" + escape(query.description()) + "</p>",
                RUNNABLE + escape(String.join("\n", query.commands())) + "</pre>",
                RUNNABLE + escape(query.cypher()) + "</pre>"));
    }

    @Test
    void runnableBlocksKeepCypherIntactOnceTheBrowserReadsTheirText() {
        String guide = http.get("/guide").body();

        assertThat(guide).contains(RUNNABLE + escape(":param words => '蓝谷';"),
                "MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases",
                "(entity)&lt;-[:MENTIONS]-(article:Article)-[:MENTIONS]-&gt;(other:Entity)");
    }

    @Test
    void guideStylesTheGraphFromTheAddressItWasFetchedFrom() {
        String base = "http://localhost:" + port;

        assertThat(http.get("/guide").body()).contains(RUNNABLE + ":style " + base + "/style.grass</pre>",
                RUNNABLE + ":play " + base + "/guide</pre>");
    }

    @Test
    void aBrowserOpenedOnAnotherOriginMayFetchTheGuide() throws IOException, InterruptedException {
        // The Browser asks with Pragma and Cache-Control, which makes the request a preflighted one.
        var preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/guide"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://127.0.0.1:" + port)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "pragma,cache-control")
                .build();

        var response = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("GET"));
    }

    @Test
    void styleIsPlainTextGivingEveryLabelItsOwnColourAndItsNameAsCaption() {
        var style = http.get("/style.grass");

        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
        Map<String, String> rules = new LinkedHashMap<>();
        NODE_STYLE.matcher(style.body()).results().forEach(rule -> rules.put(rule.group(1), rule.group(2)));
        var labels = Stream.concat(Arrays.stream(EntityType.values()).map(Enum::name), Stream.of("Article")).toList();
        // Entity first: the Browser applies matching rules in order, so each type's own rule wins over it (and
        // without any Entity rule the Browser would add one of its own after them, colouring every entity alike).
        assertThat(rules.keySet()).containsExactlyElementsOf(Stream.concat(Stream.of("Entity"), labels.stream()).toList());
        assertThat(labels).allSatisfy(label -> assertThat(rules.get(label))
                .contains(label.equals("Article") ? "caption: \"{title}\";" : "caption: \"{name}\";"));
        assertThat(rules.values().stream().map(BrowserGuideTest::colour).distinct()).hasSameSizeAs(rules.keySet());
        assertThat(style.body()).contains("caption: \"<type>\";");
    }

    private static String colour(String rule) {
        var colour = Pattern.compile("\\n\\s*color: (#[0-9A-F]{6});").matcher(rule);
        assertThat(colour.find()).as(rule).isTrue();
        return colour.group(1);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
