package org.policygraph.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policygraph.extract.RelationType;
import org.policygraph.graph.GraphExport;
import org.policygraph.graph.GraphView;

/**
 * Writes an exported graph as two CSV tables, nodes and relationships, with the columns Gephi's spreadsheet
 * import recognises ({@code Id, Label}; {@code Source, Target, Type, Id}) followed by the attributes of
 * {@link ExportColumns}. RFC 4180 quoting, UTF-8 with a byte order mark so that Excel reads Chinese.
 */
final class CsvTables {

    static final String NODES = "nodes.csv";
    static final String RELATIONSHIPS = "relationships.csv";

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTables() {
    }

    /** Both tables in one ZIP archive. */
    static void writeZip(GraphExport.Elements graph, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(NODES));
        writeNodes(graph.nodes(), zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(RELATIONSHIPS));
        writeRelationships(graph.relationships(), zip);
        zip.closeEntry();
        zip.finish();
    }

    static void writeNodes(Stream<GraphView.Node> nodes, OutputStream out) throws IOException {
        var header = new ArrayList<>(List.of("Id", "Label"));
        ExportColumns.NODE.forEach(column -> header.add(column.name()));
        table(out, header, nodes.iterator(), node -> {
            var cells = new ArrayList<String>(List.of(node.id(), node.name()));
            ExportColumns.NODE.forEach(column -> cells.add(column.text(node)));
            return cells;
        });
    }

    /** Type is Gephi's edge direction: Undirected for PARTNERS_WITH, Directed for every other fact. */
    static void writeRelationships(Stream<GraphView.Relationship> relationships, OutputStream out) throws IOException {
        var header = new ArrayList<>(List.of("Source", "Target", "Type", "Id"));
        ExportColumns.RELATIONSHIP.forEach(column -> header.add(column.name()));
        table(out, header, relationships.iterator(), relationship -> {
            String direction = RelationType.valueOf(relationship.type()).symmetric() ? "Undirected" : "Directed";
            var cells = new ArrayList<String>(List.of(relationship.source(), relationship.target(), direction,
                    relationship.id()));
            ExportColumns.RELATIONSHIP.forEach(column -> cells.add(column.text(relationship)));
            return cells;
        });
    }

    /** Leaves {@code out} open: a ZIP entry or the response goes on after the table. */
    private static <T> void table(OutputStream out, List<String> header, Iterator<T> elements,
                                  Function<T, List<String>> row)
            throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
        while (elements.hasNext()) {
            csv.printRecord(row.apply(elements.next()));
        }
        csv.flush();
    }
}
