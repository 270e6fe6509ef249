package org.policygraph.explore;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * What Neo4j Browser plays and wears: {@code :play <base>/guide} walks a newcomer through the model,
 * searching and every query of the {@link QueryLibrary}, made from the library at each request;
 * {@code :style <base>/style.grass} colours the labels. Both are public, read-only text, so any origin
 * may fetch them (a Browser opened at 127.0.0.1 fetching from localhost is already another origin).
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class BrowserGuideController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private static final Resource STYLE = new ClassPathResource("explore/policygraph.grass");

    private final QueryLibrary library;

    BrowserGuideController(QueryLibrary library) {
        this.library = library;
    }

    @GetMapping("/style.grass")
    ResponseEntity<Resource> style() {
        return ResponseEntity.ok().contentType(TEXT).body(STYLE);
    }

    @GetMapping("/guide")
    ResponseEntity<String> guide() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        var slides = new StringBuilder()
                .append(welcome(base))
                .append(MODEL)
                .append(EVIDENCE)
                .append(SEARCH);
        for (LibraryQuery query : library.queries()) {
            slides.append(slide(query));
        }
        slides.append(further(base));
        return ResponseEntity.ok().contentType(HTML).body("""
                <!DOCTYPE html>
                <html>
                <head><meta charset="utf-8"><title>PolicyGraph</title></head>
                <body>
                <article class="guide">
                <carousel class="deck container-fluid">
                %s</carousel>
                </article>
                </body>
                </html>
                """.formatted(slides));
    }

    private static String welcome(String base) {
        return slide("PolicyGraph", "Chinese policy news as a graph: who invests where, who works with whom, which "
                + "programs places carry out, each fact with the sentences that say so.", """
                <p>This guide shows the model, how to find things, then the query library: one slide per question,
                with sample values that work on the sample articles. Click a grey block to copy it into the editor,
                then run it (Ctrl+Enter, or the play button).</p>
                <p>First give every label a colour and a caption (once; the Browser keeps it):</p>
                %s
                <p>What the graph holds:</p>
                %s
                """.formatted(runnable(":style " + base + "/style.grass"), runnable("""
                MATCH (entity:Entity)
                RETURN [label IN labels(entity) WHERE label <> 'Entity'][0] AS type, count(*) AS entities
                ORDER BY entities DESC""")));
    }

    private static final String MODEL = slide("The model", "Entities, the articles that mention them, and the "
            + "facts between them.", """
            <table class="table-condensed">
            <tr><th>Label</th><th>What</th></tr>
            <tr><td>Place</td><td>provinces down to villages; <code>id</code> is <code>place:</code> and the
            division code (<code>place:140500</code> is 晋城市), villages add their name to their town's or
            county's code; <code>level</code>, <code>divisionCode</code></td></tr>
            <tr><td>Enterprise</td><td>companies, banks and their branches, cooperatives</td></tr>
            <tr><td>Program</td><td>plans, projects, campaigns, loan products</td></tr>
            <tr><td>ResearchTeam</td><td>universities, institutes, laboratories</td></tr>
            <tr><td>Government</td><td>departments, party committees, town governments</td></tr>
            <tr><td>Journal</td><td>journals teams publish in</td></tr>
            <tr><td>Person</td><td>people named with a title</td></tr>
            <tr><td>Article</td><td><code>title</code>, <code>source</code>, <code>publishedAt</code>,
            <code>url</code>, <code>text</code></td></tr>
            </table>
            <p>Every entity also has the label <code>Entity</code>, an <code>id</code>, a <code>name</code> and
            its <code>aliases</code>. Facts point from the smaller or acting side:</p>
            <table class="table-condensed">
            <tr><td>INVESTS_IN</td><td>investor to recipient, with <code>amount</code> and <code>currency</code></td></tr>
            <tr><td>PARTNERS_WITH</td><td>stored once per pair: match it without a direction</td></tr>
            <tr><td>PUBLISHED_IN</td><td>research team to journal</td></tr>
            <tr><td>LOCATED_IN, PART_OF</td><td>smaller to larger (village to town, branch to bank)</td></tr>
            <tr><td>IMPLEMENTS</td><td>actor to program</td></tr>
            <tr><td>AFFILIATED_WITH</td><td>person to organisation</td></tr>
            <tr><td>MENTIONS</td><td>article to entity, with <code>count</code> and <code>offsets</code></td></tr>
            </table>
            %s
            """.formatted(runnable("CALL db.schema.visualization()")));

    private static final String EVIDENCE = slide("Evidence", "Every fact says which articles support it and in "
            + "which sentence.", """
            <p>A fact's <code>articleIds</code> lists its articles; <code>evidence[i]</code> is the sentence of
            <code>articleIds[i]</code> (kept for the first ten); <code>support</code> counts the articles;
            <code>firstPublished</code> and <code>lastPublished</code> bound their dates. In the graph view, click
            a relationship to see them all.</p>
            %s
            """.formatted(runnable("""
            MATCH (source:Entity)-[fact]->(target:Entity)
            RETURN source.name AS source, type(fact) AS relation, target.name AS target,
                   fact.support AS articles, fact.evidence[0] AS sentence, fact.articleIds[0] AS article
            ORDER BY articles DESC, relation
            LIMIT 25""")));

    private static final String SEARCH = slide("Finding things", "By name, alias, id or words of the text; "
            + "the next slide searches names in full text.", """
            <p>An entity by its name, by one of its aliases, or by its id:</p>
            %s
            %s
            %s
            <p>Articles by words of their text:</p>
            %s
            <p>The queries that follow take parameters: their <code>:param</code> lines set sample values, which
            you can change; <code>:params</code> shows the ones set.</p>
            """.formatted(runnable("MATCH (entity:Entity {name: '晋城市'}) RETURN entity"),
            runnable("MATCH (entity:Entity) WHERE '蓝谷公司' IN entity.aliases RETURN entity"),
            runnable("MATCH (place:Place {id: 'place:140500'})<-[:LOCATED_IN]-(inside) RETURN place, inside"),
            runnable("""
            MATCH (article:Article) WHERE article.text CONTAINS '蓝莓'
            RETURN article.title AS title, article.publishedAt AS published, article.id AS id""")));

    private static String further(String base) {
        return slide("Further", "The same graph over HTTP, and the queries as files.", """
                <p>The queries of this guide are the files of <code>cypher/queries</code> in the repository (and
                in the jar); add one there and it appears here.</p>
                <p>The JSON API answers search, neighbourhoods, paths and articles: <a href="%1$s/swagger-ui.html"
                target="_blank">%1$s/swagger-ui.html</a>.</p>
                <p>Back to the start of this guide:</p>
                %2$s
                """.formatted(escape(base), runnable(":play " + base + "/guide")));
    }

    private static String slide(LibraryQuery query) {
        var content = new StringBuilder("<p>").append(escape(query.description())).append("</p>\n");
        List<LibraryQuery.Parameter> parameters = query.parameters();
        if (!parameters.isEmpty()) {
            content.append("<ul>\n");
            for (var parameter : parameters) {
                content.append("<li><code>").append(escape(parameter.name())).append("</code> ")
                        .append(escape(parameter.meaning())).append("</li>\n");
            }
            content.append("</ul>\n");
        }
        // Two blocks rather than one: the Browser shows a multi-statement run as a list of statements, hiding
        // the query's graph or table behind a click.
        if (!query.commands().isEmpty()) {
            content.append("<p>Set the parameters (change the values as you like):</p>\n")
                    .append(runnable(String.join("\n", query.commands())))
                    .append("<p>Then run the query:</p>\n");
        }
        content.append(runnable(query.cypher()));
        return slide(query.title(), query.file(), content.toString());
    }

    private static String slide(String title, String lead, String content) {
        return """
                <slide class="row-fluid">
                <div class="col-sm-3">
                <h3>%s</h3>
                <p class="lead">%s</p>
                </div>
                <div class="col-sm-9">
                %s</div>
                </slide>
                """.formatted(escape(title), escape(lead), content);
    }

    /** A code block the Browser copies into its editor when clicked. */
    static String runnable(String code) {
        return "<pre class=\"pre-scrollable code runnable\">" + escape(code.strip()) + "</pre>\n";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
