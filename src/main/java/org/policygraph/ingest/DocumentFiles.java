package org.policygraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.policygraph.extract.Document;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents from files as users have them: Markdown or plain-text files (one document each, named by the
 * file or by its {@link FrontMatter front matter}) and JSON-lines files (one
 * {@code {"id","title","text","source","publishedAt","url"}} record a line).
 * Folders are walked in name order. Documents are produced lazily, so a corpus of any size streams.
 */
public final class DocumentFiles {

    /** A whole newspaper page is well under 1 MB; a larger document is a dump or a mistake, and would stall a worker. */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> TEXT_EXTENSIONS = List.of(".md", ".markdown", ".txt");

    private DocumentFiles() {
    }

    /** The files a set of paths stands for: files as given, folders expanded to their document files. */
    public static List<Path> expand(List<Path> paths) {
        var files = new ArrayList<Path>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(DocumentFiles::isDocumentFile).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The documents of one file, as {@link Entry entries} so a bad line is reported without losing the rest. */
    public static Stream<Entry> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (isJsonLines(name)) {
            return jsonLines(name, Files.newInputStream(file));
        }
        long size = Files.size(file);
        return Stream.of(size > MAX_DOCUMENT_BYTES ? tooLarge(name, size) : text(name, Files.readAllBytes(file)));
    }

    /** How many documents the files hold (a cheap pass over line counts), so progress can show an ETA. */
    public static long count(List<Path> files) {
        long documents = 0;
        for (Path file : files) {
            if (!isJsonLines(file.getFileName().toString())) {
                documents++;
                continue;
            }
            try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
                documents += lines.filter(line -> !line.isBlank()).count();
            } catch (IOException | UncheckedIOException e) {
                documents++;
            }
        }
        return documents;
    }

    /** Every entry of the files in order; a file that cannot be read is one failed entry, not an exception. */
    public static Stream<Entry> readAll(List<Path> files) {
        return files.stream().flatMap(file -> {
            try {
                return read(file);
            } catch (IOException e) {
                return Stream.of(Entry.failed(file.toString(), cannotRead(e)));
            }
        });
    }

    /** Standard input as one text document, named {@code stdin}. */
    public static Entry readStandardInput(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        return bytes.length > MAX_DOCUMENT_BYTES ? tooLarge("stdin", bytes.length) : text("stdin", bytes);
    }

    /** Why a file cannot be read, in words rather than an exception's class name. */
    public static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** One document read from a file or line: either the document or why it could not be read. */
    public record Entry(String name, Document document, String error) {

        /** The document, or why it cannot be stored ({@link DocumentValidator}). */
        static Entry ok(String name, Document document) {
            return DocumentValidator.problem(document).map(problem -> failed(name, problem))
                    .orElseGet(() -> new Entry(name, document, null));
        }

        static Entry failed(String name, String error) {
            return new Entry(name, null, error);
        }
    }

    private static Entry text(String name, byte[] bytes) {
        String text;
        try {
            text = StrictText.decode(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8) {
            return Entry.failed(name, "the file " + notUtf8.getMessage());
        }
        if (text.isBlank()) {
            return Entry.failed(name, "the file is empty");
        }
        try {
            var document = FrontMatter.document(text);
            // Named by its file, unless its front matter gives an id.
            return Entry.ok(name, document.id() == null ? document.withId(name) : document);
        } catch (IllegalArgumentException e) {
            return Entry.failed(name, e.getMessage());
        }
    }

    private static Entry tooLarge(String name, long bytes) {
        return Entry.failed(name, "the document has %d bytes; at most %d are accepted, so split it"
                .formatted(bytes, MAX_DOCUMENT_BYTES));
    }

    /**
     * A record without an id is named by its file's name and line ({@code news.jsonl:12}), never by the
     * file's path, so a corpus gets the same ids from whatever folder it is read. Lines are read as ISO-8859-1, which maps each byte to one character and never fails, and each line is
     * then decoded as UTF-8 on its own: a line that is not UTF-8 fails alone instead of ending the file.
     */
    private static Stream<Entry> jsonLines(String fileName, InputStream in) {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        var lineNumber = new int[] {0};
        return reader.lines()
                .onClose(() -> close(reader))
                .peek(line -> lineNumber[0]++)
                .filter(line -> !line.isBlank())
                .map(line -> record(fileName + ":" + lineNumber[0], line.getBytes(StandardCharsets.ISO_8859_1)));
    }

    static Entry record(String name, byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            return tooLarge(name, bytes.length);
        }
        String line;
        try {
            line = StrictText.decode(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8) {
            return Entry.failed(name, "the line " + notUtf8.getMessage());
        }
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject()) {
                return Entry.failed(name, "a line must hold one JSON object");
            }
            String text = string(node, "text");
            if (text == null || text.isBlank()) {
                return Entry.failed(name, "the record has no \"text\"");
            }
            String id = string(node, "id");
            String publishedAt = string(node, "publishedAt");
            var document = new Document(id == null ? name : id, string(node, "title"), text, string(node, "source"),
                    PublicationDate.day(publishedAt), string(node, "url"));
            // A good record goes by its id; a refused one by its line, since its id may be what is wrong.
            Entry entry = Entry.ok(name, document);
            return id == null || entry.error() != null ? entry : new Entry(id, document, null);
        } catch (JacksonException e) {
            return Entry.failed(name, "invalid JSON: " + e.getOriginalMessage());
        } catch (DateTimeParseException e) {
            return Entry.failed(name, "publishedAt is not a date (YYYY-MM-DD): " + e.getParsedString());
        } catch (IllegalArgumentException e) {
            return Entry.failed(name, e.getMessage());
        }
    }

    /** A field's text; a number, list or object where text belongs is refused rather than turned into text. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull() && !value.isString()) {
            throw new IllegalArgumentException("\"%s\" must be a string, was %s".formatted(field, value.getNodeType()
                    .name().toLowerCase(Locale.ROOT)));
        }
        return value == null || value.isNull() ? null : value.asString();
    }

    private static boolean isDocumentFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return isJsonLines(name) || TEXT_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static boolean isJsonLines(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
