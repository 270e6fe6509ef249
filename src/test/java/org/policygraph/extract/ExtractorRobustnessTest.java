package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad and extreme input: nothing escapes but a clear IllegalArgumentException, and time grows linearly. */
class ExtractorRobustnessTest {

    private static final Path HELD_OUT = Path.of("src/test/resources/extract/heldout");
    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    private static DocumentExtraction extract(String text) {
        return DocumentExtraction.of(extractor.extract(Document.ofText("bad-input", text)));
    }

    @Test
    void emptyTextGivesNothing() {
        assertThat(extractor.extract(Document.ofText("empty", ""))).isEmpty();
    }

    @Test
    void whitespaceOnlyGivesNothing() {
        assertThat(extractor.extract(Document.ofText("blank", " \n\t\u3000\r\n  "))).isEmpty();
    }

    @Test
    void aTextOfThousandsOfListedWordsOverflowsNoRegularExpression() {
        String list = "隳郜、".repeat(4000) + "隳郜三县。" + "成立于2018年，".repeat(2000) + "由其出资。";

        assertThat(extractor.extract(Document.ofText("long-list", list))).hasSize(1);
    }

    @Test
    void missingTextIsRejectedNamingTheDocument() {
        assertThatThrownBy(() -> extractor.extract(Document.ofText("doc-without-text", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc-without-text");
    }

    @Test
    void aProgramWhoseQuoteRunsPastItsSentenceIsReadWithoutAnException() {
        DocumentExtraction d = extract("\"!\"行动");

        assertThat(d.entities()).extracting(Entity::name).containsExactly("!行动");
    }

    @Test
    void aDocumentsTitleBrokenByALineIsReadWithoutAnException() {
        DocumentExtraction d = extract("县农业农村局印发《茶产业提质\n行动方案》提出实施“茶园改造工程”。");

        assertThat(d.entities()).extracting(Entity::name).contains("县农业农村局");
    }

    @Test
    void aJointSumWhosePartiesTheSentenceBeforeNamesAfter由IsReadWithoutAnException() {
        DocumentExtraction d = extract("新建的烘干中心落在柳河镇，由定兴县禾丰粮食专业合作社和河北谷仓物流有限公司共同兴建。"
                + "双方一共出资9000万元，其中谷仓物流出资6000万元。");

        assertThat(d.entities()).extracting(Entity::name).contains("河北谷仓物流有限公司");
    }

    @Test
    void textWithoutChineseGivesNoEntities() {
        DocumentExtraction d = extract("Quarterly report, v2.1: revenue rose 12% to $3.4m. See https://example.org.");

        assertThat(d.entities()).isEmpty();
        assertThat(d.relations()).isEmpty();
    }

    @Test
    void binaryBytesAndReplacementCharactersGiveNothingAndNoException() {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        String garbage = new String(bytes, StandardCharsets.UTF_8) + "\uFFFD\uFFFD\u0000\uD800" + "\uFFFD".repeat(500);

        DocumentExtraction d = extract(garbage);

        assertThat(d.relations()).isEmpty();
    }

    /** Beyond the API's body limit, which the command line does not have: the last sentence still counts. */
    @Test
    void aFiveMegabyteArticleIsReadToItsLastSentence() throws IOException {
        // Plain sentences to fill the megabytes: the windows, not the rules, are what this reads through.
        String filler = "今年以来，全市农业生产形势稳定，粮食产量保持增长，农民收入持续提高。\n";
        String last = "\n\n最后，云岭青川农业科技有限公司在宾川县投资建设柑橘分拣中心。";
        String article = "# 一篇很长的文章\n\n" + filler.repeat(5_000_000 / filler.length()) + last;

        DocumentExtraction d = extract(article);

        assertThat(d.entities()).extracting(Entity::name).contains("云岭青川农业科技有限公司", "宾川县");
    }

    @Test
    void aHundredThousandCharacterLineWithoutPunctuationIsRead() {
        String line = "山西省太原市农业发展有限公司投资建设".repeat(100_000 / 18 + 1).substring(0, 100_000);

        DocumentExtraction d = extract(line);

        assertThat(d.entities()).extracting(Entity::type).contains(EntityType.Place);
    }

    /** One word of the segmenter (a run of Latin letters) longer than any name, right before a company suffix. */
    @Test
    void aVeryLongWordBeforeAnOrganisationSuffixIsNoNameAndIsReadQuickly() {
        String wall = "晋城市" + "a".repeat(Windows.SIZE / 2) + "有限公司投资建设厂房。";

        DocumentExtraction d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extract(wall));

        assertThat(d.entities()).extracting(Entity::type).containsExactly(EntityType.Place);
    }

    /** A text opening on the copula of a subsidiary's description names no subsidiary (found by the fuzz test). */
    @Test
    void aTextOpeningOnASubsidiarysCopulaIsReadWithoutAnException() {
        DocumentExtraction d = extract("是有限公司设立全资子公司");

        assertThat(d.relations()).isEmpty();
    }

    /** A tab splits a sentence from the clause it opens (found by the fuzz test): nothing is read, nothing fails. */
    @Test
    void aTabBetweenASentenceAndItsClauseIsRead() {
        DocumentExtraction d = extract("?\t投资近亿元");

        assertThat(d.relations()).isEmpty();
    }

    /** A document of one long line: the line is text (read in windows), not a headline. */
    @Test
    void aLongSingleLineIsTextNotATitle() {
        String line = "泽州县南村镇与山西大学签署合作协议，".repeat(2_000);

        var articles = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extractor.extract(Document.ofText("one-line", line)));

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.article().title()).isEmpty();
            assertThat(a.article().text()).isEqualTo(line);
            assertThat(a.relations()).isNotEmpty();
        });
    }

    @Test
    void timeGrowsLinearlyWithTheLengthOfAnArticle() throws IOException {
        // Several windows each (Windows.SIZE is 20,000 characters), so the step from one size to the next is
        // the number of windows, as in any longer text.
        String smallText = "# 长文\n\n" + repeatedBody(125_000);
        String largeText = "# 长文\n\n" + repeatedBody(500_000);
        extract(smallText);   // warm-up: dictionaries, JIT

        long small = bestOfTwo(smallText);
        long large = bestOfTwo(largeText);

        // 4x the text may take 4x the time; 8x leaves room for GC and a busy two-core machine, while a
        // quadratic step would take 16x.
        assertThat((double) large / small).as("time(500 kB) / time(125 kB)").isLessThan(8.0);
    }

    private static long bestOfTwo(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long started = System.nanoTime();
            extract(text);
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    /** The held-out articles' paragraphs (no headings: one article), repeated to {@code chars} characters. */
    static String repeatedBody(int chars) throws IOException {
        StringBuilder unit = new StringBuilder();
        try (Stream<Path> files = Files.list(HELD_OUT)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        unit.append(line).append("\n\n");
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(chars + unit.length());
        while (out.length() < chars) {
            out.append(unit);
        }
        return out.substring(0, chars);
    }

}
