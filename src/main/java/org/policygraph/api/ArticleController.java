package org.policygraph.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policygraph.extract.Document;
import org.policygraph.extract.DocumentExtraction;
import org.policygraph.extract.Extractor;
import org.policygraph.graph.ArticleDetail;
import org.policygraph.graph.ArticleSummary;
import org.policygraph.graph.GraphReader;
import org.policygraph.graph.WriteResult;
import org.policygraph.ingest.DocumentValidator;
import org.policygraph.ingest.FrontMatter;
import org.policygraph.ingest.Ingestion;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Articles: listing and reading them with their facts, previewing an extraction, and adding or removing an
 * article (both need the API token). Article ids may contain slashes ({@code sample/01-jincheng.md}), so
 * the id is the rest of the path.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "articles", description = "The articles behind the graph, extraction and ingestion")
class ArticleController {

    private static final String FRONT_MATTER = "The text may start with YAML front matter between two `---` lines, as "
            + "Markdown for static sites does: `id`, `title`, `source`, `url` and `publishedAt` (or `date`) are "
            + "taken from it, other keys are ignored.";

    private final GraphReader graph;
    private final Extractor extractor;
    private final Ingestion ingestion;

    ArticleController(GraphReader graph, Extractor extractor, Ingestion ingestion) {
        this.graph = graph;
        this.extractor = extractor;
        this.ingestion = ingestion;
    }

    @GetMapping("/articles")
    @Operation(summary = "Articles, newest first, filtered by entity, text and date")
    List<ArticleSummary> articles(
            @Parameter(description = "Only articles mentioning this entity id", example = "place:140500")
            @RequestParam(required = false) String entity,
            @Parameter(description = "Only articles whose title or text contains this", example = "芦笋")
            @RequestParam(required = false) String q,
            @Parameter(description = "Published on or after (ISO date)", example = "2024-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Published on or before (ISO date)", example = "2024-12-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "At most this many (1-500)", example = "20") @RequestParam(defaultValue = "20") int limit,
            @Parameter(description = "Articles to skip, for paging", example = "0") @RequestParam(defaultValue = "0") int offset) {
        if (entity != null && graph.missing(List.of(Parameters.entityId("entity", entity))).contains(entity)) {
            throw GraphController.notFound(entity);
        }
        Parameters.requireRange("offset", offset, 0, Integer.MAX_VALUE);
        return graph.articles(entity, q == null || q.isBlank() ? null : q.strip(), from, to,
                Parameters.requireRange("limit", limit, 1, GraphController.MAX_LIMIT), offset);
    }

    @GetMapping("/articles/{*id}")
    @Operation(summary = "One article with its text, the entities it mentions and the facts it supports")
    ArticleDetail article(@Parameter(description = "Article id (may contain /)", example = "sample/02-yangcheng-blueberry.md")
                          @PathVariable String id) {
        String articleId = articleId(id);
        return graph.article(articleId).orElseThrow(() -> new NotFoundException("no article with id " + articleId));
    }

    @PostMapping(path = "/extract", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Preview the extraction of an article; nothing is written",
            description = "The answer has the evaluation format: entities with name, type, aliases; relations "
                    + "with source, type, target, evidence. Also accepts text/plain and text/markdown.")
    DocumentExtraction extract(@RequestBody ArticleRequest article) {
        return DocumentExtraction.of(extractor.extract(article.document()));
    }

    @PostMapping(path = "/extract", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_MARKDOWN_VALUE})
    @Operation(summary = "Preview the extraction of a plain-text or Markdown article; nothing is written",
            description = FRONT_MATTER)
    DocumentExtraction extractText(@RequestBody String text) {
        return DocumentExtraction.of(extractor.extract(textDocument(null, text)));
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresToken
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "Extract an article (or a page of several) and write it into the graph",
            description = "201 when an article was new, 200 when all were updated or unchanged. Posting the "
                    + "same id again replaces what its earlier version said.")
    ResponseEntity<Ingested> ingest(@RequestBody ArticleRequest article) {
        return store(article.document());
    }

    @PostMapping(path = "/articles", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_MARKDOWN_VALUE})
    @RequiresToken
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "Extract a plain-text or Markdown article and write it into the graph",
            description = FRONT_MATTER)
    ResponseEntity<Ingested> ingestText(
            @Parameter(description = "Article id (default: the front matter's id, else derived from the content)",
                    example = "notes/2024-05-lugu")
            @RequestParam(required = false) String id,
            @RequestBody String text) {
        return store(textDocument(id, text));
    }

    private ResponseEntity<Ingested> store(Document document) {
        var results = ingestion.ingest(document);
        boolean created = results.stream().anyMatch(r -> r.write().outcome() == WriteResult.Outcome.CREATED);
        var response = ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK);
        if (results.size() == 1) {
            response.location(URI.create("/api/articles/"
                    + UriUtils.encodePath(results.get(0).articleId(), StandardCharsets.UTF_8)));
        }
        return response.body(new Ingested(results));
    }

    @DeleteMapping("/articles/{*id}")
    @RequiresToken
    @SecurityRequirement(name = OpenApiConfiguration.BEARER)
    @Operation(summary = "Remove an article and every fact and entity only it supported")
    ResponseEntity<Void> delete(@Parameter(description = "Article id (may contain /)", example = "notes/2024-05-lugu")
                                @PathVariable String id) {
        String articleId = articleId(id);
        if (!ingestion.delete(articleId)) {
            throw new NotFoundException("no article with id " + articleId);
        }
        return ResponseEntity.noContent().build();
    }

    /** A posted text with the fields of its front matter; the {@code id} parameter wins over the front matter's. */
    private static Document textDocument(String id, String text) {
        Document document;
        try {
            document = FrontMatter.document(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        String given = givenId(id);
        return validated(given == null ? document : document.withId(given));
    }

    /** A client's id, or null when it gave none (a blank one included). */
    private static String givenId(String id) {
        return id == null || id.isBlank() ? null : id.strip();
    }

    private static Document validated(Document document) {
        DocumentValidator.problem(document).ifPresent(problem -> {
            throw new BadRequestException(problem);
        });
        return document;
    }

    /** {@code {*id}} captures the rest of the path with its leading slash. */
    private static String articleId(String path) {
        String id = path.startsWith("/") ? path.substring(1) : path;
        if (id.isBlank()) {
            throw new BadRequestException("the article id is missing");
        }
        return id;
    }

    /** An article as clients post it; only {@code text} is required. */
    @Schema(description = "An article; only text is required. A page of several articles is split into them.")
    record ArticleRequest(
            @Schema(example = "notes/2024-05-lugu") String id,
            @Schema(example = "晋城市泽州县:芦谷农业带动三村增收") String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "2024年,芦谷农业发展有限公司投资1200万元,在泽州县南村镇冶底村建设芦笋种植基地。")
            String text,
            @Schema(example = "示例日报") String source,
            @Schema(example = "2024-05-20") LocalDate publishedAt,
            @Schema(example = "https://example.org/news/2024-05-20/lugu") String url) {

        Document document() {
            return validated(new Document(givenId(id), title, text, source, publishedAt, url));
        }
    }

    /** What ingestion did with each article of the posted document. */
    record Ingested(List<Ingestion.ArticleResult> articles) {
    }
}
