package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.policygraph.Http;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import tools.jackson.databind.JsonNode;

/** /api/export: the graph as GraphML, the JSON graph shape and CSV tables, whole or among given entities. */
class ExportApiTest extends ApiTest {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    /** From the sample about the blueberry base in 东沟村. */
    private static final String LANGU = "enterprise:晋阳蓝谷农业科技有限公司";
    private static final String DONGGOU = "place:140522102:东沟村";

    @Test
    void graphmlOfTheWholeGraphHasANodePerEntityAndAnEdgePerFact() {
        var response = download("/api/export?format=graphml");

        assertThat(response.getHeaders().getContentType()).hasToString("application/graphml+xml");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"policygraph.graphml\"");
        var graphml = xml(response.getBody());
        assertThat(graphml.getElementsByTagNameNS(GRAPHML, "node").getLength()).isEqualTo(entityCount());
        assertThat(graphml.getElementsByTagNameNS(GRAPHML, "edge").getLength()).isEqualTo(factCount());
    }

    @Test
    void graphmlNodesCarryTheirChineseNamesAsLabelAndName() {
        var lugu = element(xml(download("/api/export?format=graphml").getBody()), "node", LUGU);

        assertThat(data(lugu)).containsEntry("label", "芦谷农业发展有限公司").containsEntry("name", "芦谷农业发展有限公司")
                .containsEntry("type", "Enterprise").containsEntry("aliases", "芦谷农业 | 芦谷公司");
    }

    @Test
    void graphmlHasTheSampleInvestmentWithItsAmountAndSentence() {
        var graphml = xml(download("/api/export?format=graphml").getBody());

        var invests = element(graphml, "edge", LANGU + "|INVESTS_IN|" + DONGGOU);
        assertThat(invests.getAttribute("source")).isEqualTo(LANGU);
        assertThat(invests.getAttribute("target")).isEqualTo(DONGGOU);
        assertThat(invests.hasAttribute("directed")).isFalse();
        assertThat(data(invests)).containsEntry("relationship", "INVESTS_IN").containsEntry("amount", "36000000")
                .containsEntry("currency", "CNY").containsEntry("support", "1")
                .containsEntry("evidence", "当年秋天,蓝谷公司投资3600万元,流转土地800亩,建设蓝莓种植基地和冷链仓储中心。");
    }

    @Test
    void graphmlPartnershipsAreUndirected() {
        var graphml = xml(download("/api/export?format=graphml&ids=" + query(LUGU + "," + SXAU)).getBody());

        assertThat(element(graphml, "edge", LUGU_PARTNERS).getAttribute("directed")).isEqualTo("false");
    }

    @Test
    void graphmlDeclaresAKeyForEveryAttributeItUses() {
        var graphml = xml(download("/api/export?format=graphml").getBody());

        var keys = elements(graphml, "key").stream().map(key -> key.getAttribute("id")).toList();
        var used = elements(graphml, "data").stream().map(data -> data.getAttribute("key")).distinct().toList();
        assertThat(keys).doesNotHaveDuplicates().containsAll(used).contains("label", "name", "evidence", "articleIds");
    }

    @Test
    void exportByIdsHoldsOnlyThoseEntitiesAndTheRelationshipsAmongThem() {
        var graphml = xml(download("/api/export?format=graphml&ids=" + query(String.join(",", LUGU, YEDI, ZEZHOU)))
                .getBody());

        assertThat(ids(graphml, "node")).containsExactlyInAnyOrder(LUGU, YEDI, ZEZHOU);
        assertThat(ids(graphml, "edge")).containsExactlyInAnyOrder(LUGU_INVESTS, YEDI_IN_ZEZHOU);
    }

    @Test
    void exportKeepsOnlyTheRequestedRelationshipTypes() {
        var graphml = xml(download("/api/export?format=graphml&types=LOCATED_IN&ids="
                + query(String.join(",", LUGU, YEDI, ZEZHOU))).getBody());

        assertThat(ids(graphml, "node")).containsExactlyInAnyOrder(LUGU, YEDI, ZEZHOU);
        assertThat(ids(graphml, "edge")).containsExactly(YEDI_IN_ZEZHOU);
    }

    @Test
    void jsonExportOfSomeEntitiesIsTheSubgraphAnswer() {
        String ids = query(String.join(",", LUGU, YEDI, ZEZHOU));
        var response = download("/api/export?format=json&ids=" + ids);

        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"policygraph.json\"");
        var exported = Http.json(new String(response.getBody(), StandardCharsets.UTF_8));
        var subgraph = getJson("/api/subgraph?ids=" + ids);
        assertThat(exported.get("nodes")).containsExactlyInAnyOrderElementsOf(subgraph.get("nodes"));
        assertThat(exported.get("relationships")).containsExactlyInAnyOrderElementsOf(subgraph.get("relationships"));
    }

    @Test
    void jsonExportOfTheWholeGraphHasTheGraphShape() {
        var graph = Http.json(new String(download("/api/export?format=json").getBody(), StandardCharsets.UTF_8));

        assertThat(graph.propertyNames()).containsExactly("nodes", "relationships");
        assertThat(graph.get("nodes")).hasSize((int) entityCount()).allSatisfy(node -> assertThat(node.propertyNames())
                .containsExactly("id", "labels", "name", "aliases", "properties"));
        assertThat(graph.get("relationships")).hasSize((int) factCount()).allSatisfy(relationship ->
                assertThat(relationship.propertyNames())
                        .containsExactly("id", "type", "source", "target", "properties", "evidence"));
        var invests = find(graph.get("relationships"), LUGU_INVESTS);
        assertThat(invests.at("/evidence/0/articleId").asString()).isEqualTo(LUGU_ARTICLE);
        assertThat(invests.at("/evidence/0/sentence").asString()).contains("芦谷公司投资1200万元");
    }

    @Test
    void csvExportIsAZipOfANodesAndARelationshipsTable() {
        var response = download("/api/export?format=csv");

        assertThat(response.getHeaders().getContentType()).hasToString("application/zip");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"policygraph.zip\"");
        var files = unzip(response.getBody());
        assertThat(files.keySet()).containsExactly("nodes.csv", "relationships.csv");
        assertThat(files.values()).allSatisfy(csv -> assertThat(csv).startsWith(0xEF, 0xBB, 0xBF));

        var nodes = csv(files.get("nodes.csv"));
        assertThat(nodes.get(0).getParser().getHeaderNames())
                .containsExactly("Id", "Label", "type", "aliases", "level", "divisionCode");
        assertThat(nodes).hasSize((int) entityCount());
        var relationships = csv(files.get("relationships.csv"));
        assertThat(relationships.get(0).getParser().getHeaderNames()).startsWith("Source", "Target", "Type", "Id",
                "relationship", "support");
        assertThat(relationships).hasSize((int) factCount());
    }

    @Test
    void csvRowsHoldTheChineseTextAndEveryAttribute() {
        var files = unzip(download("/api/export?format=csv&ids=" + query(String.join(",", LUGU, YEDI, SXAU)))
                .getBody());

        var lugu = row(csv(files.get("nodes.csv")), "Id", LUGU);
        assertThat(lugu.get("Label")).isEqualTo("芦谷农业发展有限公司");
        assertThat(lugu.get("aliases")).isEqualTo("芦谷农业 | 芦谷公司");
        var relationships = csv(files.get("relationships.csv"));
        var invests = row(relationships, "Id", LUGU_INVESTS);
        assertThat(invests.get("Source")).isEqualTo(LUGU);
        assertThat(invests.get("Target")).isEqualTo(YEDI);
        assertThat(invests.get("Type")).isEqualTo("Directed");
        assertThat(invests.get("relationship")).isEqualTo("INVESTS_IN");
        assertThat(invests.get("amount")).isEqualTo("12000000");
        assertThat(invests.get("articleIds")).isEqualTo(LUGU_ARTICLE);
        assertThat(invests.get("evidence")).isEqualTo("当年5月,芦谷公司投资1200万元,在冶底村建设芦笋种植基地。");
        assertThat(invests.get("firstPublished")).isEqualTo("2024-05-20");
        assertThat(row(relationships, "Id", LUGU_PARTNERS).get("Type")).isEqualTo("Undirected");
    }

    @Test
    void oneCsvTableCanBeDownloadedAlone() {
        var response = download("/api/export?format=csv&table=relationships&ids=" + query(LUGU + "," + YEDI));

        assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"policygraph-relationships.csv\"");
        var rows = csv(response.getBody());
        assertThat(rows).extracting(row -> row.get("Id")).containsExactly(LUGU_INVESTS);
    }

    @Test
    void unknownFormatIs400() {
        assertProblem(get("/api/export?format=xml"), HttpStatus.BAD_REQUEST, "unknown format 'xml'");
    }

    @Test
    void aTableOfAnotherFormatThanCsvIs400() {
        assertProblem(get("/api/export?format=graphml&table=nodes"), HttpStatus.BAD_REQUEST,
                "table applies to format=csv only");
        assertProblem(get("/api/export?format=csv&table=edges"), HttpStatus.BAD_REQUEST, "unknown table 'edges'");
    }

    @Test
    void unknownIdsAre404() {
        assertProblem(get("/api/export?format=graphml&ids=" + query(LUGU + ",place:999999")), HttpStatus.NOT_FOUND,
                "place:999999");
    }

    private ResponseEntity<byte[]> download(String pathAndQuery) {
        var response = client.get().uri(URI.create("http://localhost:" + port + pathAndQuery)).retrieve()
                .onStatus(status -> true, (request, answer) -> { }).toEntity(byte[].class);
        assertThat(response.getStatusCode()).as("GET %s", pathAndQuery).isEqualTo(HttpStatus.OK);
        return response;
    }

    /** Entities in the graph now, by the stats: every label but Article. */
    private long entityCount() {
        var nodes = getJson("/api/stats").get("nodes");
        return nodes.propertyNames().stream().filter(label -> !label.equals("Article"))
                .mapToLong(label -> nodes.get(label).asLong()).sum();
    }

    /** Facts in the graph now, by the stats: every relationship type but MENTIONS. */
    private long factCount() {
        var relationships = getJson("/api/stats").get("relationships");
        return relationships.propertyNames().stream().filter(type -> !type.equals("MENTIONS"))
                .mapToLong(type -> relationships.get(type).asLong()).sum();
    }

    private static Document xml(byte[] body) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML", e);
        }
    }

    private static List<Element> elements(Document document, String name) {
        var list = document.getElementsByTagNameNS(GRAPHML, name);
        return IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    private static List<String> ids(Document document, String name) {
        return elements(document, name).stream().map(element -> element.getAttribute("id")).toList();
    }

    private static Element element(Document document, String name, String id) {
        return elements(document, name).stream().filter(element -> element.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " " + id + " in " + ids(document, name)));
    }

    /** The data of a node or an edge, by key. */
    private static Map<String, String> data(Element element) {
        var data = element.getElementsByTagNameNS(GRAPHML, "data");
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < data.getLength(); i++) {
            values.put(((Element) data.item(i)).getAttribute("key"), data.item(i).getTextContent());
        }
        return values;
    }

    private static JsonNode find(JsonNode array, String id) {
        return StreamSupport.stream(array.spliterator(), false).filter(item -> item.get("id").asString().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        var files = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The rows of a UTF-8 CSV with a byte order mark and a header, read back with the same library. */
    private static List<CSVRecord> csv(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var text = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(text)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, String column, String value) {
        return rows.stream().filter(row -> row.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " " + value));
    }
}
