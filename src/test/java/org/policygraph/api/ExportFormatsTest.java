package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.policygraph.graph.GraphExport;
import org.policygraph.graph.GraphView;
import org.w3c.dom.Element;

/** The file formats on their own: text that is markup or CSV syntax comes back as it was written. */
class ExportFormatsTest {

    /** A name with XML markup, quotes and a control character no XML document may hold. */
    private static final GraphView.Node AWKWARD = new GraphView.Node("enterprise:A&B<公司>", List.of("Enterprise"),
            "A&B<公司> \"甲乙\"\u0001", List.of("甲乙公司", "A&B"), Map.of());

    private static final GraphView.Node VILLAGE = new GraphView.Node("place:140525:冶底村", List.of("Place"), "冶底村",
            List.of(), Map.of("level", "village"));

    /** Evidence with commas, quotes, a line break and a CDATA end; two articles. */
    private static final GraphView.Relationship INVESTS = new GraphView.Relationship(
            "enterprise:A&B<公司>|INVESTS_IN|place:140525:冶底村", "INVESTS_IN", "enterprise:A&B<公司>",
            "place:140525:冶底村",
            Map.of("support", 2L, "amount", 5_000_000L, "currency", "CNY", "articleIds", List.of("a/1", "a/2"),
                    "firstPublished", LocalDate.of(2024, 3, 1)),
            List.of(new GraphView.Evidence("a/1", "他说:\"投资500万元,\n建设基地\"]]>。"),
                    new GraphView.Evidence("a/2", "第二篇报道。")));

    private static final GraphExport.Elements GRAPH = new GraphExport.Elements() {
        @Override
        public Stream<GraphView.Node> nodes() {
            return Stream.of(AWKWARD, VILLAGE);
        }

        @Override
        public Stream<GraphView.Relationship> relationships() {
            return Stream.of(INVESTS);
        }
    };

    @Test
    void graphmlKeepsMarkupAsTextAndDropsWhatXmlForbids() throws Exception {
        var out = new ByteArrayOutputStream();
        GraphMlWriter.write(GRAPH, out);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        var node = (Element) document.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").item(0);
        assertThat(node.getAttribute("id")).isEqualTo("enterprise:A&B<公司>");
        assertThat(node.getElementsByTagNameNS("*", "data").item(0).getTextContent()).isEqualTo("A&B<公司> \"甲乙\"");
        var edge = (Element) document.getElementsByTagNameNS("*", "edge").item(0);
        assertThat(edge.getAttribute("source")).isEqualTo("enterprise:A&B<公司>");
        assertThat(edge.getTextContent()).contains("他说:\"投资500万元,\n建设基地\"]]>。 | 第二篇报道。");
    }

    @Test
    void csvCellsComeBackAsWrittenWithListsJoined() throws IOException {
        var out = new ByteArrayOutputStream();
        CsvTables.writeRelationships(GRAPH.relationships(), out);

        var row = read(out.toByteArray()).get(0);
        assertThat(row.get("Source")).isEqualTo("enterprise:A&B<公司>");
        assertThat(row.get("evidence")).isEqualTo("他说:\"投资500万元,\n建设基地\"]]>。 | 第二篇报道。");
        assertThat(row.get("articleIds")).isEqualTo("a/1 | a/2");
        assertThat(row.get("support")).isEqualTo("2");
        assertThat(row.get("firstPublished")).isEqualTo("2024-03-01");
        assertThat(row.get("approximate")).isEmpty();
    }

    @Test
    void csvNodesHaveGephisColumnsFirst() throws IOException {
        var out = new ByteArrayOutputStream();
        CsvTables.writeNodes(GRAPH.nodes(), out);

        var rows = read(out.toByteArray());
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("Id", "Label");
        assertThat(rows.get(0).get("aliases")).isEqualTo("甲乙公司 | A&B");
        assertThat(rows.get(1).get("level")).isEqualTo("village");
        assertThat(rows.get(1).get("aliases")).isEmpty();
    }

    private static List<CSVRecord> read(byte[] csv) throws IOException {
        var text = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(text)) {
            return parser.getRecords();
        }
    }
}
