package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown files, with and without front matter, as the ingest command reads them. */
class DocumentFilesTest {

    private static final String BODY = "# 黎城县:金穗农业建设核桃加工厂\n\n2024年,金穗农业有限公司投资400万元,在黎城县建设核桃加工厂。\n";

    @TempDir
    Path folder;

    @Test
    void aMarkdownFileIsNamedByItsFrontMattersIdAndDated() throws IOException {
        Path file = Files.writeString(folder.resolve("walnut.md"),
                "---\nid: notes/2024/licheng-walnut\ndate: 2024-08-02\n---\n" + BODY);

        var entry = DocumentFiles.read(file).findFirst().orElseThrow();

        assertThat(entry.error()).isNull();
        assertThat(entry.document().id()).isEqualTo("notes/2024/licheng-walnut");
        assertThat(entry.document().publishedAt()).isEqualTo(LocalDate.of(2024, 8, 2));
        assertThat(entry.document().text()).isEqualTo(BODY);
    }

    @Test
    void aMarkdownFileWithoutAnIdIsNamedByTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve("walnut.md"), "---\nsource: 示例日报\n---\n" + BODY);

        assertThat(DocumentFiles.read(file).findFirst().orElseThrow().document().id()).isEqualTo("walnut.md");
    }

    @Test
    void aBadFrontMatterFailsThatFileWithTheReason() throws IOException {
        Path file = Files.writeString(folder.resolve("walnut.md"), "---\ndate: 去年八月\n---\n" + BODY);

        var entry = DocumentFiles.read(file).findFirst().orElseThrow();

        assertThat(entry.document()).isNull();
        assertThat(entry.error()).isEqualTo("the front matter's date is not a date (YYYY-MM-DD): 去年八月");
    }
}
