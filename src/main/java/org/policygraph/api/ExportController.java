package org.policygraph.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policygraph.graph.GraphExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The graph as a file for Gephi, Cytoscape or a spreadsheet. Mistakes (parameters, unknown ids, a graph over
 * the export cap) are answered before the first byte; the file itself is streamed while it is read from the
 * database, so its size costs no memory.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "graph")
class ExportController {

    enum Format { GRAPHML, JSON, CSV }

    enum Table { NODES, RELATIONSHIPS }

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final GraphExport export;
    private final JsonMapper json;

    ExportController(GraphExport export, JsonMapper json) {
        this.export = export;
        this.json = json;
    }

    /** A file to download: its name, its media type and how the graph is written into it. */
    private record Download(String fileName, MediaType type, GraphFormat format) {
    }

    @FunctionalInterface
    private interface GraphFormat {
        void write(GraphExport.Elements graph, OutputStream out) throws IOException;
    }

    @GetMapping("/export")
    @Operation(summary = "The graph, or the part among given entities, as a file for Gephi, Cytoscape or a spreadsheet",
            description = "Entities and the facts between them (articles are left out; every fact carries its "
                    + "articleIds and evidence sentences). `graphml` opens in Gephi and Cytoscape; `json` is the "
                    + "{nodes, relationships} shape of the other graph answers; `csv` is a ZIP of nodes.csv and "
                    + "relationships.csv for Gephi's spreadsheet import or Excel, or one of them with `table`. "
                    + "Lists inside a cell are joined by ' | '. A graph of more nodes plus relationships than "
                    + "policygraph.api.export.max-elements is refused.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = GraphMlWriter.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<StreamingResponseBody> export(
            @Parameter(description = "graphml, json or csv", example = "graphml") @RequestParam String format,
            @Parameter(description = "Comma-separated entity ids (1-100): only these and the relationships among "
                    + "them (default: the whole graph)", example = "enterprise:芦谷农业发展有限公司,place:140525:冶底村")
            @RequestParam(required = false) String ids,
            @Parameter(description = "Only relationships of these comma-separated types (default: every fact type)",
                    example = "INVESTS_IN,LOCATED_IN")
            @RequestParam(required = false) String types,
            @Parameter(description = "With format=csv: only this table, as one CSV file: nodes or relationships",
                    example = "nodes")
            @RequestParam(required = false) String table) {
        var download = download(Parameters.named(Format.class, format, "format"),
                table == null ? null : Parameters.named(Table.class, table, "table"));
        var selection = new GraphExport.Selection(
                ids == null ? List.of() : Parameters.entityIds("ids", ids, GraphController.MAX_SUBGRAPH_IDS),
                Parameters.relationTypes(types));
        export.check(selection);
        return ResponseEntity.ok()
                .contentType(download.type())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .body(out -> export.stream(selection, graph -> download.format().write(graph, out)));
    }

    private Download download(Format format, Table table) {
        if (table != null && format != Format.CSV) {
            throw new BadRequestException("table applies to format=csv only");
        }
        return switch (format) {
            case GRAPHML -> new Download("policygraph.graphml", MediaType.parseMediaType(GraphMlWriter.MEDIA_TYPE),
                    GraphMlWriter::write);
            case JSON -> new Download("policygraph.json", MediaType.APPLICATION_JSON, this::writeJson);
            case CSV -> table == null ? new Download("policygraph.zip", ZIP, CsvTables::writeZip) : csvTable(table);
        };
    }

    private static Download csvTable(Table table) {
        return switch (table) {
            case NODES -> new Download("policygraph-nodes.csv", CSV,
                    (graph, out) -> CsvTables.writeNodes(graph.nodes(), out));
            case RELATIONSHIPS -> new Download("policygraph-relationships.csv", CSV,
                    (graph, out) -> CsvTables.writeRelationships(graph.relationships(), out));
        };
    }

    /** The shape of every graph answer, written element by element with the application's JSON settings. */
    private void writeJson(GraphExport.Elements graph, OutputStream out) {
        try (var generator = json.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            generator.writeStartObject();
            generator.writeName("nodes");
            generator.writeStartArray();
            graph.nodes().forEach(generator::writePOJO);
            generator.writeEndArray();
            generator.writeName("relationships");
            generator.writeStartArray();
            graph.relationships().forEach(generator::writePOJO);
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }
}
