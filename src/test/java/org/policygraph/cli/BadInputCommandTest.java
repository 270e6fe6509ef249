package org.policygraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.Commands;
import org.policygraph.GraphCounts;
import org.policygraph.Http;
import org.policygraph.ingest.DocumentFiles;

/**
 * Bad input to the {@code extract} and {@code ingest} commands: each bad document is reported by name with
 * what is wrong with it, in one line and without a Java stack trace, the exit code is 1, the other documents
 * go on, and {@code ingest} writes only the good ones.
 */
class BadInputCommandTest {

    private static final String ARTICLE = "平遥县古陶镇与山西大学签署合作协议。";

    /** A file's content and what the command must say about it. */
    record BadFile(String name, byte[] content, String reason) {

        static BadFile of(String name, String content, String reason) {
            return new BadFile(name, content.getBytes(StandardCharsets.UTF_8), reason);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadFile> textFiles() {
        return Stream.of(
                BadFile.of("empty", "", "the file is empty"),
                BadFile.of("only blanks", " \n\u3000\n\t", "the file is empty"),
                new BadFile("not UTF-8", concat("晋城".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff}),
                        "the file is not valid UTF-8: the bytes at offset 6 are no character"),
                new BadFile("an encoded surrogate (CESU-8)", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                        "the file is not valid UTF-8"),
                BadFile.of("control characters", "平遥县\u0000古陶镇\u0007", "text has the control character U+0000 at offset 3"));
    }

    static Stream<BadFile> jsonLines() {
        return Stream.of(
                BadFile.of("JSON cut short", "{\"text\": \"平遥县", "invalid JSON"),
                BadFile.of("text a number", "{\"text\": 5}", "\"text\" must be a string, was number"),
                BadFile.of("text an array", "{\"text\": [\"平遥县\"]}", "\"text\" must be a string, was array"),
                BadFile.of("id an object", "{\"id\": {\"n\": 1}, \"text\": \"%s\"}".formatted(ARTICLE),
                        "\"id\" must be a string, was object"),
                BadFile.of("an array", "[1, 2]", "a line must hold one JSON object"),
                BadFile.of("no text", "{\"title\": \"只有标题\"}", "the record has no \"text\""),
                new BadFile("not UTF-8", concat("{\"text\": \"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff},
                        "\"}".getBytes(StandardCharsets.UTF_8)), "the line is not valid UTF-8"),
                BadFile.of("100,000 [", "[".repeat(100_000), "invalid JSON: Document nesting depth"),
                BadFile.of("escaped NUL", "{\"text\": \"平遥县\\u0000\"}", "text has the control character U+0000"),
                BadFile.of("half a surrogate pair", "{\"text\": \"平遥县\\udc00\"}", "text has half of a surrogate pair"),
                BadFile.of("id climbing out", "{\"id\": \"../../etc/passwd\", \"text\": \"%s\"}".formatted(ARTICLE),
                        "id '../../etc/passwd' has an empty, '.' or '..' part"),
                BadFile.of("Cypher-looking id", "{\"id\": \"x'}) DETACH DELETE n //\", \"text\": \"%s\"}".formatted(ARTICLE),
                        "id 'x'}) DETACH DELETE n //' has an empty, '.' or '..' part"),
                BadFile.of("publishedAt no date", "{\"text\": \"%s\", \"publishedAt\": \"2024-13-45\"}".formatted(ARTICLE),
                        "publishedAt is not a date (YYYY-MM-DD)"),
                BadFile.of("publishedAt a number", "{\"text\": \"%s\", \"publishedAt\": 19000}".formatted(ARTICLE),
                        "\"publishedAt\" must be a string, was number"),
                BadFile.of("a 9 MB line", "{\"text\": \"%s\"}".formatted("a".repeat(9 * 1024 * 1024)),
                        "the document has 9437196 bytes; at most 8388608 are accepted"));
    }

    @ParameterizedTest(name = "extract FILE: {0}")
    @MethodSource("textFiles")
    void aBadTextFileIsNamedWithItsReason(BadFile bad, @TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("page.md"), bad.content());

        var run = Commands.run("extract", file.toString());

        assertFailedCleanly(run, "page.md: " + bad.reason());
    }

    @ParameterizedTest(name = "extract --jsonl: {0}")
    @MethodSource("jsonLines")
    void aBadJsonLineIsNamedWithItsReasonAndTheOthersAreRead(BadFile bad, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("news.jsonl");
        Files.write(file, concat(bad.content(), "\n{\"id\": \"good\", \"text\": \"%s\"}\n".formatted(ARTICLE)
                .getBytes(StandardCharsets.UTF_8)));

        var run = Commands.run("extract", "--jsonl", file.toString());

        assertFailedCleanly(run, "news.jsonl:1: " + bad.reason());
        assertThat(run.out().lines().map(line -> Http.json(line).get("id").asString())).containsExactly("good");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dump.txt");
        try (var sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }

        var run = Commands.run("extract", file.toString());

        assertFailedCleanly(run, "dump.txt: the document has 52428800 bytes; at most %d are accepted, so split it"
                .formatted(DocumentFiles.MAX_DOCUMENT_BYTES));
    }

    @Test
    void aOneMegabyteLineIsExtractedAsText(@TempDir Path dir) throws IOException {
        String line = "今年以来当地持续推进产业发展，群众收入稳步增长，".repeat(14_000) + ARTICLE;
        Path file = Files.writeString(dir.resolve("one-line.txt"), line);

        var run = Commands.run("extract", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Http.json(run.out()).get("entities")).extracting(e -> e.get("name").asString())
                .containsExactlyInAnyOrder("平遥县", "古陶镇", "山西大学");
    }

    /**
     * The real command in its own JVM over a folder of bad files and one good article: the summary names each
     * bad file with its reason, the exit code is 1, and the store then holds the good article only.
     */
    @Test
    void ingestWritesTheGoodDocumentsAndNamesEveryBadOne(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("0-good.md"), "古陶镇牵手山西大学\n\n" + ARTICLE);
        var bad = textFiles().toList();
        for (int i = 0; i < bad.size(); i++) {
            Files.write(corpus.resolve("%d-bad.md".formatted(i + 1)), bad.get(i).content());
        }
        Files.write(corpus.resolve("lines.jsonl"), jsonLines().limit(12).map(line -> new String(line.content(),
                StandardCharsets.ISO_8859_1)).reduce((a, b) -> a + "\n" + b).orElseThrow()
                .getBytes(StandardCharsets.ISO_8859_1));
        Path dataDir = dir.resolve("data");

        Process ingest = Commands.start(dataDir, "ingest", corpus.toString());
        String output = new String(ingest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(ingest.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(ingest.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("articles: 1 new, 0 updated, 0 unchanged; documents failed: %d;"
                .formatted(bad.size() + 12));
        for (int i = 0; i < bad.size(); i++) {
            assertThat(output).contains("failed %d-bad.md: %s".formatted(i + 1, bad.get(i).reason()));
        }
        var lines = jsonLines().limit(12).toList();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(output).contains("failed lines.jsonl:%d: %s".formatted(i + 1,
                    lines.get(i).reason()));
        }
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(GraphCounts.ofStore(dataDir).nodes()).containsEntry("Article", 1L)
                .containsKeys("Place", "ResearchTeam").doesNotContainKeys("Enterprise", "Program", "Person");
    }

    private static void assertFailedCleanly(Commands.Run run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("policygraph extract: " + message);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
