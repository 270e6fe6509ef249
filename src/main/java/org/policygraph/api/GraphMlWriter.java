package org.policygraph.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.policygraph.extract.RelationType;
import org.policygraph.graph.GraphExport;
import org.policygraph.graph.GraphView;

/**
 * Writes an exported graph as GraphML, which Gephi and Cytoscape open. Node ids are entity ids; a node's
 * name is both {@code label}, which Gephi shows, and {@code name}, which Cytoscape's default style shows.
 * Edges are directed except PARTNERS_WITH, which has no direction.
 */
final class GraphMlWriter {

    static final String MEDIA_TYPE = "application/graphml+xml";

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** Characters XML 1.0 does not allow, even escaped; the writer would pass them through and break the file. */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final XMLStreamWriter xml;

    private GraphMlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(GraphExport.Elements graph, OutputStream out) throws IOException {
        try {
            // The JDK's own writer, whatever StAX implementation the class path brings.
            var xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            new GraphMlWriter(xml).document(graph);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML", e);
        }
    }

    private void document(GraphExport.Elements graph) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        newLine();
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute("xsi", XSI, "schemaLocation", SCHEMA);
        newLine();
        key("label", "node", "string");
        key("name", "node", "string");
        for (var column : ExportColumns.NODE) {
            key(column.name(), "node", column.type());
        }
        for (var column : ExportColumns.RELATIONSHIP) {
            key(column.name(), "edge", column.type());
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", "policygraph");
        xml.writeAttribute("edgedefault", "directed");
        newLine();
        for (var nodes = graph.nodes().iterator(); nodes.hasNext(); ) {
            node(nodes.next());
        }
        for (var relationships = graph.relationships().iterator(); relationships.hasNext(); ) {
            edge(relationships.next());
        }
        xml.writeEndElement();
        newLine();
        xml.writeEndElement();
        newLine();
        xml.writeEndDocument();
    }

    /** Key ids are the attribute names: node and edge attributes have different names. */
    private void key(String name, String element, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", element);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
        newLine();
    }

    private void node(GraphView.Node node) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", xmlText(node.id()));
        newLine();
        data("label", node.name());
        data("name", node.name());
        data(ExportColumns.NODE, node);
        xml.writeEndElement();
        newLine();
    }

    private void edge(GraphView.Relationship relationship) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", xmlText(relationship.id()));
        xml.writeAttribute("source", xmlText(relationship.source()));
        xml.writeAttribute("target", xmlText(relationship.target()));
        if (RelationType.valueOf(relationship.type()).symmetric()) {
            xml.writeAttribute("directed", "false");
        }
        newLine();
        data(ExportColumns.RELATIONSHIP, relationship);
        xml.writeEndElement();
        newLine();
    }

    private <T> void data(List<ExportColumns.Column<T>> columns, T element) throws XMLStreamException {
        for (var column : columns) {
            data(column.name(), column.text(element));
        }
    }

    private void data(String key, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement("data");
            xml.writeAttribute("key", key);
            xml.writeCharacters(xmlText(value));
            xml.writeEndElement();
            newLine();
        }
    }

    /** One element a line, so that the file reads and diffs line by line; GraphML ignores the whitespace. */
    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    private static String xmlText(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
