package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the extractor over generated text: whatever the input, it answers without throwing, every
 * offset it reports points at what it says is there, and its time grows linearly with the input. Texts mix
 * random characters of every kind with the words the rules look for, so the rules themselves get exercised.
 */
class ExtractorFuzzTest {

    private static final Extractor EXTRACTOR = Extractor.create();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Words the recognisers and relation rules react to: suffixes, places, triggers, quotes, amounts. */
    private static final List<String> RULE_WORDS = List.of("有限公司", "公司", "集团", "合作社", "分行", "大学",
            "研究所", "实验室", "政府", "委员会", "县", "镇", "村", "市", "省", "开发区", "晋城市", "泽州县", "南村镇",
            "山西省", "太原", "投资", "万元", "亿元", "近亿元", "建设", "与", "和", "及", "、", "签署", "合作协议",
            "联合", "共建", "实施", "位于", "隶属", "发表", "杂志", "以下简称", "该公司", "该行", "镇里", "院士", "教授",
            "董事长", "“", "”", "《", "》", "（", "）", "(", ")", "。", "，", ",", "；", "！", "？", "：", "行动", "工程",
            "计划", "贷", "包括", "记者", "摄", "# ", "## ", "\n", "\n\n", " ", "\u3000", "2024年", "5月", "1200",
            "印发", "提出", "依托", "控股的", "持股70%", "安排", "专项资金支持", "会同", "由", "自治区", "投资方为", "园区",
            "新区", "支行", "在", "走进", "县长", "省部共建", "国家重点实验室", "指挥部", "一是实施", "重点包括：",
            "第一条，实施", "逐条明确了牵头单位", "试点", "的试点由", "参与", "合作企业为", "当地的", "该平台", "承建",
            "投资方", "子公司", "支公司", "联合实验室", "共建的", "牵头成立", "担任主任", "由该所研究员", "隶属于", "控股，",
            "集团", "以下简称“", "学报", "专项", "团队", "教授团队", "处处长", "该校农学院", "是", "的首个落地项目",
            "对每一条都明确了", "为每项重点任务", "由省", "学系", "——记", "母公司", "向其增资", "分别与", "双方", "分别出资",
            "合资", "共同实施", "共享", "结成", "负责", "县委副书记、县长", "我们", "另外两个村", "担任院长", "学校",
            "产业学院", "之", "米业", "（晋城）", "试点县", "新建区域", "占全集团", "厂房位于", "设立全资子公司",
            "成立控股子公司", "配套", "旗下", "代表", "每月", "研究员", "部总经理", "支持", "共建");

    @Property(tries = 3000)
    void anyTextIsExtractedWithoutAnExceptionAndWithConsistentOffsets(@ForAll("texts") String text) {
        for (ArticleExtraction extraction : EXTRACTOR.extract(Document.ofText("fuzz", text))) {
            assertConsistent(extraction);
        }
    }

    @Property(tries = 1000)
    void aTitleAndMetadataOfAnyKindAreHandledToo(@ForAll("texts") String title, @ForAll("texts") String text) {
        var document = new Document("fuzz/" + title, title, text, title, null, title);

        EXTRACTOR.extract(document).forEach(ExtractorFuzzTest::assertConsistent);
    }

    /**
     * Repeating a chunk eight times may cost up to 128 times the CPU time. Within one extraction window
     * ({@link Windows#SIZE}, which these sizes stay under) several steps compare mentions pair by pair, so a
     * text dense with names costs up to quadratic time there: 64 times in theory, at most 40 times measured
     * alone over 400 generated chunks, and up to about 70 times seen inside the test JVM after the other tests
     * (a bound of exactly 64 failed now and then). The windows keep longer texts linear (see
     * {@link ExtractorRobustnessTest}). A cubic step would cost 512 times; so did a pairwise step doing costly
     * work for each pair of a text that names one company thousands of times (有限公司 repeated), before such
     * steps took each name once and looked mentions up by position. CPU time of this thread only, so other
     * processes on a busy two-core machine do not count.
     */
    @Property(tries = 25)
    void timeGrowsLinearlyWhenAChunkIsRepeated(@ForAll("chunks") String chunk,
                                               @ForAll @IntRange(min = 1_500, max = 2_000) int size) {
        String small = repeat(chunk, size);
        String large = repeat(chunk, 8 * size);
        extract(small);

        long smallNanos = fastestOfThree(small);
        long largeNanos = fastestOfThree(large);

        // A floor of 2 ms for the small text, so a quick small run does not make the bound meaninglessly tight.
        assertThat(largeNanos).as("CPU time of %d chars vs %d chars", large.length(), small.length())
                .isLessThan(128 * Math.max(smallNanos, 2_000_000L));
    }

    @Provide
    Arbitrary<String> texts() {
        return pieces().list().ofMaxSize(400).map(list -> String.join("", list));
    }

    /** A chunk to repeat: rule words and random characters, or one character class alone (a long word). */
    @Provide
    Arbitrary<String> chunks() {
        return Arbitraries.oneOf(
                pieces().list().ofMinSize(1).ofMaxSize(30).map(list -> String.join("", list)).filter(c -> !c.isEmpty()),
                Arbitraries.of("a", "7", "农", "有限公司", "。", "《", "晋城市", " ", "\u0301"));
    }

    private static Arbitrary<String> pieces() {
        return Arbitraries.frequencyOf(List.of(
                weight(4, Arbitraries.of(RULE_WORDS)),
                weight(3, Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(6)),
                weight(1, Arbitraries.strings().ascii().ofMaxLength(8)),
                weight(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(3)),
                weight(1, Arbitraries.strings().withCharRange('\u0300', '\u036f').ofMaxLength(3)),
                weight(1, supplementaryCharacters()),
                weight(1, Arbitraries.strings().all().ofMaxLength(4)),
                weight(1, Arbitraries.strings().withChars("a7农").ofMinLength(20).ofMaxLength(300))));
    }

    private static Tuple2<Integer, Arbitrary<String>> weight(int weight, Arbitrary<String> pieces) {
        return Tuple.of(weight, pieces);
    }

    /** Characters outside the BMP, written as surrogate pairs: CJK Extension B and emoji. */
    private static Arbitrary<String> supplementaryCharacters() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0x20000, 0x2A6DF),
                        Arbitraries.integers().between(0x1F300, 0x1F64F))
                .list().ofMinSize(1).ofMaxSize(3)
                .map(codePoints -> codePoints.stream().map(Character::toString).reduce("", String::concat));
    }

    private static void assertConsistent(ArticleExtraction extraction) {
        String text = extraction.article().text();
        var names = new ArrayList<String>();
        for (Entity entity : extraction.entities()) {
            assertThat(entity.name()).isNotBlank();
            List<String> forms = Stream.concat(Stream.of(entity.name()), entity.aliases().stream()).toList();
            names.addAll(forms);
            for (int offset : entity.offsets()) {
                assertThat(offset).as("offset of %s", entity.name()).isBetween(0, text.length() - 1);
                assertThat(forms).as("names of %s at offset %d", entity.name(), offset)
                        .anyMatch(form -> text.startsWith(form, offset));
            }
        }
        for (Relation relation : extraction.relations()) {
            assertThat(names).contains(relation.source(), relation.target());
            if (relation.evidenceStart() == -1) {
                assertThat(relation.evidenceEnd()).isEqualTo(-1);
                continue;
            }
            assertThat(relation.evidenceStart()).isBetween(0, relation.evidenceEnd());
            assertThat(relation.evidenceEnd()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(relation.evidenceStart(), relation.evidenceEnd())).contains(relation.evidence());
        }
    }

    private static String repeat(String chunk, int length) {
        return chunk.repeat(length / chunk.length() + 1).substring(0, length);
    }

    private static long fastestOfThree(String text) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = THREADS.getCurrentThreadCpuTime();
            extract(text);
            fastest = Math.min(fastest, THREADS.getCurrentThreadCpuTime() - started);
        }
        return fastest;
    }

    private static void extract(String text) {
        EXTRACTOR.extract(Document.ofText("fuzz", text));
    }
}
