package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Short articles written for these tests (not taken from any publication), one construction each. */
class ExtractorTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    static ArticleExtraction extractOne(String text) {
        List<ArticleExtraction> articles = extractor.extract(Document.ofText("t", text));
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    static Entity entity(ArticleExtraction a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.entities().stream().map(Entity::name).toList()));
    }

    static List<List<Object>> relations(ArticleExtraction a, RelationType type) {
        return a.relations().stream().filter(r -> r.type() == type)
                .map(r -> List.<Object>of(r.source(), r.target())).toList();
    }

    @Test
    void companyInvestingInACountyZone() {
        ArticleExtraction a = extractOne("""
                宁晋县引进光伏组件项目
                近日,河北省邢台市宁晋县与晶澳太阳能科技股份有限公司(以下简称“晶澳科技”)签约光伏组件生产项目。\
                晶澳科技投资3亿元,在宁晋经济开发区建设年产2吉瓦的组件生产线,预计明年投产。""");

        assertThat(entity(a, "晶澳太阳能科技股份有限公司").aliases()).containsExactly("晶澳科技");
        assertThat(entity(a, "宁晋经济开发区").properties()).containsEntry("level", "zone");
        assertThat(entity(a, "宁晋县").properties()).containsEntry("divisionCode", "130528");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.INVESTS_IN)
                .extracting(Relation::source, Relation::target, Relation::properties)
                .containsExactly(tuple("晶澳太阳能科技股份有限公司", "宁晋经济开发区",
                        Map.of("amount", 300_000_000L, "currency", "CNY")));
        assertThat(relations(a, RelationType.LOCATED_IN)).contains(
                List.of("邢台市", "河北省"), List.of("宁晋县", "邢台市"), List.of("宁晋经济开发区", "宁晋县"));
        assertThat(relations(a, RelationType.PARTNERS_WITH)).containsExactly(List.of("宁晋县", "晶澳太阳能科技股份有限公司"));
    }

    @Test
    void townWorkingWithAUniversity() {
        ArticleExtraction a = extractOne("""
                安吉县天子湖镇:校地携手种好白茶
                今年以来,天子湖镇积极推进“茶园提质工程”。该镇深化“校地合作”,依托浙江大学建设白茶品质提升试验基地,\
                在高禹村示范推广生态种植技术。浙江大学茶学系教授王海涛介绍,试验基地今年将带动周边茶农增收。""");

        assertThat(entity(a, "天子湖镇").properties()).containsEntry("divisionCode", "330523111");
        assertThat(relations(a, RelationType.PARTNERS_WITH)).containsExactly(List.of("天子湖镇", "浙江大学"));
        assertThat(relations(a, RelationType.IMPLEMENTS)).containsExactly(List.of("天子湖镇", "茶园提质工程"));
        assertThat(relations(a, RelationType.LOCATED_IN)).contains(
                List.of("天子湖镇", "安吉县"), List.of("高禹村", "天子湖镇"));
        assertThat(entity(a, "王海涛").type()).isEqualTo(EntityType.Person);
    }

    @Test
    void bankBranchAndItsLoanProducts() {
        ArticleExtraction a = extractOne("""
                建行运城分行创新金融产品服务果农
                近日,建行运城分行围绕苹果产业推出“果农快贷”,并持续推广“裕农快贷”和“善营贷”等线上产品,\
                今年以来已向果农发放贷款2.6亿元。""");

        Entity branch = entity(a, "建行运城分行");
        assertThat(branch.type()).isEqualTo(EntityType.Enterprise);
        assertThat(branch.aliases()).containsExactly("中国建设银行运城分行");
        assertThat(relations(a, RelationType.LOCATED_IN)).containsExactly(List.of("建行运城分行", "运城市"));
        assertThat(relations(a, RelationType.PART_OF)).containsExactly(List.of("建行运城分行", "中国建设银行"));
        assertThat(relations(a, RelationType.IMPLEMENTS)).containsExactlyInAnyOrder(
                List.of("建行运城分行", "果农快贷"), List.of("建行运城分行", "裕农快贷"), List.of("建行运城分行", "善营贷"));
    }

    @Test
    void twoInstitutesPublishingJointly() {
        ArticleExtraction a = extractOne("""
                水稻耐盐机制研究获新进展
                中国科学院遗传与发育生物学研究所与南京农业大学合作,揭示了水稻响应盐胁迫的新机制。\
                相关成果日前发表于《科学》。""");

        assertThat(a.entities()).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                tuple("中国科学院遗传与发育生物学研究所", EntityType.ResearchTeam),
                tuple("南京农业大学", EntityType.ResearchTeam),
                tuple("科学", EntityType.Journal));
        assertThat(relations(a, RelationType.PUBLISHED_IN)).containsExactlyInAnyOrder(
                List.of("中国科学院遗传与发育生物学研究所", "科学"), List.of("南京农业大学", "科学"));
        assertThat(relations(a, RelationType.PARTNERS_WITH)).containsExactly(
                List.of("中国科学院遗传与发育生物学研究所", "南京农业大学"));
    }
}
