package org.policygraph.ingest;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.extract.Document;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The YAML front matter that Markdown written for static sites (Hugo, Jekyll) starts with: a line
 * {@code ---}, {@code key: value} lines, a line {@code ---}. It gives the article's {@code id}, {@code title},
 * {@code source}, {@code url} and date ({@code publishedAt}, or {@code date} as those sites call it). Other
 * keys (tags, layout, draft) belong to the site and are left alone; a text without front matter is all text.
 */
public final class FrontMatter {

    /** At the very start, after an optional byte order mark; the closing line may end the text. */
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\R(.*?)^---[ \\t]*(?:\\R|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);

    private FrontMatter() {
    }

    /**
     * The document a text stands for, with the fields its front matter gives; without front matter, the
     * whole text and no id.
     *
     * @throws IllegalArgumentException when the front matter is not YAML, not a mapping, gives a used field
     *                                  as a list or mapping, or a date that is not one
     */
    public static Document document(String text) {
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            return Document.ofText(null, text);
        }
        var fields = fields(block.group(1));
        return new Document(fields.get("id"), fields.get("title"), text.substring(block.end()),
                fields.get("source"), date(fields.getOrDefault("publishedAt", fields.get("date"))), fields.get("url"));
    }

    /**
     * The scalar values as written: composed, not constructed, so {@code 2024-05-20} stays the day it names
     * instead of becoming a timestamp at midnight UTC, and a title of digits stays text.
     */
    private static Map<String, String> fields(String yaml) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            throw new IllegalArgumentException("the front matter is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        var fields = new HashMap<String, String>();
        if (root == null) {
            return fields;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new IllegalArgumentException("the front matter must be \"key: value\" lines");
        }
        for (var entry : mapping.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key && isUsed(key.getValue())) {
                if (!(entry.getValueNode() instanceof ScalarNode value)) {
                    throw new IllegalArgumentException("the front matter's \"%s\" must be text, not a list or mapping"
                            .formatted(key.getValue()));
                }
                if (!value.getValue().isBlank()) {
                    fields.put(key.getValue(), value.getValue().strip());
                }
            }
        }
        return fields;
    }

    private static boolean isUsed(String key) {
        return switch (key) {
            case "id", "title", "source", "url", "publishedAt", "date" -> true;
            default -> false;
        };
    }

    private static LocalDate date(String value) {
        try {
            return PublicationDate.day(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the front matter's date is not a date (YYYY-MM-DD): " + value);
        }
    }
}
