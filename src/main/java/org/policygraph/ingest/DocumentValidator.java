package org.policygraph.ingest;

import java.util.Optional;

import org.policygraph.extract.Article;
import org.policygraph.extract.Document;

/**
 * What a document must be to enter the graph, checked where documents come in (posted articles, files,
 * JSON lines), so every way in refuses the same things with the same words. The extractor itself reads any
 * text; these rules keep the stored graph clean and every article reachable by its id.
 */
public final class DocumentValidator {

    /** Far longer than any file name or URL; ids are indexed, and an index key must stay small. */
    public static final int MAX_ID_LENGTH = 1000;

    private DocumentValidator() {
    }

    /** Why the document cannot be stored, or empty when it can. */
    public static Optional<String> problem(Document document) {
        if (document.text() == null || document.text().isBlank()) {
            return Optional.of("text must not be empty");
        }
        if (document.title() != null && document.title().length() > Article.MAX_TITLE_LENGTH) {
            return Optional.of("title has %d characters; at most %d are accepted"
                    .formatted(document.title().length(), Article.MAX_TITLE_LENGTH));
        }
        return idProblem(document.id())
                .or(() -> characterProblem("id", document.id()))
                .or(() -> characterProblem("title", document.title()))
                .or(() -> characterProblem("text", document.text()))
                .or(() -> characterProblem("source", document.source()))
                .or(() -> characterProblem("url", document.url()));
    }

    /**
     * Article ids are paths in the API ({@code /api/articles/notes/2024/lugu}): segments that a URL would
     * resolve away ({@code ..}, {@code .}, empty ones), that servers refuse (backslashes) or cut off as path
     * parameters (from a semicolon on) would make an article unreachable, or its address point elsewhere.
     */
    private static Optional<String> idProblem(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.length() > MAX_ID_LENGTH) {
            return Optional.of("id has %d characters; at most %d are accepted".formatted(id.length(), MAX_ID_LENGTH));
        }
        if (id.indexOf('\\') >= 0 || id.indexOf(';') >= 0) {
            return Optional.of("id '%s' contains a backslash or semicolon; URLs cannot carry them in a path"
                    .formatted(id));
        }
        for (String segment : id.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.of("id '%s' has an empty, '.' or '..' part; ids are paths like notes/2024/lugu"
                        .formatted(id));
            }
        }
        return Optional.empty();
    }

    /**
     * Control characters other than tab, line feed, form feed and carriage return, and halves of surrogate
     * pairs without their other half: neither is text, and a lone surrogate cannot even be stored as UTF-8.
     */
    private static Optional<String> characterProblem(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && "\t\n\f\r".indexOf(c) < 0) {
                return Optional.of("%s has the control character U+%04X at offset %d".formatted(field, (int) c, i));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("%s has half of a surrogate pair (U+%04X) at offset %d"
                        .formatted(field, (int) c, i));
            }
        }
        return Optional.empty();
    }
}
