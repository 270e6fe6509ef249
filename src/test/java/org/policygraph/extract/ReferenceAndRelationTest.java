package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** References resolved for relation finding, and what each relation record carries. */
class ReferenceAndRelationTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    private static ArticleExtraction extract(String text) {
        return extractor.extract(Document.ofText("doc-7", text)).get(0);
    }

    private static List<Relation> of(ArticleExtraction a, RelationType type) {
        return a.relations().stream().filter(r -> r.type() == type).toList();
    }

    @Test
    void theCompanyReferenceInvestsForTheCompanyNamedBefore() {
        ArticleExtraction a = extract("""
                # 新绛县泽掌镇引进食用菌项目
                今年3月，泽掌镇与晋南丰菇农业科技有限公司签约。4月，该公司投资1200万元在泽掌镇建设菌棒厂。""");

        assertThat(of(a, RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋南丰菇农业科技有限公司", "泽掌镇"));
    }

    @Test
    void theTownReferenceImplementsTheProgramOfItsClauseButThePartyCommitteeWhoseHeadSpeaksDoesNot() {
        ArticleExtraction a = extract("""
                # 泽掌镇发展食用菌
                泽掌镇党委书记表示，镇里将以此为契机，全面推进“菌菇富民”行动。""");

        assertThat(of(a, RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("泽掌镇", "菌菇富民行动"));
    }

    @Test
    void theBankReferencePartnersWithTheBureau() {
        ArticleExtraction a = extract("""
                # 金融支农
                近日，农行运城分行召开会议。下一步，该行将与运城市农业农村局合作，推广整村授信。""");

        assertThat(of(a, RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("农行运城分行", "运城市农业农村局"));
    }

    @Test
    void relatedResultsArePublishedByEveryTeamOfTheSentenceTheyReferTo() {
        ArticleExtraction a = extract("""
                # 新型电池材料
                近日，由山西大学、南开大学组成的联合团队研制出一种新型电极材料。相关研究成果发表于《先进材料》。""");

        assertThat(of(a, RelationType.PUBLISHED_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西大学", "先进材料"), tuple("南开大学", "先进材料"));
    }

    @Test
    void aRelationCarriesItsSentenceOffsetsArticleAndConfidence() {
        ArticleExtraction a = extract("""
                # 产业项目落地
                今年3月，泽掌镇与晋南丰菇农业科技有限公司签约。""");
        Relation r = of(a, RelationType.PARTNERS_WITH).get(0);

        assertThat(r.evidence()).isEqualTo("今年3月，泽掌镇与晋南丰菇农业科技有限公司签约。");
        assertThat(a.article().text().substring(r.evidenceStart(), r.evidenceEnd())).isEqualTo(r.evidence());
        assertThat(r.articleId()).isEqualTo("doc-7");
        assertThat(r.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void aFactOnlyTheHeadlineStatesIsNoFact() {
        ArticleExtraction a = extract("""
                # 晋城市启动“六大工程”
                发布会上介绍了有关情况。""");

        assertThat(a.relations()).isEmpty();
    }

    @Test
    void aFactTheHeadlineAndTheReportBothStateStandsOnTheReportsSentence() {
        ArticleExtraction a = extract("""
                # 长治市启动“五大工程”
                3月5日，长治市启动“五大工程”，全年计划投入40亿元。""");
        Relation r = of(a, RelationType.IMPLEMENTS).get(0);

        assertThat(r.evidence()).isEqualTo("3月5日，长治市启动“五大工程”，全年计划投入40亿元。");
        assertThat(List.of(r.evidenceStart(), r.evidenceEnd())).containsExactly(0, 28);
    }

    @Test
    void aPlaceTheHeadlineNamesFirstIsPlacedByItsParentInTheReportsSentence() {
        ArticleExtraction a = extract("""
                # 沁源光伏项目开工
                沁源县隶属长治市，境内森林覆盖率超过六成。""");
        Relation r = of(a, RelationType.LOCATED_IN).get(0);

        assertThat(List.of(r.source(), r.target(), r.evidence())).containsExactly("沁源县", "长治市",
                "沁源县隶属长治市，境内森林覆盖率超过六成。");
    }

    @Test
    void theSchoolIsTheUniversityNotOneOfItsColleges() {
        ArticleExtraction a = extract("""
                # 山西农业大学与润城镇签订校镇合作协议
                按照分工，山西农业大学园艺学院负责品种更新；资源环境学院则在上伏村建设土壤改良试验田。当地龙头企业阳城县菌谷农业科技有限公司同日与学校签订技术服务协议。""");

        assertThat(of(a, RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城县菌谷农业科技有限公司", "山西农业大学"));
    }
}
