package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.policygraph.extract.Document;

/** Front matter as static-site Markdown writes it, and the mistakes in it that must not pass unnoticed. */
class FrontMatterTest {

    private static final String BODY = "# 武乡县:丰源食品厂扩建小米生产线\n\n2024年,丰源食品有限公司投资300万元,在武乡县建设小米加工线。\n";

    @Test
    void frontMatterGivesTheArticlesFieldsAndTheRestIsItsText() {
        var document = FrontMatter.document("""
                ---
                id: notes/2024/wuxiang-millet
                title: "武乡县:小米加工线扩建"
                source: 示例日报
                publishedAt: 2024-06-18
                url: https://example.org/2024/06/18/millet
                ---
                """ + BODY);

        assertThat(document).isEqualTo(new Document("notes/2024/wuxiang-millet", "武乡县:小米加工线扩建", BODY, "示例日报",
                LocalDate.of(2024, 6, 18), "https://example.org/2024/06/18/millet"));
    }

    @Test
    void theStaticSitesDateWithATimeIsTheDayAsWritten() {
        var document = FrontMatter.document("---\ndate: 2024-06-18T23:30:00-05:00\n---\n" + BODY);

        assertThat(document.publishedAt()).isEqualTo(LocalDate.of(2024, 6, 18));
    }

    @Test
    void keysThatBelongToTheSiteAreIgnored() {
        var document = FrontMatter.document("---\ntags: [小米, 加工]\nlayout: post\ndraft: false\n---\n" + BODY);

        assertThat(document).isEqualTo(Document.ofText(null, BODY));
    }

    @Test
    void aTextWithoutFrontMatterIsAllTextEvenWithARuleFurtherDown() {
        String text = BODY + "\n---\n\n(完)\n";

        assertThat(FrontMatter.document(text)).isEqualTo(Document.ofText(null, text));
    }

    @Test
    void aDateThatIsNoDateIsRefusedWithWhatWasWritten() {
        assertThatThrownBy(() -> FrontMatter.document("---\npublishedAt: 六月十八日\n---\n" + BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the front matter's date is not a date (YYYY-MM-DD): 六月十八日");
    }

    @Test
    void aListWhereTextBelongsIsRefused() {
        assertThatThrownBy(() -> FrontMatter.document("---\ntitle: [一, 二]\n---\n" + BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the front matter's \"title\" must be text, not a list or mapping");
    }

    @Test
    void frontMatterThatIsNotYamlIsRefused() {
        assertThatThrownBy(() -> FrontMatter.document("---\ntitle: \"不成对的引号\n---\n" + BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the front matter is not valid YAML: ");
    }
}
