package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour beyond single facts: what must not become an entity, and sharing one extractor. */
class ExtractorBehaviourTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    @Test
    void bylinesAreNotPeopleOfTheStory() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                # 晋城市新增两家专精特新企业

                山西日报 记者李文 近日,晋城市公布新一批专精特新中小企业名单。 赵晓东
                """)).get(0);

        assertThat(a.article().authors()).containsExactly("李文", "赵晓东");
        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.Person);
    }

    @Test
    void aBranchNamedShortAndInFullIsOneEntityOfItsArticle() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                # 农行运城分行春耕贷款突破12亿元

                截至4月末,中国农业银行运城分行发放春耕贷款12亿元。

                农行运城分行持续推广“惠农e贷”,为家庭农场提供信用贷款。""")).get(0);

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise)
                .filteredOn(e -> e.name().endsWith("运城分行") || e.aliases().contains("中国农业银行运城分行"))
                .singleElement()
                .satisfies(branch -> {
                    assertThat(branch.name()).isEqualTo("中国农业银行运城分行");
                    assertThat(branch.aliases()).contains("农行运城分行");
                });
    }

    @Test
    void quotedSlogansAreNotPrograms() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                村民们说:“家门口就能上班,日子越过越红火。”合作社把“小特产”做成了“大产业”。
                """)).get(0);

        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.Program);
    }

    @Test
    void aQuotedProgramNameStopsAtItsClosingQuoteWhenItEndsInAProgramWord() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                # 运城市实施“四大行动”推动果业提质
                运城市通过“果业e贷”获得的贷款超过3亿元。""")).get(0);

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactlyInAnyOrder("四大行动", "果业e贷");
    }

    @Test
    void programsListedAfterIncludeArePartsOfTheProgramBeforeIt() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                # 长治市推进“三大工程”
                “三大工程”包括数字车间改造工程、园区扩容工程和技能人才培育工程。""")).get(0);

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source).containsExactlyInAnyOrder("数字车间改造工程", "园区扩容工程", "技能人才培育工程");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .allMatch(r -> r.target().equals("三大工程"));
    }

    @Test
    void aGenericCooperativeIsNoEnterprise() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                银行为种植大户、家庭农场和农民专业合作社提供贷款，沁源县绿野种植专业合作社也获得了支持。""")).get(0);

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("沁源县绿野种植专业合作社");
    }

    @Test
    void aPlaceInsideAUniversityNameIsNoMentionOfThePlace() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                太原理工大学与中北大学签署合作协议。""")).get(0);

        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.Place);
    }

    @Test
    void oneExtractorServesSeveralThreadsWithTheSameResults() throws Exception {
        Document doc = Document.ofText("t", """
                晋中市推进“数字乡村”建设行动
                晋中市榆次区东阳镇与太原理工大学签约共建智慧农业实验基地。""");
        List<ArticleExtraction> expected = extractor.extract(doc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ArticleExtraction>>> runs = pool.invokeAll(
                    java.util.Collections.nCopies(16, () -> extractor.extract(doc)));
            for (Future<List<ArticleExtraction>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
