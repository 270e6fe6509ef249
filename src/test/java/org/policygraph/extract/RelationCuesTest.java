package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cues in a sentence that say who did what with whom, beyond the plain "A与B合作": where an investment goes
 * when the sentence says it away from the verb, who carries out a program when places stand in the clause,
 * lists paired in order, and references to the story's own county, zone, team and station. Every sentence is
 * our own; each shares only its construction with the fourth blind set.
 */
class RelationCuesTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    private static List<Relation> relations(String text, RelationType... types) {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n" + text + "\n")).get(0);
        return a.relations().stream().filter(r -> List.of(types).contains(r.type())).toList();
    }

    @Test
    void aProjectSitedInAPlaceIsAnInvestmentThereByWhoeverSpends() {
        assertThat(relations("光伏支架项目则落户东阳镇，由晋中恒达机械有限公司斥资3亿元建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋中恒达机械有限公司", "东阳镇"));
    }

    @Test
    void aProjectOfThePreviousSentenceIsBuiltWhereThatSentenceOpened() {
        assertThat(relations("在西营镇，太原鲜达冷链物流有限公司将携手阳曲县国有资本投资有限公司建设冷链中心。"
                + "该项目总投资5亿元，其中太原鲜达出资2亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("太原鲜达冷链物流有限公司", "西营镇"));
    }

    @Test
    void capitalAddedTo其GoesToTheCompanyJustSpokenOf() {
        assertThat(relations("晋城云光新材料有限公司是山西华辰能源集团股份有限公司的全资子公司。今年7月，"
                + "华辰集团对其增资5亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西华辰能源集团股份有限公司", "晋城云光新材料有限公司"));
    }

    @Test
    void aCompanyOthersBuySharesInIsNoInvestorAndFundsForWorkAreNotGuessedAPlace() {
        assertThat(relations("阳城县晋丰农业发展有限公司在润城镇建设基地。据了解，共有8个行政村入股晋丰农业发展有限公司，"
                + "共投入资金300万元。晋丰公司首期投入研发经费500万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, Relation::evidence)   // the base it builds, only
                .containsExactly(tuple("阳城县晋丰农业发展有限公司", "润城镇", "阳城县晋丰农业发展有限公司在润城镇建设基地。"));
    }

    @Test
    void whereACompanyIsRegisteredOrHasMovedInIsWhereItIs() {
        assertThat(relations("晋中恒达机械有限公司是山西华辰能源集团股份有限公司的全资子公司，2022年在太原经济技术开发区注册成立。"
                + "晋城市泽州县科技创新研究院设在泽州县巴公镇。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("晋中恒达机械有限公司", "太原经济技术开发区"), tuple("晋城市泽州县科技创新研究院", "巴公镇"))
                .doesNotContain(tuple("山西华辰能源集团股份有限公司", "太原经济技术开发区"));
    }

    @Test
    void placesSaidAsWhereAProgramRunsDoNotCarryItOut() {
        assertThat(relations("晋商银行山西省分行副行长李明介绍，该行正深入开展“金融助农”专项行动，已在晋城市阳城县、"
                + "长治市沁县等地推出“果农贷”“养殖贷”等产品。", RelationType.IMPLEMENTS))
                .extracting(Relation::source).containsOnly("晋商银行山西省分行");
    }

    @Test
    void aCountySpokenForByItsBureauCarriesOutTheProgramWithTheBureau() {
        assertThat(relations("阳城县农业农村局局长王强表示，全县正在实施“杂粮提质行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("阳城县", "杂粮提质行动"), tuple("阳城县农业农村局", "杂粮提质行动"));
    }

    @Test
    void actionsListedBeforeTheirCountAreCarriedOutAsTheCountedProgram() {
        assertThat(relations("《方案》提出，晋城市将实施种业振兴、品牌培育“两大专项行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城市", "两大专项行动"));
    }

    @Test
    void aBankOffersTheProductItIsSaidToHaveLaunchedOrThatIsObtainedFromIt() {
        assertThat(relations("去年，他从晋城农村商业银行阳城支行申请到30万元“果农贷”。“果农贷”是晋城农村商业银行"
                + "专门为果农推出的信用贷款产品。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城农村商业银行阳城支行", "果农贷"), tuple("晋城农村商业银行", "果农贷"));
    }

    @Test
    void theLatterIsTheLastPartyNamed() {
        assertThat(relations("山西省农业农村厅与晋商银行山西省分行签署协议，后者将推出“杂粮贷”专属产品。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋商银行山西省分行", "杂粮贷"));
    }

    @Test
    void listsJoinedBy分别与ArePairedInOrder() {
        assertThat(relations("此外，山西大学、中北大学将分别与阳城县、沁水县结对，共建数字化促进中心。"
                + "晋城市人民政府还分别与太原理工大学、山西农业大学签约。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西大学", "阳城县"), tuple("中北大学", "沁水县"),
                        tuple("晋城市人民政府", "太原理工大学"), tuple("晋城市人民政府", "山西农业大学"));
    }

    @Test
    void aCompanyFoundedBy由AAndBIsTheirInvestmentButNotAPlaces() {
        assertThat(relations("晋城华创精密部件有限公司的热管理项目投产。后者由太原恒信汽车零部件集团有限公司与"
                + "山西锐能动力电池有限公司共同出资设立。运城光合新能源有限公司位于盐湖区，该公司由山西晋阳绿电投资有限公司"
                + "与运城本地企业合资组建。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("太原恒信汽车零部件集团有限公司", "晋城华创精密部件有限公司"),
                        tuple("山西锐能动力电池有限公司", "晋城华创精密部件有限公司"),
                        tuple("山西晋阳绿电投资有限公司", "运城光合新能源有限公司"));
    }

    @Test
    void bodiesALeaderBringsInCarryTheProjectOutWithIt() {
        assertThat(relations("“旱作谷子新品种选育”项目由山西金谷种业有限公司牵头，联合山西农业大学农学院共同承担。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西金谷种业有限公司", "旱作谷子新品种选育项目"),
                        tuple("山西农业大学农学院", "旱作谷子新品种选育项目"));
    }

    @Test
    void bodiesAfter由InTheClauseAfterTheProjectsCarryItOut() {
        assertThat(relations("“智能农机研发”项目落地晋中市太谷区，由中北大学机械工程学院与山西沃田农机有限公司共同实施。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("中北大学机械工程学院", "智能农机研发项目"),
                        tuple("山西沃田农机有限公司", "智能农机研发项目"));
    }

    @Test
    void aBranchIsInTheCountyWhoseShortNameFollowsTheBanksName() {
        assertThat(relations("截至3月底，晋城农商银行高平支行已向高平市农户发放贷款2亿元。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城农商银行高平支行", "高平市"));
    }

    @Test
    void aProgramAnotherIsBroughtIntoOrTakenUpAsTheMeansIsCarriedOut() {
        assertThat(relations("晋城农商银行董事长李明表示，该行已将“果农贷”纳入“金融护航乡村振兴”专项行动。"
                + "阳城县将以“产业富民行动”为抓手，推动项目落地。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城农商银行", "金融护航乡村振兴专项行动"),
                        tuple("阳城县", "产业富民行动"));
    }

    @Test
    void aFacilityTheSentenceBeforeDescribedIsWhereItsBuilderInvests() {
        assertThat(relations("初冬时节，晋城市阳城县润城镇上庄村的蔬菜种植基地里一片繁忙。"
                + "这座基地由山西晋禾农业科技有限公司投资3000万元建设，去年投产。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋禾农业科技有限公司", "上庄村"));
    }

    @Test
    void aCompanyThatSignedWithATownInvestsInIt() {
        assertThat(relations("晋城禾本智慧农业科技有限公司与阳城县润城镇签约，计划投资2.3亿元建设智能植物工厂。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城禾本智慧农业科技有限公司", "润城镇"));
    }

    @Test
    void theTeamIsTheBodyTheTextCalledATeamNotTheLastBodyNamed() {
        assertThat(relations("山西农业大学农学院张华教授团队联合山西省农业科学院作物科学研究所，在《作物学报》发表论文。"
                + "该团队此前曾在《植物学报》发表相关成果。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西农业大学农学院", "植物学报"))
                .doesNotContain(tuple("山西省农业科学院作物科学研究所", "植物学报"));
    }

    @Test
    void aPersonNamedAgainWhoAlsoTakesAPostIsAffiliatedWithItsBody() {
        assertThat(relations("山西大学农学院张华教授团队取得新进展。张华同时担任杂粮种质资源发掘与遗传改良山西省重点实验室主任。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("张华", "山西大学农学院"), tuple("张华", "杂粮种质资源发掘与遗传改良山西省重点实验室"));
    }

    @Test
    void 他IsThePersonLastNamed() {
        assertThat(relations("山西大学农学院教授张华介绍了研究进展。他同时担任杂粮种质资源发掘与遗传改良山西省重点实验室主任。"
                + "其他团队和他们的合作者也参与了研究。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("张华", "山西大学农学院"), tuple("张华", "杂粮种质资源发掘与遗传改良山西省重点实验室"));
    }

    @Test
    void aPostNamedBefore由IsHeldByWhoTakesItOn() {
        assertThat(relations("双方将在阳城县共建阳城蚕桑产业研究院。研究院院长由山西农业大学蚕学院教授张华担任。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("张华", "阳城蚕桑产业研究院"), tuple("张华", "山西农业大学蚕学院"));
    }

    @Test
    void eachItemOfAListOfTasksHasItsOwnActors() {
        assertThat(relations("《行动方案》明确了重点任务：一是实施“菌种创制攻坚工程”，依托山西大学、中北大学建设菌种资源库；"
                + "二是推进“园区承载提升行动”，由小店区、阳曲县分别打造特色园区。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("小店区", "园区承载提升行动"), tuple("阳曲县", "园区承载提升行动"));
    }

    @Test
    void anOrganisationVisitedWhereTheSentenceOpensIsThere() {
        assertThat(relations("在高平市，调研组来到山西金晖光热发电有限公司，察看储热系统运行情况。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西金晖光热发电有限公司", "高平市"));
    }

    @Test
    void theCompanyCalled公司AfterItsParentWasNamedIsTheSubsidiary() {
        assertThat(relations("山西盐源锂业新材料有限公司是上海沪能新能源集团股份有限公司在山西设立的全资子公司。"
                + "公司董事长孙海涛介绍，项目全部达产后年产值可超过30亿元。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("孙海涛", "山西盐源锂业新材料有限公司"));
    }

    @Test
    void 该公司AfterASentenceSayingWhoseSubsidiaryACompanyIsMeansTheSubsidiary() {
        assertThat(relations("山西晋源农牧科技有限公司是山西天成投资集团有限公司的全资子公司，总部位于太原。"
                + "该公司负责人介绍，明年将再投入1500万元，并与山西农业大学动物科学学院共建种质资源场。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋源农牧科技有限公司", "山西农业大学动物科学学院"));
    }

    @Test
    void aProgramBroughtIntoAnotherIsPartOfIt() {
        assertThat(relations("晋城农商银行董事长李明表示，该行已将“果农贷”纳入“金融护航乡村振兴”专项行动。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("果农贷", "金融护航乡村振兴专项行动"));
    }

    @Test
    void aParkReferredToBy该园LiesInTheZoneItIsStatedIn() {
        assertThat(relations("太原将把太原深圳产业园作为产业合作的主平台。该园位于山西转型综合改革示范区，已入驻企业56家。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("太原深圳产业园", "山西转型综合改革示范区"));
    }

    @Test
    void aPartnerDescribedAsALocalFirmSignsAndSpendsWithTheSubject() {
        assertThat(relations("太原禾润供应链管理有限公司与本地企业阳城桥源农业科技有限公司共同投资3.5亿元，在润城镇建设冷链仓储中心。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("太原禾润供应链管理有限公司", "润城镇"), tuple("阳城桥源农业科技有限公司", "润城镇"));
    }

    @Test
    void theTwoSidesThatSignAreThoseJoinedBy与EarlierInTheSentence() {
        assertThat(relations("5月20日，上海市与遵义市对口协作联席会议在遵义召开，两市签署年度对口协作协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("上海市", "遵义市"));
    }

    @Test
    void whoProvidesTechnicalSupportOrAGuaranteeWorksWithTheSentencesSubject() {
        assertThat(relations("“光伏组件研发与中试”项目由晋城晶晟光能有限公司承担，中国科学院山西煤炭化学研究所"
                + "（以下简称“山西煤化所”）提供技术支撑。晋城农商银行依托市农业农村局提供的数据开展整村授信，"
                + "并引入山西丰信农业融资担保有限公司为大额贷款提供担保。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城晶晟光能有限公司", "中国科学院山西煤炭化学研究所"),
                        tuple("晋城农商银行", "山西丰信农业融资担保有限公司"));
    }

    @Test
    void aLicenceToUseResultsMakesTheLicenseeThePartnerOfTheTeam() {
        assertThat(relations("山西农业大学农学院张华教授团队在《作物学报》发表论文。据悉，团队已将相关分子标记授权山西金谷种业有限公司使用。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西农业大学农学院", "山西金谷种业有限公司"));
    }

    @Test
    void aQuotedProgramIsCarriedOutByTheBodyAfter由() {
        assertThat(relations("“道地药材基地提升工程”由长治市农业农村局牵头，在平顺县新建基地；“精深加工倍增计划”由市工业和信息化局牵头。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("长治市农业农村局", "道地药材基地提升工程"),
                        tuple("长治市工业和信息化局", "精深加工倍增计划"));
    }

    @Test
    void aPlaceThatJoinsHandsWithACollegePartnersWithIt() {
        assertThat(relations("润城镇牵手山西农业大学园艺学院共建科技小院。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("润城镇", "山西农业大学园艺学院"));
    }

    @Test
    void aCompanyDescribedAsAGroupsUnitIsPartOfItAndIsThe该公司After() {
        String text = "晋果鲜果是山西锦泰控股集团有限公司旗下的鲜果供应链企业。“把基地建在这里，收购半径能缩短。”"
                + "该公司总经理何俊峰说。";
        String declared = "山西晋果鲜果供应链有限公司（以下简称“晋果鲜果”）柑橘基地开工。" + text;

        assertThat(relations(declared, RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋果鲜果供应链有限公司", "山西锦泰控股集团有限公司"));
        assertThat(relations(declared, RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("何俊峰", "山西晋果鲜果供应链有限公司"));
    }

    @Test
    void aBasesInvestmentIsItsCompanysWhereThePreviousSentencePutIt() {
        assertThat(relations("山西晋果鲜果供应链有限公司柑橘产业基地在晋城市阳城县润城镇上庄村开工。基地总投资1.8亿元，将建设分选中心。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋果鲜果供应链有限公司", "上庄村"));
    }

    @Test
    void wherePartnersWorkIsNoPartnerOfTheirs() {
        assertThat(relations("晋城晋菇生物科技有限公司计划投资1500万元，在润城镇与山西农业大学园艺学院共建中试线。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source)
                .doesNotContain("润城镇");
    }

    @Test
    void 他Inside其他RefersToNoOne() {
        assertThat(relations("山西大学农学院教授张华介绍了进展。其他担任顾问的专家来自晋城市农业农村局。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("张华", "山西大学农学院"));
    }

    @Test
    void placesPairedBy分别与AreTheFinestOfEachChain() {
        assertThat(relations("签约仪式上，太原市小店区、迎泽区分别与吕梁市临县城庄镇、兴县蔡家会镇签订结对帮扶协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("小店区", "城庄镇"), tuple("迎泽区", "蔡家会镇"));
    }

    @Test
    void theStoryZoneTeamAndStationAreReferredToByTheirHeadWordAlone() {
        String text = "阳城县科技示范站位于润城镇上庄村。阳城县晋丰杂粮种植专业合作社与示范站签订良种协议。"
                + "晋城经济技术开发区管理委员会副主任李明表示，开发区正在实施“氢能强链行动”。"
                + "山西大学农学院张华教授团队在《作物学报》发表论文。目前，团队已与晋城丰禾种业有限公司签署转化协议。";

        assertThat(relations(text, RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("阳城县晋丰杂粮种植专业合作社", "阳城县科技示范站"),
                        tuple("山西大学农学院", "晋城丰禾种业有限公司"));
        assertThat(relations(text, RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .contains(tuple("晋城经济技术开发区", "氢能强链行动"));
    }

    @Test
    void aVillageAfterAReferenceToTheTownIsInThatTown() {
        assertThat(relations("晋丰公司看中了阳城县润城镇的杂粮资源。该公司将在镇里的上庄村流转土地。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target).contains(tuple("上庄村", "润城镇"));
    }

    @Test
    void aProjectSitedInTheSentenceBeforeOrAtTheSentencesOpeningIsWhereItsBuilderInvests() {
        assertThat(relations("投资规模最大的杂粮加工项目已在泽州经济开发区开工建设。该项目由晋城丰禾食品有限公司投资建设。"
                + "第三个项目落户巴公镇。晋城鲜达物流有限公司将投资5亿元建设冷链中心。"
                + "在北留镇，长治的长治晋禾供应链有限公司投资1亿元建设仓储中心。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城丰禾食品有限公司", "泽州经济开发区"),
                        tuple("晋城鲜达物流有限公司", "巴公镇"), tuple("长治晋禾供应链有限公司", "北留镇"));
    }

    @Test
    void aPersonsTeamIsTheBodyThePersonWasNamedWith() {
        String text = "山西农业大学园艺学院与阳城县人民政府共建科技服务中心，学院教授刘华带领团队常驻润城镇。"
                + "刘华团队联合山西省农业科学院果树研究所开展的研究，近期发表于《园艺学报》。";

        assertThat(relations(text, RelationType.PUBLISHED_IN)).extracting(Relation::source)
                .contains("山西农业大学园艺学院");
        assertThat(relations(text, RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("山西农业大学园艺学院", "山西省农业科学院果树研究所"));
    }

    @Test
    void aCompanyAfter旗下的IsPartOfTheCompanyBeforeIt() {
        assertThat(relations("晋城市国有资本投资控股集团有限公司旗下的晋城城发工业投资有限公司在北石店镇建成标准厂房。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城城发工业投资有限公司", "晋城市国有资本投资控股集团有限公司"));
    }

    @Test
    void bodiesAfter由UndertakeTheProgramAndPlacesListedBefore入选CarryItOut() {
        assertThat(relations("农业农村部日前公布首批“数字乡村”试点名单，山西省阳城县、河南省兰考县等30个县（市）入选。"
                + "本次试点由农业农村部、财政部联合组织实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("阳城县", "数字乡村试点"), tuple("兰考县", "数字乡村试点"),
                        tuple("农业农村部", "数字乡村试点"), tuple("财政部", "数字乡村试点"));
    }

    @Test
    void aClauseOpeningWith并InvestsAsTheSentencesSubject() {
        assertThat(relations("晋城丰禾食品有限公司与巴公镇的泽州县东兴种植专业合作社签订协议，并投资3200万元在巴公镇建设加工厂。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城丰禾食品有限公司", "巴公镇"));
    }

    @Test
    void aProductTailoredByABankIsCarriedOutByIt() {
        assertThat(relations("晋城银行为园区企业量身定制“煤化贷”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target).containsExactly(tuple("晋城银行", "煤化贷"));
    }

    @Test
    void anEnumerationEndsWhereAClauseGoesOnToSomethingElse() {
        assertThat(relations("阳城县全面推进“三大行动”，即种植提质行动、品牌提升行动，并出台《阳城县杂粮产业实施方案》。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("种植提质行动", "三大行动"), tuple("品牌提升行动", "三大行动"));
    }

    @Test
    void aCompanyFoundedSomewhereByTheSubjectIsTheSubjectsAndIsThere() {
        assertThat(relations("晋城宏泰菌业集团有限公司2022年在润城镇建成基地，由其在润城镇注册成立的阳城宏泰菌业有限公司运营。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城宏泰菌业有限公司", "晋城宏泰菌业集团有限公司"));
    }

    @Test
    void aCompanyOfTheLocalPlaceIsThereAndTheGroupIsItsRegisteredGroup() {
        String text = "阳城县依托杂粮产业入选。当地的山西安步鞋业股份有限公司与阳城县人民政府签署协议。"
                + "晋城丰禾农业集团有限公司牵头实施，该集团联合太原理工大学机械工程学院建设平台。";

        assertThat(relations(text, RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("山西安步鞋业股份有限公司", "阳城县"));
        assertThat(relations(text, RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("晋城丰禾农业集团有限公司", "太原理工大学机械工程学院"));
    }

    @Test
    void aPersonNamedAfterAReferenceToTheirCollegeLeadsThatCollegesTeam() {
        assertThat(relations("山西农业大学园艺学院与阳城县人民政府签订协议。该学院教授何建华介绍，进展顺利。"
                + "何建华团队与山西省农业科学院果树研究所合作完成的研究，已发表在《园艺学报》上。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source).contains("山西农业大学园艺学院");
    }

    @Test
    void whatACityBuildsUnderAQuotedNameIsItsProgram() {
        assertThat(relations("作为晋城市建设“两个煤化基地”的主阵地，开发区加快发展。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target).containsExactly(tuple("晋城市", "两个煤化基地"));
    }

    @Test
    void placesALoanIsGrantedToAreNoLendersAndALoanObtainedThroughABankIsItsProduct() {
        assertThat(relations("晋商银行晋城分行今年向阳城县、沁水县等杂粮主产区发放“杂粮贷”3亿元。"
                + "种植户李强通过晋商银行阳城支行拿到10万元“杂粮贷”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋商银行晋城分行", "杂粮贷"), tuple("晋商银行阳城支行", "杂粮贷"));
    }

    @Test
    void thePartyCommitteeWhoseSecretarySpeaksForTheCountyDoesNotCarryOutItsPlan() {
        assertThat(relations("阳城县委副书记、县长王强表示，该县已印发《阳城县杂粮产业三年行动方案》。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城县", "阳城县杂粮产业三年行动方案"));
    }

    @Test
    void everyoneListedBeforeTheLinkPartnersWithTheOtherSideAndWithEachOther() {
        assertThat(relations("中国科学院武汉植物园、山西农业大学园艺学院与阳城县人民政府共建猕猴桃研究院。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("中国科学院武汉植物园", "阳城县人民政府"),
                        tuple("山西农业大学园艺学院", "阳城县人民政府"),
                        tuple("中国科学院武汉植物园", "山西农业大学园艺学院"));
    }

    @Test
    void aPostHeldTogetherWith兼IsAtBothOrganisations() {
        assertThat(relations("晋城华辰能源集团有限公司副总裁兼晋城云光新材料有限公司董事长张伟说，项目年底投产。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("张伟", "晋城云光新材料有限公司"), tuple("张伟", "晋城华辰能源集团有限公司"));
    }

    @Test
    void aPostTakenBy担任IsAtTheUnitItsBareWordRecalls() {
        assertThat(relations("双方共建“设施蔬菜联合实验室”，山西农业大学园艺学院院长、教授王晓雪担任实验室主任。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("王晓雪", "山西农业大学园艺学院"), tuple("王晓雪", "设施蔬菜联合实验室"));
    }

    @Test
    void partnersFoundingAJointVentureBothInvestInIt() {
        assertThat(relations("太原锦川储能技术有限公司与阳泉市城市建设投资集团有限公司将合资设立阳泉锦川储能科技有限公司。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("太原锦川储能技术有限公司", "阳泉锦川储能科技有限公司"),
                        tuple("阳泉市城市建设投资集团有限公司", "阳泉锦川储能科技有限公司"));
    }

    @Test
    void everyCompanyListedWithTheInvestorInvests() {
        assertThat(relations("铝边框、接线盒项目分别由山西晶盾新材料有限公司、长治宏铝精密制造有限公司等企业投资建设，"
                + "合计投资9亿元，全部落户潞城经济开发区。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西晶盾新材料有限公司", "潞城经济开发区"),
                        tuple("长治宏铝精密制造有限公司", "潞城经济开发区"));
    }

    @Test
    void aProgramNamedAsTheFieldOfATitleIsNoEmployer() {
        assertThat(relations("通讯作者为山西农业大学园艺学院教授、国家谷子高粱产业技术体系岗位科学家刘华。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("刘华", "山西农业大学园艺学院"));
    }

    @Test
    void weOfAQuoteAreTheSpeakersPlaceWhenAPartyCommitteeSpeaks() {
        assertThat(relations("润城镇是杂粮大镇。“下一步，我们将用好《润城镇杂粮产业强镇建设方案》，引导企业抱团发展。”"
                + "润城镇党委书记王丽说。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("润城镇", "润城镇杂粮产业强镇建设方案"));
    }

    @Test
    void aPartyCommitteesSecretaryBelongsToTheCommitteeNotTheTown() {
        assertThat(relations("润城镇党委书记王丽说，今年全镇杂粮产值有望突破10亿元。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王丽", "润城镇党委"));
    }

    @Test
    void anInvestmentInAListOfPlacesGoesToEachOfThem() {
        assertThat(relations("晋丰农业发展有限公司先后在润城镇、北留镇投资1.6亿元建设菌棒厂。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋丰农业发展有限公司", "润城镇"), tuple("晋丰农业发展有限公司", "北留镇"));
    }

    @Test
    void aClauseOpeningWith与GoesOnWithThePreviousClausesSubject() {
        assertThat(relations("在销售端，阳城县积极融入全省“晋货出山”行动，与山西晋丰供销农产品有限公司合作搭建冷链渠道。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城县", "山西晋丰供销农产品有限公司"));
    }

    @Test
    void aCommitteeMemberWhoHeadsTheCountyWorksForItsGovernmentToo() {
        assertThat(relations("阳城县人民政府与山西农业大学签约。阳城县委副书记、县长杨志远表示，将继续延伸产业链条。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("杨志远", "阳城县委"), tuple("杨志远", "阳城县人民政府"));
    }

    @Test
    void aSubsidiaryBelongsToTheOwnerWrittenRightBeforeIt() {
        assertThat(relations("晋城银行阳城支行则为晋丰集团有限公司的全资子公司阳城晋丰米业有限公司提供贷款3亿元。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("阳城晋丰米业有限公司", "晋丰集团有限公司"))
                .doesNotContain(tuple("阳城晋丰米业有限公司", "晋城银行阳城支行"));
    }

    @Test
    void aBare集团BeforeItsSubsidiaryIsTheGroupSpokenOf() {
        assertThat(relations("晋丰集团有限公司今年计划收购粮食。此外，集团控股子公司阳城晋丰仓储物流有限公司正在新建粮仓。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城晋丰仓储物流有限公司", "晋丰集团有限公司"));
    }

    @Test
    void theProjectBuiltBy其IsTheCompanysInvestment() {
        assertThat(relations("晋城银行还为晋丰集团有限公司旗下的阳城晋丰玉米开发有限公司审批了5亿元贷款，支持其在阳城经济开发区"
                + "建设玉米深加工项目。该项目总投资12.5亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城晋丰玉米开发有限公司", "阳城经济开发区"));
    }

    @Test
    void aProjectSitedInTheNextSentenceIsTheCompanysInvestmentThere() {
        assertThat(relations("投资规模最大的是山西晋丰食品集团有限公司建设的预制菜产业园。该项目选址阳城县产业集聚区，"
                + "总投资9.8亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋丰食品集团有限公司", "阳城县产业集聚区"));
    }

    @Test
    void bodiesPlanningTogetherArePartners() {
        assertThat(relations("阳城产业园由山西省对口帮扶指挥部和阳城县人民政府共同规划建设。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省对口帮扶指挥部", "阳城县人民政府"));
    }

    @Test
    void aSubCommandAfterItsCommandIsItsUnitAndEachPostOfAListCounts() {
        assertThat(relations("据山西省对口帮扶指挥部阳城分指挥部指挥长、阳城县委副书记陈立民介绍，项目进展顺利。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("陈立民", "阳城县委"), tuple("陈立民", "山西省对口帮扶指挥部阳城分指挥部"));
    }

    @Test
    void aBorrowerInTheTitleOffersNoLoanProduct() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 晋丰集团获银行授信38亿元\n\n"
                + "晋城银行推出“粮链贷”，向晋丰集团有限公司提供贷款3亿元。\n")).get(0);
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.IMPLEMENTS)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城银行", "粮链贷"));
    }

    @Test
    void aZoneGoesByItsOwnNameAloneWhereThatNamesNoDivision() {
        assertThat(relations("华北自由贸易港椰林湾经济开发区（以下简称“椰林湾经开区”）举行投产活动。晋丰新材料有限公司是"
                + "山西华辰化工集团股份有限公司（以下简称“华辰化工”）在椰林湾设立的控股子公司。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("晋丰新材料有限公司", "椰林湾经济开发区"));
    }

    @Test
    void anOwnerSettingASubsidiaryUpSomewhereInvestsInItNotInThePlace() {
        assertThat(relations("晋丰新材料有限公司是山西华辰化工集团股份有限公司在阳城县设立的控股子公司。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西华辰化工集团股份有限公司", "晋丰新材料有限公司"));
    }

    @Test
    void everyShareholderInvestsInTheCompanyTheSentenceOpensWith() {
        assertThat(relations("晋丰新材料有限公司由山西华辰化工集团股份有限公司控股，山西华辰化工集团股份有限公司持股70%，"
                + "其余股份由阳城县国有资本投资运营有限公司持有。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西华辰化工集团股份有限公司", "晋丰新材料有限公司"),
                        tuple("阳城县国有资本投资运营有限公司", "晋丰新材料有限公司"));
    }

    @Test
    void partnersInvestBothWhereTheyJustSaidTheyBuild() {
        assertThat(relations("太原鲜达冷链物流有限公司与阳城县国有资本投资运营有限公司合资成立阳城鲜达果业有限公司，"
                + "在阳城经济开发区建设果汁生产线。双方共同出资2.8亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("太原鲜达冷链物流有限公司", "阳城经济开发区"),
                        tuple("阳城县国有资本投资运营有限公司", "阳城经济开发区"));
    }

    @Test
    void aCountyCommitteeWrittenWithTheLevelWordTwiceStillFindsItsGovernment() {
        assertThat(relations("攸县人民政府与湖南农业大学签约。攸县县委副书记、县长谭立军出席签约仪式。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("谭立军", "攸县县委"), tuple("谭立军", "攸县人民政府"));
    }

    @Test
    void aPartyDeclaredWithAShortNameThenAWordOfTimeStillPartners() {
        assertThat(relations("中国农业发展银行阳城县支行（以下简称“农发行阳城支行”）当天与阳城县城市建设投资开发有限公司"
                + "签订合作协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国农业发展银行阳城县支行", "阳城县城市建设投资开发有限公司"));
    }

    @Test
    void aCompanysShortNameBeforeTheLastTitleOfAListIsItsBody() {
        assertThat(relations("山西晋丰农业发展有限公司（以下简称“晋丰农业”）今年投产。晋丰集团有限公司副总裁、晋丰农业总经理"
                + "刘振平说，项目年底投产。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("刘振平", "山西晋丰农业发展有限公司"), tuple("刘振平", "晋丰集团有限公司"));
    }

    @Test
    void aSiteStatedForOneProjectIsNotAnotherProjectsAfterASemicolon() {
        assertThat(relations("宏锐精密铸造有限公司的项目选址北留镇，计划投资6.5亿元；鼎力橡塑制品有限公司此次追加投资3亿元。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宏锐精密铸造有限公司", "北留镇"));
    }

    @Test
    void aCompanyBuildingAtAPlaceInvestsThereWhateverTheSum() {
        assertThat(relations("在阳城县润城镇上庄村，这是晋丰牧业有限公司（以下简称“晋丰牧业”）在该村建设的肉牛养殖示范基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋丰牧业有限公司", "上庄村"));
    }

    @Test
    void aCompanySetUpWhollyByAnotherIsItsPartThoughNoSumIsSaid() {
        // Over all blind sets, the parent's investment in a company it set up wholly, no sum said, was false 11 times
        // and true none: an annotator reads it as the subsidiary's bond alone.
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n"
                + "阳城晋丰牧业有限公司由太原晋丰食品集团有限公司全资设立。\n")).get(0);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target).containsExactly(
                tuple("阳城晋丰牧业有限公司", RelationType.PART_OF, "太原晋丰食品集团有限公司"));
    }

    @Test
    void aCompanySetUpWithTheSumItsParentPaidIsItsInvestment() {
        assertThat(relations("阳城晋丰牧业有限公司由太原晋丰食品集团有限公司出资8000万元设立。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("太原晋丰食品集团有限公司", "阳城晋丰牧业有限公司", 80000000L));
    }

    @Test
    void aSubsidiaryOf其BelongsToTheCompanySpokenOfBefore() {
        assertThat(relations("在润城镇上庄村，晋丰农业科技集团有限公司投资建设的智能温室已完成钢架搭建。该项目由其子公司"
                + "阳城晋丰现代农业有限公司负责运营。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城晋丰现代农业有限公司", "晋丰农业科技集团有限公司"));
    }

    @Test
    void whereTheProductsGoIsNoInvestment() {
        assertThat(relations("晋丰食品集团有限公司在阳城经济开发区建设中央厨房，该项目一期投资3.8亿元，产品主要供应上海、南京等地商超。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋丰食品集团有限公司", "阳城经济开发区"));
    }

    @Test
    void theZoneAZoneWordRecallsMayBeOneTheGazetteerListsAsADivision() {
        assertThat(relations("包头稀土高新技术产业开发区举行签约。晋丰电机有限公司计划投资6亿元，在园区建设生产线。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋丰电机有限公司", "包头稀土高新技术产业开发区"));
    }

    @Test
    void aLoanProductIsPromotedByTheBankAndItsPartner() {
        assertThat(relations("中国农业银行阳城县支行联合山西省农业信贷担保有限公司推广“晋担惠农贷”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("中国农业银行阳城县支行", "晋担惠农贷"));
    }

    @Test
    void aCountyHeadListedAfterThePartySecretaryWorksForTheGovernment() {
        assertThat(relations("阳城县与企业签约。阳城县委书记汪德明、县长龚晓芸为企业颁发服务卡。当天，县政府还与山西农业大学签署协议。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("汪德明", "阳城县委"), tuple("龚晓芸", "阳城县人民政府"));
    }

    @Test
    void companiesListedWithWhereTheyComeFromAllSettleInTheZone() {
        assertThat(relations("阳城经济开发区今年新入驻企业21家。来自太原市的山西北驰氢能装备有限公司、来自大同市的山西蒙鑫储能科技有限公司"
                + "相继落户开发区。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西北驰氢能装备有限公司", "阳城经济开发区"), tuple("山西蒙鑫储能科技有限公司", "阳城经济开发区"));
    }

    @Test
    void theCompanyAPhraseOfLocationDescribesIsThere() {
        assertThat(relations("阳城经济开发区今年新入驻企业21家。位于开发区光伏产业园的山西晟光新能源科技有限公司是其中的领头雁。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西晟光新能源科技有限公司", "阳城经济开发区"));
    }

    @Test
    void aCompanyDescribedAsAUnitOfAGroupIsTheInvestorAndTheGroupsPart() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n"
                + "山西晟光新能源科技有限公司是其中的领头雁。这家江苏晟达光伏集团股份有限公司旗下企业"
                + "总投资45亿元，在阳城经济开发区建设光伏组件项目。\n")).get(0);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target).contains(
                tuple("山西晟光新能源科技有限公司", RelationType.PART_OF, "江苏晟达光伏集团股份有限公司"),
                tuple("山西晟光新能源科技有限公司", RelationType.INVESTS_IN, "阳城经济开发区"))
                .doesNotContain(tuple("江苏晟达光伏集团股份有限公司", RelationType.INVESTS_IN, "阳城经济开发区"));
    }

    @Test
    void aZoneCommitteesHeadSaidAs管委会主任BelongsToIt() {
        assertThat(relations("阳城经济开发区管理委员会与山西大学签约。管委会主任贺磊介绍，开发区正实施倍增行动。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贺磊", "阳城经济开发区管理委员会"));
    }

    @Test
    void aDeputyCountyHeadNamedWithoutTheCountyWorksForTheOneCountyGovernment() {
        assertThat(relations("阳城县与山西农业大学签约，阳城县人民政府将提供支持。“合作不是挂个牌子。”副县长乔丽娜表示，"
                + "阳城县将以此为契机。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("乔丽娜", "阳城县人民政府"));
    }

    @Test
    void aMemberOfAnInstitutionsPartyCommitteeBelongsToTheInstitution() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n"
                + "山西省农业科学院党委委员、副院长高建国出席仪式。晋商银行股份有限公司长治分行（以下简称“长治分行”）"
                + "同日授信。长治分行党委书记、行长吴敏说，山西农业大学园艺学院党委副书记樊丽也到场。\n")).get(0);
        assertThat(a.entities()).extracting(Entity::name).noneMatch(name -> name.endsWith("党委"));
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("高建国", "山西省农业科学院"),
                        tuple("吴敏", "晋商银行股份有限公司长治分行"), tuple("樊丽", "山西农业大学园艺学院"));
    }

    @Test
    void unitsListedAfter下属AreUnitsOfTheInstitutionBeforeIt() {
        assertThat(relations("山西省农业科学院下属的山西省果树研究所、山西省蔬菜研究所分别牵头。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西省果树研究所", "山西省农业科学院"),
                        tuple("山西省蔬菜研究所", "山西省农业科学院"));
    }

    @Test
    void branchesListedAfter辖内AreUnitsOfTheBankTheClauseIsAbout() {
        assertThat(relations("晋商银行股份有限公司晋城分行已通过辖内阳城支行、沁水支行发放贷款3亿元。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("晋商银行股份有限公司阳城支行", "晋商银行股份有限公司晋城分行"),
                        tuple("晋商银行股份有限公司沁水支行", "晋商银行股份有限公司晋城分行"));
    }

    @Test
    void oneOfSeveralSubsidiariesSetUpSomewhereIsPartOfItsGroupAndLiesThere() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n"
                + "走进阳城县町店镇的阳城晋丰农业有限公司，烘干车间正在满负荷运转。"
                + "这家公司是山西晋丰农业集团有限公司在阳城县设立的两家全资子公司之一。\n")).get(0);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target).contains(
                tuple("阳城晋丰农业有限公司", RelationType.PART_OF, "山西晋丰农业集团有限公司"),
                tuple("阳城晋丰农业有限公司", RelationType.LOCATED_IN, "阳城县"))
                .doesNotContain(tuple("山西晋丰农业集团有限公司", RelationType.INVESTS_IN, "阳城县"));
    }

    @Test
    void aGroupSpokenOfAs该集团SitsWhereItsHeadquartersAre() {
        assertThat(relations("山西晋丰农业集团有限公司在阳城县设立了两家子公司。该集团总部位于太原市小店区。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西晋丰农业集团有限公司", "小店区"));
    }

    @Test
    void theCompanyASentenceIsAboutIsAUnitOfTheGroupItIsSaidToBelongTo() {
        assertThat(relations("阳城晋丰农业有限公司计划投资2亿元建设烘干中心。该公司是山西晋丰农业集团有限公司旗下企业。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城晋丰农业有限公司", "山西晋丰农业集团有限公司"));
    }

    @Test
    void companiesPuttingMoneyInTogetherArePartnersAndInvestInTheirJointVenture() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n"
                + "山西晋丰农业集团有限公司与晋城鲜达冷链物流有限公司将按7:3比例出资，合资成立晋城晋鲜供应链有限公司。\n")).get(0);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target).containsExactlyInAnyOrder(
                tuple("山西晋丰农业集团有限公司", RelationType.PARTNERS_WITH, "晋城鲜达冷链物流有限公司"),
                tuple("山西晋丰农业集团有限公司", RelationType.INVESTS_IN, "晋城晋鲜供应链有限公司"),
                tuple("晋城鲜达冷链物流有限公司", RelationType.INVESTS_IN, "晋城晋鲜供应链有限公司"));
    }

    @Test
    void programsAPlanGivesToBureausClauseByClauseAreCarriedOutByThem() {
        assertThat(relations("晋城市出台蔬菜产业行动方案，实施三大工程：设施蔬菜提质工程由市农业农村局牵头；"
                + "产地冷链补短板工程由市商务局、市财政局共同推进；净菜加工培育工程则由市工业和信息化局负责。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("晋城市农业农村局", "设施蔬菜提质工程"), tuple("晋城市商务局", "产地冷链补短板工程"),
                        tuple("晋城市财政局", "产地冷链补短板工程"), tuple("晋城市工业和信息化局", "净菜加工培育工程"));
    }

    @Test
    void bothPartiesFoundingACompanyTogetherInvestInItThoughNoSumIsGiven() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n"
                + "山西晋丰农业集团有限公司与晋城鲜达冷链物流有限公司在阳城经济开发区签署合资协议。"
                + "双方将在该区共同出资组建晋城晋鲜供应链有限公司。\n")).get(0);
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.INVESTS_IN)
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西晋丰农业集团有限公司", "晋城晋鲜供应链有限公司"),
                        tuple("晋城鲜达冷链物流有限公司", "晋城晋鲜供应链有限公司"));
    }

    @Test
    void aProjectSettlingInAZoneDoesNotPlaceTheCompaniesNamedBeforeIt() {
        assertThat(relations("山西晋丰农业集团有限公司与晋城鲜达冷链物流有限公司合资 5亿元冷链项目落户阳城经济开发区。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source).doesNotContain("山西晋丰农业集团有限公司", "晋城鲜达冷链物流有限公司");
    }

    @Test
    void theCommitteeInAZonesTitleChainIsTheZonesCommittee() {
        assertThat(relations("阳城经济开发区（以下简称“阳城经开区”）新签约项目12个。"
                + "阳城经开区党工委委员、管委会副主任贺磊介绍了情况。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("贺磊", "阳城经济开发区管理委员会"));
    }

    @Test
    void partiesListedBeforeTheirCountSigningTogetherAreEachOthersPartners() {
        assertThat(relations("晋城鲜达冷链物流有限公司、阳城县人民政府、山西晋丰农业集团有限公司三方签订合作协议。",
                RelationType.PARTNERS_WITH))
                .extracting(r -> Set.of(r.source(), r.target()))
                .containsExactlyInAnyOrder(Set.of("晋城鲜达冷链物流有限公司", "阳城县人民政府"),
                        Set.of("晋城鲜达冷链物流有限公司", "山西晋丰农业集团有限公司"),
                        Set.of("阳城县人民政府", "山西晋丰农业集团有限公司"));
    }

    @Test
    void aClauseOpeningWith并GoesOnWithTheSubjectOfTheClauseBefore() {
        assertThat(relations("町店镇人民政府与阳城晋丰农业有限公司签订协议，双方共同经营合作社：镇政府统筹土地，"
                + "该公司负责市场运营，并出资800万元改造了东沟村的闲置农房。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城晋丰农业有限公司", "东沟村"));
    }

    @Test
    void aSubsidiarysHeadquartersAreItsOwnNotItsParents() {
        assertThat(relations("阳城晋丰农业有限公司是山西晋丰农业集团有限公司的控股子公司，总部设在阳城县町店镇。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("阳城晋丰农业有限公司", "町店镇"))
                .doesNotContain(tuple("山西晋丰农业集团有限公司", "町店镇"));
    }

    @Test
    void theCompanyInChargeOfBuildingAProjectInvestsWhereTheProjectIs() {
        assertThat(relations("梨果加工项目在阳城县町店镇开工。项目由山西晋丰农业集团有限公司全资子公司阳城晋丰农业有限公司"
                + "负责投资建设，总投资2亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("阳城晋丰农业有限公司", "町店镇"));
    }

    @Test
    void aUnitAfter旗下BelongsToTheCompanyWhoseShortNameIsDeclaredBeforeIt() {
        assertThat(relations("湖南湘禾控股集团有限公司（以下简称“湘禾集团”）旗下长沙绿湾种业有限公司与湖南农业大学签约。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("长沙绿湾种业有限公司", "湖南湘禾控股集团有限公司"));
    }

    @Test
    void aCompanyCarryingAGroupsPlaceAndBrandIsOneOfItsMembers() {
        assertThat(relations("湖南湘禾控股集团有限公司总部位于长沙市。湖南湘禾冷链物流有限公司去年投资2亿元建设冷库。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘禾冷链物流有限公司", "湖南湘禾控股集团有限公司"));
    }

    @Test
    void branchesNamedByTheirCountyAloneAreBranchesOfTheOneBankTheTextNames() {
        assertThat(relations("山西晋禾农村商业银行股份有限公司（以下简称“晋禾农商行”）今年推出“果农贷”。"
                + "目前，该行已通过隰县支行、吉县支行发放贷款1.2亿元。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("山西晋禾农村商业银行股份有限公司隰县支行", "山西晋禾农村商业银行股份有限公司"),
                        tuple("山西晋禾农村商业银行股份有限公司吉县支行", "山西晋禾农村商业银行股份有限公司"));
    }

    @Test
    void eachBranchALoanIsHandedOutThroughCarriesTheLoanTheSentenceIsAbout() {
        assertThat(relations("“果农贷”是山西晋禾农村商业银行股份有限公司推出的信用贷款，目前通过该行隰县支行、吉县支行"
                + "两家县域支行投放。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西晋禾农村商业银行股份有限公司隰县支行", "果农贷"),
                        tuple("山西晋禾农村商业银行股份有限公司吉县支行", "果农贷"));
    }

    @Test
    void 该行RefersToABankWhoseRegisteredNameEndsInItsLegalForm() {
        assertThat(relations("山西晋禾农村商业银行股份有限公司推出新产品。该行将与临汾市农业农村局合作推广。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋禾农村商业银行股份有限公司", "临汾市农业农村局"));
    }

    @Test
    void aClauseOpeningWith下一步将GoesOnWithTheSubjectOfTheSentence() {
        assertThat(relations("山西晋禾农业科技有限公司今年建成育苗基地，下一步将联合山西农业大学建设研究院。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋禾农业科技有限公司", "山西农业大学"));
    }

    @Test
    void aBaseOpeningAClauseStandsForTheCompanyWhoseBaseItIs() {
        assertThat(relations("山西晋禾农业科技有限公司的蔬菜基地位于阳城县町店镇。基地还与山西农业大学园艺学院合作，引进新品种。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋禾农业科技有限公司", "山西农业大学园艺学院"));
    }

    @Test
    void aClauseOpeningWith分别与GoesOnWithTheSubjectOfTheClauseBefore() {
        assertThat(relations("山西晋禾农业科技有限公司在町店镇的蔬菜基地去年投产。基地采用“企业+合作社+农户”模式，"
                + "分别与阳城县禾丰蔬菜专业合作社、阳城县润田粮食专业合作社签订长期协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西晋禾农业科技有限公司", "阳城县禾丰蔬菜专业合作社"),
                        tuple("山西晋禾农业科技有限公司", "阳城县润田粮食专业合作社"));
    }

    @Test
    void aCompanyHeldBy控股BelongsToItsOwner() {
        assertThat(relations("阳城晋丰农业有限公司由太原的山西晋丰农业集团有限公司控股，主营梨果加工。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城晋丰农业有限公司", "山西晋丰农业集团有限公司"));
    }

    @Test
    void theAgentOfAClosed由ClauseIsNoInvestorOfTheClausesAfterIt() {
        assertThat(relations("阳城晋丰农业有限公司由太原的山西晋丰农业集团有限公司控股，2023年起在町店镇先后投入3000万元建设基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城晋丰农业有限公司", "町店镇"));
    }

    @Test
    void placesThatSayWhoseTheCountedPartnersAreAreNoPartners() {
        assertThat(relations("山西晋丰农业有限公司与东沟村以及町店镇西庄村、北留村的三家养殖专业合作社签订代养协议。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aPostOpeningAClauseAndGivenBy由IsAtTheOrganisationTheClauseBeforeIsAbout() {
        assertThat(relations("其中，禾田村的阳城县禾田养殖专业合作社规模最大，理事长由该村党支部书记王德顺兼任。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王德顺", "阳城县禾田养殖专业合作社"));
    }

    @Test
    void theComplementOfAClosed是ClauseIsNoInvestorOfTheClausesAfterIt() {
        assertThat(relations("阳城晋丰农业有限公司是山西晋丰农业集团有限公司的全资子公司，去年还投资1500万元在町店镇建起育苗基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城晋丰农业有限公司", "町店镇"));
    }

    @Test
    void theAgentInADescriptionOpenedBy由InvestsNothingOfTheSentence() {
        assertThat(relations("4月16日，由襄垣县人民政府主办的招商引资项目集中签约仪式在长治市襄垣县举行，9个项目现场签约，"
                + "总投资36.8亿元。", RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void aProvincesCampaignTakenUpAsTheMeansOfTheWorkIsCarriedOutByTheSubject() {
        assertThat(relations("县长秦立川表示，吉县将以全省“项目建设年”活动为抓手，推动项目落地。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("吉县", "项目建设年活动"));
    }

    @Test
    void theWorksADocumentCountsAreTheProgramsOfTheNextSentence() {
        assertThat(relations("日前，晋城市人民政府印发《晋城市杂粮产业三年行动方案》（以下简称《行动方案》）。\n\n"
                + "《行动方案》部署了三项重点工程。“良种繁育工程”由市农业农村局牵头；“精深加工工程”由市工业和信息化局负责；"
                + "“杂粮品牌培育行动”由市商务局组织实施。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("良种繁育工程", "晋城市杂粮产业三年行动方案"),
                        tuple("精深加工工程", "晋城市杂粮产业三年行动方案"),
                        tuple("杂粮品牌培育行动", "晋城市杂粮产业三年行动方案"));
    }

    @Test
    void aProgramHandedToABodyIsCarriedOutByIt() {
        assertThat(relations("“杂粮科技支撑计划”则交由市科学技术局，联合山西农业大学农学院开展良种选育。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("市科学技术局", "杂粮科技支撑计划"));
    }

    @Test
    void aClauseOpeningWith联合GoesOnWithTheSubjectOfTheClauseBefore() {
        assertThat(relations("“杂粮科技支撑计划”则交由市科学技术局，联合山西农业大学农学院开展良种选育。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("市科学技术局", "山西农业大学农学院"));
    }

    @Test
    void aCountysShortFormTheSegmenterGluesToTheAdverbAfterItIsTheCounty() {
        assertThat(relations("安泽县位于山西。县长秦立川说，安泽正在实施“杂粮振兴计划”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("安泽县", "杂粮振兴计划"));
    }

    @Test
    void aPostGivenBy由IsAtTheUnitBeforeItsFirstHolder() {
        assertThat(relations("双方共建“山西农业大学沁水杂粮产业研究院”（以下简称“研究院”）。该院首任院长由园艺学院教授王晓峰担任。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("王晓峰", "山西农业大学沁水杂粮产业研究院"));
    }

    @Test
    void anOrganisationVisitedWith了WhereTheSentenceOpensIsThere() {
        assertThat(relations("在阳城经济技术开发区，调研组考察了山西晋丰农业有限公司。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西晋丰农业有限公司", "阳城经济技术开发区"));
    }

    @Test
    void aBodyALeaderWorksWithInsideOne由ClauseCarriesTheProgramOutToo() {
        assertThat(relations("晋城市印发实施方案。“稻虾共作”示范工程由市农业农村局会同市水利局推进。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城市农业农村局", "稻虾共作示范工程"), tuple("晋城市水利局", "稻虾共作示范工程"));
    }

    @Test
    void 该公司AfterAHolderOfTheSentencesSubjectIsThatSubject() {
        assertThat(relations("晋城恒远食品有限公司由山西华辰能源集团股份有限公司与阳城县晋丰农业发展有限公司共同出资组建，"
                + "华辰集团持股60%。该公司投资1.5亿元，在润城镇建设面粉厂。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("晋城恒远食品有限公司", "润城镇"))
                .doesNotContain(tuple("山西华辰能源集团股份有限公司", "润城镇"));
    }

    @Test
    void 该公司AfterTheParentASentenceNamesAfterACommaIsTheSentencesSubject() {
        assertThat(relations("晋城恒远食品有限公司总部位于晋城经济技术开发区，是山西华辰能源集团股份有限公司旗下企业。"
                + "为稳定原料，该公司与阳城县晋丰农业发展有限公司签订收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城恒远食品有限公司", "阳城县晋丰农业发展有限公司"));
    }

    @Test
    void aCompanySetUpBy由AnInvestorWithItsMoneyReceivesTheInvestment() {
        assertThat(relations("山西晋橙食品有限公司由河南豫橙饮品集团有限公司投资3.2亿元设立，主要生产果汁。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("河南豫橙饮品集团有限公司", "山西晋橙食品有限公司", 320_000_000L));
    }

    @Test
    void aLaboratoryBuiltOnAUniversityIsTheUniversitysAndPublishesWithoutIt() {
        String text = "王华同时担任山西省谷子育种重点实验室主任，该实验室依托山西农业大学建设，2021年曾在《中国农业科学》发表谷子抗旱研究。";
        assertThat(relations(text, RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省谷子育种重点实验室", "山西农业大学"));
        assertThat(relations(text, RelationType.PUBLISHED_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省谷子育种重点实验室", "中国农业科学"));
        assertThat(relations(text, RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aCompanyWrittenAfterItsHolder控股的IsTheHolders() {
        assertThat(relations("今年以来，阳城县供销合作社联合社（以下简称“县供销社”）实施“供销e站”工程。"
                + "服务站由县供销社控股的阳城县晋供电子商务有限公司统一运营。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城县晋供电子商务有限公司", "阳城县供销合作社联合社"));
    }

    @Test
    void aCountyHeadServesTheCountyWhereTheTextNamesNoGovernmentOfIt() {
        assertThat(relations("4月16日，晋城市阳城县重点项目签约仪式举行。阳城县委副书记、县长秦立川出席并致辞。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("秦立川", "阳城县委"), tuple("秦立川", "阳城县"));
    }

    @Test
    void anInvestmentAfterASemicolonIsMadeWhereItsOwnPartOpens() {
        assertThat(relations("晋城晋丰电子商务有限公司（以下简称“晋丰电商”）成立。在北留镇，晋丰电商与阳城县润禾小米种植专业合作社"
                + "签订收购协议；在润城镇，该公司投资320万元建成小米包装车间。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城晋丰电子商务有限公司", "润城镇"));
    }

    @Test
    void aZoneNamedFromItsProvinceToACountyLiesInThatCounty() {
        assertThat(relations("阳城县位于晋城市。随后，调研组来到位于山西阳城经济开发区的山西晋橙食品有限公司。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西阳城经济开发区", "阳城县"))
                .doesNotContain(tuple("山西阳城经济开发区", "山西省"));
    }

    @Test
    void aCompanyWhoseBuildingIsVisitedIsItsInvestorNotThere() {
        assertThat(relations("在润城镇，调研组察看了阳城县晋丰农业投资有限公司投资1.3亿元建设的冷链分拣中心。", RelationType.LOCATED_IN))
                .isEmpty();
    }

    @Test
    void aShareOfAProjectGoesToTheSiteItsPartNamesWith在NotToTheStorysZone() {
        assertThat(relations("阳城经济开发区集中签约5个项目。晋城鲜达冷链物流有限公司与阳城县国有资本投资有限公司合作，"
                + "在北留镇共建冷链物流园，总投资6亿元，其中鲜达冷链出资3.6亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城鲜达冷链物流有限公司", "北留镇"));
    }

    @Test
    void aParkWrittenAfterItsZoneLiesInTheZoneAndWhatIsBuiltThereInThePark() {
        assertThat(relations("在晋城经济技术开发区金村园区，山西晋能新材料有限公司年产5万吨项目已完成主体施工。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("金村园区", "晋城经济技术开发区"), tuple("山西晋能新材料有限公司", "金村园区"));
    }

    @Test
    void aZoneNamedByNoDivisionIsAPlaceWhereASentenceOpensOnIt() {
        assertThat(relations("在翠湖新区，调研组走进山西晋能汽车有限公司。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋能汽车有限公司", "翠湖新区"));
    }

    @Test
    void bothFoundersOfAJointVentureInvestInItThoughAnAdverbStandsBefore由() {
        assertThat(relations("调研组走进山西晋能汽车有限公司（以下简称“晋能汽车”）和晋城宏达动力电池有限公司。"
                + "宏达动力电池则由晋能汽车与宁波锐达电池科技有限公司合资组建，双方分别持股51%、49%。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋能汽车有限公司", "晋城宏达动力电池有限公司"),
                        tuple("宁波锐达电池科技有限公司", "晋城宏达动力电池有限公司"));
    }

    @Test
    void supportInAPartAfterASemicolonGoesToTheInvestorThatPartNames() {
        assertThat(relations("晋城谷丰生物科技有限公司投资8.5亿元建设的生物基材料项目已于5月开工；由中国科学院山西煤炭化学研究所"
                + "提供技术支持的秸秆制乙醇中试项目也已签约落地，投资方为晋城中源绿能科技有限公司。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城中源绿能科技有限公司", "中国科学院山西煤炭化学研究所"));
    }

    @Test
    void aClauseOpeningWith并与AfterASemicolonGoesOnWithThatPartsSubject() {
        assertThat(relations("根据协议，学校园艺学院将与阳城县的山西晋丰农业有限公司合作，共建小米加工中试线；山西农业大学农学院则在"
                + "阳城县润城镇上庄村设立科技服务站，并与该村的阳城县上庄小米种植专业合作社结对。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西农业大学园艺学院", "山西晋丰农业有限公司"),
                        tuple("山西农业大学农学院", "阳城县上庄小米种植专业合作社"));
    }

    @Test
    void moneyACountySetsAsideForAnInstituteIsAnInvestmentInIt() {
        assertThat(relations("阳城县人民政府与山西农业大学签约，双方将共建“山西农业大学阳城小米产业研究院”（以下简称“研究院”）。"
                + "根据协议，阳城县三年内安排1500万元专项资金支持研究院建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("阳城县", "山西农业大学阳城小米产业研究院", 15_000_000L));
    }

    @Test
    void aJointVentureIsTheFoundersThatHoldsMoreThanHalf() {
        assertThat(relations("晋城恒远食品有限公司由山西华辰能源集团股份有限公司（以下简称“华辰集团”）与阳城县晋丰农业发展有限公司"
                + "共同出资组建，华辰集团持股70%。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城恒远食品有限公司", "山西华辰能源集团股份有限公司"));
    }

    @Test
    void whatADocumentJustIssuedSaysItHoldsIsPartOfIt() {
        assertThat(relations("近日，阳城县印发《阳城县小米产业振兴三年行动方案（2025—2027年）》（以下简称《方案》），"
                + "提出实施小米全产业链提升、农家乐提档、谷子订单种植“三大工程”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("三大工程", "阳城县小米产业振兴三年行动方案（2025—2027年）"),
                        tuple("农家乐提档工程", "三大工程"));
    }

    @Test
    void aProjectOfASentenceOpeningOnItsParkIsInvestedInThatPark() {
        assertThat(relations("晋城经济技术开发区上半年引进项目38个。在晋城经济技术开发区金村园区，山西晋能新材料有限公司年产5万吨项目"
                + "已完成主体施工。该项目由晋能新材料与浙江甬达化工集团股份有限公司共同投资建设，总投资16亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋能新材料有限公司", "金村园区"), tuple("浙江甬达化工集团股份有限公司", "金村园区"));
    }

    @Test
    void everyOrganisationAVisitListsIsWhereTheSentenceOpens() {
        assertThat(relations("在翠湖新区，调研组先后走进山西晋能汽车有限公司（以下简称“晋能汽车”）总装车间和晋城宏达动力电池有限公司。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋能汽车有限公司", "翠湖新区"), tuple("晋城宏达动力电池有限公司", "翠湖新区"));
    }

    @Test
    void aBranchALoanIsObtainedFromAfterItsBanksDeclarationCarriesTheLoanOut() {
        assertThat(relations("今年初，他从山西晋南农村商业银行股份有限公司（以下简称“晋南农商银行”）翼城支行获得20万元“果e贷”。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋南农村商业银行股份有限公司翼城支行", "果e贷"));
    }

    @Test
    void theProgramsADocumentIsSaidToIncludeArePartsOfIt() {
        assertThat(relations("晋城市印发《晋城市绿色智造三年行动方案》（以下简称《行动方案》）。《行动方案》共十条，重点包括：一是实施"
                + "“链主领航工程”，每年遴选20家企业；二是开展“智改数转攻坚行动”；三是推进“园区焕新计划”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("链主领航工程", "晋城市绿色智造三年行动方案"),
                        tuple("智改数转攻坚行动", "晋城市绿色智造三年行动方案"),
                        tuple("园区焕新计划", "晋城市绿色智造三年行动方案"));
    }

    @Test
    void aLaboratoryWrittenAfterItsInstitutesDeclaredShortNameIsPartOfTheInstitute() {
        assertThat(relations("近日，中国科学院山西煤炭化学研究所（以下简称“山西煤化所”）煤转化国家重点实验室刘华研究员团队，"
                + "联合山西大学化学化工学院取得新进展。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("煤转化国家重点实验室", "中国科学院山西煤炭化学研究所"),
                        tuple("山西大学化学化工学院", "山西大学"));
    }

    @Test
    void aDeputyCommanderServesTheCommandPostNamedBeforeTheTitle() {
        assertThat(relations("上海市对口支援新疆工作前方指挥部副总指挥王建华表示，前方指挥部今年将继续实施“沪喀结对行动”。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王建华", "上海市对口支援新疆工作前方指挥部"));
    }

    @Test
    void parksAndScienceCitiesAreZonesInTheDivisionTheirNamesOpenWith() {
        assertThat(relations("提出在银川市金凤区阅海湾中央商务区规划建设金凤数智科创园（以下简称“科创园”）。项目依托三亚崖州湾科技城建设。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("金凤区", "银川市"), tuple("金凤区阅海湾中央商务区", "金凤区"),
                        tuple("金凤数智科创园", "金凤区"), tuple("三亚崖州湾科技城", "三亚市"));
    }

    @Test
    void 公司OpeningAClauseIsTheCompanyLastSpokenOf() {
        assertThat(relations("签约项目中，投资最大的是四川锂达新能科技有限公司（以下简称“锂达新能”）的正极材料项目，总投资45亿元。"
                + "锂达新能董事长程俊表示，项目一期将于明年投产，公司还将与四川大学化学工程学院共建动力电池材料联合实验室。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("四川锂达新能科技有限公司", "四川大学化学工程学院"));
    }

    @Test
    void theBodyGivenAnOrdinalItemsWorkCarriesOutTheItemsProgramWhereverItsClauseStands() {
        assertThat(relations("《方案》列出六项重点任务，并逐项明确牵头单位。一是实施“晋韵兴村”工程，围绕杂粮和中药材，每年培育示范村20个，"
                + "由市农业农村局牵头，市财政局配合；二是推进“太行云仓”建设工程，支持山西农业大学与龙头企业共建冷链中心，"
                + "由市商务局和市供销合作社联合社负责。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("市农业农村局", "晋韵兴村工程"), tuple("市财政局", "晋韵兴村工程"),
                        tuple("市商务局", "太行云仓建设工程"), tuple("市供销合作社联合社", "太行云仓建设工程"));
    }

    @Test
    void theWorksADocumentListsAndCountsArePartsOfIt() {
        assertThat(relations("《方案》列出两项重点任务，并逐项明确牵头单位。一是实施“晋韵兴村”工程；二是推进“太行云仓”建设工程。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋韵兴村工程", "方案"), tuple("太行云仓建设工程", "方案"));
    }

    @Test
    void theBodiesADocumentGivesTasksToCarryItOutUnlessTheTaskIsAProgramOfItsOwn() {
        assertThat(relations("《长治市乡村产业振兴行动方案》明确，杂粮加工类项目由长治市农业农村局牵头，由市商务局牵头实施“上党好物”工程，"
                + "市财政局负责统筹资金。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("长治市农业农村局", "长治市乡村产业振兴行动方案"),
                        tuple("长治市财政局", "长治市乡村产业振兴行动方案"), tuple("长治市商务局", "上党好物工程"));
    }

    @Test
    void whoeverUndertakesAPilotOfTheStorysOnePilotProgramCarriesItOutAsDoesTheBodyPublishingIt() {
        assertThat(relations("省农业农村厅公布“旱地谷子提质增效试点”（以下简称“谷子试点”）名单。"
                + "沁县的试点由山西晋谷源农业有限公司（以下简称“晋谷源”）承担；"
                + "武乡县的试点由山西禾丰农机有限公司牵头，武乡县绿野农机专业合作社参与。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西省农业农村厅", "旱地谷子提质增效试点"),
                        tuple("山西晋谷源农业有限公司", "旱地谷子提质增效试点"),
                        tuple("山西禾丰农机有限公司", "旱地谷子提质增效试点"),
                        tuple("武乡县绿野农机专业合作社", "旱地谷子提质增效试点"));
    }

    @Test
    void 集团AloneIsTheStorysGroupNotAPartnerGroupNamedOnceInBetween() {
        assertThat(relations("山西晋禾食品集团有限公司（以下简称“晋禾集团”）今天在太原开工两个项目。"
                + "晋禾集团与山西汾源投资集团有限公司签订合作协议。冷链中心由集团旗下的山西晋禾冷链物流有限公司建设。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋禾冷链物流有限公司", "山西晋禾食品集团有限公司"));
    }

    @Test
    void aSubsidiaryOpeningAClauseIsTheStorysCompanys() {
        assertThat(relations("山西晋禾食品集团有限公司今天在太原开工两个项目。在大同，控股子公司大同晋禾燕麦食品有限公司投资1.2亿元建设燕麦加工线。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("大同晋禾燕麦食品有限公司", "山西晋禾食品集团有限公司"));
    }

    @Test
    void aZoneNamedAfterACountysShortFormIsInTheCityWrittenBeforeIt() {
        assertThat(relations("该公司将在浙江省湖州市长兴经济技术开发区建设新工厂。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖州市", "浙江省"), tuple("长兴经济技术开发区", "湖州市"));
    }

    @Test
    void aProfessorsTeamWorkingWithACompanyIsItsInstitutionsPartnership() {
        assertThat(relations("获得一等奖的谷子育种技术，由山西农业大学农学院郭立新教授团队与山西晋丰种业有限公司共同完成。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西农业大学农学院", "山西晋丰种业有限公司"));
    }

    @Test
    void aPartnerNamedAsSuchWorksWithTheBodyNamedBeforeIt() {
        assertThat(relations("该项目由山西省农业科学院园艺研究所承担，合作企业为山西晋果农业有限公司。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省农业科学院园艺研究所", "山西晋果农业有限公司"));
    }

    @Test
    void 合作社OpeningAClauseIsTheCooperativeTheStoryIsAbout() {
        assertThat(relations("陵川县金岭中药材种植专业合作社成立于2019年。合作社与山西省农业科学院中药材研究所合作建立示范基地。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陵川县金岭中药材种植专业合作社", "山西省农业科学院中药材研究所"));
    }

    @Test
    void aPhraseOfLocationAfterALinkPlacesThePartyAfterItNotTheSubject() {
        assertThat(relations("陵川县金岭中药材种植专业合作社成立于2019年。合作社还与位于附城镇的山西晋禾食品有限公司签订收购协议。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋禾食品有限公司", "附城镇"));
    }

    @Test
    void 当地IsTheDivisionOfTheBodyActingInItsSentence() {
        assertThat(relations("该平台由阳城县农业农村局牵头建设。目前，平台在北留镇和润城镇分别建成示范片。"
                + "县农业农村局还与当地的山西晋果农业有限公司签订数据共享协议。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("北留镇", "阳城县"), tuple("润城镇", "阳城县"),
                        tuple("山西晋果农业有限公司", "阳城县"));
    }

    @Test
    void thePlatformsBuildersAfterItsLeaderCarryItOutAndItIsPartOfTheProgramItIsAProjectOf() {
        String text = "汪立新用的是“晋城智慧果园”数字农业平台（以下简称“智慧果园”）。该平台由阳城县农业农村局牵头，"
                + "山西晋联信息技术有限公司（以下简称“晋联信息”）和太原慧农物联科技有限公司共同承建，"
                + "是阳城县“数字果乡”建设三年行动的首个落地项目。";
        assertThat(relations(text, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("阳城县农业农村局", "晋城智慧果园数字农业平台"),
                        tuple("山西晋联信息技术有限公司", "晋城智慧果园数字农业平台"),
                        tuple("太原慧农物联科技有限公司", "晋城智慧果园数字农业平台"));
        assertThat(relations(text, RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城智慧果园数字农业平台", "数字果乡建设三年行动"));
    }

    @Test
    void aHeadOfADivisionInsideABodyServesTheBody() {
        assertThat(relations("省农业农村厅种植业管理处处长赵建军介绍，试点资金将分两年拨付。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("赵建军", "省农业农村厅"));
    }

    @Test
    void aCollegeOfOneCharactersDisciplineAfterTheWordForItsUniversityIsItsCollege() {
        assertThat(relations("阳城县人民政府还与山西农业大学签署合作协议。该校农学院将在阳城设立试验站，由该院教授吕慧芳担任首席专家。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("吕慧芳", "山西农业大学农学院"));
    }

    @Test
    void aPostGivenBy由IsAtWhatTheSentenceIsAbout() {
        assertThat(relations("山西大学与山西晋禾食品有限公司共建的杂粮营养化学联合实验室（以下简称“联合实验室”）近日发表论文。"
                + "联合实验室于2022年挂牌，依托山西大学建设，由该校教授周卓航担任主任。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("周卓航", "杂粮营养化学联合实验室"), tuple("周卓航", "山西大学"));
    }

    @Test
    void aCompanySaidToBeAnothersSubsidiaryWith为IsPartOfIt() {
        assertThat(relations("山西晋岐本草药业有限公司宣布追加投资1.8亿元。该公司为太原晋阳医药集团股份有限公司控股子公司。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋岐本草药业有限公司", "太原晋阳医药集团股份有限公司"));
    }

    @Test
    void theNumberedMeasuresOfADocumentThatNamesTheirLeadsAreCarriedOutByThem() {
        String text = "阳城县人民政府印发《阳城县推动蚕桑产业高质量发展十条措施》（以下简称《十条措施》）。"
                + "记者梳理发现，《十条措施》每一条都明确了牵头部门和完成时限。第一条，实施“桑园提质工程”，对新建桑园每亩补助800元，"
                + "由阳城县农业农村局牵头；第三条提出设立2000万元风险补偿资金，由阳城县财政局牵头，引导合作银行扩大“蚕农贷”投放；"
                + "第八条提出强化科技支撑，由阳城县科学技术局牵头。";
        assertThat(relations(text, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("阳城县人民政府", "阳城县推动蚕桑产业高质量发展十条措施"),
                        tuple("阳城县农业农村局", "桑园提质工程"),
                        tuple("阳城县财政局", "阳城县推动蚕桑产业高质量发展十条措施"),
                        tuple("阳城县科学技术局", "阳城县推动蚕桑产业高质量发展十条措施"));
        assertThat(relations(text, RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("桑园提质工程", "阳城县推动蚕桑产业高质量发展十条措施"));
    }

    @Test
    void aCompanyBelongingToOrHeldByAnotherIsPartOfIt() {
        assertThat(relations("山西晋茗春茶业有限公司（以下简称“晋茗春”）投资1200万元建起加工厂。该公司隶属于太原晋阳农业投资集团有限公司。"
                + "山西晋北薯业有限公司（以下简称“晋北薯业”）由大同塞北农业集团有限公司控股，今年投资8600万元。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西晋茗春茶业有限公司", "太原晋阳农业投资集团有限公司"),
                        tuple("山西晋北薯业有限公司", "大同塞北农业集团有限公司"));
    }

    @Test
    void aPersonFoundingAnOrganisationIsItsMember() {
        assertThat(relations("那一年，村里的致富带头人冉启明牵头成立陵川县金岭中药材种植专业合作社，把分散的药农组织起来。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("冉启明", "陵川县金岭中药材种植专业合作社"));
    }

    @Test
    void theProgramsOfADocumentsItemsArePartsOfItAndTheBodiesLeadingThemTogetherCarryThemOut() {
        String text = "晋城市人民政府印发《晋城市推动蚕桑产业发展八条措施》（以下简称《八条措施》）。《八条措施》对每一条都明确了牵头单位。"
                + "第二条实施“桑蚕良种繁育工程”，由市林业局牵头；第六条实施“太行蚕丝”品牌培育行动，由市市场监督管理局会同市农业农村局负责。";
        assertThat(relations(text, RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("桑蚕良种繁育工程", "晋城市推动蚕桑产业发展八条措施"),
                        tuple("太行蚕丝品牌培育行动", "晋城市推动蚕桑产业发展八条措施"));
        assertThat(relations(text, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("晋城市市场监督管理局", "太行蚕丝品牌培育行动"), tuple("晋城市农业农村局", "太行蚕丝品牌培育行动"));
    }

    @Test
    void aZoneOpeningTheSentenceAsWhereACompanyInvestsIsNotWhereTheCompanyIs() {
        String text = "在榆次经济技术开发区，太原宏泰机械有限公司将投资6亿元建设液压件项目。";
        assertThat(relations(text, RelationType.LOCATED_IN)).extracting(Relation::source)
                .doesNotContain("太原宏泰机械有限公司");
        assertThat(relations(text, RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("太原宏泰机械有限公司", "榆次经济技术开发区"));
    }

    @Test
    void theTeamIsTheBodyWhoseResearcherLedItThoughItsShortNameWasDeclaredBetween() {
        assertThat(relations("近日，中国科学院山西煤炭化学研究所（以下简称“山西煤化所”）研究员宋立凯团队联合太原理工大学化学工程与技术学院，"
                + "在煤基碳材料研究中取得进展。太原理工大学化学工程与技术学院教授王敏为共同通讯作者。"
                + "目前，该团队已与山西晋碳新材料有限公司合作建设中试线。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("中国科学院山西煤炭化学研究所", "太原理工大学化学工程与技术学院"),
                        tuple("中国科学院山西煤炭化学研究所", "山西晋碳新材料有限公司"));
    }

    @Test
    void theHeadOfADepartmentOfACompanyWorksForTheCompany() {
        assertThat(relations("晋商银行普惠金融部总经理韩志新介绍，该行已发放贷款3亿元。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("韩志新", "晋商银行"));
    }

    @Test
    void aResearcherInAClauseAfterTheResearchBodyTheSentenceOpensOnWorksThere() {
        assertThat(relations("山西省农业科学院棉花研究所在村里建起试验田，研究员郭秀兰每周都来指导。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("郭秀兰", "山西省农业科学院棉花研究所"));
    }

    @Test
    void partnersCountedAfterTheirPlacesAreNotThePlaces() {
        assertThat(relations("山西晋膳坊食品有限公司今年投资2亿元，并与襄垣县夏店镇8家蔬菜专业合作社签订了收购协议。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aDocumentGivingEachTaskALeadIsCarriedOutByTheLeadsOfTasksWithoutAProgram() {
        String text = "晋中市人民政府办公室印发《晋中市加快功能食品产业发展若干措施》（以下简称《若干措施》）。《若干措施》为每项重点任务明确了牵头单位。"
                + "一是实施“晋味晋品”龙头培育工程，由市工业和信息化局牵头；二是建设原料基地，由市农业农村局牵头，在太谷区布局杂粮基地。";
        assertThat(relations(text, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋中市人民政府办公室", "晋中市加快功能食品产业发展若干措施"),
                        tuple("晋中市工业和信息化局", "晋味晋品龙头培育工程"),
                        tuple("晋中市农业农村局", "晋中市加快功能食品产业发展若干措施"));
    }

    @Test
    void partiesPayingRespectiveSharesInvestTheirOwnAmounts() {
        assertThat(relations("在西营镇，山西晋悦新材料有限公司将与阳曲县国有资本投资有限公司合资建设密封件项目。"
                + "该项目总投资6亿元，双方分别出资4亿元和2亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("山西晋悦新材料有限公司", "西营镇", 400_000_000L),
                        tuple("阳曲县国有资本投资有限公司", "西营镇", 200_000_000L));
    }

    @Test
    void thePartiesOfAVentureDoNotSpendWhatAnotherClauseSaysTheVentureSpends() {
        assertThat(relations("在潞城经济开发区，记者走进山西潞安新能源汽车有限公司和长治驰恒电池有限公司。"
                + "驰恒电池由潞安新能源与山西锐能科技有限公司合资组建，双方分别持股51%、49%，其二期项目计划投资12亿元。",
                RelationType.INVESTS_IN)).extracting(Relation::target).doesNotContain("潞城经济开发区");
    }

    @Test
    void partiesListedBeforeRespectivelySigningWithOneEachPartnerWithIt() {
        assertThat(relations("晋城晋膳新材料有限公司、长治锐达电子材料有限公司分别与太原理工大学化学工程与技术学院签订合作协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城晋膳新材料有限公司", "太原理工大学化学工程与技术学院"),
                        tuple("长治锐达电子材料有限公司", "太原理工大学化学工程与技术学院"));
    }

    @Test
    void theParentCompanyIsTheOneASubsidiaryWasSaidToBelongTo() {
        assertThat(relations("晋城晋膳新材料有限公司是山西晋能化工集团股份有限公司的全资子公司。今年5月，母公司向其增资2亿元。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋能化工集团股份有限公司", "晋城晋膳新材料有限公司"));
    }

    @Test
    void bothPartiesOpeningASentenceCarryOutTheProgramTheyTakeUpTogether() {
        assertThat(relations("山西农业大学与晋中市太谷区人民政府签署合作协议。双方将共建谷子产业研究院，并共同实施“谷子产业科技强县”行动。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西农业大学", "谷子产业科技强县行动"),
                        tuple("太谷区人民政府", "谷子产业科技强县行动"));
    }

    @Test
    void sharingDataWithABodyIsWorkingWithIt() {
        assertThat(relations("“晋商e贷”是晋城农商银行推出的信用贷款产品。该行与晋城市农业农村局共享种植面积数据。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城农商银行", "晋城市农业农村局"));
    }

    @Test
    void theWord合作OfACooperativeJoinsNoPartiesButPairingUpDoes() {
        assertThat(relations("在技术上，合作社还依托山西农业大学园艺学院和山西省农业科学院果树研究所的专家团队，推广绿色防控技术。",
                RelationType.PARTNERS_WITH)).isEmpty();
        assertThat(relations("在北留镇，山西农业大学园艺学院已与阳城县丰泽蔬菜专业合作社结成帮扶对子。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西农业大学园艺学院", "阳城县丰泽蔬菜专业合作社"));
    }

    @Test
    void theGroupAddingCapitalToItsSubsidiaryInvestsInIt() {
        assertThat(relations("山西晋膳新材料有限公司（以下简称“晋膳新材”）的项目投产。晋膳新材是山西晋能化工集团股份有限公司的全资子公司。"
                + "今年5月，集团向晋膳新材增资3亿元，用于建设研发中心。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋能化工集团股份有限公司", "山西晋膳新材料有限公司"));
    }

    @Test
    void aPlaceSchoolCooperationIsWithTheSchoolSigningNotWithWhatTheyBuild() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 太谷区校地合作再上新台阶\n\n本报讯（记者 王芳）5月8日，"
                + "山西农业大学与晋中市太谷区人民政府签署校地合作框架协议，双方将共建“太谷设施农业研究院”。\n")).get(0);
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PARTNERS_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西农业大学", "太谷区人民政府"), tuple("太谷区", "山西农业大学"));
    }

    @Test
    void aTownTheCodesGiveToAZoneIsInTheCountyTheTextWritesItAfter() {
        assertThat(relations("吉林雪原冷链物流有限公司将在永吉县岔路河镇建设冷库。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("岔路河镇", "永吉县"));
    }

    @Test
    void partnersInvestingJointlyInvestBoth() {
        assertThat(relations("太原汾源文旅发展有限公司与阳泉市娘子关文旅投资集团有限公司签约，双方将合资5亿元在平定县娘子关镇打造康养度假区。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("太原汾源文旅发展有限公司", "娘子关镇"), tuple("阳泉市娘子关文旅投资集团有限公司", "娘子关镇"));
    }

    @Test
    void everyBodyGivenAPartOfAPilotAfterItsLeadCarriesItOut() {
        assertThat(relations("日前，山西省农业农村厅、省财政厅、省工业和信息化厅联合印发通知，公布首批“智慧旱作农业”建设试点县名单。"
                + "通知明确，试点工作由省农业农村厅牵头，省财政厅负责资金保障，省工业和信息化厅负责指导数字基础设施建设。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西省农业农村厅", "智慧旱作农业建设试点"), tuple("山西省财政厅", "智慧旱作农业建设试点"),
                        tuple("山西省工业和信息化厅", "智慧旱作农业建设试点"));
    }

    @Test
    void anInvestmentByAnAgentGoesToThePlaceItsPartOpensOnNotToTheNextPartsSite() {
        assertThat(relations("各试点县已提出建设方案。沁县依托谷子产业，由山西谷源数字科技有限公司投资2600万元建设全流程数字化管理平台；"
                + "武乡县与太原理工大学合作，在故城镇建设小米数字化种植示范基地。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西谷源数字科技有限公司", "沁县"));
    }

    @Test
    void theHeadOfADivisionNamedByTwoFieldsServesItsBody() {
        assertThat(relations("“试点县要实现全覆盖。”省农业农村厅市场与信息化处处长赵明远表示。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("赵明远", "省农业农村厅"));
    }

    @Test
    void aDocumentNamingTheLeadOfEachOfItsTasksInTurnIsCarriedOutByThem() {
        String text = "山西省人民政府办公厅印发《山西省推进小杂粮全产业链发展若干措施》（以下简称《措施》）。《措施》对各项任务逐一明确了牵头单位。"
                + "一是强化良种攻关，由省农业农村厅牵头；二是建设产业集群，由省发展改革委牵头，在忻州市岢岚县打造产业集群；"
                + "三是实施“晋粮出海”行动，由省商务厅牵头。";
        assertThat(relations(text, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西省人民政府办公厅", "山西省推进小杂粮全产业链发展若干措施"),
                        tuple("山西省农业农村厅", "山西省推进小杂粮全产业链发展若干措施"),
                        tuple("山西省发展和改革委员会", "山西省推进小杂粮全产业链发展若干措施"),
                        tuple("山西省商务厅", "晋粮出海行动"));
    }

    @Test
    void institutionsListedRightBeforeBuildingTogetherArePartners() {
        assertThat(relations("一是强化良种攻关，由省农业农村厅牵头，支持山西农业大学、山西省农业科学院共建谷子种质资源库。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省农业科学院", "山西农业大学"));
    }

    @Test
    void aSubsidiarySetUpInAZoneIsThereAndBelongsToTheCompanyTheSentenceDescribes() {
        String text = "为山西华锂动力集团股份有限公司配套生产电池外壳的常州铭泰精密制造有限公司，今年在晋城经济技术开发区设立全资子公司"
                + "晋城铭泰精密科技有限公司，由后者投资4亿元建设生产基地，厂房位于晋城综合保税区。";
        assertThat(relations(text, RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城铭泰精密科技有限公司", "常州铭泰精密制造有限公司"));
        assertThat(relations(text, RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城经济技术开发区", "晋城市"), tuple("晋城综合保税区", "晋城市"),
                        tuple("晋城铭泰精密科技有限公司", "晋城经济技术开发区"));
    }

    @Test
    void partnersFoundingASubsidiaryInvestInItAndAZoneEndingTheSentenceBeforeIsNoAddress() {
        String text = "项目厂房位于晋城综合保税区。苏州纳川新材料股份有限公司则与晋城泽源产业投资有限公司共同出资2亿元，"
                + "成立控股子公司晋城纳川隔膜材料有限公司。";
        assertThat(relations(text, RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("苏州纳川新材料股份有限公司", "晋城纳川隔膜材料有限公司"),
                        tuple("晋城泽源产业投资有限公司", "晋城纳川隔膜材料有限公司"));
        assertThat(relations(text, RelationType.LOCATED_IN)).extracting(Relation::source)
                .doesNotContain("苏州纳川新材料股份有限公司");
    }

    @Test
    void theLocalPlaceIsNoPlaceInsideACompanysName() {
        assertThat(relations("上海锦泰纺织科技有限公司（以下简称“上海锦泰”）在阳城县北留镇投资建设纺纱项目。"
                + "该项目由上海锦泰在当地设立的全资子公司阳城锦泰纺织有限公司承担建设和运营。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("北留镇", "阳城县"), tuple("阳城锦泰纺织有限公司", "北留镇"));
    }

    @Test
    void weInAnInterviewsAnswerIsWhatTheIntervieweeSpeaksFor() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 让沁州黄小米香飘四方——访长治市沁县县长王建国\n\n"
                + "沁县是全国知名的小米产区。记者日前专访了沁县县委副书记、县长王建国。\n\n记者：近年来沁县在小米品种上有哪些突破？\n\n"
                + "王建国：我们与山西农业大学农学院合作共建了沁县谷子产业研究院，由该学院教授李红担任院长。\n\n记者：下一步有哪些打算？\n\n"
                + "王建国：我们正在实施“沁州黄小米品质提升三年行动”，计划到2027年建成有机谷子基地10万亩。\n")).get(0);
        assertThat(a.relations()).filteredOn(r -> r.type() != RelationType.LOCATED_IN
                        && r.type() != RelationType.PART_OF)
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(tuple("沁县", RelationType.PARTNERS_WITH, "山西农业大学农学院"),
                        tuple("沁县", RelationType.IMPLEMENTS, "沁州黄小米品质提升三年行动"),
                        tuple("王建国", RelationType.AFFILIATED_WITH, "沁县"),
                        tuple("王建国", RelationType.AFFILIATED_WITH, "沁县县委"),
                        tuple("李红", RelationType.AFFILIATED_WITH, "沁县谷子产业研究院"),
                        tuple("李红", RelationType.AFFILIATED_WITH, "山西农业大学农学院"));
    }

    @Test
    void anIntervieweesBodyWorkingWithOtherVillagesOfTheTownIsNoPartnerOfTheTown() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n记者专访了阳城县丰泽蔬菜专业合作社理事长赵平。\n\n"
                + "记者：合作社下一步有什么打算？\n\n赵平：我们准备和镇里另外两个村联合成立蔬菜公司。\n")).get(0);
        assertThat(a.relations()).extracting(Relation::type).containsExactly(RelationType.AFFILIATED_WITH);
    }

    @Test
    void theCompanyOpeningASentenceGoesOnWithTheCompanyTheSentenceBeforeOpenedOn() {
        assertThat(relations("大同晋北鲜农业发展有限公司总部位于大同经济技术开发区，去年与北京京润生鲜供应链有限公司签订长期供货协议。"
                + "今年5月，该公司投资1200万元，在阳高县西坪村建成冷链保鲜库。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("大同晋北鲜农业发展有限公司", "西坪村"));
    }

    @Test
    void companiesCarryingAGroupsTradeNameRegisteredElsewhereAreItsMembers() {
        assertThat(relations("山西晋铂新材料集团有限公司在长治高新技术产业开发区举行开工仪式，旗下两家子公司的项目同步动工："
                + "长治晋铂铝业科技有限公司投资8亿元建设电池托盘基地；晋铂储能材料（长治）有限公司投资12亿元建设正极材料项目。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("长治晋铂铝业科技有限公司", "山西晋铂新材料集团有限公司"),
                        tuple("晋铂储能材料（长治）有限公司", "山西晋铂新材料集团有限公司"));
    }

    @Test
    void theGroupOpeningTheWordsAfterAQuoteIsThePersonsFirstPost() {
        assertThat(relations("山西晋铂新材料集团有限公司旗下的长治晋铂铝业科技有限公司今年投资8亿元。"
                + "“长治的交通区位好。”集团副总裁、长治晋铂铝业科技有限公司董事长陈立强说。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("陈立强", "长治晋铂铝业科技有限公司"), tuple("陈立强", "山西晋铂新材料集团有限公司"));
    }

    @Test
    void releasingADocumentAtAMeetingIsIssuingIt() {
        assertThat(relations("山西省农业农村厅会同省财政厅在会上发布《山西省杂粮产业提质增效三年行动计划（2025—2027年）》"
                + "（以下简称《行动计划》），力争到2027年全省杂粮产值突破500亿元。", RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .containsExactlyInAnyOrder("山西省农业农村厅", "山西省财政厅");
    }

    private static final String INSTITUTE_FOUNDED = "日前，阳城县人民政府与山西农业大学签订协议，共建阳城蚕桑产业研究院。";

    @Test
    void aDivisionSettingAsideRunningFundsInTheSentenceSitingAnInstituteInvestsInIt() {
        assertThat(relations(INSTITUTE_FOUNDED + "根据协议，研究院设在阳城县润城镇，由山西农业大学园艺学院牵头组建专家团队，"
                + "阳城县每年安排不少于500万元运行经费。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("阳城县", "阳城蚕桑产业研究院", 5_000_000L));
    }

    @Test
    void fundsSetAsideToKeepTheInstituteRunningGoToIt() {
        assertThat(relations(INSTITUTE_FOUNDED + "阳城县每年安排800万元专项资金保障研究院运行。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("阳城县", "阳城蚕桑产业研究院", 8_000_000L));
    }

    @Test
    void moneyPutInForTheInstitutesBuildingIsAnInvestmentInIt() {
        assertThat(relations(INSTITUTE_FOUNDED + "阳城县人民政府将在五年内投入3000万元，用于研究院平台建设和人才引进。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("阳城县人民政府", "阳城蚕桑产业研究院", 30_000_000L));
    }

    private static final String WORK_REPORT = "1月10日上午，晋城市市长王立平代表晋城市人民政府作政府工作报告。";

    @Test
    void weInAWorkReportIsTheGovernmentItIsGivenFor() {
        assertThat(relations(WORK_REPORT + "\n\n过去一年，我们深入实施“太行果业提质工程”，新建高标准果园3万亩。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城市人民政府", "太行果业提质工程"));
    }

    @Test
    void anOrdinalItemWithoutASubjectIsDoneByWhoeverAnnouncedTheItems() {
        assertThat(relations(WORK_REPORT + "\n\n今年，我们将重点抓好三项工作。一是推动工业提质，实施“煤层气增储行动”。"
                + "二是做强特色农业，在阳城县推广蚕桑良种。三是兜牢民生底线。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城市人民政府", "煤层气增储行动"), tuple("晋城市", "煤层气增储行动"));
    }

    @Test
    void theHeadOfACountyAnsweringAnInterviewSpeaksForItsGovernment() {
        assertThat(relations("本报记者专访了阳城县县长郝建川。阳城县人民政府今年出台了蚕桑产业扶持办法。\n\n"
                + "记者：今年有哪些新举措？\n\n郝建川：我们正在实施“蚕桑产业振兴行动”，计划三年内新增桑园2万亩。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城县人民政府", "蚕桑产业振兴行动"));
    }

    @Test
    void anInvestorAmongTheProjectsAZoneBroughtInInvestsInTheZone() {
        assertThat(relations("晋城华康果业集团有限公司在泽州县巴公镇投资2亿元，建成冷链仓储中心。"
                + "晋城经济技术开发区全年引进项目18个，其中，北京华锐轻合金科技股份有限公司的全资子公司晋城华锐镁业有限公司"
                + "投资12亿元建设镁合金型材项目。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城华康果业集团有限公司", "巴公镇"),
                        tuple("晋城华锐镁业有限公司", "晋城经济技术开发区"));
    }

    @Test
    void aCountOfCompaniesOpeningASentenceIsTheLastThatManyNamedBefore() {
        assertThat(relations("6月18日，晋城经济技术开发区与山西晋锐新能源集团有限公司签署投资协议。"
                + "项目由晋锐集团旗下两家子公司分别实施：晋城晋锐储能科技有限公司投资20亿元，建设储能电池生产线；"
                + "晋城晋锐正极材料有限公司投资10亿元，建设正极材料生产线。两家子公司均已于今年5月在开发区注册成立。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城晋锐储能科技有限公司", "晋城经济技术开发区"),
                        tuple("晋城晋锐正极材料有限公司", "晋城经济技术开发区"), tuple("晋城经济技术开发区", "晋城市"));
    }

    private static final String JOINT_LAB = "9月10日，太原理工大学材料科学与工程学院与山西晋驰智能科技有限公司（以下简称“晋驰科技”）共建的"
            + "“镁合金轻量化联合实验室”在太原市万柏林区揭牌。实验室首期投入3000万元，其中晋驰科技出资2000万元，"
            + "太原理工大学材料科学与工程学院以仪器设备折资1000万元。"
            + "实验室主任由太原理工大学材料科学与工程学院教授周明远担任，晋驰科技总工程师刘建军任副主任。";

    @Test
    void aLaboratoryUnveiledInAPlaceIsThere() {
        assertThat(relations(JOINT_LAB, RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().endsWith("实验室") || r.source().endsWith("学院") || r.source().endsWith("公司"))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("镁合金轻量化联合实验室", "万柏林区"));
    }

    @Test
    void theSharesOfATotalPutIntoALaboratoryAreInvestmentsInIt() {
        assertThat(relations(JOINT_LAB, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("山西晋驰智能科技有限公司", "镁合金轻量化联合实验室", 20_000_000L),
                        tuple("太原理工大学材料科学与工程学院", "镁合金轻量化联合实验室", 10_000_000L));
    }

    @Test
    void theDeputyOfAPostTheSentenceGaveIsAtTheSameBody() {
        assertThat(relations(JOINT_LAB, RelationType.AFFILIATED_WITH))
                .filteredOn(r -> r.source().equals("刘建军"))
                .extracting(Relation::target)
                .containsExactlyInAnyOrder("镁合金轻量化联合实验室", "山西晋驰智能科技有限公司");
    }

    @Test
    void anInstituteIsWhereItsSiteWasChosen() {
        assertThat(relations(INSTITUTE_FOUNDED + "根据协议，研究院选址阳城县润城镇，由山西农业大学派驻专家常驻开展研究。",
                RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().endsWith("研究院"))
                .extracting(Relation::target)
                .containsExactly("润城镇");
    }

    @Test
    void aCompanyChoosingASiteForAPlantIsNotThere() {
        assertThat(relations("晋城华康果业集团有限公司选址泽州县巴公镇，建设冷链仓储中心。", RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().endsWith("公司"))
                .isEmpty();
    }

    private static final String TASKS_IN_SENTENCES = "近日，晋城市人民政府印发《晋城市光伏产业三年行动方案（2025—2027年）》"
            + "（以下简称《方案》），提出到2027年全市光伏产业产值突破500亿元。《方案》部署了三项重点任务。"
            + "一是实施“光伏智造”培育工程，支持晋城经济技术开发区建设组件制造集聚区（牵头单位：市工业和信息化局）。"
            + "二是开展“光伏+”场景拓展行动，在阳城县建设一批示范项目（牵头单位：市能源局）。三是推进关键技术攻关。";

    @Test
    void theProgramsOfCountedTasksEachASentenceOfItsOwnArePartsOfTheDocument() {
        assertThat(relations(TASKS_IN_SENTENCES, RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("光伏智造培育工程", "晋城市光伏产业三年行动方案（2025—2027年）"),
                        tuple("光伏+场景拓展行动", "晋城市光伏产业三年行动方案（2025—2027年）"));
    }

    @Test
    void theLeadATaskNamesInBracketsCarriesOutItsProgram() {
        assertThat(relations(TASKS_IN_SENTENCES, RelationType.IMPLEMENTS))
                .filteredOn(r -> !r.target().startsWith("晋城市光伏"))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城市工业和信息化局", "光伏智造培育工程"), tuple("晋城市能源局", "光伏+场景拓展行动"));
    }

    @Test
    void aPartyNamedAfterWhatKindOfBodyItIsIsThePartner() {
        assertThat(relations("山西农业大学与县属国企阳城县蚕桑投资有限公司在润城镇合作共建蚕桑种业基地。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西农业大学", "阳城县蚕桑投资有限公司"));
    }

    private static final String DISTRICT_REPORT = "1月9日，万柏林区人民政府区长李明远在区人民代表大会上作政府工作报告。\n\n"
            + "过去一年，我们坚持工业强区，太原不锈钢产业园区新签约项目42个。";

    @Test
    void theWholeDistrictIsTheDistrictNotAZoneInIt() {
        assertThat(relations(DISTRICT_REPORT + "我们做强特色农业，全区深入实施“都市菜篮子提升工程”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("万柏林区", "都市菜篮子提升工程"), tuple("万柏林区人民政府", "都市菜篮子提升工程"));
    }

    @Test
    void weOfAWorkReportIsTheGovernmentWhoseHeadGivesIt() {
        assertThat(relations(DISTRICT_REPORT + "今年，我们将实施“开发区能级提升计划”，力争新增规上工业企业60家。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("万柏林区人民政府", "开发区能级提升计划"));
    }

    @Test
    void aTownDrawingOnAProgramCarriesItOut() {
        assertThat(relations("润城镇党委书记王丽介绍，全镇蚕桑种植面积达2万亩，今年镇里借助“蚕桑产业强链行动”，推动种植、加工一体发展。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("润城镇", "蚕桑产业强链行动"));
    }

    private static final String VILLAGE_PARK = "走进晋城市阳城县润城镇上伏村的食用菌产业园，村民们正忙着采收香菇。\n\n"
            + "该产业园是全县重点项目，由阳城县菌谷农业科技有限公司投资1800万元建设。"
            + "村里成立的阳城县菌香种植专业合作社与该公司签订保底收购协议。";

    @Test
    void anInvestmentInTheParkAVillageHasGoesToTheVillage() {
        assertThat(relations(VILLAGE_PARK, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城县菌谷农业科技有限公司", "上伏村"));
    }

    @Test
    void aCooperativeAVillageSetUpIsInTheVillage() {
        assertThat(relations(VILLAGE_PARK, RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().endsWith("合作社"))
                .extracting(Relation::target)
                .containsExactly("上伏村");
    }

    @Test
    void twoPlacesListedBeforeTheirCountActTogether() {
        assertThat(relations("今年山西、河南两地启动“晋豫产业协作行动”，计划引导100家企业投资兴业。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省", "河南省"));
    }

    private static final String LAB_FUNDED = "6月18日，由太原理工大学和山西晋驰智能科技有限公司共同组建的“镁合金轻量化联合实验室”在太原市揭牌。"
            + "实验室设在晋中国家农业高新技术产业示范区，首期研发经费1.5亿元，其中山西晋驰智能科技有限公司出资1亿元，"
            + "太原理工大学以仪器设备和专利作价投入其余部分。"
            + "揭牌仪式上，山西省科学技术厅副厅长秦立川宣布，该实验室已纳入山西省科学技术厅“镁基材料科技攻坚行动”重点支持平台。";

    @Test
    void aShareOfTheFundsOfALaboratorySitedSomewhereGoesToTheLaboratory() {
        assertThat(relations(LAB_FUNDED, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("山西晋驰智能科技有限公司", "镁合金轻量化联合实验室", 100_000_000L));
    }

    @Test
    void aBodyWrittenRightBeforeAQuotedProgramOwnsIt() {
        assertThat(relations(LAB_FUNDED, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西省科学技术厅", "镁基材料科技攻坚行动"),
                        tuple("镁合金轻量化联合实验室", "镁基材料科技攻坚行动"));
    }

    private static final String BATCH_SIGNED = "10月16日，晋城经济技术开发区第二批项目集中签约仪式在晋城市举行，4家企业签约落户。"
            + "其中，山西晋锐新能源集团有限公司将投资9.8亿元，在开发区建设储能项目。"
            + "同批签约的晋城华康电子有限公司、阳城县菌谷农业科技有限公司和晋城太行医疗器械有限公司，"
            + "将分别投资5.2亿元、3.6亿元和2.7亿元，建设连接器、菌棒和医用耗材生产线。";

    @Test
    void companiesSignedInTheSameBatchEachInvestTheirOwnShareInTheZone() {
        assertThat(relations(BATCH_SIGNED, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("山西晋锐新能源集团有限公司", "晋城经济技术开发区", 980_000_000L),
                        tuple("晋城华康电子有限公司", "晋城经济技术开发区", 520_000_000L),
                        tuple("阳城县菌谷农业科技有限公司", "晋城经济技术开发区", 360_000_000L),
                        tuple("晋城太行医疗器械有限公司", "晋城经济技术开发区", 270_000_000L));
    }

    @Test
    void companiesAVerbOfSigningDescribesAreNoPartnersOfEachOther() {
        assertThat(relations(BATCH_SIGNED, RelationType.PARTNERS_WITH)).isEmpty();
    }

    private static final String TEXTILE_PARK = "今年1至9月，阳城县纺织服装产业园累计完成固定资产投资18.6亿元。"
            + "在产业园西区，山西晋纺纺织科技有限公司年产3万吨纺纱项目二期厂房已经封顶。"
            + "园区内，晋城锦裳服饰有限公司、山西锦棉家纺有限公司等6家下游企业已陆续投产。";

    @Test
    void companiesOpeningAClauseAfterAZoneOrAnAreaOfItAreInTheZone() {
        assertThat(relations(TEXTILE_PARK, RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().endsWith("公司"))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西晋纺纺织科技有限公司", "阳城县纺织服装产业园"),
                        tuple("晋城锦裳服饰有限公司", "阳城县纺织服装产业园"), tuple("山西锦棉家纺有限公司", "阳城县纺织服装产业园"));
    }

    @Test
    void whomALoanIsGrantedToDoesNotCarryItOut() {
        assertThat(relations("今年3月，山西阳城农村商业银行股份有限公司向阳城县菌香种植专业合作社发放“强村兴业贷”300万元。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西阳城农村商业银行股份有限公司", "强村兴业贷"));
    }

    @Test
    void theBureauReferredToStartsTheProgramItLaunched() {
        assertThat(relations("晋城市城市管理局日前召开新闻发布会。该局今年启动的“净城计划”已在城区落地。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城市城市管理局", "净城计划"));
    }

    @Test
    void aDepartmentDeployingAProgramCarriesItOut() {
        assertThat(relations("联盟已承担山西省科学技术厅部署的“晋麦强芯”科技攻关专项，首批确定攻关课题11项。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省科学技术厅", "晋麦强芯科技攻关专项"));
    }

    @Test
    void aDepartmentBringingACollegeIntoAProgramRunsIt() {
        assertThat(relations("山西省科学技术厅已将太原理工大学材料科学与工程学院纳入“太行科技创新行动”重点支持单位。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西省科学技术厅", "太行科技创新行动"),
                        tuple("太原理工大学材料科学与工程学院", "太行科技创新行动"));
    }

    @Test
    void aPlaceDescribingAFacilityOfTheSchoolDoesNotPlaceTheSchool() {
        assertThat(relations("山西农业大学团队在该校位于晋中市太谷区小白乡的实验站连续4年开展田间试验。", RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().endsWith("大学"))
                .isEmpty();
    }

    @Test
    void aCompanyDescribedAsABodyLocatedSomewhereIsThere() {
        assertThat(relations("阳城县润康药业有限公司是一家位于润城镇的连翘饮片加工企业。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("阳城县润康药业有限公司", "润城镇"));
    }

    @Test
    void aTownWrittenRightAfterItsCountyIsInItThoughTheCodesListNamesakesElsewhere() {
        assertThat(relations("研究团队在北京市海淀区上庄镇连续4年开展田间试验。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("海淀区", "北京市"), tuple("上庄镇", "海淀区"));
    }

    @Test
    void aBranchNamedByItsPlaceAloneBelongsToTheBankItsSentenceNames() {
        assertThat(relations("截至3月底，吉林梨丰农村商业银行股份有限公司已通过小城子支行、蔡家支行、喇嘛甸支行等12个网点发放“黑土贷”3.2亿元。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("小城子支行", "吉林梨丰农村商业银行股份有限公司"),
                        tuple("蔡家支行", "吉林梨丰农村商业银行股份有限公司"), tuple("喇嘛甸支行", "吉林梨丰农村商业银行股份有限公司"));
    }

    @Test
    void aUnitNamedAfterABodyByTheShortNameTheTextGaveItIsPartOfTheBody() {
        assertThat(relations("5月20日，太原理工大学材料科学与工程学院（以下简称“材料学院”）与山西晋驰智能科技有限公司签署专利实施许可合同。"
                + "这项专利由材料学院镁合金轻量化实验室历时6年研发。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("太原理工大学材料科学与工程学院", "太原理工大学"),
                        tuple("材料学院镁合金轻量化实验室", "太原理工大学材料科学与工程学院"));
    }

    @Test
    void theCompanyOpeningASentenceAfterTheDayOfSigningIsTheSubjectOfTheSentenceBefore() {
        assertThat(relations("晋城华康食品有限公司总部位于晋城市城区，其控股股东为山西华康农业发展集团有限公司。"
                + "签约当天，该公司即与阳城县城乡发展投资有限公司共同启动生产基地建设。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城华康食品有限公司", "阳城县城乡发展投资有限公司"));
    }

    private static final String ENCLAVE_PARK = "11月8日，由晋城市和长治市共同建设的晋长合作产业园（以下简称“晋长园区”）在晋城市泽州县巴公镇"
            + "揭牌，首批5个项目集中入驻。园区由晋城泽润产业发展集团有限公司与长治潞丰城乡投资集团有限公司合资组建的"
            + "晋长园区运营管理有限公司负责开发建设，注册资本5亿元，其中前者出资3亿元，后者出资2亿元。"
            + "入驻项目中，山西太行乳业有限公司投资9.2亿元建设液态奶生产线；北京华驰新能源装备有限公司投资12亿元建设轴承项目。"
            + "晋城市发展和改革委员会副主任贾志川说，园区是两市落实“太行产业协同发展行动”的重要载体。";

    @Test
    void aZoneWithItsShortNameDeclaredIsWhereItWasUnveiled() {
        assertThat(relations(ENCLAVE_PARK, RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().endsWith("产业园"))
                .extracting(Relation::target)
                .containsExactly("巴公镇");
    }

    @Test
    void theFormerAndTheLatterInvestTheirSharesInTheCompanyWhoseCapitalItIs() {
        assertThat(relations(ENCLAVE_PARK, RelationType.INVESTS_IN))
                .filteredOn(r -> r.target().endsWith("公司"))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("晋城泽润产业发展集团有限公司", "晋长园区运营管理有限公司", 300_000_000L),
                        tuple("长治潞丰城乡投资集团有限公司", "晋长园区运营管理有限公司", 200_000_000L));
    }

    @Test
    void theFormerOfTheFoundersIsThatFounderNotTheCompanyItSetUp() {
        assertThat(relations("新疆棉岫纺织科技有限公司由浙江澄绍纺织集团股份有限公司和新疆楼兰产业投资集团有限公司共同出资组建，"
                + "前者持股70%。", RelationType.INVESTS_IN, RelationType.PART_OF))
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("浙江澄绍纺织集团股份有限公司", RelationType.INVESTS_IN, "新疆棉岫纺织科技有限公司"),
                        tuple("新疆楼兰产业投资集团有限公司", RelationType.INVESTS_IN, "新疆棉岫纺织科技有限公司"),
                        tuple("新疆棉岫纺织科技有限公司", RelationType.PART_OF, "浙江澄绍纺织集团股份有限公司"));
    }

    @Test
    void companiesAmongTheProjectsSettlingInvestInTheZone() {
        assertThat(relations(ENCLAVE_PARK, RelationType.INVESTS_IN))
                .filteredOn(r -> r.target().endsWith("产业园"))
                .extracting(Relation::source)
                .containsExactlyInAnyOrder("山西太行乳业有限公司", "北京华驰新能源装备有限公司");
    }

    @Test
    void aProgramTheTwoCitiesCarryOutIsCarriedOutByTheCitiesThatPartnered() {
        assertThat(relations(ENCLAVE_PARK, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城市", "太行产业协同发展行动"), tuple("长治市", "太行产业协同发展行动"));
    }

    @Test
    void placesDesignatedPilotsOfTheProgramTheirSentenceIssuedCarryItOut() {
        assertThat(relations("近日，山西省农业农村厅印发《“数字农服进村”试点工作方案》（以下简称《方案》），确定晋城市阳城县、"
                + "长治市屯留区和省直管市侯马市等10个县（市、区）为首批试点地区。", RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .containsExactlyInAnyOrder("山西省农业农村厅", "阳城县", "屯留区", "侯马市");
    }

    @Test
    void aPlaceMadeAPilotInTheClauseAfterAProgramCarriesItOut() {
        assertThat(relations("湖南省林业局今年启动“油茶林复壮行动”，常宁市作为首批试点县，已改造油茶林5万亩。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南省林业局", "油茶林复壮行动"), tuple("常宁市", "油茶林复壮行动"));
    }

    @Test
    void aPlaceMadeAPilotOfAProgramNamedAfterItCarriesOutThatOneOnly() {
        assertThat(relations("宁乡市推行“田长制”成效明显，浏阳市作为首批试点县，将开展“林长制”试点。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("宁乡市", "田长制"), tuple("浏阳市", "林长制"));
    }

    @Test
    void placesASentenceOpensOnAsPilotsAreLeftToTheProgramOfThePilots() {
        assertThat(relations("省农业农村厅印发《江西省农田灌排提升行动方案》。"
                + "宜丰县和万年县作为首批试点县，今年承担建设任务20万亩。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江西省农业农村厅", "江西省农田灌排提升行动方案"));
    }

    @Test
    void aBodyServingAnotherWorksWithIt() {
        assertThat(relations("晋城华康物流有限公司还与阳城县菌谷电子商务有限公司签订协议，由后者为阳城县菌香种植专业合作社等12家合作社"
                + "提供品牌包装和直播运营服务。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城华康物流有限公司", "阳城县菌谷电子商务有限公司"),
                        tuple("阳城县菌谷电子商务有限公司", "阳城县菌香种植专业合作社"));
    }

    @Test
    void aTitleAtABareHeadWithItsQualifierIsAtTheBodyWhoseNameEndsSo() {
        assertThat(relations("这间直播间由上伏村股份经济合作社与阳城县菌香种植专业合作社共同运营。"
                + "“去年村集体增收26万元。”上伏村党支部书记、村股份经济合作社理事长王建国说。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王建国", "上伏村股份经济合作社"));
    }

    private static final String RETURNING_FOUNDER = "2018年，王晓琳注册成立阳城菌香食品有限公司，又牵头组建阳城县菌香种植专业合作社。"
            + "阳城菌香食品有限公司与山西农业大学园艺学院签订技术合作协议，该院派出教授李明远带队常驻指导。"
            + "2021年，阳城菌香食品有限公司与合作社共同投资1500万元建成加工厂。"
            + "如今，身兼阳城菌香食品有限公司董事长和合作社理事长的王晓琳，已带动合作社扩大种植。";

    @Test
    void thePostsHeldBeforeTheHoldersNameAreAllTheirs() {
        assertThat(relations(RETURNING_FOUNDER, RelationType.AFFILIATED_WITH))
                .filteredOn(r -> r.source().equals("王晓琳"))
                .extracting(Relation::target)
                .containsExactlyInAnyOrder("阳城菌香食品有限公司", "阳城县菌香种植专业合作社");
    }

    @Test
    void aResearcherSentByABodyIsItsResearcher() {
        assertThat(relations(RETURNING_FOUNDER, RelationType.AFFILIATED_WITH))
                .filteredOn(r -> r.source().equals("李明远"))
                .extracting(Relation::target)
                .containsExactly("山西农业大学园艺学院");
    }

    @Test
    void theOneCooperativeOfTheTextIsTheBareHeadACompanyIsLinkedWith() {
        assertThat(relations(RETURNING_FOUNDER, RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("阳城菌香食品有限公司", "山西农业大学园艺学院"),
                        tuple("阳城菌香食品有限公司", "阳城县菌香种植专业合作社"));
    }

    private static final String TWO_SUBSIDIARIES = "公告显示，晋城华锐钠电材料有限公司注册地为晋城经济技术开发区，注册资本2亿元，"
            + "其中山西华锐新材料股份有限公司以货币出资1.4亿元，持股70%；晋城泽润产业投资有限公司出资6000万元，持股30%。"
            + "另一家子公司长治华锐新能源科技有限公司注册资本1.5亿元，山西华锐新材料股份有限公司出资9000万元，持股60%；"
            + "长治潞丰储能科技有限公司以专利技术作价6000万元入股，持股40%。";

    @Test
    void aCompanyIsWhereItIsRegistered() {
        assertThat(relations(TWO_SUBSIDIARIES, RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().endsWith("公司"))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城华锐钠电材料有限公司", "晋城经济技术开发区"));
    }

    @Test
    void eachShareOfARegisteredCapitalListedWithSemicolonsIsAnInvestmentInTheCompany() {
        assertThat(relations(TWO_SUBSIDIARIES, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("山西华锐新材料股份有限公司", "晋城华锐钠电材料有限公司", 140_000_000L),
                        tuple("晋城泽润产业投资有限公司", "晋城华锐钠电材料有限公司", 60_000_000L),
                        tuple("山西华锐新材料股份有限公司", "长治华锐新能源科技有限公司", 90_000_000L),
                        tuple("长治潞丰储能科技有限公司", "长治华锐新能源科技有限公司", 60_000_000L));
    }

    @Test
    void aCompanyWhoseMajorityAShareholderHoldsIsItsUnit() {
        assertThat(relations(TWO_SUBSIDIARIES, RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城华锐钠电材料有限公司", "山西华锐新材料股份有限公司"),
                        tuple("长治华锐新能源科技有限公司", "山西华锐新材料股份有限公司"));
    }

    private static final String MEASURES_BELOW = "日前，晋城市人民政府印发《晋城市支持蚕桑产业高质量发展若干措施》（以下简称《措施》），"
            + "提出10条措施。《措施》主要条款如下：\n\n第一条　实施“桑园焕新工程”，每年改造老旧桑园1万亩（责任单位：市农业农村局）。"
            + "\n\n第二条　对新建丝绸加工项目，按设备投资额的15%给予补助（责任单位：市工业和信息化局、市财政局）。"
            + "\n\n第三条　开展“太行丝绸品牌提升行动”（责任单位：市商务局）。";

    @Test
    void theProgramsOfItemsListedBelowADocumentArePartsOfIt() {
        assertThat(relations(MEASURES_BELOW, RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("桑园焕新工程", "晋城市支持蚕桑产业高质量发展若干措施"),
                        tuple("太行丝绸品牌提升行动", "晋城市支持蚕桑产业高质量发展若干措施"));
    }

    @Test
    void theLeadsOfAnItemWithNoProgramOfItsOwnCarryOutTheDocument() {
        assertThat(relations(MEASURES_BELOW, RelationType.IMPLEMENTS))
                .filteredOn(r -> r.source().endsWith("局"))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城市农业农村局", "桑园焕新工程"),
                        tuple("晋城市工业和信息化局", "晋城市支持蚕桑产业高质量发展若干措施"),
                        tuple("晋城市财政局", "晋城市支持蚕桑产业高质量发展若干措施"),
                        tuple("晋城市商务局", "太行丝绸品牌提升行动"));
    }

    private static final String VILLAGE_JOINT_VENTURE = "这座养殖场由阳城菌香食品有限公司、上伏村和阳城县菌香种植专业合作社合资兴建。"
            + "今年6月，三方共同出资组建阳城县上伏牧业发展有限公司（以下简称“上伏牧业”），注册资本1000万元。"
            + "其中，阳城菌香食品有限公司以现金出资510万元，占股51%；上伏村以村集体闲置土地折价300万元入股，占股30%；"
            + "阳城县菌香种植专业合作社出资190万元，占股19%。";

    @Test
    void aCompanyAVillageAndACooperativeBuildingAsAJointVentureArePartners() {
        assertThat(relations(VILLAGE_JOINT_VENTURE, RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("阳城县菌香种植专业合作社", "上伏村"),
                        tuple("阳城县菌香种植专业合作社", "阳城菌香食品有限公司"), tuple("上伏村", "阳城菌香食品有限公司"));
    }

    @Test
    void theSharesOfACapitalSaidTheSentenceBeforeGoToTheCompanyAVillagesShareIncluded() {
        assertThat(relations(VILLAGE_JOINT_VENTURE, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("阳城菌香食品有限公司", "阳城县上伏牧业发展有限公司", 5_100_000L),
                        tuple("上伏村", "阳城县上伏牧业发展有限公司", 3_000_000L),
                        tuple("阳城县菌香种植专业合作社", "阳城县上伏牧业发展有限公司", 1_900_000L));
    }

    @Test
    void aCompanyListedWithTheTeamsOfAPaperWroteItWithThem() {
        assertThat(relations("近日，山西农业大学园艺学院联合中国农业科学院果树研究所和山西晋苹源农业科技有限公司，在苹果抗病研究中取得新进展。"
                + "相关论文近日在线发表于《园艺研究》。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("中国农业科学院果树研究所", "山西晋苹源农业科技有限公司"));
    }

    @Test
    void aCooperativeWrittenRightAfterATownUnderANameOfItsOwnIsInTheTown() {
        assertThat(relations("昨天，阳城县润城镇山西沁河源蜂业专业合作社理事长李海波领到了贷款。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西沁河源蜂业专业合作社", "润城镇"));
    }

    @Test
    void aCompanyCalledByItsCountyAndBrandIsTheCompanyThatSaysWhatItsManagerSays() {
        assertThat(relations("山西阳城沁岭农业科技有限公司与北京京禾优选商贸有限公司签约。作为阳城县龙头企业，阳城沁岭今年投资"
                + "8000万元建设杂粮加工园。该公司总经理高志强说，加工园明年投产。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("高志强", "山西阳城沁岭农业科技有限公司"));
    }

    @Test
    void theBodyThatSentAVillagesFirstSecretaryIsWhereTheyWork() {
        assertThat(relations("晋城市农业农村局派驻下河村的第一书记刘建军说，村里将发展中药材种植。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("刘建军", "晋城市农业农村局"));
    }

    @Test
    void aCooperativeNamedAfterATownOpeningTheSentenceIsInThatTown() {
        assertThat(relations("在阳城县北留镇，阳城县柳湾蔬菜种植专业合作社今年从银行获得贷款200万元。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("阳城县柳湾蔬菜种植专业合作社", "北留镇"));
    }

    @Test
    void aCompanyNamedAfterAVillageOpeningTheSentenceMayBeVisitingIt() {
        assertThat(relations("在下河村，晋城鑫农科技有限公司的技术员正在指导村民种植。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .doesNotContain(tuple("晋城鑫农科技有限公司", "下河村"));
    }

    private static final String ANNUAL_REPORT = "# 山西晋能智造股份有限公司2024年年度报告（摘要）\n\n"
            + "一、报告期内对外投资情况\n\n"
            + "1．报告期内，公司以自有资金向全资子公司晋中晋能精密制造有限公司增资1.5亿元，用于其在榆次区的生产基地建设。\n\n"
            + "2．公司与晋中国投发展有限公司共同出资设立控股子公司晋中晋能服务有限公司，注册资本8000万元。\n\n"
            + "3．公司通过全资子公司晋能国际（香港）有限公司向越南子公司晋能机械（越南）有限责任公司增资600万美元。\n\n"
            + "董事长：郭建平\n山西晋能智造股份有限公司董事会\n";

    private static List<Relation> reportRelations(RelationType type) {
        return extractor.extract(Document.ofText("r", ANNUAL_REPORT)).get(0).relations().stream()
                .filter(r -> r.type() == type).toList();
    }

    @Test
    void inACompanysOwnReportTheBareWordCompanyIsTheCompanyAndASubsidiaryAfter向Receives() {
        assertThat(reportRelations(RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .contains(tuple("山西晋能智造股份有限公司", "晋中晋能精密制造有限公司", 150_000_000L));
    }

    @Test
    void aCompanySpendingThroughASubsidiaryIsTheInvestor() {
        assertThat(reportRelations(RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("山西晋能智造股份有限公司", "晋能机械（越南）有限责任公司"))
                .doesNotContain(tuple("晋能国际（香港）有限公司", "晋能机械（越南）有限责任公司"));
    }

    @Test
    void theControlledSubsidiaryAReportsCompanySetUpWithAPartnerIsItsOwn() {
        assertThat(reportRelations(RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .contains(tuple("晋中晋能服务有限公司", "山西晋能智造股份有限公司"))
                .doesNotContain(tuple("晋中晋能服务有限公司", "晋中国投发展有限公司"));
    }

    @Test
    void theChairmanSigningAReportWorksAtTheBodyNamedBelow() {
        assertThat(reportRelations(RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("郭建平", "山西晋能智造股份有限公司"));
    }

    @Test
    void theProgramsAnAnswerNamesArePartsOfTheDocumentTheQuestionAskedAbout() {
        assertThat(relations("近日，山西省农业农村厅印发《山西省杂粮产业提升计划》（以下简称《提升计划》）。\n"
                + "问：《提升计划》重点支持哪些方面？\n答：省级财政每年安排专项资金2亿元，重点实施“良种繁育工程”和“品牌培育行动”。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("良种繁育工程", "山西省杂粮产业提升计划"), tuple("品牌培育行动", "山西省杂粮产业提升计划"));
    }

    @Test
    void aCollegeNamedByItsDisciplineOpeningAParagraphIsAUnitWhoseStaffWorkThere() {
        assertThat(relations("山西农业大学今天集中签约6项成果。\n生物工程学院李晓梅副教授团队则与晋中绿源生物科技有限公司签订技术转让合同。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("李晓梅", "山西农业大学生物工程学院"));
    }

    @Test
    void threeCharactersOfABrandOpeningAClauseNameTheCompany() {
        assertThat(relations("该技术独占许可给太原禾麦源食品科技有限公司。禾麦源将投资2亿元，在太原经济技术开发区建设生产线。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("太原禾麦源食品科技有限公司", "太原经济技术开发区"));
    }

    @Test
    void aCompanysTitledStaffWorkForTheCompanyItsStoryIsAboutNotForItsInvestor() {
        assertThat(relations("规模最大的山西晋谷坚果食品有限公司，由河北冀沣食品集团有限公司投资2.8亿元在园区建设。"
                + "“原料全部本地采购。”公司总经理王海涛说。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王海涛", "山西晋谷坚果食品有限公司"));
    }

    @Test
    void aLaboratoryBuiltOnAUniversityIsTheUniversitys() {
        assertThat(relations("依托山西农业大学建设的山西省杂粮种质创新重点实验室连续两轮获评优秀。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省杂粮种质创新重点实验室", "山西农业大学"));
    }

    @Test
    void theUnitsListedAsAPilotsUnitsCarryItOut() {
        assertThat(relations("太原市交通运输局正式启动“无人配送”试点。通知明确，太原捷运物流科技有限公司、山西云帆智驾科技有限公司"
                + "等4家企业作为首批试点单位，将在小店区开展配送服务。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("太原捷运物流科技有限公司", "无人配送试点"), tuple("山西云帆智驾科技有限公司", "无人配送试点"));
    }

    @Test
    void aPilotSaidToBeAComponentOfAProgramIsPartOfIt() {
        assertThat(relations("太原市正式启动“无人配送”试点。市交通运输局副局长李明表示，此次试点是太原市正在实施的"
                + "“智慧物流提升三年行动”的组成部分。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("无人配送试点", "智慧物流提升三年行动"));
    }

    @Test
    void moneyPutInWhileRentingAVillagesLandGoesToThatVillage() {
        assertThat(relations("在迁出地，晋城山韵农业发展有限公司投入560万元，流转北留镇东沟村680亩闲置承包地种植中药材。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城山韵农业发展有限公司", "东沟村"));
    }

    @Test
    void aJournalIsWhereAPaperIsPublishedNotThePapersOwnTitle() {
        assertThat(relations("山西农业大学农学院教授王丽带领团队，去年在《作物学报》发表论文《谷子抗旱基因的定位与功能分析》。",
                RelationType.PUBLISHED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西农业大学农学院", "作物学报"));
    }

    @Test
    void theSharesOfAProgramsTotalFundsIncludingMatchingFundsGoToTheProgram() {
        assertThat(relations("山西晋禾种业股份有限公司与山西省农业科学院签署协议，共同实施“谷子联合育种计划”。该计划为期五年，"
                + "总投入5000万元，其中晋禾种业出资3600万元，省农科院配套科研经费1400万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("山西晋禾种业股份有限公司", "谷子联合育种计划", 36_000_000L),
                        tuple("山西省农业科学院", "谷子联合育种计划", 14_000_000L));
    }

    @Test
    void aProgramSaidToBeBroughtIntoAProvincesProgramIsPartOfIt() {
        assertThat(relations("双方共同实施“谷子联合育种计划”。目前，该计划已纳入山西省“种业振兴科技专项”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("谷子联合育种计划", "种业振兴科技专项"));
    }

    @Test
    void bothPartiesOfAStatedPartnershipTakeOnTheBodyTheyJoinWith() {
        assertThat(relations("山西晋禾种业股份有限公司与山西省农业科学院在太原签署合作协议。双方还将联合山西农业大学农学院开展品种筛选。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西晋禾种业股份有限公司", "山西省农业科学院"),
                        tuple("山西晋禾种业股份有限公司", "山西农业大学农学院"), tuple("山西省农业科学院", "山西农业大学农学院"));
    }

    @Test
    void fundsADivisionSetsAsideToSupportAnotherGoThere() {
        assertThat(relations("今年以来，太原市小店区安排东西部协作财政援助资金1.2亿元，支持岚县实施产业发展项目30个。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("小店区", "岚县", 120_000_000L));
    }

    @Test
    void fundsPutInByAProvinceGivingPairedAssistanceGoToThePlaceAssisted() {
        assertThat(relations("今年以来，山西省对口支援阿克苏地区温宿县共实施项目30个，投入援疆资金3.6亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("山西省", "温宿县", 360_000_000L));
    }

    @Test
    void thePlaceASentenceOpensWithAfter在IsNoPartyOfTheCompanysLaterLink() {
        assertThat(relations("在北留镇下河村，晋城禾屿农业科技有限公司今年投资1350万元新建香菇大棚60栋，"
                + "并与阳城县下河香菇种植专业合作社签订托管协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城禾屿农业科技有限公司", "阳城县下河香菇种植专业合作社"));
    }

    @Test
    void aResearcherOpeningAClauseWorksAtTheOneResearchBodyTheSentenceNamed() {
        assertThat(relations("中国农业科学院草原研究所去年来到嘎查。今年5月，合作社与该所签订技术合作协议，研究员王建军带领团队常驻嘎查。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王建军", "中国农业科学院草原研究所"));
    }

    @Test
    void coLeadersBothPartnerTheBodiesTheyBringIn() {
        assertThat(relations("联盟由太原钢锋合金有限公司和山西大学材料科学研究院共同牵头，联合太原理工大学、山西耀川新材料股份有限公司"
                + "等20家单位共同发起。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("太原钢锋合金有限公司", "太原理工大学"), tuple("太原钢锋合金有限公司", "山西耀川新材料股份有限公司"));
    }

    @Test
    void companiesThatSignAnAgreementArePartners() {
        assertThat(relations("2021年3月，太原岳禾重型装备有限公司与太原经济技术开发区管理委员会签下整体搬迁协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("太原岳禾重型装备有限公司", "太原经济技术开发区管理委员会"));
    }

    @Test
    void aZoneNamedAgainByTheEndOfItsNameReceivesTheMoney() {
        assertThat(relations("公司决定把生产线迁往滨海新区的天津港保税区临港片区。今年5月，北方岳禾控股集团有限公司追加投资3.5亿元，"
                + "在临港片区建设二期车间。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("北方岳禾控股集团有限公司", "天津港保税区临港片区"));
    }

    private static final String FUNDING_ROUNDS = "融资规模最大的是太原铂芯传感科技有限公司。这家由山西大学校友创办的企业今年3月完成1.2亿元A轮融资，"
            + "由山西浦川创业投资管理有限公司领投，太原青岚创新孵化器有限公司以自有资金跟投600万元。"
            + "做细胞治疗试剂的太原黎晟生物科技有限公司，则拿到了新加坡恒岭投资有限公司1500万美元的B轮投资。"
            + "公司创始人卢远航博士曾在中国科学院上海药物研究所从事研究工作八年。";

    @Test
    void theInvestorsOfARoundPutMoneyInTheCompanyThatRaisedIt() {
        assertThat(relations(FUNDING_ROUNDS, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .contains(tuple("山西浦川创业投资管理有限公司", "太原铂芯传感科技有限公司", null),
                        tuple("太原青岚创新孵化器有限公司", "太原铂芯传感科技有限公司", 6_000_000L));
    }

    @Test
    void aCompanyReceivingAnInvestmentFromAnotherIsInvestedInByIt() {
        assertThat(relations(FUNDING_ROUNDS, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("恒岭投资有限公司", "太原黎晟生物科技有限公司"));
    }

    @Test
    void theBareCompanyOpeningASentenceIsTheDescribedSubjectOfTheSentenceBefore() {
        assertThat(relations(FUNDING_ROUNDS, RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("卢远航", "太原黎晟生物科技有限公司"));
    }

    @Test
    void aUnitACompanyHasActIsItsOwn() {
        assertThat(relations("产业之外，晋能电力集团有限公司还组织旗下晋能新能源有限公司在措美镇投资1.4亿元建设光伏电站。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋能新能源有限公司", "晋能电力集团有限公司"));
    }

    @Test
    void fundsPutInByTheBodyAssistingSinceAYearGoToThePlaceAssisted() {
        assertThat(relations("自2016年对口支援岚县以来，晋能电力集团有限公司已累计投入帮扶资金2.36亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("晋能电力集团有限公司", "岚县", 236_000_000L));
    }

    @Test
    void anOfficialSentToAPostInACountyWorksForTheSender() {
        assertThat(relations("晋能电力集团有限公司派驻岚县挂职副县长贺知行说，集团今年还将资助全县大学新生。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("贺知行", "晋能电力集团有限公司"));
    }

    private static final String JOINT_NOTICE = "近日，省商务厅、省市场监督管理局和中国人民银行山西省分行联合印发"
            + "《山西省跨境电商企业认定和扶持办法（试行）》。落户太原综合保税区的山西星舟供应链管理有限公司，"
            + "由香港宏川控股有限公司投资2亿港元设立。";

    @Test
    void everyBodyOfAListJointlyIssuingADraftRuleCarriesItOut() {
        assertThat(relations(JOINT_NOTICE, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西省商务厅", "山西省跨境电商企业认定和扶持办法（试行）"),
                        tuple("山西省市场监督管理局", "山西省跨境电商企业认定和扶持办法（试行）"),
                        tuple("中国人民银行山西省分行", "山西省跨境电商企业认定和扶持办法（试行）"));
    }

    @Test
    void aCompanyClosingItsClauseBefore由IsSetUpByTheInvestor() {
        assertThat(relations(JOINT_NOTICE, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("香港宏川控股有限公司", "山西星舟供应链管理有限公司"));
    }

    @Test
    void aCompanyCalledByTheFirstTwoCharactersOfItsBrandAndTheWordCompanyIsTheSameCompany() {
        assertThat(relations("另一篇论文与陕西榆川清洁能源有限公司合作完成。位于锦界工业园的榆川公司还将投资8000万元，在厂区建设中试装置。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西榆川清洁能源有限公司", "锦界工业园"));
    }

    @Test
    void aClauseOpeningOnWhereABodyIsPlacesThatBodyNotTheSentencesSubject() {
        assertThat(relations("注册在洋浦经济开发区的海南蓝港橡胶贸易有限公司去年进口天然橡胶12万吨；"
                + "落户海口江东新区的海南远澜船舶服务有限公司则主营国际船舶供应。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("海南蓝港橡胶贸易有限公司", "洋浦经济开发区"),
                        tuple("海南远澜船舶服务有限公司", "海口江东新区"), tuple("海口江东新区", "海口市"));
    }

    @Test
    void theBodiesADocumentGivesDutiesAfterAColonLaterInItsSentenceCarryItOut() {
        assertThat(relations("近日，湖南省人民政府印发《湖南省农作物秸秆综合利用办法》（以下简称《办法》）。《办法》共5章30条，"
                + "对秸秆收储、综合利用等作出规定，并明确部门职责：省农业农村厅负责全省秸秆综合利用的组织协调，"
                + "省生态环境厅牵头开展秸秆禁烧监管，省财政厅统筹安排奖补资金。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南省人民政府", "湖南省农作物秸秆综合利用办法"),
                        tuple("湖南省农业农村厅", "湖南省农作物秸秆综合利用办法"),
                        tuple("湖南省生态环境厅", "湖南省农作物秸秆综合利用办法"),
                        tuple("湖南省财政厅", "湖南省农作物秸秆综合利用办法"));
    }

    private static final String REGULATION_PASSED = "9月28日，湖南省第十四届人民代表大会常务委员会第十五次会议表决通过"
            + "《湖南省农村供水条例》。省人大常委会法制工作委员会副主任李明远介绍了条例的起草情况。";

    @Test
    void theStandingCommitteeWhoseMeetingPassedARuleCarriesItOut() {
        assertThat(relations(REGULATION_PASSED, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南省人民代表大会常务委员会", "湖南省农村供水条例"));
    }

    @Test
    void aCommitteeNamedAfterTheStandingCommitteeIsPartOfIt() {
        assertThat(relations(REGULATION_PASSED, RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南省人民代表大会常务委员会法制工作委员会", "湖南省人民代表大会常务委员会"));
    }

    @Test
    void aPostGivenInTheClauseAfterThisCooperativeIsTheCooperatives() {
        assertThat(relations("安化县资江黑茶专业合作社地处高山茶区。这家合作社成立于2021年，理事长由村党支部书记刘建军兼任。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("刘建军", "安化县资江黑茶专业合作社"));
    }

    @Test
    void theOneCooperativeAfterALinkOpeningAClausePartnersTheSentencesSubject() {
        assertThat(relations("安化县资江黑茶专业合作社地处高山茶区。今年5月，湖南茶沃供应链有限公司投资500万元，在梅城镇建设冷库，"
                + "并与合作社签订三年包销协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南茶沃供应链有限公司", "安化县资江黑茶专业合作社"));
    }

    @Test
    void aPlaceOpeningASentenceReceivesTheProjectOfTheInvestorItNames() {
        assertThat(relations("大会在桐乡市乌镇开幕，现场签约项目20个。签约项目中，杭州远衡数据科技有限公司计划投资12亿元，"
                + "在湖州莫干山高新技术产业开发区建设数据中心。嘉善县姚庄镇则迎来上海晶策半导体有限公司的功率器件封测项目，"
                + "投资额9.6亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("杭州远衡数据科技有限公司", "湖州莫干山高新技术产业开发区"),
                        tuple("上海晶策半导体有限公司", "姚庄镇"));
    }

    @Test
    void aPlaceTheCodesLackWrittenRightAfterAProvinceLiesInIt() {
        assertThat(relations("来自台湾南投县的茶农在永福镇种茶二十年。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("南投县", "台湾省"));
    }

    @Test
    void whatSomeoneFoundsAtAPlaceIsLocatedThere() {
        assertThat(relations("2010年，茶农陈志明在漳平市永福镇创办了漳平春岭茶业有限公司。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("漳平春岭茶业有限公司", "永福镇"));
    }

    @Test
    void theGroupIsTheParentGroupNotTheSubsidiaryTheStoryIsAbout() {
        assertThat(relations("重庆远山文旅发展有限公司在黄水镇经营民宿。远山文旅是重庆远山旅游集团有限公司的全资子公司。今年6月，"
                + "该集团与石柱县文化和旅游发展委员会签订协议，计划再投资2.8亿元开发景区。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("重庆远山旅游集团有限公司", "石柱县文化和旅游发展委员会"));
    }

    @Test
    void theBodyAClauseIntroducesAsTheImplementingEnterpriseCarriesOutTheProgramBefore() {
        assertThat(relations("古浪县今年启动“沙海绿廊”光伏治沙工程。作为主要实施企业，甘肃远沙新能源有限公司在黄花滩镇投资12亿元"
                + "建设光伏电站。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("古浪县", "沙海绿廊光伏治沙工程"),
                        tuple("甘肃远沙新能源有限公司", "沙海绿廊光伏治沙工程"));
    }

    @Test
    void thoseAfterTheLinkOfAJointWorkPartnerEachOtherToo() {
        assertThat(relations("育种基地由中国热带农业科学院、海南大学与海南椰澄种业有限公司、湖南禾稷种业有限公司共同建设。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("海南椰澄种业有限公司", "湖南禾稷种业有限公司"));
    }

    @Test
    void thoseAfterTheLinkOfAWorkDoneJointlyPartnerEachOtherToo() {
        assertThat(relations("江苏禾澈种业有限公司与南京农业大学园艺学院、江苏省农业科学院联合选育出两个耐热番茄新品种。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("江苏禾澈种业有限公司", "南京农业大学园艺学院"),
                        tuple("江苏禾澈种业有限公司", "江苏省农业科学院"), tuple("南京农业大学园艺学院", "江苏省农业科学院"));
    }

    @Test
    void capitalPutIntoACompanyIsAnInvestmentInIt() {
        assertThat(relations("黑龙江省人民政府国有资产监督管理委员会今年已向龙江港航集团有限公司注入资本金5亿元，支持其建设冷链物流中心。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("黑龙江省人民政府国有资产监督管理委员会", "龙江港航集团有限公司"));
    }

    @Test
    void fundsABodySetsAsideInAPlaceGoToThatPlace() {
        assertThat(relations("浙江省对口支援新疆工作前方指挥部在阿克苏市安排援疆资金6.5亿元，重点建设职工公寓。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江省对口支援新疆工作前方指挥部", "阿克苏市"));
    }

    @Test
    void aBareCommandOpeningAClauseIsTheCommandNamedBefore() {
        assertThat(relations("浙江省对口支援新疆工作前方指挥部下达援疆项目清单。清单中，指挥部在阿克苏市安排援疆资金6.5亿元，"
                + "重点建设职工公寓。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江省对口支援新疆工作前方指挥部", "阿克苏市"));
    }

    @Test
    void aBodyInsideAnotherBodysNameIsNotWhereThePlaceBeforeItSays() {
        assertThat(relations("10月20日，位于广州开发区的华南理工大学—粤澜智能传感联合实验室正式揭牌。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("华南理工大学—粤澜智能传感联合实验室", "广州开发区"), tuple("广州开发区", "广州市"));
    }

    @Test
    void whatASubjectOwesToAPartnershipMakesItThePartner() {
        assertThat(relations("洛川县凤栖苹果专业合作社的果园今年亩产4吨。合作社的变化，得益于与西北农林科技大学洛川苹果试验站的长期合作。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("洛川县凤栖苹果专业合作社", "西北农林科技大学洛川苹果试验站"));
    }

    @Test
    void moneyThatTakesAStakeGoesToTheCompanyWhoseSharesItBuys() {
        assertThat(relations("江苏恒岱动力科技股份有限公司、辽宁汇峰产业投资基金合伙企业（有限合伙）合计增资6亿元，"
                + "取得沈阳北岳重型机械集团有限公司30%的股权。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("江苏恒岱动力科技股份有限公司", "沈阳北岳重型机械集团有限公司"),
                        tuple("辽宁汇峰产业投资基金合伙企业（有限合伙）", "沈阳北岳重型机械集团有限公司"));
    }

    @Test
    void theSharesOfAStakeTheSentenceBeforeBoughtGoToItsCompany() {
        assertThat(relations("三家投资方合计增资6亿元，取得沈阳北岳重型机械集团有限公司30%的股权。其中，"
                + "江苏恒岱动力科技股份有限公司出资4亿元，成为第二大股东。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江苏恒岱动力科技股份有限公司", "沈阳北岳重型机械集团有限公司"));
    }

    @Test
    void theSharesOfAFundWhoseSizeTheSentenceBeforeGaveGoToTheFund() {
        assertThat(relations("嘉兴南湖新能源产业投资基金合伙企业（有限合伙）近日签约落地。基金总规模30亿元，重点投向储能领域。"
                + "其中，嘉兴南湖投资集团有限公司出资9亿元，浙江科衡电池股份有限公司认缴6亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("嘉兴南湖投资集团有限公司", "嘉兴南湖新能源产业投资基金合伙企业（有限合伙）"),
                        tuple("浙江科衡电池股份有限公司", "嘉兴南湖新能源产业投资基金合伙企业（有限合伙）"));
    }

    @Test
    void aBodyReleasingANamedProgramCarriesItOut() {
        assertThat(relations("佛山市南海区人力资源和社会保障局近日发布“湾区筑梦”青年创业计划，为港澳青年提供创业场地。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南海区人力资源和社会保障局", "湾区筑梦青年创业计划"));
    }

    @Test
    void moneyPutInBeforeSettingUpACompanyWithAPartnerGoesToThatCompany() {
        assertThat(relations("当天，广西桂南物流有限公司与泰国金象贸易有限公司签署合作协议。根据协议，金象贸易出资1000万美元，"
                + "与桂南物流合资设立凭祥金象冷链物流有限公司。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("金象贸易有限公司", "凭祥金象冷链物流有限公司"));
    }

    @Test
    void asManyPartiesAsTheSentenceNamedAllPartnerEachOther() {
        assertThat(relations("当天，广西桂南物流有限公司与越南谅江贸易有限公司、泰国金象贸易有限公司签署合作协议，三方将共建果蔬集散中心。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("广西桂南物流有限公司", "谅江贸易有限公司"),
                        tuple("广西桂南物流有限公司", "金象贸易有限公司"), tuple("谅江贸易有限公司", "金象贸易有限公司"));
    }

    @Test
    void whereTheInvestorLiesIsNotWhereItsMoneyGoes() {
        assertThat(relations("湖南丰稷种业有限公司总部位于长沙市望城区，已投入1800万元在益阳市赫山区建设低镉水稻制种基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南丰稷种业有限公司", "赫山区"));
    }

    @Test
    void aCityAbroadIsInItsCountryAndPartnersTheCityTwinnedWithIt() {
        String text = "芜湖市与巴西隆德里纳市正式缔结友好城市关系。";

        assertThat(relations(text, RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("隆德里纳市", "巴西"));
        assertThat(relations(text, RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("芜湖市", "隆德里纳市"));
    }

    @Test
    void aNoticeLaunchingAnActionStandsForItAndTheBodiesItChargesCarryItOut() {
        assertThat(relations("绵竹市河长制办公室印发《关于开展绵远河“净水护岸”专项行动的通知》。"
                + "通知明确，绵竹市水利局负责清理河道，绵竹市农业农村局负责整治养殖污染。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("绵竹市河长制办公室", "绵远河净水护岸专项行动"),
                        tuple("绵竹市水利局", "绵远河净水护岸专项行动"), tuple("绵竹市农业农村局", "绵远河净水护岸专项行动"));
    }

    @Test
    void fundsSetAsideGoWhereTheNextClauseBuilds() {
        assertThat(relations("为打通冷链，杭州市今年安排东西部协作资金1500万元，在丹寨县兴仁镇建设冷链仓储中心。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("杭州市", "兴仁镇", 15_000_000L));
    }

    @Test
    void fundsTakenOutToSupportAVillageGoToTheVillage() {
        assertThat(relations("密云区将拿出2.1亿元专项资金，支持石城镇黄峪口村建设民宿集群。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("密云区", "黄峪口村"));
    }

    @Test
    void twoSidesThatMetSignTogether() {
        assertThat(relations("11月3日，宁波市与黔西南布依族苗族自治州普安县在普安召开协作推进会，双方签订劳务协作协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁波市", "普安县"));
    }

    @Test
    void aPlaceBeforeAHospitalThatSignsIsNoParty() {
        assertThat(relations("青海省人民医院与西宁市湟中区、大通县两县人民医院签约，组建医疗联合体。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void thePlaceWhereTheSubjectLiesIsNotTheSubjectThatGoesOn() {
        assertThat(relations("位于玛纳斯县乐土驿镇的玛纳斯县丰瑞农业发展有限公司负责建设种植基地，并与新疆农业大学合作选育新品种。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("玛纳斯县丰瑞农业发展有限公司", "新疆农业大学"));
    }

    @Test
    void itemsAWorkReportListsInParagraphsAreTheWorkOfTheCityAndItsGovernment() {
        assertThat(relations(WORK_REPORT + "报告提出，今年将部署以下重点工作。\n\n一、全力实施“晋药振兴”攻坚行动。"
                + "推动200家企业完成改造。\n\n二、深入推进“丹河绿廊”生态工程。完成堤岸修复40公里。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城市人民政府", "晋药振兴攻坚行动"), tuple("晋城市", "晋药振兴攻坚行动"),
                        tuple("晋城市人民政府", "丹河绿廊生态工程"), tuple("晋城市", "丹河绿廊生态工程"));
    }

    @Test
    void anItemWhoseOrdinalOpensTheClauseOfItsProgramIsTheAnnouncersWork() {
        assertThat(relations(WORK_REPORT + "我们将抓好三项工作。一是全力实施“晋药振兴”攻坚行动。二是兜牢民生底线。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("晋城市人民政府", "晋药振兴攻坚行动"), tuple("晋城市", "晋药振兴攻坚行动"));
    }

    @Test
    void whoProvidesAQuotedProductCarriesItOut() {
        assertThat(relations("华穗财产保险股份有限公司信阳中心支公司为全县茶园提供“茶安保”收入保险，每亩最高保障800元。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("华穗财产保险股份有限公司信阳中心支公司", "茶安保"));
    }

    @Test
    void aMineDescribedAsTheGroupsOldMineIsPartOfIt() {
        assertThat(relations("黑岭铜矿是陇海矿业集团有限公司旗下开采30年的老矿山。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("黑岭铜矿", "陇海矿业集团有限公司"));
    }

    @Test
    void everyUnitListedAfterTheGroupsWordForItsUnitsIsPartOfIt() {
        assertThat(relations("广西桂垦农垦集团有限公司（以下简称“桂垦集团”）召开农场改革推进会。记者从会上获悉，集团旗下"
                + "广西桂垦金光农场有限公司、广西桂垦良圻农场有限公司和广西桂垦东湖农场有限公司已全部完成改制。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("广西桂垦金光农场有限公司", "广西桂垦农垦集团有限公司"),
                        tuple("广西桂垦良圻农场有限公司", "广西桂垦农垦集团有限公司"),
                        tuple("广西桂垦东湖农场有限公司", "广西桂垦农垦集团有限公司"));
    }

    @Test
    void thoseWhoDevelopedAProductCarryItOut() {
        assertThat(relations("该县今年为茶园提供“茶安保”收入保险。“茶安保”由华穗财产保险股份有限公司与信阳农林学院联合开发，"
                + "以茶叶价格确定理赔标准。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("华穗财产保险股份有限公司", "茶安保"), tuple("信阳农林学院", "茶安保"));
    }

    @Test
    void aProvinceAbroadWrittenAfterItsCountryIsInIt() {
        assertThat(relations("公司已与越南老街省的企业签订合作备忘录。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("老街省", "越南"));
    }

    @Test
    void thoseListedDoingItTogetherAfterALeaderPartnerTheLeader() {
        assertThat(relations("联盟由黑龙江省农业科学院牵头，东北农业大学、黑龙江禾盛种业有限公司等16家单位共同发起。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("黑龙江省农业科学院", "东北农业大学"),
                        tuple("黑龙江省农业科学院", "黑龙江禾盛种业有限公司"));
    }

    @Test
    void eachShareOfATotalGoesWhereTheTotalGoes() {
        assertThat(relations("在宁乡经济技术开发区，湖南禾谷食品有限公司的冷链中心已投入运营。该项目总投资2亿元，其中禾谷食品出资"
                + "1.4亿元，宁乡市城市建设投资集团有限公司出资6000万元代建冷库。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南禾谷食品有限公司", "宁乡经济技术开发区"),
                        tuple("宁乡市城市建设投资集团有限公司", "宁乡经济技术开发区"));
    }

    @Test
    void aShareListedAfterAnotherGoesToTheBaseOfTheTotalNotToTheNextSpender() {
        assertThat(relations("浏阳市人民政府与湖南青岚茶业有限公司签订协议。县长刘振邦和青岚茶业董事长胡晓川出席。"
                + "基地位于浏阳市大围山镇楠竹村，项目总投资5000万元。其中，青岚茶业出资3600万元，用于茶园改造；"
                + "浏阳市整合涉农资金900万元，配套建设道路；湖南农业大学投入科研经费500万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南农业大学", "楠竹村"))
                .doesNotContain(tuple("湖南农业大学", "浏阳市"), tuple("湖南青岚茶业有限公司", "浏阳市"));
    }

    @Test
    void companiesListedWithYiJiEachSpendTheirShare() {
        assertThat(relations("签约仪式在宁乡经济技术开发区举行。湖南禾谷食品有限公司、长沙嘉木包装材料有限公司以及湖南锐芯电子科技有限公司"
                + "分别投资3亿元、2亿元和1亿元，在开发区建设生产基地。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南禾谷食品有限公司", "宁乡经济技术开发区"),
                        tuple("长沙嘉木包装材料有限公司", "宁乡经济技术开发区"),
                        tuple("湖南锐芯电子科技有限公司", "宁乡经济技术开发区"));
    }

    @Test
    void theProjectSiteOfThePreviousSentenceComesBeforeAPlaceTheCompanyWasNamedWithEarlier() {
        assertThat(relations("今年3月，湖南禾谷食品有限公司在浏阳签约建设预制菜工厂。记者日前获悉，该项目一期已在浏阳市永安镇建成投产。"
                + "项目由禾谷食品与浏阳市城市建设投资集团有限公司共同出资建设，总投资4亿元，其中禾谷食品出资2.8亿元。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南禾谷食品有限公司", "永安镇"))
                .doesNotContain(tuple("湖南禾谷食品有限公司", "浏阳市"));
    }

    @Test
    void companiesSitedInATownInvestThereWhenTheNextSentenceListsTheirShares() {
        assertThat(relations("另有两家企业集中落户花明楼镇。其中，湖南楚运物流有限公司与宁乡市国有资本投资运营有限公司合资建设"
                + "冷链仓储中心，总投资2.4亿元，前者出资1.5亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南楚运物流有限公司", "花明楼镇"));
    }

    @Test
    void aPersonDescribedAfterZheweiTakesThePostThatFollows() {
        assertThat(relations("浙江农林大学林业与生物技术学院教授林晓雯走进了试验林。这位42岁的林学专家，同时担任"
                + "浙西竹林生态监测重点实验室主任。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("林晓雯", "浙西竹林生态监测重点实验室"));
    }

    @Test
    void aLaboratoryCalledByItsKindPublishesTheResultItCompletedWithAPartner() {
        assertThat(relations("浙西竹林生态监测重点实验室今年新增观测点6个。今年5月，实验室与中国林业科学研究院亚热带林业研究所"
                + "合作完成的研究成果发表于《林业科学》。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("浙西竹林生态监测重点实验室", "林业科学"));
    }

    private static final String JOINT_VENTURE_STORY = "12月3日，湖南钠川电池科技有限公司在长沙经济技术开发区揭牌。这家合资公司"
            + "注册资本8亿元，由湖南湘储新能源股份有限公司、长沙星沙产业投资有限公司和中南大学共同组建。\n\n"
            + "按照合资协议，湘储新能源以现金出资4.8亿元，持股60%；长沙星沙产业投资有限公司出资2.4亿元，持股30%。"
            + "合资公司董事长由湘储新能源总裁罗立新兼任。";

    @Test
    void aJointVentureIntroducedWithZhejiaIsTheCompanyNamedBeforeAndSoIsEveryLaterMention() {
        assertThat(relations(JOINT_VENTURE_STORY, RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("罗立新", "湖南钠川电池科技有限公司"));
    }

    @Test
    void theSharesTheJointVentureAgreementListsAreInvestedInTheJointVenture() {
        assertThat(relations(JOINT_VENTURE_STORY, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南湘储新能源股份有限公司", "湖南钠川电池科技有限公司"),
                        tuple("长沙星沙产业投资有限公司", "湖南钠川电池科技有限公司"));
    }

    @Test
    void theBodiesThatJoinAConsortiumALeaderLedPartnerTheLeader() {
        assertThat(relations("浏阳市水利局与由湖南湘清水务集团有限公司牵头，长沙澄源环境工程有限公司、湖南德润水处理设备有限公司"
                + "参与组成的社会资本联合体签订项目合同。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南湘清水务集团有限公司", "长沙澄源环境工程有限公司"),
                        tuple("湖南湘清水务集团有限公司", "湖南德润水处理设备有限公司"));
    }

    @Test
    void theSharesOfAProjectCompanysCapitalAreInvestedInTheCompanyNamedAfterItsWord() {
        assertThat(relations("联合体将与浏阳市城市建设投资集团有限公司共同组建项目公司浏阳湘清供水有限公司，负责项目运营。"
                + "项目公司注册资本2亿元，其中湖南湘清水务集团有限公司出资1.6亿元，市城投集团出资4000万元。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南湘清水务集团有限公司", "浏阳湘清供水有限公司"),
                        tuple("浏阳市城市建设投资集团有限公司", "浏阳湘清供水有限公司"));
    }

    @Test
    void actionsADocumentSetsOutInALaterClauseArePartOfIt() {
        assertThat(relations("日前，长沙市人民政府印发《长沙市推进智能制造强市建设八项行动方案》（以下简称《方案》）。\n\n"
                + "《方案》聚焦工程机械、新能源汽车等重点产业链，部署了“链主培育行动”“智能工厂建设行动”等八项行动。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("链主培育行动", "长沙市推进智能制造强市建设八项行动方案"),
                        tuple("智能工厂建设行动", "长沙市推进智能制造强市建设八项行动方案"));
    }

    @Test
    void theOrganisationsTheCopulaNamesWithTitlesAreThePersons() {
        assertThat(relations("中国工程院院士谭立明来到公司调研。谭立明是中国工程院院士、湖南大学机械与运载工程学院教授，"
                + "长期从事机器人研究。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("谭立明", "中国工程院"), tuple("谭立明", "湖南大学机械与运载工程学院"));
    }

    @Test
    void theCompanyTheTextSetUpIsTheJointVentureItsCapitalIsSharedIn() {
        assertThat(relations("丹麦诺兰德种业集团与湖南湘种投资集团有限公司在长沙签署合资协议，双方共同组建的湖南湘诺种苗科技有限公司"
                + "同日注册成立。合资公司注册资本2亿元，湘种投资集团以现金出资1.2亿元，持股60%。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南湘种投资集团有限公司", "湖南湘诺种苗科技有限公司"));
    }

    private static final String WINERY_STORY = "银川市永宁县的宁夏贺岚酒庄有限公司今年扩建酒窖。今年6月，宁夏银川泓源投资有限公司"
            + "向酒庄增资5000万元。酒庄与宁夏大学食品与葡萄酒学院合作建立了土壤监测体系。按照协议，新加坡丰茂贸易有限公司"
            + "将在新加坡开设贺岚酒庄品鉴中心。";

    @Test
    void aWineryCalledByThatWordAloneIsTheWineryOfTheText() {
        assertThat(relations(WINERY_STORY, RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("宁夏银川泓源投资有限公司", "宁夏贺岚酒庄有限公司"));
    }

    @Test
    void aFacilityNamedAfterACompanyIsSetUpThereNotTheCompany() {
        assertThat(relations(WINERY_STORY, RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .doesNotContain(tuple("宁夏贺岚酒庄有限公司", "新加坡"));
    }

    @Test
    void researchSpendingIsNoInvestmentInTheZoneTheCompanyIsIn() {
        assertThat(relations("武汉芯澜微电子股份有限公司总部位于武汉东湖新技术开发区，近三年研发投入累计超过6亿元。",
                RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void enterpriseOpeningAClauseIsTheCompanyLastNamed() {
        assertThat(relations("江苏省农业科学院土壤肥料研究所与江苏澄测传感科技有限公司签订技术许可协议，企业将投入900万元在苏州工业园区建设中试线。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江苏澄测传感科技有限公司", "苏州工业园区"));
    }

    @Test
    void enterpriseGluedToAPrepositionAndAPartnerIsTheCompanyLastNamed() {
        assertThat(relations("湖南岳澜新材料有限公司与中南大学共建联合实验室。与此同时，企业同岳阳通江港口物流有限公司签订长期运输协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("湖南岳澜新材料有限公司", "岳阳通江港口物流有限公司"));
    }

    @Test
    void theNewCompanyIsTheWhollyOwnedSubsidiaryTheTextSetUp() {
        assertThat(relations("湖南岳澜新材料股份有限公司以自有资金出资3亿元，在长沙经济技术开发区设立全资子公司长沙岳澜电池材料有限公司。"
                + "据悉，新公司将与中南大学冶金与环境学院共建联合实验室。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("长沙岳澜电池材料有限公司", "中南大学冶金与环境学院"));
    }

    @Test
    void aBankSetUpUnderAnothersControllingStakeIsPartOfIt() {
        assertThat(relations("浏阳澄湘村镇银行由湖南澧源农村商业银行控股发起设立，在全市设有网点9个。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浏阳澄湘村镇银行", "湖南澧源农村商业银行"));
    }

    private static final String JOINT_VENTURE_POSTS = "湖南湘茗茶业有限公司与云南普岚茶叶有限公司签署合资协议，共同组建普洱湘岚茶业有限公司。"
            + "湘茗茶业董事长罗立勤将出任合资公司董事长，总经理由普岚茶叶副总经理周彦霖担任。"
            + "云南农业大学茶学院将为合资公司提供加工技术支持。";

    @Test
    void aPersonWhoWillTakeAPostAtTheJointVentureIsAffiliatedWithIt() {
        assertThat(relations(JOINT_VENTURE_POSTS, RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("罗立勤", "普洱湘岚茶业有限公司"));
    }

    @Test
    void aPostGivenAfterAnotherIsAtTheBodyTheFirstWasTakenAt() {
        assertThat(relations(JOINT_VENTURE_POSTS, RelationType.AFFILIATED_WITH))
                .filteredOn(r -> r.source().equals("周彦霖")).extracting(Relation::target)
                .containsExactlyInAnyOrder("普洱湘岚茶业有限公司", "云南普岚茶叶有限公司");
    }

    @Test
    void aBodyThatWillGiveAnotherTechnicalSupportWorksWithIt() {
        assertThat(relations(JOINT_VENTURE_POSTS, RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("云南农业大学茶学院", "普洱湘岚茶业有限公司"));
    }

    @Test
    void aCompanyDescribedAsHeldByAnotherIsPartOfIt() {
        assertThat(relations("湘江澄石材料科技有限公司总部位于长沙高新技术产业开发区，是湖南澄屹实业集团有限公司控股的企业。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湘江澄石材料科技有限公司", "湖南澄屹实业集团有限公司"));
    }

    private static final String INSTITUTE_FUNDED = "由浏阳市人民政府和湖南大学共建的浏河新材料研究院日前揭牌。"
            + "根据协议，浏阳市三年内为研究院安排8000万元建设和运行经费。研究院院长由湖南大学材料学院院长邓若川教授兼任。"
            + "今年6月，第一作者为研究院博士研究生彭思远的论文发表在《材料研究学报》上。";

    @Test
    void aDivisionThatSetsMoneyAsideForABodyInvestsInIt() {
        assertThat(relations(INSTITUTE_FUNDED, RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("浏阳市", "浏河新材料研究院"));
    }

    @Test
    void aBareHeadAfterAPrepositionTheSegmenterGluedToItIsTheBodyNamed() {
        assertThat(relations(INSTITUTE_FUNDED, RelationType.AFFILIATED_WITH))
                .filteredOn(r -> r.source().equals("彭思远")).extracting(Relation::target)
                .containsExactly("浏河新材料研究院");
    }

    private static final String FUND_STORY = "湖南湘江启明创业投资基金合伙企业近日完成首批投资。"
            + "获投1600万元的长沙澄光材料科技有限公司位于长沙高新技术产业开发区。"
            + "另一家企业湖南驭感传感技术有限公司获投900万元。公司注册在长沙经济技术开发区。";

    @Test
    void aCompanyThatGotInvestmentGotItFromTheFundNamedBefore() {
        assertThat(relations(FUND_STORY, RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南湘江启明创业投资基金合伙企业", "长沙澄光材料科技有限公司"),
                        tuple("湖南湘江启明创业投资基金合伙企业", "湖南驭感传感技术有限公司"));
    }

    @Test
    void whereACompanyIsRegisteredIsWhereItIs() {
        assertThat(relations(FUND_STORY, RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("湖南驭感传感技术有限公司", "长沙经济技术开发区"));
    }

    @Test
    void aCompanyAfterXiaOpeningAClauseIsTheGroupsTheSentenceIsAbout() {
        assertThat(relations("湘钢新材料集团有限公司总部位于湘潭经济技术开发区，旗下湘潭澄锐特钢有限公司年产特钢80万吨。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湘潭澄锐特钢有限公司", "湘钢新材料集团有限公司"));
    }

    @Test
    void aPersonNamedBeforeTakingAPostIsReadWhateverPlaceHisNameHolds() {
        assertThat(relations("研究院依托湘潭大学化工学院组建团队，该院教授周嘉禾出任首任院长。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target).contains(tuple("周嘉禾", "湘潭大学化工学院"));
    }

    @Test
    void moneyPutIntoTheCooperativeGoesToTheOneTheTextNames() {
        assertThat(relations("望城区丰裕农机专业合作社今年新增农机36台。去年，长沙垦丰农业装备有限公司向合作社投资500万元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("长沙垦丰农业装备有限公司", "望城区丰裕农机专业合作社"));
    }

    @Test
    void aProgramDescribedAsLaunchedByBodiesIsTheirs() {
        assertThat(relations("“厚壤计划”是宁乡市人民政府与湖南省农业科学院于2023年联合启动的耕地保护项目。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("宁乡市人民政府", "厚壤计划"), tuple("湖南省农业科学院", "厚壤计划"));
    }

    @Test
    void aPlaceInAProgramsDescriptionSaysWhereNotWho() {
        assertThat(relations("“茗富贷”是总部位于安化县的湖南梅山农村商业银行股份有限公司推出的信贷产品。",
                RelationType.IMPLEMENTS)).extracting(Relation::source)
                .containsExactly("湖南梅山农村商业银行股份有限公司");
    }

    @Test
    void theRoundASentenceOpensOnIsTheOneRaisedInTheSentenceBefore() {
        assertThat(relations("湖南启澜生物科技有限公司宣布完成2亿元A轮融资。本轮由湖南湘江创新投资管理有限公司领投1.2亿元，"
                + "长沙麓城科创投资有限公司跟投8000万元。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南湘江创新投资管理有限公司", "湖南启澜生物科技有限公司"),
                        tuple("长沙麓城科创投资有限公司", "湖南启澜生物科技有限公司"));
    }

    private static final String HEADQUARTERS_MOVED = "湖南康澜医疗器械股份有限公司与长沙经济技术开发区签约。"
            + "根据协议，这家以微创器械见长的公司明年将总部迁入长沙经开区。"
            + "这家主营手术耗材的企业还将投资6亿元在长沙经开区建设研发生产基地。";

    @Test
    void aCompanyDescribedAfterZheJiaIsTheCompanyLastNamed() {
        assertThat(relations(HEADQUARTERS_MOVED, RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南康澜医疗器械股份有限公司", "长沙经济技术开发区"));
    }

    @Test
    void whereACompanyMovesIsWhereItIs() {
        assertThat(relations(HEADQUARTERS_MOVED, RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("湖南康澜医疗器械股份有限公司", "长沙经济技术开发区"));
    }

    private static final String TEA_UNION = "古丈县高峰茶叶专业合作社联合社今年新建茶园800亩。去年10月，默戎镇的古丈岚峰茶叶专业合作社、"
            + "红石林镇的古丈溪岚茶叶专业合作社等5家合作社共同发起成立了这家联合社。联合社成立后，与湖南农业大学园艺学院签订技术合作协议。"
            + "联合社理事长彭沅杰给记者算了一笔账。";

    @Test
    void theCooperativesThatSetUpAUnionAreItsMembers() {
        assertThat(relations(TEA_UNION, RelationType.PART_OF)).filteredOn(r -> r.target().endsWith("联合社"))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("古丈岚峰茶叶专业合作社", "古丈县高峰茶叶专业合作社联合社"),
                        tuple("古丈溪岚茶叶专业合作社", "古丈县高峰茶叶专业合作社联合社"));
    }

    @Test
    void aUnionCalledByThatWordAloneIsTheUnionOfTheText() {
        assertThat(relations(TEA_UNION, RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("古丈县高峰茶叶专业合作社联合社", "湖南农业大学园艺学院"));
    }

    @Test
    void aNameBeforeGeiEndsThere() {
        assertThat(relations(TEA_UNION, RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("彭沅杰", "古丈县高峰茶叶专业合作社联合社"));
    }

    @Test
    void aFundLeadingARoundTowardACompanyInvestsInIt() {
        assertThat(relations("今年9月，湖南湘江创新投资管理有限公司向长沙光衡智能传感科技有限公司领投3000万元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘江创新投资管理有限公司", "长沙光衡智能传感科技有限公司"));
    }

    @Test
    void whoBuysAResearchBodysTechnologyAtAuctionWorksWithIt() {
        assertThat(relations("当天的“标王”是湘潭大学化工学院周立平教授团队的电池隔膜技术，被湘潭锐岳新材料有限公司以1860万元拍得。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湘潭锐岳新材料有限公司", "湘潭大学化工学院"));
    }

    @Test
    void whoWinsALicenceForABodysVarietyWorksWithIt() {
        assertThat(relations("湖南农业大学农学院选育的两个水稻新品系，由常德的湖南澧丰种业有限公司以760万元竞得独占许可。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南澧丰种业有限公司", "湖南农业大学农学院"));
    }

    @Test
    void aBareHeadAfterALinkIsNotTheBodyLinkingToIt() {
        assertThat(relations("位于湘江新区的湖南先进陶瓷中试研究院正式投用。中国科学院长沙光电技术研究院也与研究院签约，共建检测分中心。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国科学院长沙光电技术研究院", "湖南先进陶瓷中试研究院"));
    }

    @Test
    void aCompanyThatReceivedMoneyInvestsNothingInThePlacesNamedBefore() {
        assertThat(relations("长沙云岭智能科技有限公司的检测系统已在株洲、湘潭的20余家企业落地。"
                + "长沙云岭智能科技有限公司今年6月获得湖南湘创创业投资有限公司6000万元投资。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘创创业投资有限公司", "长沙云岭智能科技有限公司"));
    }

    @Test
    void whereACompanyDescribedAfterZheJiaLiesIsWhereItIs() {
        assertThat(relations("长沙云岭智能科技有限公司的检测系统已在20余家企业落地。这家位于长沙高新技术产业开发区的企业，"
                + "今年6月获得湖南湘创创业投资有限公司6000万元投资。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("长沙云岭智能科技有限公司", "长沙高新技术产业开发区"));
    }

    @Test
    void bodiesActingTogetherThatPublishAProgramsListBothCarryItOut() {
        assertThat(relations("中共湖南省委组织部日前会同湖南省科学技术厅公布了“湘江英才计划”首批入选者名单。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南省科学技术厅", "湘江英才计划"), tuple("中共湖南省委组织部", "湘江英才计划"));
    }

    @Test
    void aCompanyDescribedAsAGroupsPlatformIsPartOfTheGroup() {
        assertThat(relations("湖南湘禾种业股份有限公司（以下简称“湘禾种业”）选育的新品种通过国家审定。湘禾种业是湖南湘农发展集团有限公司"
                + "旗下的种业平台。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘禾种业股份有限公司", "湖南湘农发展集团有限公司"));
    }

    @Test
    void theRoundAParagraphOpensOnIsTheOneRaisedInTheParagraphBefore() {
        assertThat(relations("湖南启澜生物科技有限公司宣布完成2亿元A轮融资。\n\n本轮由湖南湘江创新投资管理有限公司领投1.2亿元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘江创新投资管理有限公司", "湖南启澜生物科技有限公司"));
    }

    @Test
    void aBranchSetUpAfterTheSubjectsClauseIsPartOfTheSubject() {
        assertThat(relations("湖北楚泓制药股份有限公司今年营收增长两成。今年4月，楚泓制药投资2亿元，在宜昌市猇亭区设立宜昌分公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖北楚泓制药股份有限公司宜昌分公司", "湖北楚泓制药股份有限公司"));
    }

    @Test
    void theBareWordForCompanyIsTheCompanyNotItsBranch() {
        assertThat(relations("湖北楚泓制药股份有限公司在宜昌市设立宜昌分公司。“订单已经排满。”公司董事长周立文说。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("周立文", "湖北楚泓制药股份有限公司"));
    }

    @Test
    void theBareWordForNewAreaIsTheNewAreaOfTheText() {
        assertThat(relations("赣江新区管委会副主任刘海明介绍，新区正在实施“光电产业倍增行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("赣江新区", "光电产业倍增行动"));
    }

    @Test
    void aRanchDescribedAsAGroupsIsPartOfTheGroup() {
        assertThat(relations("赤峰草原牧歌牧业有限公司是内蒙古伊禾乳业集团股份有限公司旗下的规模化牧场，存栏奶牛5000头。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("赤峰草原牧歌牧业有限公司", "内蒙古伊禾乳业集团股份有限公司"));
    }

    @Test
    void moneyTakenOutToBuildIsAnInvestment() {
        assertThat(relations("按照募投计划，许昌麦禾食品股份有限公司将拿出3.2亿元，在襄城县库庄镇建设冷链物流中心。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("许昌麦禾食品股份有限公司", "库庄镇"));
    }

    @Test
    void moneyTakenOutToSupportOthersIsNoInvestment() {
        assertThat(relations("许昌麦禾食品股份有限公司与襄城县人民政府签约，县里每年拿出300万元支持校企联合攻关。",
                RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void aCompanyDescribedWithItsTradeAfterDeIsWhereTheDescriptionSays() {
        assertThat(relations("吴江锦岚丝绸有限公司新厂区开工。这家位于苏州市吴江区震泽镇的丝绸企业，正把产能转移到苏北。",
                RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("吴江锦岚丝绸有限公司", "震泽镇"));
    }

    @Test
    void aZoneOfTheTitleIsNoPartyToASchoolAndPlaceAgreement() {
        assertThat(relations("# 江安竹编产业园新签3个项目\n\n在科技支撑上，江安县人民政府与西南科技大学签订校地合作协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江安县人民政府", "西南科技大学"));
    }

    @Test
    void theOwnerOfASubsidiaryMayFollowItsListing() {
        assertThat(relations("苏州晶屹光电有限公司今日投产。晶屹光电是A股上市公司江苏锐川科技股份有限公司的控股子公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("苏州晶屹光电有限公司", "江苏锐川科技股份有限公司"));
    }

    @Test
    void aCompanyDescribedAsAnothersSubsidiaryIsPartOfIt() {
        assertThat(relations("四川蜀运冷链物流有限公司中标。这家四川天府物产集团有限公司的全资子公司将投资2亿元，在新津区建设冷库。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("四川蜀运冷链物流有限公司", "四川天府物产集团有限公司"));
    }

    @Test
    void aRoundWrittenAfterItsLeadIsTheSubjectsRound() {
        assertThat(relations("长沙澜芯微电子有限公司本月完成由湖南湘岳创业投资有限公司领投的6000万元A轮融资。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘岳创业投资有限公司", "长沙澜芯微电子有限公司"));
    }

    @Test
    void aCompanysPostGivenAfterItWasSetUpIsAtTheCompany() {
        assertThat(relations("团队孵化成立了长沙澜芯微电子有限公司，由周立的学生王博文博士担任总经理。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王博文", "长沙澜芯微电子有限公司"));
    }

    @Test
    void aCompanySetUpAndThenSaidHeldBelongsToItsHolder() {
        assertThat(relations("今年5月，江苏澄浪网具有限公司与宁波甬渔远洋渔业有限公司合资成立江苏澄浪远洋装备有限公司，"
                + "由江苏澄浪网具有限公司控股，专门生产拖网。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江苏澄浪远洋装备有限公司", "江苏澄浪网具有限公司"));
    }

    @Test
    void aHoldingAfterTheSubjectsFoundingYearIsTheSubjects() {
        assertThat(relations("杭州澜图传感科技有限公司成立于2019年，由浙江宏澜控股集团有限公司控股，主要生产压力传感器。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("杭州澜图传感科技有限公司", "浙江宏澜控股集团有限公司"));
    }

    @Test
    void aClauseOpeningWith则GoesOnWithTheBodyRightBeforeIt() {
        assertThat(relations("德阳川岳重工有限公司扩建车间；落户绵阳科技城的绵阳岳芯材料有限公司，则与西南科技大学签署合作协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("绵阳岳芯材料有限公司", "西南科技大学"));
    }

    @Test
    void spendingAtASiteTheSentenceNamesGoesThereThoughTheSpenderSitsThere() {
        assertThat(relations("新疆绿洲棉业股份有限公司（以下简称“绿洲棉业”）总部位于玛纳斯县。"
                + "今年绿洲棉业还将投入8000万元，在玛纳斯县建设种子加工中心。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("新疆绿洲棉业股份有限公司", "玛纳斯县"));
    }

    @Test
    void moneyDirectedToAPlaceIsInvestedThere() {
        assertThat(relations("安徽徽岭茶业股份有限公司上市募资6亿元，将把其中1.5亿元投向祁门县，建设茶叶精制基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("安徽徽岭茶业股份有限公司", "祁门县", 150_000_000L));
    }

    @Test
    void capitalAddedToTheSubsidiaryGoesToTheCompanyNamedAsOne() {
        assertThat(relations("湖南湘岭电机股份有限公司（以下简称“湘岭电机”）新厂由其全资子公司株洲湘岭动力有限公司运营，"
                + "年初湘岭电机已向该子公司增资2亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘岭电机股份有限公司", "株洲湘岭动力有限公司"));
    }

    @Test
    void theWholePrefectureIsThePrefectureItsBureauSpeaksFor() {
        assertThat(relations("阿坝藏族羌族自治州农业农村局负责人介绍，全州正在推进“高原特色果蔬提升行动”。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .contains(tuple("阿坝藏族羌族自治州", "高原特色果蔬提升行动"));
    }

    @Test
    void theWholeBannerIsTheBannerItsBureauSpeaksFor() {
        assertThat(relations("鄂尔多斯市鄂托克旗林业和草原局局长介绍，全旗正在实施“绒山羊品种改良工程”。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .contains(tuple("鄂托克旗", "绒山羊品种改良工程"));
    }

    @Test
    void aPlaceOpeningAHospitalsNameIsNoPartner() {
        assertThat(relations("江苏康泽生物医药有限公司与南京市第一医院签署临床研究合作协议，双方将开展Ⅱ期临床试验。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aHighTechZoneGoesBy高新区() {
        assertThat(relations("泰州青瑞医药有限公司落户泰州医药高新技术产业开发区。今年初，该公司投资2.8亿元，在高新区建设中试基地。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("泰州青瑞医药有限公司", "泰州医药高新技术产业开发区"));
    }

    @Test
    void aBondedZoneGoesBy保税区() {
        assertThat(relations("据前海综合保税区管理委员会介绍，保税区正在实施“跨境电商集聚行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("前海综合保税区", "跨境电商集聚行动"));
    }

    @Test
    void moneyPutIntoTheScienceCityWhereTheInvestorSitsGoesThere() {
        assertThat(relations("海南青德游艇有限公司落户绵阳科技城。截至目前，青德游艇已向科技城投入4.8亿元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("海南青德游艇有限公司", "绵阳科技城"));
    }

    @Test
    void partnersWhoJointlyLaunchAProgramBothImplementIt() {
        assertThat(relations("当天，茂名市人民政府与广州青果网络科技有限公司签署战略合作协议，联合启动“龙眼溯源”行动。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .contains(tuple("茂名市人民政府", "龙眼溯源行动"), tuple("广州青果网络科技有限公司", "龙眼溯源行动"));
    }

    @Test
    void anAgreementRenewedIsAPartnership() {
        assertThat(relations("今年，福鼎市青洋茶叶专业合作社与福建青岚茶业股份有限公司续签了五年收购协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("福鼎市青洋茶叶专业合作社", "福建青岚茶业股份有限公司"));
    }

    @Test
    void theOperatorOfAParkIsNamedAfterItsRole() {
        assertThat(relations("当天，广西青越通供应链管理有限公司与园区运营方南宁青关投资开发有限公司签署合作协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西青越通供应链管理有限公司", "南宁青关投资开发有限公司"));
    }

    @Test
    void aUnitAfter旗下BelongsToTheCompanyTheSentenceOpensOn() {
        assertThat(relations("吉林青穗玉米生物科技股份有限公司总部位于公主岭市，旗下长春青穗淀粉有限公司年加工玉米50万吨。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("长春青穗淀粉有限公司", "吉林青穗玉米生物科技股份有限公司"));
    }

    @Test
    void thePlaceOfUnnamedCompaniesIsNoPartner() {
        assertThat(relations("# 耒阳茶油企业牵手中南林业科技大学\n\n耒阳市油茶面积达到50万亩。", RelationType.PARTNERS_WITH))
                .isEmpty();
    }

    @Test
    void theNamedFounderOfAJointVentureWithUnnamedOnesInvestsInIt() {
        assertThat(relations("成都青驰电驱科技有限公司由成都本地企业与上海青星汽车技术有限公司合资成立，计划投资10亿元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("上海青星汽车技术有限公司", "成都青驰电驱科技有限公司"));
    }

    @Test
    void aCompanysResearchUnitNamedAfterItIsPartOfIt() {
        assertThat(relations("近日，河南青丰种业科技股份有限公司玉米研究院联合湖南师范大学生命科学学院发表论文。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .contains(tuple("河南青丰种业科技股份有限公司玉米研究院", "河南青丰种业科技股份有限公司"));
    }

    @Test
    void aResearchUnitAfter旗下IsTheCompanys() {
        assertThat(relations("北京青瑞安生物技术有限公司（以下简称“青瑞安生物”）旗下青瑞安疫苗研究院联合四川大学华西药学院取得进展。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .contains(tuple("青瑞安疫苗研究院", "北京青瑞安生物技术有限公司"));
    }

    @Test
    void anAmountThatWillBeDirectedToAPlaceIsInvestedThere() {
        assertThat(relations("西安青衡半导体材料股份有限公司本次上市募集资金12亿元，其中9.6亿元将投向泾阳县的扩产项目。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("西安青衡半导体材料股份有限公司", "泾阳县", 960_000_000L));
    }

    @Test
    void theDevelopmentZoneReferredToLiesWhereTheSentenceSays() {
        assertThat(relations("盱眙青虾经济开发区内企业云集。该开发区位于盱眙县马坝镇，已入驻企业41家。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("盱眙青虾经济开发区", "马坝镇"));
    }

    @Test
    void moneyPaidForSharesGoesToTheBodyWhoseSharesItBuys() {
        assertThat(relations("去年，扶绥青丰糖业有限公司出资600万元入股扶绥县青力甘蔗农机专业合作社。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("扶绥青丰糖业有限公司", "扶绥县青力甘蔗农机专业合作社", 6_000_000L));
    }

    @Test
    void sharesBoughtIn合作社AreInTheOneCooperativeNamed() {
        assertThat(relations("扶绥县青力甘蔗农机专业合作社成立于2019年。去年，扶绥青丰糖业有限公司出资600万元入股合作社。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("扶绥青丰糖业有限公司", "扶绥县青力甘蔗农机专业合作社"));
    }

    @Test
    void companiesAfter旗下有AreTheOwnersUnits() {
        assertThat(relations("黑龙江青珍耳业科技有限公司（以下简称“青珍耳业”）成立于2010年。"
                + "青珍耳业是东宁市黑木耳加工龙头企业，旗下有黑龙江青珍电子商务有限公司等3家子公司。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("黑龙江青珍电子商务有限公司", "黑龙江青珍耳业科技有限公司"));
    }

    @Test
    void aPlaceBeforeWhatIsDoneThereIsStillAPartner() {
        assertThat(relations("深圳青禾医疗科技有限公司与宁晋县签约建设医院，总投资5亿元。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("深圳青禾医疗科技有限公司", "宁晋县"));
    }

    @Test
    void aUnitAfter旗下IsTheGroupsWhenAnotherCompanyStandsBetween() {
        assertThat(relations("重庆青川科技有限公司与长安青山集团有限公司签署合作协议，旗下重庆青山新能源汽车有限公司将承担研发。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("重庆青山新能源汽车有限公司", "长安青山集团有限公司"));
    }

    @Test
    void aHoldingAfterAFacilityDescribedIsNotTheSubjectsHolding() {
        assertThat(relations("重庆青川科技有限公司在垫江县新建的光伏电站已并网发电，由华能青川集团有限公司控股，年发电量1亿度。",
                RelationType.PART_OF)).isEmpty();
    }

    @Test
    void everyResearchUnitListedAfterACompanys旗下IsItsUnit() {
        assertThat(relations("北京青瑞安生物技术有限公司（以下简称“青瑞安生物”）旗下青瑞安疫苗研究院和青瑞安抗体实验室取得进展。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .contains(tuple("青瑞安疫苗研究院", "北京青瑞安生物技术有限公司"),
                        tuple("青瑞安抗体实验室", "北京青瑞安生物技术有限公司"));
    }

    @Test
    void aPartnerPlacedAfter与IsNoSpenderInTheNextPart() {
        assertThat(relations("湖州青锦纺织有限公司与南浔镇桑园村的南浔桑丰蚕桑专业合作社签订收购协议；"
                + "今年又投入8000万元，在练市镇建设缫丝车间。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖州青锦纺织有限公司", "练市镇"));
    }

    @Test
    void aHoldingAfterClausesDescribingTheCompanyIsTheCompanys() {
        assertThat(relations("吉林雪松冰雪旅游有限公司于2021年在安图县注册成立，由延边林海文旅集团有限公司控股。"
                + "河北冀通轴承股份有限公司与沧州渤岸投资有限公司合资成立河北燕通精密轴承有限公司。"
                + "新公司落户临西经济开发区，注册资本8000万元，由冀通轴承控股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("吉林雪松冰雪旅游有限公司", "延边林海文旅集团有限公司"),
                        tuple("河北燕通精密轴承有限公司", "河北冀通轴承股份有限公司"));
    }

    @Test
    void aCompanyDescribedAsSetUpByTwoIsHeldByTheOneNamedAfter由() {
        assertThat(relations("佛山瓷辉新能源有限公司去年投产。这家公司是佛山瓷源陶瓷有限公司与广东南绿能源有限公司合资组建的，"
                + "由瓷源陶瓷控股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("佛山瓷辉新能源有限公司", "佛山瓷源陶瓷有限公司"));
    }

    @Test
    void aHolderMayStateWhatItPaidBefore控股() {
        assertThat(relations("宁波蓝湾文旅发展有限公司与渔山村股份经济合作社合资成立宁波渔舍运营管理有限公司。"
                + "新公司由蓝湾文旅出资1800万元控股，村集体以闲置渔房入股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁波渔舍运营管理有限公司", "宁波蓝湾文旅发展有限公司"));
    }

    @Test
    void 其BeforeASubsidiaryIsTheCompanyTheSentenceIsAbout() {
        assertThat(relations("原料方面，青海柴达红生物科技有限公司与乌兰县的青海茶卡枸杞种植专业合作社签订收购协议；"
                + "沙棘则由其控股子公司青海柴旦沙棘开发有限公司收购加工。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("青海柴旦沙棘开发有限公司", "青海柴达红生物科技有限公司"));
    }

    @Test
    void 双方AfterAPartnershipTheHeadlineStatedFirstIsThatPartnership() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 高原种业牵手青海大学农林科学院\n\n"
                + "青海昆岗高原种业有限公司（以下简称“高原种业”）在湟中区建设育种基地。今年4月，高原种业与青海大学农林科学院"
                + "签订合作协议，双方合资成立青海昆岗青稞种业有限公司。\n")).get(0);

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.INVESTS_IN)
                .extracting(Relation::source, Relation::target)
                .contains(tuple("青海昆岗高原种业有限公司", "青海昆岗青稞种业有限公司"),
                        tuple("青海大学农林科学院", "青海昆岗青稞种业有限公司"));
    }

    @Test
    void moneyPutInANextClauseGoesWhereThatClauseSays() {
        assertThat(relations("四川峨眉茶旅发展集团有限公司将把1.2亿元投向龙池镇鹤鸣坝村，另外6000万元投入黄湾乡长青村。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("四川峨眉茶旅发展集团有限公司", "鹤鸣坝村"),
                        tuple("四川峨眉茶旅发展集团有限公司", "长青村"));
    }

    @Test
    void aWorkshopDescribedAfterItsVillageIsBuiltThere() {
        assertThat(relations("10月，上饶市铅山县永平镇桥头村的板栗加工车间里，工人们正忙着分拣。"
                + "这座车间由江西赣林食品有限公司投资1500万元建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江西赣林食品有限公司", "桥头村"));
    }

    @Test
    void aBaseDescribedInTheClauseAfterThePlaceItOpensOnIsBuiltThere() {
        assertThat(relations("在丽江市永胜县程海镇东湖村，海拔1500米的螺旋藻养殖基地里，工人们正在采收。"
                + "该基地由云南滇湖生物科技有限公司投资8000万元建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南滇湖生物科技有限公司", "东湖村"));
    }

    @Test
    void aProjectThePreviousSentencePlacedIsBuiltWhereItSaidByWhoeverPays() {
        assertThat(relations("甘肃陇香坊餐饮管理有限公司在兰州新区建设的中央厨房正式投产。"
                + "项目由兰州陇香坊食品科技有限公司投资5000万元建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("甘肃陇香坊餐饮管理有限公司", "兰州新区"),
                        tuple("兰州陇香坊食品科技有限公司", "兰州新区"));
    }

    @Test
    void aCompanysPostsOpeningAClauseAreAtTheCompanyTheSentenceIsAbout() {
        assertThat(relations("北京芯图智算科技有限公司成立于2020年，创始人兼首席执行官周明远毕业于清华大学。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("周明远", "北京芯图智算科技有限公司"));
    }

    @Test
    void aCollegeReferredToRightBeforeAResearchersNameIsTheirs() {
        assertThat(relations("湖北宜江化工集团有限公司与华中科技大学化学与化工学院签订合作协议。"
                + "该学院钟振华教授团队研发的工艺已用于生产线。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("钟振华", "华中科技大学化学与化工学院"));
    }

    @Test
    void aBareCompanyAfterAWordOfTimeIsTheCompanyLastNamed() {
        assertThat(relations("广东荔岭食品科技有限公司在茂名建设工厂。此次公司追加投资1.8亿元，在根子镇新建两条生产线。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("广东荔岭食品科技有限公司", "根子镇"));
    }

    @Test
    void aPartOfASumNamedBeforeIsMoneySetAsideToBuild() {
        assertThat(relations("新疆天椒食品股份有限公司募集资金1.5亿元。今年，公司拿出其中9000万元，在沙湾市乌兰乌苏镇建设辣椒基地。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("新疆天椒食品股份有限公司", "乌兰乌苏镇"));
    }

    @Test
    void anExpertWhoseOwnCollegeIsWrittenAfter由HoldsNoPostOfTheCompany() {
        assertThat(relations("当天，宁夏塞北乳业有限公司与宁夏大学动物科技学院签署技术合作协议，"
                + "由该院马建军教授担任首席专家。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("马建军", "宁夏大学动物科技学院"));
    }

    @Test
    void aCompanysFacilityOpeningAtAPlaceIsItsInvestmentThere() {
        assertThat(relations("11月8日，上海植源生物科技有限公司（以下简称“植源生物”）天然产物联合实验室在上海市奉贤区庄行镇启用。"
                + "20日，总投资1.5亿元的海南椰丰种业科技有限公司种苗繁育基地在乐东黎族自治县九所镇投产。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("上海植源生物科技有限公司", "庄行镇", null),
                        tuple("海南椰丰种业科技有限公司", "九所镇", 150000000L));
    }

    @Test
    void aCompanyBuildingAtTheLastOfAChainOfPlacesInvestsThere() {
        assertThat(relations("青海柴源生物科技有限公司在海西蒙古族藏族自治州德令哈市德令哈工业园建设的生产线正式投产。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("青海柴源生物科技有限公司", "德令哈工业园"));
    }

    @Test
    void aClauseOpeningOn先后OrATimeGoesOnWithTheSentencesSubject() {
        assertThat(relations("湖南雪峰农业科技有限公司成立于2019年，先后与金星村、石门村签订合作协议。"
                + "湖南沅江果业有限公司由长沙湘果供应链有限公司控股，去年8月与白沙村签订产销协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖南雪峰农业科技有限公司", "金星村"),
                        tuple("湖南雪峰农业科技有限公司", "石门村"), tuple("湖南沅江果业有限公司", "白沙村"));
    }

    @Test
    void aNewCompanyIsTheOneSaidToBeSetUpAfterItsNameAndWhatItsFounderPaidIsAnInvestment() {
        assertThat(relations("11月8日，山西沁源煤层气开发有限公司全资子公司沁水沁源燃气有限公司在晋城市沁水县嘉峰镇揭牌成立。"
                + "新公司由沁源煤层气出资3亿元设立，负责区块开发。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("山西沁源煤层气开发有限公司", "沁水沁源燃气有限公司", 300000000L));
    }

    @Test
    void buyingACompanysSharesIsInvestingAndItBecomesTheBuyersWhenSaidSo() {
        List<Relation> found = relations("青海柴杞生物科技股份有限公司在西宁建设工厂。今年3月，公司以7200万元收购"
                + "乌兰茶卡枸杞开发有限公司51%股权，后者成为其控股子公司。", RelationType.PART_OF);
        assertThat(found).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("乌兰茶卡枸杞开发有限公司", "青海柴杞生物科技股份有限公司"));
        assertThat(relations("青海柴杞生物科技股份有限公司在西宁建设工厂。今年3月，公司以7200万元收购"
                + "乌兰茶卡枸杞开发有限公司51%股权。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .contains(tuple("青海柴杞生物科技股份有限公司", "乌兰茶卡枸杞开发有限公司", 72000000L));
    }

    @Test
    void aPartnerOpeningAClauseWithItsMajorityHoldsTheCompanySetUp() {
        assertThat(relations("宁夏禾朔酒业有限公司与宁夏塞上投资集团有限公司合资组建宁夏石嘴酒庄有限公司，禾朔酒业控股65%。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁夏石嘴酒庄有限公司", "宁夏禾朔酒业有限公司"));
    }

    @Test
    void aPlacesUnnamedCompaniesAreNoPartner() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 勐禾茶业携手上海企业合资建茶仓\n\n"
                + "云南勐禾普洱茶业股份有限公司与上海泓景文化发展有限公司合资成立云南泓禾茶叶仓储有限公司。\n")).get(0);

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PARTNERS_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南勐禾普洱茶业股份有限公司", "上海泓景文化发展有限公司"));
    }

    @Test
    void aMajorityBeforeWhatItHoldsIsNoHoldingOfTheSentencesCompany() {
        assertThat(relations("晋南农业科技有限公司与晋北冷链物流有限公司签订合作协议，晋中食品有限公司控股60%的合资公司负责运营。",
                RelationType.PART_OF)).isEmpty();
    }

    @Test
    void 其WhoseClauseNamesACompanyIsThatCompany() {
        assertThat(relations("晋南农业科技有限公司与晋中食品有限公司签约，晋中食品有限公司将由其全资子公司晋西水产有限公司负责供货。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋西水产有限公司", "晋中食品有限公司"));
    }

    @Test
    void anOfficialGivenTheHeadOfACooperativeHoldsThatPost() {
        assertThat(relations("沁源小米专业合作社成立于2020年，由沁源县农业农村局副局长王立平担任理事长。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("王立平", "沁源小米专业合作社"), tuple("王立平", "沁源县农业农村局"));
    }

    @Test
    void aContractorsWorkOpeningAtAPlaceIsNoInvestmentOfIts() {
        assertThat(relations("中铁建工集团有限公司承建项目在金寨县开工。", RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void aSubsidiaryNamedAfterADashIsTheFoundersUnit() {
        assertThat(relations("四川蜀冷物流有限公司出资1亿元，在成都市双流区设立全资子公司——四川蜀冷仓储管理有限公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("四川蜀冷仓储管理有限公司", "四川蜀冷物流有限公司"));
    }

    @Test
    void aWordOfTheFieldBeforeATitleLeavesThePostAtTheCompany() {
        assertThat(relations("吉林松原种业股份有限公司（以下简称“松原种业”）育种总监孙立德带着技术员查看长势。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("孙立德", "吉林松原种业股份有限公司"));
    }

    @Test
    void aResearchCentresHeadWordAloneIsTheCentreNamedBefore() {
        assertThat(relations("赣州果香农业有限公司与江西农业大学农产品保鲜工程研究中心签署协议，由中心副研究员邵明远负责保鲜工艺。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("邵明远", "江西农业大学农产品保鲜工程研究中心"));
    }

    @Test
    void aClauseOpeningOnAYearAnd又GoesOnWithTheSentencesSubject() {
        assertThat(relations("为稳住品质，北安垦丰大豆专业合作社与黑龙江省农业科学院绥化分院签订协议，"
                + "今年又携手东北农业大学农学院开展试验。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("北安垦丰大豆专业合作社", "东北农业大学农学院"));
    }

    @Test
    void buyingIntoAUnitNamedAfterItsOwnerIsInvestingInTheUnit() {
        assertThat(relations("哈尔滨禾垣食品有限公司出资1500万元，入股北安垦丰大豆专业合作社旗下的北安垦丰豆制品有限公司。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("哈尔滨禾垣食品有限公司", "北安垦丰豆制品有限公司", 15000000L));
    }

    @Test
    void aCompanysFacilityClosingItsClauseBeforeWhereItStartsIsItsInvestmentThere() {
        assertThat(relations("总投资60亿元的安徽锂朔新能源科技有限公司动力电池生产基地，在滁州市来安县开工建设。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("安徽锂朔新能源科技有限公司", "来安县", 6000000000L));
    }

    @Test
    void aSumSetAsideForBuildingAtAPlaceIsTheCompanysInvestmentThere() {
        assertThat(relations("海南椰丰食品科技有限公司总经理柯文彬介绍，所募资金中的1.5亿元将用于在海口市美兰区建设加工基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("海南椰丰食品科技有限公司", "美兰区", 150000000L));
    }

    @Test
    void aSumBorneByACompanyIsItsInvestmentWhereTheWorkIsSited() {
        assertThat(relations("研究院选址安定区香泉镇，首期建设资金2000万元全部由甘肃薯源农业科技有限公司承担。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("甘肃薯源农业科技有限公司", "香泉镇", 20000000L));
    }

    @Test
    void aUnitNamedAfterItsParentIsThePartner() {
        assertThat(relations("江苏钠川新能源科技有限公司与山东鲁源集团有限公司旗下的山东鲁源种业有限公司签约，共建联合实验室。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江苏钠川新能源科技有限公司", "山东鲁源种业有限公司"));
    }

    @Test
    void aCompanyLeadingTeamsInAPaperPublishesWithThem() {
        assertThat(relations("上海澜禾生物医药科技有限公司联合复旦大学药学院、中国科学院上海药物研究所，在国际学术期刊"
                + "《自然·通讯》发表论文。", RelationType.PUBLISHED_IN)).extracting(Relation::source)
                .containsExactlyInAnyOrder("上海澜禾生物医药科技有限公司", "复旦大学药学院", "中国科学院上海药物研究所");
    }

    @Test
    void aCompanyLeadingATeamInOtherWorkIsNoAuthorOfItsPaper() {
        assertThat(relations("安徽栖霞油茶科技有限公司联合安徽农业大学林学与园林学院开展良种选育，"
                + "该学院的研究成果发表在《经济林研究》。", RelationType.PUBLISHED_IN)).extracting(Relation::source)
                .doesNotContain("安徽栖霞油茶科技有限公司");
    }

    @Test
    void aCompanyThatCompletedTheWorkWithATeamPublishesItsPaperWithIt() {
        assertThat(relations("湖南岳禾农业科技有限公司（以下简称“岳禾农业”）与湖南农业大学园艺学院联合完成的辣椒抗病研究，"
                + "相关论文近日发表于《园艺学报》。", RelationType.PUBLISHED_IN)).extracting(Relation::source)
                .containsExactlyInAnyOrder("湖南岳禾农业科技有限公司", "湖南农业大学园艺学院");
    }

    @Test
    void aCompanyNamedAfterTheTeamAsTheWorksPartnerPublishesWithIt() {
        assertThat(relations("中南林业科技大学材料科学与工程学院与湖南竹韵家居有限公司合作完成的论文，"
                + "今年发表在《林业工程学报》上。", RelationType.PUBLISHED_IN)).extracting(Relation::source)
                .containsExactlyInAnyOrder("中南林业科技大学材料科学与工程学院", "湖南竹韵家居有限公司");
    }

    @Test
    void aCompanyThatBuildsSomethingElseWithATeamIsNoAuthorOfItsPaper() {
        assertThat(relations("湖南岳禾农业科技有限公司与湖南农业大学园艺学院合作建设的育苗基地投入使用，"
                + "该学院的论文发表于《园艺学报》。", RelationType.PUBLISHED_IN)).extracting(Relation::source)
                .containsExactly("湖南农业大学园艺学院");
    }

    @Test
    void anInvestmentInACountysSeatGoesToTheSeatNotTheCounty() {
        assertThat(relations("在祁连县城所在地八宝镇，青海禾乡农业有限公司投资3000万元建设育苗基地。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("青海禾乡农业有限公司", "八宝镇"));
    }

    @Test
    void aBodyTheVillageSetUpIsTheSubjectThatGoesOnNotTheVillage() {
        assertThat(relations("湘西禾岭茶业有限公司在古丈县翁草村流转茶园。村里成立的古丈县翁草茶叶专业合作社统一调度采茶工，"
                + "并与禾岭茶业签订了鲜叶供应协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("古丈县翁草茶叶专业合作社", "湘西禾岭茶业有限公司"));
    }

    @Test
    void aCooperativeThatPicksAndACompanyThatThenBuysTheCropArePartners() {
        assertThat(relations("湖南禾茶农业有限公司在青岩村建设茶厂。安化县禾岭茶叶种植专业合作社负责组织茶农采摘鲜叶，"
                + "再由禾茶农业统一收购。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("安化县禾岭茶叶种植专业合作社", "湖南禾茶农业有限公司"));
    }

    @Test
    void twoBodiesEachTakingItsShareOfOneWorkArePartners() {
        assertThat(relations("蒲江县禾橙水果种植专业合作社负责组织果农种植，四川橙蜀食品有限公司负责统一收购和加工。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("蒲江县禾橙水果种植专业合作社", "四川橙蜀食品有限公司"));
    }

    @Test
    void subsidiariesListedEachWithItsLineShareNoWork() {
        assertThat(relations("两家子公司分工明确：四川橙蜀物流有限公司负责冷库运营；四川橙蜀电子商务有限公司负责网店推广。", RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void theBodiesADocumentGivesATaskRightAfter明确由CarryItOut() {
        assertThat(relations("江西省印发《江西省光伏产业提质行动方案》。《方案》明确由上饶市、新余市负责光伏组件基地建设。",
                RelationType.IMPLEMENTS)).extracting(Relation::source)
                .containsExactlyInAnyOrder("江西省", "上饶市", "新余市");
    }

    @Test
    void theBodiesADocumentGivesATaskInALaterClauseCarryItOut() {
        assertThat(relations("江西省印发《江西省光伏产业提质行动方案》。《方案》提出实施“龙头培育工程”和“材料攻关工程”，"
                + "同时明确由上饶市、新余市负责光伏组件基地建设。", RelationType.IMPLEMENTS))
                .filteredOn(r -> r.target().equals("江西省光伏产业提质行动方案")).extracting(Relation::source)
                .containsExactlyInAnyOrder("江西省", "上饶市", "新余市");
    }

    @Test
    void theUnitWrittenAfterAWordReferringToItsUniversityIsThePartner() {
        assertThat(relations("浙江海洋大学近年与多家企业合作。舟山禾渔水产有限公司与该校水产学院联合建设了大黄鱼育苗中心。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("舟山禾渔水产有限公司", "浙江海洋大学水产学院"));
    }

    @Test
    void bodiesListedAfterTheLeaderAndAnEnumerationCommaPartnerTheLeader() {
        assertThat(relations("这个课题由武汉禾光电子有限公司牵头、湖北江城实验室和武汉大学电子信息学院共同参与，为期三年。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                tuple("武汉禾光电子有限公司", "湖北江城实验室"), tuple("武汉禾光电子有限公司", "武汉大学电子信息学院"),
                tuple("湖北江城实验室", "武汉大学电子信息学院"));
    }

    @Test
    void aClauseOpeningOnTheYearItStartedGoesOnWithTheSentencesSubject() {
        assertThat(relations("江西禾橘果业有限公司在信丰县建厂。禾橘果业是赣州恒禾控股有限公司的全资子公司，今年起与赣南师范大学"
                + "生命科学学院合作建设育苗基地。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江西禾橘果业有限公司", "赣南师范大学生命科学学院"));
    }

    @Test
    void whoHandsATechnologyOverAndWhoTakesItArePartners() {
        assertThat(relations("中国科学院过程工程研究所已向河北禾源化工有限公司转让湿法冶金专利技术。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国科学院过程工程研究所", "河北禾源化工有限公司"));
    }

    @Test
    void aCompanyThatIsAGroupsSubsidiaryBy系IsPartOfIt() {
        assertThat(relations("赣州禾锂新能源有限公司在龙南建厂。禾锂新能源系江西禾盛控股集团有限公司在赣州注册的全资子公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("赣州禾锂新能源有限公司", "江西禾盛控股集团有限公司"));
    }

    @Test
    void aSubsidiaryOfAKindIsPartOfItsGroup() {
        assertThat(relations("唐山禾川铸件有限公司在迁安建厂。禾川铸件成立于2021年，是唐山禾钢集团有限公司在冀东设立的配套型子公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("唐山禾川铸件有限公司", "唐山禾钢集团有限公司"));
    }

    @Test
    void aCityAndItsProvinceNamedApartSayNothingOfEachOther() {
        assertThat(relations("山西省农业农村厅今年启动杂粮品牌提升行动。在太原举行的推介会上，首批12家企业签约。",
                RelationType.LOCATED_IN)).isEmpty();
    }

    @Test
    void aPlaceSaidToLieInAnotherIsInIt() {
        assertThat(relations("忻州市位于山西省北部，杂粮种植面积居全省前列。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target).containsExactly(tuple("忻州市", "山西省"));
    }

    @Test
    void aCountyAndItsCityNamedApartAreLinkedByTheGazetteer() {
        assertThat(relations("沁县今年扩种谷子2万亩。长治市农业农村局表示，将给予每亩200元补贴。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target).containsExactly(tuple("沁县", "长治市"));
    }

    @Test
    void aCountyAProvinceGovernsDirectlyIsLinkedToItByTheGazetteer() {
        assertThat(relations("城口县今年新建茶园3000亩。重庆市农业农村委员会表示，将给予资金支持。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target).containsExactly(tuple("城口县", "重庆市"));
    }

    @Test
    void aCompanyIsItsControllingShareholdersUnit() {
        assertThat(relations("湖南湘岫米业有限公司今年投产。湘岫米业的控股股东是长沙的湖南岳禾农业集团有限公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘岫米业有限公司", "湖南岳禾农业集团有限公司"));
    }

    @Test
    void aCompanyIsTheUnitOfTheControllingShareholderItsClauseNamesAfter其() {
        assertThat(relations("天津岫谷农业科技有限公司今年扩产。岫谷农业的厂区建在静海区，其控股股东为天津卓岚投资有限公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("天津岫谷农业科技有限公司", "天津卓岚投资有限公司"));
    }

    @Test
    void aCompanyAClauseIntroducesAsASubsidiaryIsItsParentsUnit() {
        assertThat(relations("重庆澄渝冷链有限公司去年注册。作为湖南岳岫投资有限公司的子公司，澄渝冷链今年新建了冷库。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("重庆澄渝冷链有限公司", "湖南岳岫投资有限公司"));
    }

    @Test
    void aSubsidiaryUnderAGroupWhoseShortNameIsDeclaredIsItsUnit() {
        assertThat(relations("贵州黔岫味食品有限公司今年扩产。黔岫味成立于2020年，是贵阳筑岚实业有限公司（以下简称“筑岚实业”）旗下子公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贵州黔岫味食品有限公司", "贵阳筑岚实业有限公司"));
    }

    @Test
    void aGroupsFirstSubsidiaryInARegionIsPartOfIt() {
        assertThat(relations("盘锦宁澜精细化工有限公司今年投产。宁澜精细化工是江苏岳川化学集团有限公司在西南投资组建的首家子公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("盘锦宁澜精细化工有限公司", "江苏岳川化学集团有限公司"));
    }

    @Test
    void thisTeamIsTheTeamNamedBefore() {
        assertThat(relations("南京农业大学资源与环境科学学院王立团队研究稻田固碳。这支团队近年同中国水稻研究所共建了观测站。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南京农业大学资源与环境科学学院", "中国水稻研究所"));
    }

    @Test
    void aTeamThatReportedItsWorkInAJournalPublishedThere() {
        assertThat(relations("南京农业大学资源与环境科学学院王立团队研究稻田固碳。两年前，该团队曾在《土壤学报》上报道这一机制。",
                RelationType.PUBLISHED_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南京农业大学资源与环境科学学院", "土壤学报"));
    }

    @Test
    void theWorksASentenceSetsOutUnderADocumentArePartsOfIt() {
        assertThat(relations("吉林省出台《吉林省人参产业振兴方案》。按照《方案》，全省今年启动“人参良种繁育工程”和“林下参品牌行动”。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                tuple("人参良种繁育工程", "吉林省人参产业振兴方案"), tuple("林下参品牌行动", "吉林省人参产业振兴方案"));
    }

    @Test
    void aLaboratorySeatedAtAUniversityIsItsUnit() {
        assertThat(relations("设在西北农林科技大学的旱区作物逆境生物学国家重点实验室将设立育种站。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("旱区作物逆境生物学国家重点实验室", "西北农林科技大学"));
    }

    @Test
    void aUniversitysWhollyOwnedSubsidiaryIsPartOfIt() {
        assertThat(relations("南京农业大学全资子公司南京禾农科技发展有限公司与溧水区人民政府签约。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南京禾农科技发展有限公司", "南京农业大学"));
    }

    @Test
    void aCountyHeadsAssistantIsAPersonOfTheCountysGovernment() {
        assertThat(relations("会同县人民政府与公司签约。会同县县长助理杨志华介绍，该县正推进油茶提质计划。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("杨志华", "会同县人民政府"));
    }

    @Test
    void aPlanReferredToByItsKindSaysWhatItHoldsThoughItsTitleEndsWithItsPeriod() {
        assertThat(relations("近日，浏阳市人民政府印发《浏阳花炮产业转型升级规划（2025—2030年）》。规划明确，由市应急管理局牵头实施"
                + "“花炮安全提升工程”。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("花炮安全提升工程", "浏阳花炮产业转型升级规划（2025—2030年）"));
    }

    @Test
    void theWorksNumberedAfterADocumentsCountedTasksArePartsOfIt() {
        assertThat(relations("宁夏回族自治区印发《宁夏滩羊产业提质行动方案》。《方案》部署了两项重点工作。一是实施“滩羊良种工程”；"
                + "二是推进“滩羊品牌计划”。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("滩羊良种工程", "宁夏滩羊产业提质行动方案"),
                        tuple("滩羊品牌计划", "宁夏滩羊产业提质行动方案"));
    }

    @Test
    void aRegulatorAndTheCompanyItOverseesShareNoWork() {
        assertThat(relations("县农业农村局负责项目监管，江西赣丰农业有限公司负责项目建设。", RelationType.PARTNERS_WITH))
                .isEmpty();
    }

    @Test
    void aCompanyAndItsOwnSubsidiaryEachWithItsLineAreNoPartners() {
        assertThat(relations("四川川味食品有限公司负责国内销售，其子公司四川川味国际贸易有限公司负责出口业务。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void theHeadsOfTwoBodiesAreNoSharesOfAWork() {
        assertThat(relations("湖北楚岚农业有限公司负责人表示，华中农业大学负责人也出席了签约活动。", RelationType.PARTNERS_WITH))
                .isEmpty();
    }

    @Test
    void theOfficeATransferIsFiledWithTakesNothing() {
        assertThat(relations("江苏禾源科技有限公司向国家知识产权局申请转让专利。", RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aReporterReportingInANewspaperPublishesNoTeam() {
        assertThat(relations("新华社记者在《人民日报》上报道了南京农业大学的成果。", RelationType.PUBLISHED_IN)).isEmpty();
    }

    @Test
    void theWorksADocumentLaunchesInALaterClauseArePartsOfIt() {
        assertThat(relations("黑龙江省印发《黑龙江省农机装备提档行动方案》。《方案》覆盖全省13个地市，并同步部署“智慧农机补贴行动”。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("智慧农机补贴行动", "黑龙江省农机装备提档行动方案"));
    }

    @Test
    void thisPlanIsThePlanNamedBeforeAndItsLeadersCarryItOut() {
        assertThat(relations("黔东南州人民政府部署“蓝莓扩种计划”。这项计划由黔东南州农业农村局牵头，贵州大学农学院共同参与实施。",
                RelationType.IMPLEMENTS)).extracting(Relation::source)
                .containsExactlyInAnyOrder("黔东南州人民政府", "黔东南州农业农村局", "贵州大学农学院");
    }

    @Test
    void itBeforeALinkIsTheCompanyTheSentenceBeforeIsAbout() {
        assertThat(relations("广西禾乡食品有限公司在田阳区建厂。该公司由深圳禾程控股有限公司全资持有。去年起，它先后与"
                + "田阳区塘东芒果种植专业合作社签署供货合同。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西禾乡食品有限公司", "田阳区塘东芒果种植专业合作社"));
    }

    @Test
    void itsAfterALinkIsTheSubjectOfTheClauseBefore() {
        assertThat(relations("黄山禾韵茶业有限公司在祁门县建厂。禾韵茶业隶属于安徽禾茗控股集团有限公司，祁门县石坑茶叶专业合作社"
                + "去年已与其签署长期供货合同。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("祁门县石坑茶叶专业合作社", "黄山禾韵茶业有限公司"));
    }

    private static final String PLAN_LED_AND_CARRIED_OUT = "近日，昭通市人民政府印发《昭通市苹果产业提质实施方案》（以下简称"
            + "《实施方案》）。《实施方案》由昭通市农业农村局牵头组织实施，昭阳区、鲁甸县等5个县区具体落实，重点推进“苹果良种工程”"
            + "和“冷库建设计划”。";

    @Test
    void theBodyADocumentIsLedByAndTheCountiesThatCarryItOutImplementIt() {
        assertThat(relations(PLAN_LED_AND_CARRIED_OUT, RelationType.IMPLEMENTS))
                .filteredOn(r -> r.target().equals("昭通市苹果产业提质实施方案")).extracting(Relation::source)
                .containsExactlyInAnyOrder("昭通市人民政府", "昭通市农业农村局", "昭阳区", "鲁甸县");
    }

    @Test
    void theWorksADocumentAdvancesInALaterClauseArePartsOfIt() {
        assertThat(relations(PLAN_LED_AND_CARRIED_OUT, RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("苹果良种工程", "昭通市苹果产业提质实施方案"),
                        tuple("冷库建设计划", "昭通市苹果产业提质实施方案"));
    }

    @Test
    void theBodiesASentenceGivesTasksToUnderADocumentsShareOfWorkCarryItOut() {
        assertThat(relations("云南省印发《云南省花卉种业行动方案》。按照《方案》分工，昆明市农业农村局牵头建设种苗交易平台，"
                + "云南农业大学园艺学院和云南省农业科学院花卉研究所承担新品种选育任务。", RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .containsExactlyInAnyOrder("云南省", "昆明市农业农村局", "云南农业大学园艺学院", "云南省农业科学院花卉研究所");
    }

    @Test
    void aFacilityOfAnyKindDescribedTheSentenceBeforeIsWhereItsBuilderInvests() {
        assertThat(relations("在青州市王坟镇石门村，一座柿饼烘干厂已经建成。这座烘干厂由潍坊禾丰食品有限公司投资3200万元建设。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("潍坊禾丰食品有限公司", "石门村"));
    }

    @Test
    void aNewCompanysCapitalPaidByItsFounderIsItsInvestment() {
        assertThat(relations("江苏海帆造船集团有限公司（以下简称“海帆造船”）在南通成立江苏海帆绿能船舶科技有限公司。"
                + "新公司注册资本5亿元，由海帆造船全额出资。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("江苏海帆造船集团有限公司", "江苏海帆绿能船舶科技有限公司", 500000000L));
    }

    @Test
    void aMajorityAfter其中HoldsTheJointVenture() {
        assertThat(relations("上海碳禾新材料科技有限公司由上海沪金化工集团有限公司与江苏恒纤纤维科技股份有限公司合资成立，"
                + "其中上海沪金化工集团有限公司控股65%。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("上海碳禾新材料科技有限公司", "上海沪金化工集团有限公司"));
    }

    @Test
    void aSubsidiaryDescribedAsSetUpWithASumReceivesIt() {
        assertThat(relations("重庆渝西冷链供应链有限公司是重庆渝西国际物流有限公司（以下简称“渝西物流”）出资2亿元设立的"
                + "全资子公司。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("重庆渝西国际物流有限公司", "重庆渝西冷链供应链有限公司", 200000000L));
    }

    @Test
    void aZoneNamedBareOpeningAQuotedSpeechIsTheArticlesZone() {
        assertThat(relations("今年以来，晋中经济技术开发区新签约项目12个。“开发区正在实施‘先进材料产业跃升行动’，"
                + "新项目大多属于这条链。”王启帆说。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋中经济技术开发区", "先进材料产业跃升行动"));
    }

    @Test
    void aProjectNamedAfterItsPlacesIsWhereItsBuilderInvests() {
        assertThat(relations("4月18日，吉林省长春市农安县合隆镇肉牛育肥基地项目开工建设。"
                + "项目由农安禾牧肉牛养殖有限公司投资4.5亿元建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("农安禾牧肉牛养殖有限公司", "合隆镇", 450000000L));
    }

    @Test
    void aJointVentureHeldBy其IsTheCompanyOfTheClauseBefore() {
        assertThat(relations("上海禾烯新材料科技股份有限公司与上海东岭树脂有限公司合资成立上海禾东特种树脂有限公司。"
                + "根据协议，上海禾烯新材料科技股份有限公司出资3.06亿元、持股51%，合资公司由其控股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("上海禾东特种树脂有限公司", "上海禾烯新材料科技股份有限公司"));
    }

    @Test
    void aCountysShortFormThatIsAlsoAWordIsTheCountyAsAClausesSubject() {
        assertThat(relations("龙泉市林业局局长吴立军表示，龙泉正在推进“竹林增收工程”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("龙泉市", "竹林增收工程"));
    }

    @Test
    void aCitysShortFormIsTheCityAsAClausesSubject() {
        assertThat(relations("林芝市农业农村局局长王启帆介绍，林芝正在实施“藏香猪良种扩繁行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("林芝市", "藏香猪良种扩繁行动"));
    }

    @Test
    void aZonesOwnNameIsTheZoneAsAClausesSubject() {
        assertThat(relations("海南禾汇粮油有限公司计划斥资6.5亿元，在洋浦经济开发区建设加工基地。"
                + "洋浦将深入实施“港城联动招商提速行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("洋浦经济开发区", "港城联动招商提速行动"));
    }

    @Test
    void anOwnerWithItsDeclaredShortNameHoldsTheCompany() {
        assertThat(relations("宁德岱海深蓝养殖有限公司由福建岱川渔业集团股份有限公司（以下简称“岱川渔业”）控股，是其主要平台。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁德岱海深蓝养殖有限公司", "福建岱川渔业集团股份有限公司"));
    }

    @Test
    void aFacilityOpeningTheSentenceWithoutADemonstrativeIsWhereItsBuilderInvests() {
        assertThat(relations("在肥乡区东岗头村，一座蔬菜育苗工厂投入使用。工厂由邯郸禾耕育苗有限公司投资1.8亿元建设。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("邯郸禾耕育苗有限公司", "东岗头村"));
    }

    @Test
    void aFacilityMeasuredBeforeItsWordIsStillTheOneDescribedBefore() {
        assertThat(relations("兴城市南岔村的苹果示范园里果实累累。这片800亩示范园由大连禾岭果业科技有限公司投资1200万元建设。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("大连禾岭果业科技有限公司", "南岔村"));
    }

    @Test
    void placesListedAfter与AndJoinedBy和AreNoPartnersOfEachOther() {
        assertThat(relations("湖北翠竹竹业有限公司与青竹村、桃林村和白霓镇石门村签订竹林托管协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("湖北翠竹竹业有限公司", "青竹村"), tuple("湖北翠竹竹业有限公司", "桃林村"),
                        tuple("湖北翠竹竹业有限公司", "石门村"));
    }

    @Test
    void aZoneNamedAfterACommonWordGoesByNoSuchWord() {
        assertThat(relations("杭州未来科技城已集聚大批企业。谈及下一步，李明说，未来将与浙江农林大学深化合作。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aLossBorneByACompanyIsNoInvestment() {
        assertThat(relations("该厂位于平阳县，去年发生安全事故造成经济损失300万元，全部由华建工程有限公司承担。",
                RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void projectsVisitedAreNoProjectNamedAfterAPlace() {
        assertThat(relations("浙江省考察团参观了当地多个项目建设现场。项目由华信建设有限公司投资2亿元建设。",
                RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void aCompanyFoundedJointlyIsWhereItsLaunchIsSaid() {
        assertThat(relations("由江苏禾川食品集团有限公司与泗洪县菱湖水产有限公司合资组建的泗洪菱湖食品科技有限公司，"
                + "在宿迁市泗洪县半城镇揭牌成立。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("泗洪菱湖食品科技有限公司", "半城镇"))
                .doesNotContain(tuple("江苏禾川食品集团有限公司", "半城镇"));
    }

    @Test
    void aCompanyRootedInAPlaceIsThere() {
        assertThat(relations("湖南沅香茶业有限公司扎根怀化市沅陵县官庄镇，以本地茶叶为原料生产黑茶。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南沅香茶业有限公司", "官庄镇"));
    }

    @Test
    void expertsOfAUniversityRootedInACountyDoNotPlaceTheUniversity() {
        assertThat(relations("兰州大学专家扎根定西市安定区三年，帮助当地培育马铃薯新品种。", RelationType.LOCATED_IN))
                .extracting(Relation::source).doesNotContain("兰州大学");
    }

    @Test
    void theCompanyHeldIsTheSubjectOfWhatTheSentenceGoesOnToSay() {
        assertThat(relations("去年，山东禾丰乳业集团有限公司控股的临沂禾丰乳品有限公司投资3000万元建成奶粉生产线，"
                + "并与沂南县青山奶牛养殖专业合作社签订五年收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("临沂禾丰乳品有限公司", "沂南县青山奶牛养殖专业合作社"));
    }

    @Test
    void townsCountedBeforeTheCooperativesTheyHoldAreNoPartners() {
        assertThat(relations("近年来，黄山松萝茶业有限公司先后与溪口、五城两镇9个村的茶叶专业合作社签订收购协议。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void countiesListedAfter与AndCountedAreNoPartnersOfEachOther() {
        assertThat(relations("黄山松萝茶业有限公司与休宁县、黟县两县签订茶园共建协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("黄山松萝茶业有限公司", "休宁县"), tuple("黄山松萝茶业有限公司", "黟县"));
    }

    @Test
    void moneyPaidToSupportAnInstitutesWorkGoesToTheInstitute() {
        assertThat(relations("双方在西宁签署合作协议。根据协议，青海禾麦种业有限公司每年出资500万元，支持青海省农林科学院开展"
                + "青稞品种选育。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("青海禾麦种业有限公司", "青海省农林科学院"));
    }

    @Test
    void aSubsidiaryOpeningAClauseIsTheSubsidiaryNamedBefore() {
        assertThat(relations("赣州禾锂新能源集团有限公司在全南县设立全资子公司全南禾锂材料有限公司。集团董事长陈立江说，"
                + "子公司已与赣南师范大学签订技术合作协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("全南禾锂材料有限公司", "赣南师范大学"));
    }

    @Test
    void aClauseOpeningOn目前GoesOnWithTheSubject() {
        assertThat(relations("普洱禾源茶业有限公司是云南滇禾农业集团有限公司的控股子公司，目前已与景迈村等4个行政村签订"
                + "鲜叶收购协议。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("普洱禾源茶业有限公司", "景迈村"));
    }

    @Test
    void moneyPaidIntoTheOneCooperativeNamedGoesToIt() {
        assertThat(relations("在桥头村，永康市溪岚茶叶专业合作社与浙江禾茗电子商务有限公司合作开展直播。今年，禾茗电商又向"
                + "合作社出资200万元，添置两条加工线。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江禾茗电子商务有限公司", "永康市溪岚茶叶专业合作社"));
    }

    @Test
    void aGovernmentFundingTheStateCompanyItSetsUpInvestsInIt() {
        assertThat(relations("岷县禾源国有资本投资集团有限公司由岷县人民政府出资设立，主营中药材仓储。",
                RelationType.INVESTS_IN, RelationType.PART_OF))
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactly(tuple("岷县人民政府", RelationType.INVESTS_IN, "岷县禾源国有资本投资集团有限公司"));
    }

    @Test
    void aNewCompanySetUpByAnOwnerWithItsShortNameIsItsSubsidiary() {
        assertThat(relations("5月6日，天津禾港冷链物流有限公司在东疆综合保税区揭牌运营。新公司由天津禾港集团有限公司"
                + "（以下简称“禾港集团”）出资1亿元设立。",
                RelationType.INVESTS_IN, RelationType.PART_OF, RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("天津禾港冷链物流有限公司", RelationType.LOCATED_IN, "东疆综合保税区"),
                        tuple("天津禾港集团有限公司", RelationType.INVESTS_IN, "天津禾港冷链物流有限公司"),
                        tuple("天津禾港冷链物流有限公司", RelationType.PART_OF, "天津禾港集团有限公司"));
    }

    @Test
    void aFacilityDescribedBeforeItsWordIsWhereTheVillageHasIt() {
        assertThat(relations("林芝市巴宜区鲁朗镇扎西岗村新落成的冷库里，刚采的松茸被送入预冷间。这座库容500吨的冷库，"
                + "由巴宜区雪松农牧民专业合作社投资600万元建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("巴宜区雪松农牧民专业合作社", "扎西岗村"));
    }

    @Test
    void aSubsidiaryAfterADashWithItsShortNameIsWhereItOpened() {
        assertThat(relations("6月3日，辽宁禾石集团有限公司的全资子公司——辽宁禾石新材料有限公司（以下简称“禾石新材”）"
                + "在鞍山市岫岩满族自治县揭牌成立。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("辽宁禾石新材料有限公司", "岫岩满族自治县"))
                .doesNotContain(tuple("辽宁禾石集团有限公司", "岫岩满族自治县"));
    }

    @Test
    void aCompanyHeldWithItsShareAfterWhereItIsRegisteredIsTheHolders() {
        assertThat(relations("宁波禾海航运有限公司与安徽禾江船务有限公司合资组建浙江禾江海运有限公司（以下简称“禾江海运”）。"
                + "禾江海运注册地位于宁波市北仑区，由宁波禾海航运有限公司控股55%。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江禾江海运有限公司", "宁波禾海航运有限公司"));
    }

    @Test
    void theTownSpokenOfAs镇上IsTheTownNamed() {
        assertThat(relations("今年，金沙镇启动人居环境整治。西南大学建筑学院的师生为村里编制了设计方案，镇上还与该学院签订了"
                + "长期合作协议。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("金沙镇", "西南大学建筑学院"));
    }

    @Test
    void aJointVentureNamedAfterItsFoundersIsWhereItSettles() {
        assertThat(relations("今天，北京禾衡航空科技有限公司与陕西禾锋锻造股份有限公司合资组建的北京禾锋精密部件有限公司揭牌，"
                + "正式落户北京经济技术开发区。", RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("北京禾锋精密部件有限公司", "北京经济技术开发区"))
                .doesNotContain(tuple("北京禾衡航空科技有限公司", "北京经济技术开发区"));
    }

    @Test
    void theHolderACompanyIsSaidToBeSetUpByWithAnotherPartnersIt() {
        assertThat(relations("天津禾磁材料有限公司由宁波禾光磁业股份有限公司控股，是其与天津禾华投资集团有限公司于2023年"
                + "合资设立的企业。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁波禾光磁业股份有限公司", "天津禾华投资集团有限公司"));
    }

    @Test
    void aClauseOpeningOn已GoesOnWithTheSubject() {
        assertThat(relations("浙江禾源新材料有限公司是杭州禾源化工集团有限公司的全资子公司，已与浙江工业大学签署产学研合作协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江禾源新材料有限公司", "浙江工业大学"));
    }

    @Test
    void theOwnerBeforeTheSubjectIsThe其ItWasSetUpBy() {
        assertThat(relations("湖南华岳钢铁集团有限公司旗下的湖南华岳科技有限公司，是其与湖南大学合资设立的企业。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南华岳钢铁集团有限公司", "湖南大学"));
    }

    @Test
    void aCompanyCannotBeThe其ThatSetItUp() {
        assertThat(relations("湖南华岳科技有限公司成立于2020年，是其与湖南大学合资设立的企业。", RelationType.PARTNERS_WITH))
                .isEmpty();
    }

    @Test
    void aUniversityRootedInACountyWorksThereAndIsNotThere() {
        assertThat(relations("中国农业大学扎根河北省曲周县四十余年，建立了首个科技小院。", RelationType.LOCATED_IN))
                .extracting(Relation::source).doesNotContain("中国农业大学");
    }

    @Test
    void aCompanyHeldWhollyIsTheHolders() {
        assertThat(relations("湖南湘通科技有限公司由湖南华岳钢铁集团有限公司控股100%，注册资本1亿元。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘通科技有限公司", "湖南华岳钢铁集团有限公司"));
    }

    @Test
    void theCapitalOfACompanyTwoFoundedIsItsNotThatOfThePartnerNamedLast() {
        assertThat(relations("南通澜启储能科技有限公司（以下简称“澜启储能”）在如东县揭牌。澜启储能由江苏沛岚能源集团有限公司与"
                + "南通汇港投资有限公司合资组建，注册资本10亿元，其中沛岚能源出资7亿元，汇港投资出资3亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("江苏沛岚能源集团有限公司", "南通澜启储能科技有限公司"),
                        tuple("南通汇港投资有限公司", "南通澜启储能科技有限公司"));
    }

    @Test
    void aTimeBetweenACompanyAnd由KeepsItTheCompanyFounded() {
        assertThat(relations("德州穗香配料有限公司（以下简称“穗香配料”）投产。穗香配料去年5月由浙江润泓生物股份有限公司与"
                + "德州市德发投资集团有限公司合资成立。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("浙江润泓生物股份有限公司", "德州穗香配料有限公司"),
                        tuple("德州市德发投资集团有限公司", "德州穗香配料有限公司"));
    }

    @Test
    void thePartnerThatIsTheControllingShareholderHoldsTheCompany() {
        assertThat(relations("德州穗香配料有限公司由浙江润泓生物股份有限公司与德州市德发投资集团有限公司合资成立，注册资本"
                + "4亿元，其中浙江润泓出资2.6亿元，为控股股东。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("德州穗香配料有限公司", "浙江润泓生物股份有限公司"));
    }

    @Test
    void aCompanyTwoSetUpAndOneHoldsIsTheHolders() {
        assertThat(relations("赣州橙享饮品有限公司由江西赣橘食品股份有限公司与广州粤泉饮料有限公司合资设立，由赣橘食品控股。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("赣州橙享饮品有限公司", "江西赣橘食品股份有限公司"));
    }

    @Test
    void theSharesAnAgreementSetsGoToTheJointVentureItsSentenceNames() {
        assertThat(relations("上海申澜线缆股份有限公司（以下简称“申澜线缆”）与江苏铜盛集团有限公司签署合资协议，共同组建上海申铜电缆"
                + "科技有限公司。根据协议，申澜线缆出资3亿元、持股60%，铜盛集团出资2亿元、持股40%，合资公司由申澜线缆控股。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("上海申澜线缆股份有限公司", "上海申铜电缆科技有限公司"),
                        tuple("江苏铜盛集团有限公司", "上海申铜电缆科技有限公司"));
    }

    @Test
    void theSiteSaidBefore由IsWhereTheMoneyGoesNotAPlaceALaterClauseNames() {
        assertThat(relations("该基地位于永安镇红旗村，由山东泉牧乳业有限公司投资1.6亿元建设，所产鲜奶全部供应该公司位于"
                + "济阳区经济开发区的加工厂。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山东泉牧乳业有限公司", "红旗村"));
    }

    @Test
    void theFirstOfPartiesCountedBeforeTheLinkPartnersTheOneAfterIt() {
        assertThat(relations("开工当天，信丰县大塘镇金果脐橙专业合作社等6家合作社与赣州橙享饮品有限公司签订保底收购协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("信丰县大塘镇金果脐橙专业合作社", "赣州橙享饮品有限公司"));
    }

    @Test
    void aBodySendingATeamLedByAProfessorIsHisOwn() {
        assertThat(relations("中国科学技术大学微电子学院与该公司共建实验室。学院则派出由王建国教授领衔的20人团队。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王建国", "中国科学技术大学微电子学院"));
    }

    @Test
    void aCompanysAidFundsSupportingACountyGoToTheCounty() {
        assertThat(relations("中国鼎能电力集团有限公司（以下简称“鼎能集团”）定点帮扶巫山县。今年鼎能集团将投入无偿帮扶资金"
                + "3000万元，支持巫山县发展村级光伏产业。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国鼎能电力集团有限公司", "巫山县"));
    }

    @Test
    void aidFundsInjectedIntoAVillageGoToTheVillage() {
        assertThat(relations("中国鼎能电力集团有限公司向双龙镇安坪村注入帮扶资金500万元，新建冷库。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国鼎能电力集团有限公司", "安坪村"));
    }

    @Test
    void whatTwoSidesBuildTogetherAtAPlaceIsThere() {
        assertThat(relations("四川农业大学与宜宾市人民政府签署战略合作协议，双方将在宜宾三江新区共建宜宾茶竹融合"
                + "研究院。", RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("宜宾茶竹融合研究院", "宜宾三江新区"));
    }

    @Test
    void supportFundsPaidOutToAUnionOfCooperativesGoToIt() {
        assertThat(relations("宁夏沙坡头红枣种植专业合作社联合社（以下简称“沙坡头联合社”）成立。中卫市农业农村局今年已向沙坡头联合社"
                + "拨付扶持资金60万元。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中卫市农业农村局", "宁夏沙坡头红枣种植专业合作社联合社"));
    }

    @Test
    void moneyPaidToHelpACooperativeGoesToIt() {
        assertThat(relations("上海鲜邻超市连锁有限公司还出资120万元，帮助上海崇明百花蜂业专业合作社改造灌装车间。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("上海鲜邻超市连锁有限公司", "上海崇明百花蜂业专业合作社"));
    }

    @Test
    void aPlaceWith的BeforeACompanyIsNoSubjectOfTheSentence() {
        assertThat(relations("渌口区的株洲钨峰刀具有限公司是湖南湘钨新材料集团有限公司的控股子公司，今年与中南大学粉末冶金"
                + "研究院签订合作协议。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("株洲钨峰刀具有限公司", "中南大学粉末冶金研究院"));
    }

    @Test
    void aSubsidiarySetUpWithASumNamedRightAfterReceivesIt() {
        assertThat(relations("四川醇岭酒业股份有限公司出资5000万元设立的全资子公司泸州醇岭农业发展有限公司在古蔺县揭牌。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("四川醇岭酒业股份有限公司", "泸州醇岭农业发展有限公司"));
    }

    @Test
    void aBaseOfAnInstituteSitedSomewhereDoesNotPlaceTheInstitute() {
        assertThat(relations("中国农业科学院西部农业研究中心首个棉花良种繁育基地设在昌吉市榆树沟镇。", RelationType.LOCATED_IN))
                .extracting(Relation::source).doesNotContain("中国农业科学院西部农业研究中心");
    }

    @Test
    void aCompanyMovingItsHeadquartersAndBaseMovesThere() {
        assertThat(relations("今年，武汉衡砥新材料科技有限公司将总部和生产基地迁至东湖高新区左岭街道。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("武汉衡砥新材料科技有限公司", "左岭街道"));
    }

    @Test
    void bothFoundersPutMoneyInTheCompanyTheyAreSaidToHaveSetUp() {
        assertThat(relations("平台由浙江禾链数字科技有限公司与金华市城乡投资有限公司合资成立的金华禾链云科技有限公司开发运营。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("浙江禾链数字科技有限公司", "金华禾链云科技有限公司"),
                        tuple("金华市城乡投资有限公司", "金华禾链云科技有限公司"));
    }

    @Test
    void aPartnerThatPaysAndTakesControlHoldsTheCompany() {
        assertThat(relations("江苏碳骐新材料股份有限公司与风翼叶片签约，合资成立连云港碳骐风电材料有限公司。新公司注册资本6亿元，"
                + "其中碳骐新材出资3.6亿元并控股，风翼叶片出资2.4亿元。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("连云港碳骐风电材料有限公司", "江苏碳骐新材料股份有限公司"));
    }

    @Test
    void companiesCountedAsSettlingSettleInTheZoneTheirSentenceNames() {
        assertThat(relations("10月28日，石嘴山经济技术开发区标准厂房集中签约仪式举行，宁夏硅辰新材料科技有限公司、石嘴山锐达"
                + "智能装备有限公司等5家企业签约入驻。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("宁夏硅辰新材料科技有限公司", "石嘴山经济技术开发区"),
                        tuple("石嘴山锐达智能装备有限公司", "石嘴山经济技术开发区"));
    }

    @Test
    void aStationOfACollegeUnveiledSomewhereDoesNotPlaceTheCollege() {
        assertThat(relations("9月20日，沈阳农业大学园艺学院草莓专家工作站在丹东市东港市椅圈镇揭牌。",
                RelationType.LOCATED_IN)).extracting(Relation::source).doesNotContain("沈阳农业大学园艺学院");
    }

    @Test
    void theBuilderNamedAfterATotalSpendsItWhereItBuilds() {
        assertThat(relations("吉林澜擎电机有限公司（以下简称“吉林澜擎”）与长春市签约。项目总投资15亿元，由吉林澜擎在长春汽车经济"
                + "技术开发区分两期建设。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("吉林澜擎电机有限公司", "长春汽车经济技术开发区"));
    }

    @Test
    void aCompanyWhoseHeadquartersAreThereIsThere() {
        assertThat(relations("江苏沐川新能源科技股份有限公司（以下简称“沐川科技”）签约。澜擎电驱总部位于长春市绿园区；沐川科技总部"
                + "则在江苏省常州市武进区。", RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("江苏沐川新能源科技股份有限公司", "武进区"));
    }

    @Test
    void moneyForWorkOnAVillageNamedAfterTheSumGoesToTheVillage() {
        assertThat(relations("巴彦淖尔沃野农业发展有限公司将投入2300万元，对红星村流转土地进行盐碱改良。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("巴彦淖尔沃野农业发展有限公司", "红星村"));
    }

    @Test
    void aCountyCreatingAQuotedDemonstrationTitleCarriesItOut() {
        assertThat(relations("互助县正在创建“全省数字乡村建设示范县”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("互助土族自治县", "全省数字乡村建设示范县"));
    }

    @Test
    void theSubsidiaryASentenceOpensOnReceivesTheMoneyThatSetItUp() {
        assertThat(relations("阜新恒石清洁能源发展有限公司是辽宁恒石矿业集团有限公司的全资子公司，由恒石集团出资5亿元组建。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("辽宁恒石矿业集团有限公司", "阜新恒石清洁能源发展有限公司"));
    }

    @Test
    void aCompanyHeldByAnOwnerBeforeAColonIsTheOwners() {
        assertThat(relations("大连碧屿水产股份有限公司与津沽渔业签约，合资设立天津碧湾水产科技有限公司。新公司注册资本1亿元，"
                + "由碧屿水产控股：碧屿水产出资6000万元，津沽渔业出资4000万元。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("天津碧湾水产科技有限公司", "大连碧屿水产股份有限公司"));
    }

    @Test
    void aSubsidiaryACompanyHasAtAPlaceIsThere() {
        assertThat(relations("江西瑞光芯片科技股份有限公司在吉安市井冈山经济技术开发区设有全资子公司吉安瑞光光电有限公司。",
                RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("吉安瑞光光电有限公司", "井冈山经济技术开发区"));
    }

    @Test
    void aUnionFoundedAtAPlaceIsThere() {
        assertThat(relations("3月16日，连城县白鸭养殖专业合作社联合社在龙岩市连城县莲峰镇成立。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("连城县白鸭养殖专业合作社联合社", "莲峰镇"));
    }

    @Test
    void theFoundersOfABodyFoundedAtAPlaceAreNotThere() {
        assertThat(relations("由华中农业大学和湖北省农业科学院共同发起的长江油菜产业技术联盟在武汉成立。",
                RelationType.LOCATED_IN)).extracting(Relation::source)
                .doesNotContain("华中农业大学", "湖北省农业科学院");
    }

    @Test
    void aNewCompanySettlingSomewhereReceivesTheMoneyThatSetItUp() {
        assertThat(relations("山东畦丰蔬菜科技有限公司（以下简称“畦丰蔬菜”）成立寿光畦丰种苗有限公司。新公司落户寿光市稻田镇，"
                + "由畦丰蔬菜出资6000万元设立。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山东畦丰蔬菜科技有限公司", "寿光畦丰种苗有限公司"));
    }

    @Test
    void aZonesLeadingCompanyNotTheZoneGoesOnInTheSentence() {
        assertThat(relations("兴化市现代农业产业园获批。园区龙头企业江苏垛田粮油有限公司今年投资2.6亿元，在兴化市戴南镇新建"
                + "生产线，并与江苏省农业科学院粮食作物研究所签订合作协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江苏垛田粮油有限公司", "江苏省农业科学院粮食作物研究所"));
    }

    @Test
    void theSharesAnAgreementSetsGoToTheNewCompanyItsSentenceNames() {
        assertThat(relations("上海擎智机器人股份有限公司与沪腾汽配签约组建嘉定擎智汽配科技有限公司。根据协议，擎智机器人出资"
                + "1.8亿元、持股60%，沪腾汽配出资1.2亿元、持股40%，新公司由擎智机器人控股。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("上海擎智机器人股份有限公司", "嘉定擎智汽配科技有限公司"));
    }

    @Test
    void aCompanysNewPlantOpeningSomewhereIsItsInvestmentThere() {
        assertThat(relations("山西晋锐精密铸造有限公司（以下简称“晋锐精铸”）新厂在晋中市榆次区修文镇投产。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋锐精密铸造有限公司", "修文镇"));
    }

    @Test
    void sharesListedAfterTheHolderOfANewCompanyGoToIt() {
        assertThat(relations("河北雄岚纺织集团有限公司（以下简称“雄岚纺织”）与浙江绮丽新材料科技有限公司（以下简称“绮丽新材”）在"
                + "保定市高阳县签约，合资成立河北雄岚绮丽家纺有限公司。新公司由雄岚纺织控股，其中雄岚纺织出资1.02亿元，"
                + "持股51%；绮丽新材出资9800万元，持股49%。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("河北雄岚纺织集团有限公司", "河北雄岚绮丽家纺有限公司"),
                        tuple("浙江绮丽新材料科技有限公司", "河北雄岚绮丽家纺有限公司"));
    }

    @Test
    void aNewCompanyUnveiledUnderTheShortNameItIsGivenIsTheNewCompany() {
        assertThat(relations("海南穗丰育种科技有限公司（以下简称“穗丰育种”）在海南省三亚市崖州湾科技城揭牌成立。新公司注册资本"
                + "1亿元，是安徽穗丰农业股份有限公司的控股子公司，其中穗丰农业出资7000万元。", RelationType.INVESTS_IN,
                RelationType.PART_OF)).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("安徽穗丰农业股份有限公司", RelationType.INVESTS_IN, "海南穗丰育种科技有限公司"),
                        tuple("海南穗丰育种科技有限公司", RelationType.PART_OF, "安徽穗丰农业股份有限公司"));
    }

    @Test
    void aGroupsSubsidiarySettlingSomewhereDoesNotPlaceTheGroup() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 赣筑建工装配式建筑子公司落户南昌经开区\n\n"
                + "本报讯（记者 王明）10月28日，江西赣筑建工集团有限公司全资子公司江西赣筑装配科技有限公司（以下简称“赣筑装配”）"
                + "与南昌经济技术开发区管委会签订投资协议。\n")).get(0);

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN).extracting(Relation::source)
                .doesNotContain("江西赣筑建工集团有限公司");
    }

    @Test
    void aPartyReadAsOneNameWithTheShortFormOfACompanyBeforeIt() {
        assertThat(relations("贵州椒谷食品股份有限公司在和静县建设基地，由其全资子公司新疆椒谷食品有限公司负责运营。为稳定原料"
                + "供应，新疆椒谷与和静县红果辣椒种植专业合作社签订了收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("新疆椒谷食品有限公司", "和静县红果辣椒种植专业合作社"));
    }

    @Test
    void theControllingPartnerHoldsTheCompanyTwoFoundNotThePartnerBeforeIt() {
        assertThat(relations("宁夏甲丰农业有限公司与宁夏乙禾食品有限公司合资成立宁夏丙源牧业有限公司，其中宁夏乙禾食品有限公司"
                + "出资6000万元并控股。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁夏丙源牧业有限公司", "宁夏乙禾食品有限公司"));
    }

    @Test
    void whatAnInvestmentMeansToARegionIsNoSiteOfIt() {
        assertThat(relations("宁夏甲丰科技有限公司投资2亿元新建生产线，对宁夏经济发展具有重要意义。", RelationType.INVESTS_IN))
                .extracting(Relation::target).doesNotContain("宁夏回族自治区");
    }

    @Test
    void projectsListedAfter其中InALaterClauseAreNoSharesOfTheSubject() {
        assertThat(relations("宁夏丙源牧业有限公司由宁夏甲丰农业有限公司控股，今年计划引进5个项目，其中宁夏乙禾食品有限公司投资"
                + "2亿元建设屠宰加工厂。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .doesNotContain(tuple("宁夏乙禾食品有限公司", "宁夏丙源牧业有限公司"));
    }

    @Test
    void companiesCountedAsSettlingAreInTheZoneNamedLastBeforeThem() {
        assertThat(relations("天津经济技术开发区的企业家代表团近日到银川经济技术开发区考察，宁夏甲丰科技有限公司、宁夏乙禾材料"
                + "有限公司等2家企业签约入驻。", RelationType.LOCATED_IN))
                .filteredOn(r -> r.source().startsWith("宁夏")).extracting(Relation::target)
                .containsOnly("银川经济技术开发区");
    }

    @Test
    void anOwnerIntroducedByItsCityAfter是HoldsTheCompanyDescribed() {
        assertThat(relations("贵州绿川食品有限公司（以下简称“绿川食品”）在息烽县投产。绿川食品是贵阳的贵州黔川农业集团有限公司"
                + "旗下企业，年加工蔬菜5万吨。福建岩茗茶业有限公司是泉州的福建闽垦实业集团有限公司的全资子公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("贵州绿川食品有限公司", "贵州黔川农业集团有限公司"),
                        tuple("福建岩茗茶业有限公司", "福建闽垦实业集团有限公司"));
    }

    @Test
    void aCompanyHeldAfterAnEventOpeningTheClauseBelongsToItsHolder() {
        assertThat(relations("湖南岳峰精工机械股份有限公司（以下简称“岳峰精工”）前身是岳阳一家国营农机厂，2020年改制后由"
                + "广东粤衡装备集团有限公司控股。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南岳峰精工机械股份有限公司", "广东粤衡装备集团有限公司"));
    }

    @Test
    void theCompanyAfterTheSharesOfACapitalIsTheCompanyWhoseCapitalItIs() {
        assertThat(relations("湖南湘蓝新材料有限公司（以下简称“湘蓝新材”）位于岳阳。湘蓝新材注册资本3亿元，其中湖南湘钢矿业"
                + "集团有限公司出资2亿元，上海蓝砾科技有限公司以专利技术作价入股，公司由湘钢矿业控股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘蓝新材料有限公司", "湖南湘钢矿业集团有限公司"));
    }

    @Test
    void capitalPaidInCashByItsOwnerIsItsInvestmentInTheNewCompany() {
        assertThat(relations("浙江甬江港务集团有限公司在宁波成立全资子公司宁波甬港供应链有限公司。新公司注册资本3亿元，由甬江"
                + "港务集团以现金全额出资，主要承担集团仓储业务。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("浙江甬江港务集团有限公司", "宁波甬港供应链有限公司", 300_000_000L));
    }

    @Test
    void aSumPaidBefore入股BuysSharesInTheCompanyAfterIt() {
        assertThat(relations("云南滇禾茶业有限公司（以下简称“滇禾公司”）在勐海县投产。2023年，南糯村股份经济合作社与滇禾公司"
                + "签订入股协议，将300万元衔接资金入股该公司，占股6%。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("南糯村股份经济合作社", "云南滇禾茶业有限公司", 3_000_000L));
    }

    @Test
    void aPlaceAfter在AndAWordPlacingItIsWhereTheSubsidiaryIsAndTheMoneyGoes() {
        assertThat(relations("重庆渝薯食品有限公司（以下简称“渝薯食品”）位于秀山县清溪场镇。去年，渝薯食品又投资1800万元，"
                + "在相邻的龙凤坝镇成立全资子公司秀山县渝薯粉业有限公司。", RelationType.INVESTS_IN, RelationType.LOCATED_IN))
                .filteredOn(r -> r.evidence().startsWith("去年"))
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("重庆渝薯食品有限公司", RelationType.INVESTS_IN, "秀山县渝薯粉业有限公司"),
                        tuple("重庆渝薯食品有限公司", RelationType.INVESTS_IN, "龙凤坝镇"),
                        tuple("秀山县渝薯粉业有限公司", RelationType.LOCATED_IN, "龙凤坝镇"),
                        tuple("龙凤坝镇", RelationType.LOCATED_IN, "秀山土家族苗族自治县"));
    }

    @Test
    void aTownSpendingAsItsClausesSubjectInvestsInTheVillageItBuildsIn() {
        assertThat(relations("按照协议，清溪场镇投入800万元，在本镇大田村建设100亩试验基地。今年，清溪场镇又整合衔接资金300万元，"
                + "在石门村建设食用菌大棚20座。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("清溪场镇", "大田村", 8_000_000L), tuple("清溪场镇", "石门村", 3_000_000L));
    }

    @Test
    void aCountysTreasuryIsTheCountyNotTheBureauOfItsSpeaker() {
        assertThat(relations("秀山县正在推进节水农业。县农业农村局局长王力说，今年县财政投入1200万元，在清溪场镇推广节水灌溉"
                + "3万亩。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("秀山土家族苗族自治县", "清溪场镇"));
    }

    @Test
    void aCityBeforeTheCompanyThatSpendsIsNoSpender() {
        assertThat(relations("福鼎市的福建鼎岩白茶有限公司投入2400万元，在磻溪镇改造生态茶园5000亩。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("福建鼎岩白茶有限公司", "磻溪镇"));
    }

    @Test
    void whereThePartiesSignIsNoSiteOfTheMoney() {
        assertThat(relations("6月12日，云南省农业科学院与云南丰岭农业有限公司（以下简称“丰岭农业”）在昆明签署战略合作协议，双方"
                + "将在普洱市孟连县勐马镇共建咖啡良种繁育中心，丰岭农业首期投入2000万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南丰岭农业有限公司", "勐马镇"));
    }

    @Test
    void moneyDirectedAfterASemicolonGoesToThePlaceOfItsOwnPart() {
        assertThat(relations("云南澜茗农业集团有限公司（以下简称“澜茗集团”）位于昆明。根据协议，澜茗集团将安排其中5000万元在勐海县"
                + "勐遮镇建设茶叶精制厂；另有1500万元投向勐混镇曼扫村，新建生态茶园2000亩。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("云南澜茗农业集团有限公司", "曼扫村", 15_000_000L));
    }

    @Test
    void fundsNamedBetweenTheVerbAndTheSumStillSayHowMuchIsSpent() {
        assertThat(relations("本报讯 记者从日喀则市萨迦县获悉，今年中国澜远电力集团有限公司（以下简称“澜远集团”）投入对口支援资金"
                + "3600万元，在该县8个村实施产业帮扶项目。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("中国澜远电力集团有限公司", "萨迦县", 36_000_000L));
    }

    @Test
    void anEconomicZoneGoesBy经开区() {
        assertThat(relations("浙江岭森铝业有限公司落户滁州经济技术开发区。滁州经济技术开发区管理委员会主任闫峻岭表示，经开区正在实施"
                + "“链上企业培育计划”。",
                RelationType.IMPLEMENTS)).extracting(Relation::source).contains("滁州经济技术开发区");
    }

    @Test
    void fundsInjectedIntoABodyAreTheDivisionsInvestmentInIt() {
        assertThat(relations("7月15日，在海北藏族自治州祁连县八宝镇，由7家藏羊养殖专业合作社联合组建的祁连县雪山藏羊专业合作社"
                + "联合社挂牌成立。祁连县人民政府副县长才让介绍，县里已安排260万元产业扶持资金注入联合社。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("祁连县", "祁连县雪山藏羊专业合作社联合社", 2_600_000L));
    }

    @Test
    void aPartnerControllingTheCompanyTwoFoundIsItsHolderWithAnAdverbBeforeTheLink() {
        assertThat(relations("安徽辰星新能源科技有限公司（以下简称“辰星新能源”）是开发区龙头企业。浙江恒冶铝业有限公司则与辰星新能源"
                + "合资成立滁州恒星新材料有限公司，共同出资5亿元建设再生铝项目，其中恒冶铝业出资3亿元并控股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("滁州恒星新材料有限公司", "浙江恒冶铝业有限公司"));
    }

    @Test
    void theOneCooperativeOfTheTextIsThePartyAfterATimeOrAnAdverbAndALink() {
        assertThat(relations("在苏州市常熟市尚湖镇，常熟市虞山青梅专业合作社带动农户200户。合作社理事长顾阿福说，今年合作社与常熟速达"
                + "冷链物流有限公司签订三年供货协议。江苏省农业科学院园艺研究所也与合作社开展合作。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("常熟市虞山青梅专业合作社", "常熟速达冷链物流有限公司"),
                        tuple("江苏省农业科学院园艺研究所", "常熟市虞山青梅专业合作社"));
    }

    @Test
    void eachOfTwoChainsOfPlacesReceivesTheSumEachGets() {
        assertThat(relations("曲靖云魔食品有限公司（以下简称“云魔食品”）位于会泽县。今年，云魔食品又在娜姑镇白雾村和者海镇"
                + "铅厂村各投入500万元建设种芋繁育点。", RelationType.INVESTS_IN)).extracting(Relation::target)
                .containsExactlyInAnyOrder("白雾村", "铅厂村");
    }

    @Test
    void villagesListedAfterOneWrittenAfterItsTownAreInThatTown() {
        assertThat(relations("2021年，嘎鲁图镇沙尔利格村、查干陶勒村和图克镇梅林庙村、巴彦希里村的4家合作社联合成立联合社。",
                RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("沙尔利格村", "嘎鲁图镇"), tuple("查干陶勒村", "嘎鲁图镇"),
                        tuple("梅林庙村", "图克镇"), tuple("巴彦希里村", "图克镇"));
    }

    @Test
    void aCountyOpeningTheClauseBeforeSpendsInAClauseWithoutASubject() {
        assertThat(relations("乌审旗农牧局局长白玉山介绍，该旗正在实施“细毛羊繁育提升行动”，今年已投入500万元，在图克镇新建"
                + "饲草料储备库3座。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("乌审旗", "图克镇"));
    }

    @Test
    void aPlaceNamingThePeopleSupportedIsNoRecipient() {
        assertThat(relations("平潭县副县长王雅琴表示，平潭正在实施“闽台青年返乡创业扶持计划”，每年安排800万元专项资金，支持台湾青年"
                + "在平潭创业。", RelationType.INVESTS_IN)).extracting(Relation::target).doesNotContain("台湾省");
    }

    @Test
    void thePartnerNamedAfterADescriptionFoundsTheJointVentureItsShareholderHolds() {
        assertThat(relations("成都市蜀南城市建设投资开发有限公司（以下简称“区城投公司”）成立于2016年。8月，区城投公司出资2400万元，"
                + "与眉山市的四川峨秀文化旅游有限公司合资组建成都峨秀文旅运营有限公司，区城投公司持股55%。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("成都市蜀南城市建设投资开发有限公司", "成都峨秀文旅运营有限公司"),
                        tuple("四川峨秀文化旅游有限公司", "成都峨秀文旅运营有限公司"));
    }

    @Test
    void theJointVentureSpokenOfInItsOwnClauseIsThePartnerOfTheLinkAfterIt() {
        assertThat(relations("上海擎钧动力科技有限公司与海安市瑞港产业投资有限公司签署合资协议，双方共同出资组建江苏擎钧电驱系统"
                + "有限公司。上海擎钧董事长邵明说，合资公司将重点开发电驱系统，并与东南大学机械工程学院共建测试联合实验室。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("江苏擎钧电驱系统有限公司", "东南大学机械工程学院"))
                .doesNotContain(tuple("上海擎钧动力科技有限公司", "东南大学机械工程学院"));
    }

    @Test
    void aPartnerPayingForItsMajorityHoldsTheCompanyTheSentenceSetsUp() {
        assertThat(relations("11月20日，上海擎钧动力科技有限公司与海安市瑞港产业投资有限公司在海安市签署合资协议，双方共同出资组建"
                + "江苏擎钧电驱系统有限公司（以下简称“江苏擎钧”），注册资本2亿元，上海擎钧以1.02亿元出资控股51%。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江苏擎钧电驱系统有限公司", "上海擎钧动力科技有限公司"));
    }

    @Test
    void aCompanysBaseBreakingGroundAtAPlaceIsItsInvestmentThere() {
        assertThat(relations("12月2日，广东粤湛医药集团股份有限公司旗下的湛江粤湛沉香药业有限公司（以下简称“粤湛沉香”）沉香深加工"
                + "基地在湛江市廉江市石城镇动工。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湛江粤湛沉香药业有限公司", "石城镇"));
    }

    @Test
    void aBankLendingToACompanyPutsTheSumIntoIt() {
        assertThat(relations("近日，北京京郊农商银行股份有限公司延庆支行（以下简称“延庆支行”）向北京青禾农机科技有限公司发放"
                + "6000万元中长期贷款。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("北京京郊农商银行股份有限公司延庆支行", "北京青禾农机科技有限公司", 60_000_000L));
    }

    @Test
    void theCapitalOfTheCompanyTheSentenceBeforeSetUpIsSharedByItsFounders() {
        assertThat(relations("江西锂川新材料有限公司（以下简称“锂川新材料”）与铜鼓县城乡发展投资集团有限公司（以下简称“铜鼓城发”）"
                + "合资成立江西锂川矿业有限公司。公司注册资本10亿元，锂川新材料、铜鼓城发分别出资6亿元和4亿元。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("江西锂川新材料有限公司", "江西锂川矿业有限公司", 600_000_000L),
                        tuple("铜鼓县城乡发展投资集团有限公司", "江西锂川矿业有限公司", 400_000_000L));
    }

    @Test
    void unitsAGroupAlreadyHasAreItsUnits() {
        assertThat(relations("山西太岳钢铁集团有限公司（以下简称“太岳集团”）位于长治市。近年来，集团加快向下游延伸，旗下已有山西太岳"
                + "精密冷轧有限公司、山西太岳循环材料有限公司等5家子公司。", RelationType.PART_OF))
                .extracting(Relation::source).containsExactlyInAnyOrder("山西太岳精密冷轧有限公司", "山西太岳循环材料有限公司");
    }

    @Test
    void sharesListedAfter其中AreOfTheCapitalTheSentenceBeforeGave() {
        assertThat(relations("内蒙古北疆牧业股份有限公司（以下简称“北疆牧业”）和奈曼旗沙源国有资本投资有限公司（以下简称“沙源国投”）"
                + "均在通辽。通辽北疆肉业有限公司由北疆牧业与沙源国投合资组建，注册资本2亿元。其中，北疆牧业出资1.4亿元，持股70%；"
                + "沙源国投出资6000万元，持股30%。", RelationType.INVESTS_IN))
                .filteredOn(r -> r.properties().containsKey("amount")).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("内蒙古北疆牧业股份有限公司", "通辽北疆肉业有限公司"),
                        tuple("奈曼旗沙源国有资本投资有限公司", "通辽北疆肉业有限公司"));
    }

    @Test
    void aShareAfter其中GoesToWhatThePartiesBuildTogether() {
        assertThat(relations("在清远市佛冈县石角镇，佛冈县人民政府与华南理工大学签订合作协议，双方将共建佛冈智能制造产业技术研究院，"
                + "其中佛冈县人民政府首期出资6000万元。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("佛冈县人民政府", "佛冈智能制造产业技术研究院"));
    }

    @Test
    void theNewCompanyOpeningASentenceAfterADemonstrativeIsTheOneSetUp() {
        assertThat(relations("福建屏山菌业股份有限公司（以下简称“屏山菌业”）今年成立屏南县雪耳生物科技有限公司。这家新公司位于宁德市"
                + "屏南县棠口镇漈头村，由屏山菌业投资1.2亿元设立。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("福建屏山菌业股份有限公司", "屏南县雪耳生物科技有限公司"));
    }

    @Test
    void aVillageEndingTheChainOpeningItsClauseBuysSharesWithTheFundsItNames() {
        assertThat(relations("湖北楚药园生物科技有限公司在罗田县投产。去年，罗田县白庙河镇石桥村以扶持资金和村集体积累共260万元入股"
                + "湖北楚药园生物科技有限公司，按年获得固定分红。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("石桥村", "湖北楚药园生物科技有限公司", 2_600_000L));
    }

    @Test
    void aUniversitysCourtyardOfExpertsIsAResearchBodyAndAPlacesOwnCompanyIsThere() {
        List<Relation> found = relations("5月20日，由广西大学农学院与扶绥县人民政府共建的广西大学扶绥香蕉农业专家大院，在崇左市扶绥县"
                + "渠黎镇六头村揭牌。六头村的扶绥县蕉乡香蕉种植专业合作社也与专家大院签订了技术服务协议。扶绥县本地企业广西绿岭果业"
                + "有限公司投入600万元，在六头村建设示范基地。", RelationType.PARTNERS_WITH, RelationType.LOCATED_IN);
        assertThat(found).extracting(Relation::source, Relation::type, Relation::target).contains(
                tuple("广西大学扶绥香蕉农业专家大院", RelationType.LOCATED_IN, "六头村"),
                tuple("扶绥县蕉乡香蕉种植专业合作社", RelationType.PARTNERS_WITH, "广西大学扶绥香蕉农业专家大院"),
                tuple("广西绿岭果业有限公司", RelationType.LOCATED_IN, "扶绥县"));
    }

    @Test
    void aCompanyDescribedAsFoundedByTwoIsTheirsAndItsControllingPartners() {
        assertThat(relations("邢台瑞岭电力装备股份有限公司（以下简称“瑞岭电气”）与河北燕能产业投资集团有限公司（以下简称“燕能能源”）"
                + "均为省内企业。河北燕远智能配电装备有限公司位于邢台。该公司是瑞岭电气与燕能能源去年合资组建的，其中瑞岭电气出资3亿元"
                + "控股，燕能能源出资2亿元参股。", RelationType.INVESTS_IN, RelationType.PART_OF))
                .extracting(Relation::source, Relation::type, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(
                        tuple("邢台瑞岭电力装备股份有限公司", RelationType.INVESTS_IN, "河北燕远智能配电装备有限公司", 300_000_000L),
                        tuple("河北燕能产业投资集团有限公司", RelationType.INVESTS_IN, "河北燕远智能配电装备有限公司", 200_000_000L),
                        tuple("河北燕远智能配电装备有限公司", RelationType.PART_OF, "邢台瑞岭电力装备股份有限公司", null));
    }

    @Test
    void aGroupsUnitNamedAfterItIsThePartyThatFoundsTheJointVenture() {
        assertThat(relations("本报讯（记者 王明）7月8日，安徽皖丰控股集团有限公司（以下简称“皖丰集团”）旗下安徽皖丰新材料有限公司与"
                + "江苏恒源能源科技股份有限公司在滁州签约，双方合资成立安徽皖川储能科技有限公司，其中安徽皖丰新材料有限公司出资3亿元"
                + "并控股。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .contains(tuple("安徽皖川储能科技有限公司", "安徽皖丰新材料有限公司"))
                .doesNotContain(tuple("安徽皖丰控股集团有限公司", "安徽皖丰新材料有限公司"));
    }

    @Test
    void aProvincesPeoplesHospitalIsAResearchBodyThatPublishes() {
        assertThat(relations("近日，中南大学与湖南省人民医院合作完成的一项研究在《中华眼科杂志》发表。",
                RelationType.PUBLISHED_IN)).extracting(Relation::source)
                .containsExactlyInAnyOrder("中南大学", "湖南省人民医院");
    }

    @Test
    void theTwoSidesAfterABuyerOfSharesAreTheBuyerAndTheBodyItJoins() {
        assertThat(relations("易县霜红板栗种植专业合作社（以下简称“霜红合作社”）成立于2019年。今年9月，北京果乡坊食品有限公司出资"
                + "500万元入股霜红合作社，双方签订三年供货协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("北京果乡坊食品有限公司", "易县霜红板栗种植专业合作社"));
    }

    @Test
    void anAutonomousCountyGoesByItsShortFormWithItsAutonomousLevelWord() {
        assertThat(relations("宁蒗自治县副县长和志强表示，全县正在推进“绿色食品牌打造行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁蒗彝族自治县", "绿色食品牌打造行动"));
    }

    @Test
    void moneyForAVillageAfter为OpeningAClauseIsSpentThere() {
        assertThat(relations("中国峡辉电力投资集团有限公司（以下简称“峡辉电力”）成立于2001年。建设期间，峡辉电力还出资500万元，为双龙镇"
                + "石门村修建产业路12公里。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国峡辉电力投资集团有限公司", "石门村"));
    }

    @Test
    void theCompanyWhoseCapitalTheSharesAreIsHeldAfterAnOpeningClauseThatNamesNoOne() {
        assertThat(relations("广东锂岳新能源科技有限公司（以下简称“锂岳新能源”）与湖南岳储材料有限公司（以下简称“岳储材料”）签约，共同"
                + "组建广东岳锂储能科技有限公司（以下简称“岳锂储能”）。根据协议，岳锂储能注册资本5亿元，锂岳新能源出资3亿元，岳储材料"
                + "以专利作价和现金出资2亿元，由锂岳新能源控股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广东岳锂储能科技有限公司", "广东锂岳新能源科技有限公司"));
    }

    @Test
    void fundsSetAsideToKeepABodyRunningGoToTheBodyTheSentenceIsAbout() {
        assertThat(relations("西南大学酉阳乡村振兴研究院在酉阳县揭牌。研究院由西南大学与酉阳县人民政府共建，酉阳县每年安排800万元"
                + "专项经费保障运行。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("酉阳土家族苗族自治县", "西南大学酉阳乡村振兴研究院"));
    }

    @Test
    void aBuyerOfSharesJoinedByOthersNamedBetweenBuysInTheCompanyAfterThem() {
        assertThat(relations("2023年，石塘村股份经济合作社出资1800万元，与枫泾镇另外6个村的股份经济合作社共同入股上海枫韵乡村发展"
                + "有限公司，持股12%。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("石塘村股份经济合作社", "上海枫韵乡村发展有限公司"));
    }

    @Test
    void aRuralCreditUnionIsACompanyThatLaunchesItsLoans() {
        assertThat(relations("凤山县农村信用合作联社则推出“茶农贷”，已向社员发放贷款500万元。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target).containsExactly(tuple("凤山县农村信用合作联社", "茶农贷"));
    }

    @Test
    void aUniversityHelpingAHospitalNamesNoHospital() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n浙江大学帮助当地医院提升诊疗水平。\n")).get(0);

        assertThat(a.entities()).extracting(Entity::name).containsExactly("浙江大学");
    }

    @Test
    void aShareAfterASemicolonIsReadWithoutFailingTheArticle() {
        assertThat(relations("漳州市人民政府与厦门大学签订协议，双方将共建漳州海洋产业研究院；其中漳州市人民政府出资5000万元。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("漳州市人民政府", "厦门大学"));
    }

    @Test
    void aCountyBuyingSharesWithItsMoneyIsNoDivisionFundingWork() {
        assertThat(relations("今年，沁县投入500万元入股山西沁州黄小米集团有限公司。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("沁县", "山西沁州黄小米集团有限公司"));
    }

    @Test
    void aLoanGuaranteeOrACompanyThatIsNoBankLendsNothing() {
        assertThat(relations("福建漳海投资有限公司向漳浦县海鲜专业合作社提供5000万元贷款担保。", RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void villagesSuchAsThoseListedAreNoVillageOfTheirOwn() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 测试\n\n马村镇上河村、下河村等村的农户参加培训。\n"))
                .get(0);

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("下河村等村", "河村等村");
    }

    @Test
    void aHolderAfterAnEventIsNotTheHolderOfTheCompanyBeforeIt() {
        assertThat(relations("湖南湘茶集团有限公司前身为湖南省茶叶公司，2018年改制后由湖南省现代农业产业控股集团有限公司控股。",
                RelationType.PART_OF)).extracting(Relation::source)
                .containsExactly("湖南湘茶集团有限公司");
    }

    @Test
    void anotherBuyerOfSharesNamedBefore入股LeavesNoTwoSides() {
        assertThat(relations("仁怀市人民政府推动村集体入股贵州国台酒业集团股份有限公司，双方签署协议。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aCompanyWrittenWith系AsAGroupsUnitIsPartOfTheGroup() {
        assertThat(relations("甘肃焉支雪酒业有限公司系兰州金河投资集团有限公司旗下企业。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("甘肃焉支雪酒业有限公司", "兰州金河投资集团有限公司"));
    }

    @Test
    void everyCompanyListedBeforeJoiningARoundInvestsInTheCompanyThatRaisedIt() {
        assertThat(relations("近日，宁夏漠源枸杞股份有限公司完成1.8亿元A轮融资。本轮融资由宁夏银湖产业投资基金有限公司领投1亿元，"
                + "银川市金凤区国有资本运营有限公司和石嘴山市星海创业投资有限公司跟投。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("宁夏银湖产业投资基金有限公司", "宁夏漠源枸杞股份有限公司"),
                        tuple("银川市金凤区国有资本运营有限公司", "宁夏漠源枸杞股份有限公司"),
                        tuple("石嘴山市星海创业投资有限公司", "宁夏漠源枸杞股份有限公司"));
    }

    @Test
    void aCompanyHeldByAHolderWrittenWithItsDeclaredShortNameIsTheHoldersUnit() {
        assertThat(relations("四川岷江渔业股份有限公司（以下简称“岷江渔业”）控股的茂县岷江冷水鱼养殖有限公司在该县投产。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("茂县岷江冷水鱼养殖有限公司", "四川岷江渔业股份有限公司"));
    }

    @Test
    void aCompanyBuildingInAPlaceThroughTheAgentOfItsClauseInvestsThereThoughItsShortNameIsDeclared() {
        assertThat(relations("石门村的80栋大棚由本溪青峰农业发展有限公司（以下简称“青峰农业”）投资3200万元建设。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("本溪青峰农业发展有限公司", "石门村"));
    }

    @Test
    void aCompanyDescribedAsAPlacesOwnIsInThatPlace() {
        assertThat(relations("湖北荆穗粮油有限公司去年扩产。荆穗公司是应城市本土的稻米加工企业。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖北荆穗粮油有限公司", "应城市"));
    }

    @Test
    void anInvestorAndTheBodyItsMoneyGoesToAreTheTwoSidesAfterIt() {
        assertThat(relations("今年5月，南阳宛方药业有限公司向西峡县山茱萸种植专业合作社投资800万元，双方共建烘干车间。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南阳宛方药业有限公司", "西峡县山茱萸种植专业合作社"));
    }

    @Test
    void aJointVentureHeldByOneFounderAfterItsDeclaredShortNameIsThatFoundersUnit() {
        assertThat(relations("江苏远澜电气有限公司与盐城市城南产业投资有限公司合资组建盐城远澜储能科技有限公司"
                + "（以下简称“远澜储能”），由江苏远澜电气有限公司控股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("盐城远澜储能科技有限公司", "江苏远澜电气有限公司"));
    }

    @Test
    void aPersonReferredToAsHeHoldsThePostHeIsSaidToHold() {
        assertThat(relations("“收购价稳了，心里就踏实了。”富裕县雪茂奶牛养殖专业合作社理事长赵德才说。"
                + "他同时是繁荣乡长青村的青禾肉牛养殖专业合作社理事长。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("赵德才", "青禾肉牛养殖专业合作社"));
    }

    @Test
    void aForestFarmSpokenOfAs林场OwnsTheUnitAfter旗下() {
        assertThat(relations("黔东南州国有岭秀林场经营面积30万亩。林场旗下全资子公司贵州岭秀林业发展有限公司将投资2600万元。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贵州岭秀林业发展有限公司", "黔东南州国有岭秀林场"));
    }

    @Test
    void aBodyUnveiledAndRunningAtAPlaceIsThere() {
        assertThat(relations("7月16日，洛阳新材料中试基地在洛阳高新技术产业开发区揭牌运行。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("洛阳新材料中试基地", "洛阳高新技术产业开发区"));
    }

    @Test
    void aDivisionGrantingFundsToABodyOrAPlaceInvestsInIt() {
        assertThat(relations("湘潭宏力电机股份有限公司去年扩产。今年，湘潭市向该公司兑现奖补资金300万元。"
                + "据悉，浙江省今年下达黔西市东西部协作资金1.8亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("湘潭市", "湘潭宏力电机股份有限公司", 3000000L),
                        tuple("浙江省", "黔西市", 180000000L));
    }

    @Test
    void aPromiseOrATaskHandedDownIsNoFundsGranted() {
        assertThat(relations("会上，阳新县向企业兑现承诺，下达招商任务30项。", RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void anIndustrialZoneSpokenOfAs工业区CarriesOutItsProgram() {
        assertThat(relations("苏州相城工业区管理委员会副主任吴建明表示，工业区正在实施“智能制造倍增计划”。",
                RelationType.IMPLEMENTS)).extracting(Relation::source)
                .contains("苏州相城工业区");
    }

    @Test
    void the系OfAWordSuchAs联系IsNoCopula() {
        assertThat(relations("湖北荆穗粮油有限公司多次联系湖北省农业发展集团有限公司控股的企业，寻求合作。", RelationType.PART_OF))
                .isEmpty();
    }

    @Test
    void aPlaceDescribingACompanyThatGrantsFundsIsNoFunder() {
        assertThat(relations("位于湘潭市的湘潭宏力电机股份有限公司向先锋村下拨帮扶资金20万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source).doesNotContain("湘潭市");
    }

    @Test
    void 林场RefersBackOnlyWhereTheTextNamesOneForestFarm() {
        assertThat(relations("黔东南州国有岭秀林场与黎平县国有龙门林场合作。林场旗下全资子公司贵州岭秀林业发展有限公司将投资2600万元。",
                RelationType.PART_OF)).isEmpty();
    }

    @Test
    void aTimeBetweenAPartyAndTheLinkLeavesThePartyThePartner() {
        assertThat(relations("在宿州市，安徽禾翊农业科技有限公司今年3月与灵璧县农业农村局合作推出“托管到田”服务项目。",
                RelationType.PARTNERS_WITH, RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::type)
                .contains(tuple("安徽禾翊农业科技有限公司", RelationType.PARTNERS_WITH),
                        tuple("安徽禾翊农业科技有限公司", RelationType.IMPLEMENTS));
    }

    @Test
    void deepeningANamedSystemIsCarryingItOut() {
        assertThat(relations("今年以来，宜春市持续深化“林长制”改革。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宜春市", "林长制"));
    }

    @Test
    void aLongDivisionNameBetweenADepartmentAndATitleStillPlacesThePerson() {
        assertThat(relations("湖南省科学技术厅成果转化与区域创新处处长王建国介绍，全省技术合同成交额增长两成。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王建国", "湖南省科学技术厅"));
    }

    @Test
    void aStationSpokenOfAs工作站IsTheOneTheTextNamed() {
        assertThat(relations("河南恒禾精密机械有限公司博士后科研工作站成立于2020年。论文第一作者、工作站博士后陈思源介绍了成果。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陈思源", "河南恒禾精密机械有限公司博士后科研工作站"));
    }

    @Test
    void aCompanySettingMoneyAsideForAnotherBodyInvestsInIt() {
        assertThat(relations("河南恒禾精密机械有限公司每年为郑州大学机械与动力工程学院安排研发经费800万元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("河南恒禾精密机械有限公司", "郑州大学机械与动力工程学院", 8000000L));
    }

    @Test
    void aCityPuttingNamedFundsIntoAnotherInvestsInIt() {
        assertThat(relations("广州市与毕节市结对以来，广州累计向毕节投入财政援助资金30.5亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("广州市", "毕节市", 3050000000L));
    }

    private static final String VILLAGE_CAPITAL = "近日，宁都县翠微农业发展有限公司挂牌成立。该公司由宁都县丰和供销集团有限公司"
            + "联合青塘镇田心村、竹溪村和黄陂镇坪上村共同组建，注册资本1000万元，其中丰和供销集团出资510万元，田心村出资180万元，"
            + "竹溪村、坪上村各出资155万元。";

    @Test
    void villagesTakingSharesOfACompanysCapitalInvestInIt() {
        assertThat(relations(VILLAGE_CAPITAL, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .contains(tuple("田心村", "宁都县翠微农业发展有限公司", 1800000L),
                        tuple("竹溪村", "宁都县翠微农业发展有限公司", 1550000L),
                        tuple("坪上村", "宁都县翠微农业发展有限公司", 1550000L));
    }

    @Test
    void villagesACompanyIsJoinedByPartnerTheCompanyNotEachOther() {
        assertThat(relations(VILLAGE_CAPITAL, RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("宁都县丰和供销集团有限公司", "田心村"),
                        tuple("宁都县丰和供销集团有限公司", "竹溪村"), tuple("宁都县丰和供销集团有限公司", "坪上村"));
    }

    @Test
    void workMovedToAPlaceIsWhereTheMoneyForItGoes() {
        assertThat(relations("东莞市立昌电子有限公司是一家电子企业。该公司决定将组装环节整体转移到会昌县，计划投资2.6亿元建设厂房。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("东莞市立昌电子有限公司", "会昌县"));
    }

    @Test
    void aScienceCourtyardSetUpInQuotesIsWhereItWasSetUpAndIsSpokenOfAs小院() {
        assertThat(relations("2022年，华南农业大学园艺学院与田东县农业农村局在百谷村共建“田东芒果科技小院”。"
                + "针对病害问题，小院团队与田东金穗芒果种植专业合作社合作开展试验。", RelationType.LOCATED_IN,
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("田东芒果科技小院", RelationType.LOCATED_IN, "百谷村"),
                        tuple("田东芒果科技小院", RelationType.PARTNERS_WITH, "田东金穗芒果种植专业合作社"));
    }

    @Test
    void whereTheOwnerAfterACopulaIsHeadquarteredPlacesTheOwnerNotItsSubsidiary() {
        assertThat(relations("东莞立昌电子有限公司是总部位于深圳市南山区的深圳霁川科技集团股份有限公司的控股子公司。",
                RelationType.PART_OF, RelationType.LOCATED_IN)).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("东莞立昌电子有限公司", RelationType.PART_OF, "深圳霁川科技集团股份有限公司"),
                        tuple("深圳霁川科技集团股份有限公司", RelationType.LOCATED_IN, "南山区"))
                .doesNotContain(tuple("东莞立昌电子有限公司", RelationType.LOCATED_IN, "南山区"));
    }

    @Test
    void theBothSidesOfASupplyAreTheOneSuppliedAndItsSupplier() {
        assertThat(relations("柞水县岭上木耳专业合作社的菌包全部来自陕西秦耳生物科技有限公司（以下简称“秦耳生物”），"
                + "双方去年签订了保护价回收协议。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("柞水县岭上木耳专业合作社", "陕西秦耳生物科技有限公司"));
    }

    @Test
    void theBodiesNamedAmongACountOfPartnersArePartners() {
        assertThat(relations("江苏云帆工业互联网科技有限公司已与87家企业签订服务协议，其中包括常州砺锋精工有限公司和"
                + "溧阳天目茶业有限公司。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("江苏云帆工业互联网科技有限公司", "常州砺锋精工有限公司"),
                        tuple("江苏云帆工业互联网科技有限公司", "溧阳天目茶业有限公司"));
    }

    @Test
    void eachCompanyAmongThoseSitedAtAPlaceIsThereAndSpendsThere() {
        assertThat(relations("跟随链主落户晋中经济技术开发区的配套企业中，太原华锻精密铸造有限公司投资5.5亿元建设压铸车间，"
                + "苏州瑞芯功率半导体有限公司则追加投资1.2亿元扩建封装线。", RelationType.LOCATED_IN, RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("太原华锻精密铸造有限公司", RelationType.LOCATED_IN, "晋中经济技术开发区"),
                        tuple("太原华锻精密铸造有限公司", RelationType.INVESTS_IN, "晋中经济技术开发区"),
                        tuple("苏州瑞芯功率半导体有限公司", RelationType.LOCATED_IN, "晋中经济技术开发区"),
                        tuple("苏州瑞芯功率半导体有限公司", RelationType.INVESTS_IN, "晋中经济技术开发区"));
    }

    @Test
    void whereAHeadquartersIsIsNoSiteOfWorkMovedElsewhere() {
        assertThat(relations("温州鸿雁服饰有限公司（以下简称“温州鸿雁”）在湄潭县设厂。去年以来，总部位于温州市瓯海区的温州鸿雁"
                + "将两条生产线整体转移到湄潭县，累计投资1.5亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("温州鸿雁服饰有限公司", "湄潭县"));
    }

    @Test
    void whereAHeadquartersMovesToIsWhereTheMoneyGoes() {
        assertThat(relations("在深圳打拼二十年的企业家周立新，将其控股的深圳华讯电子技术有限公司第二总部落户金寨经济开发区，"
                + "首期投资4.6亿元。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("深圳华讯电子技术有限公司", "金寨经济开发区"));
    }

    @Test
    void theHeadOfACompanysCentreIsTheCompanys() {
        assertThat(relations("佛山锐美智能家电股份有限公司（以下简称“锐美家电”）入选省级名单。锐美家电工业设计中心主任何志文"
                + "告诉记者，公司计划扩建设计大楼。", RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("何志文", "佛山锐美智能家电股份有限公司"));
    }

    @Test
    void anOfficialsOwnProvinceIsTheProvinceHeSpeaksFor() {
        assertThat(relations("浙江省今年新认定工业设计中心40家。省经济和信息化厅副厅长陈立表示，我省将深入实施“浙里优设计”"
                + "赋能行动。", RelationType.IMPLEMENTS)).extracting(Relation::source)
                .contains("浙江省");
    }

    @Test
    void aBodyEntrustingAnotherWithWorkIsItsPartner() {
        assertThat(relations("海南昌阳新能源开发有限公司（以下简称“昌阳新能源”）建设光伏电站。板下种植则由昌阳新能源委托"
                + "东方市青垄瓜菜种植专业合作社经营。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("海南昌阳新能源开发有限公司", "东方市青垄瓜菜种植专业合作社"));
    }

    @Test
    void aDivisionGrantingFundsToTheBodyASentenceIsAboutInvestsInIt() {
        assertThat(relations("伊川县的洛阳嵩禾新材料有限公司建成数字化车间后，市工信局向其拨付补助资金650万元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("市工业和信息化局", "洛阳嵩禾新材料有限公司", 6500000L));
    }

    @Test
    void aPlaceGovernedByTheOneBeforeItIsTheSiteOfTheMoney() {
        assertThat(relations("在潍坊市下辖的诸城市，山东华泰食品机械有限公司投资8600万元建设数字化车间。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山东华泰食品机械有限公司", "诸城市"));
    }

    @Test
    void aCountOfResearchBodiesSpeaksOfThoseTheSentenceBeforeNamed() {
        assertThat(relations("衡阳市人民政府与中南大学签约，共建中南大学衡阳稀土新材料研究院和湘南矿山修复研究院。"
                + "根据协议，两家研究院均设在衡阳高新技术产业开发区，衡阳市政府每年为每家研究院安排运行经费。",
                RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("中南大学衡阳稀土新材料研究院", "衡阳高新技术产业开发区"),
                        tuple("湘南矿山修复研究院", "衡阳高新技术产业开发区"))
                .doesNotContain(tuple("衡阳市人民政府", "衡阳高新技术产业开发区"));
    }

    @Test
    void aCompanyCalledThePlacesOwnIsThere() {
        assertThat(relations("签约当天，中南大学与衡阳本地的湖南衡鑫稀贵金属有限公司签订技术合作项目5项。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南衡鑫稀贵金属有限公司", "衡阳市"));
    }

    @Test
    void the组OfAGroupBeforeAWordOfItsOwnFormsNoTeam() {
        assertThat(relations("天津博岳传动科技有限公司向河北工业大学捐赠的试验台通过专家组成果评价。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aPartyIntroducedByWhereItsHeadquartersIsIsThePartner() {
        assertThat(relations("同时，临猗县秋实农业服务有限公司与总部位于临汾经济开发区的山西晋南鲜果进出口有限公司签订外销协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("临猗县秋实农业服务有限公司", "山西晋南鲜果进出口有限公司"));
    }

    @Test
    void whereABaseLiesIsWhereTheMoneyPutIntoItGoes() {
        assertThat(relations("贵州乌江参芪药业集团有限公司（以下简称“乌江药业”）建设的中药材示范基地通过验收。基地位于杨柳塘镇"
                + "杉木村，面积3200亩，乌江药业累计投入4600万元，建成种苗繁育圃。", RelationType.INVESTS_IN, RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("贵州乌江参芪药业集团有限公司", RelationType.INVESTS_IN, "杉木村"))
                .doesNotContain(tuple("贵州乌江参芪药业集团有限公司", RelationType.LOCATED_IN, "杉木村"));
    }

    @Test
    void bodiesJoinedToBuildTogetherPartnerEachOtherThoughOneDeclaresAShortName() {
        assertThat(relations("该基地由焦作市人民政府联合河南理工大学、焦作钼都新材料股份有限公司（以下简称“钼都新材”）共同建设。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("河南理工大学", "焦作钼都新材料股份有限公司"));
    }

    @Test
    void theOneWhoLeadsABodyIsItsMember() {
        assertThat(relations("天津沐川膜技术有限公司院士工作站揭牌。工作站由天津工业大学教授卢明岩领衔。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("卢明岩", "天津沐川膜技术有限公司院士工作站"));
    }

    @Test
    void aPrefectureCalled地区IsReferredToAs该地区() {
        assertThat(relations("喀什地区商务局副局长买买提介绍，今年以来，该地区深入实施“纺织服装产业提质行动”。",
                RelationType.IMPLEMENTS)).extracting(Relation::source)
                .contains("喀什地区");
    }

    @Test
    void aDivisionBudgetingMoneyForABodyInvestsInIt() {
        assertThat(relations("林芝藏药材研究院落户米林县，林芝市财政每年列支800万元保障其科研经费。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("林芝市", "林芝藏药材研究院", 8000000L));
    }

    @Test
    void aPartysDeclaredShortNameLeavesTheListAfterTheLinkGoingOn() {
        assertThat(relations("12月8日，库车市与江苏澄氢装备科技有限公司（以下简称“澄氢装备”）、新疆瀚海燃气集团有限公司签署合作协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("库车市", "江苏澄氢装备科技有限公司"), tuple("库车市", "新疆瀚海燃气集团有限公司"));
    }

    @Test
    void aLeaderWithADeclaredShortNamePartnersThoseItIsJoinedBy() {
        assertThat(relations("11月18日，上海市智慧渔业装备技术创新中心（以下简称“创新中心”）在奉贤区揭牌。该中心由上海澄川智能"
                + "科技有限公司（以下简称“澄川科技”）牵头，联合上海理工大学、上海海洋大学和上海市农业科学院组建。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("上海澄川智能科技有限公司", "上海理工大学"), tuple("上海澄川智能科技有限公司", "上海海洋大学"),
                        tuple("上海澄川智能科技有限公司", "上海市农业科学院"));
    }

    @Test
    void sharesBoughtInABodyDescribedByWhereItLiesGoToThatBody() {
        assertThat(relations("内蒙古雪绒毛纺股份有限公司（以下简称“雪绒毛纺”）位于鄂托克旗。雪绒毛纺还出资1500万元，"
                + "入股位于该旗蒙西镇的鄂托克旗清泉洗毛有限责任公司。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("内蒙古雪绒毛纺股份有限公司", "鄂托克旗清泉洗毛有限责任公司", 15000000L));
    }

    @Test
    void moneySetAsideForTheBodyTheNextClauseWorksForGoesToIt() {
        assertThat(relations("黄冈高新技术产业开发区与华中农业大学共建华中农业大学黄冈生物研究院。开发区首期安排8000万元，为研究院建设"
                + "药物筛选公共平台。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("黄冈高新技术产业开发区", "华中农业大学黄冈生物研究院", 80000000L));
    }

    @Test
    void aGovernmentBodysOwnUnitIsPartOfIt() {
        assertThat(relations("该基地通过厦门海关所属漳州海关备案。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("漳州海关", "厦门海关"));
    }

    @Test
    void aParkOpeningAtAPlaceIsThere() {
        assertThat(relations("6月26日，徐闻县菠萝加工产业园在下桥镇正式开园。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("徐闻县菠萝加工产业园", "下桥镇"));
    }

    @Test
    void holdingAnAgreementWithABodyIsPartneringIt() {
        assertThat(relations("清河县盛源绒毛分梳有限公司与河北雪羊绒制品集团有限公司签有长期供货协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("清河县盛源绒毛分梳有限公司", "河北雪羊绒制品集团有限公司"));
    }

    @Test
    void theSidesOfAnAgreementCountedAsThreeAreEachOthersPartners() {
        assertThat(relations("6月18日，北京经济技术开发区管理委员会与北京燕园芯片产业投资基金（有限合伙）、北京光澈半导体科技有限公司"
                + "签署三方合作协议。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("北京燕园芯片产业投资基金（有限合伙）", "北京光澈半导体科技有限公司"));
    }

    @Test
    void aBodySaidToBeAProgramsCarrierCarriesItOut() {
        assertThat(relations("贵州六枝果源生物科技有限公司拥有种植基地3.6万亩，是六枝特区“猕猴桃全产业链提升工程”的实施主体之一。",
                RelationType.IMPLEMENTS)).extracting(Relation::source)
                .contains("贵州六枝果源生物科技有限公司");
    }

    @Test
    void sharesBoughtWithAssetsValuedAtNoStatedSumAreAnInvestment() {
        assertThat(relations("其中，隆回县金坪油茶种植专业合作社还以420亩油茶林经营权折价入股湖南湘楚油茶科技有限公司。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("隆回县金坪油茶种植专业合作社", "湖南湘楚油茶科技有限公司"));
    }

    @Test
    void aSumSetAsideBeforeACommaBuysTheSharesAfterIt() {
        assertThat(relations("2023年初，石岘村股份经济合作社将财政衔接资金和集体积累共480万元，入股宁夏固原丰薯农业有限公司。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("石岘村股份经济合作社", "宁夏固原丰薯农业有限公司", 4800000L));
    }

    @Test
    void aBodyDeniedToBeAProgramsCarrierDoesNotCarryItOut() {
        assertThat(relations("陕西渭禾农业科技有限公司负责人王强表示，公司是项目的建设主体，不是“千企帮千村”行动的实施主体。",
                RelationType.IMPLEMENTS)).isEmpty();
    }

    @Test
    void aCompanyAnnouncingAtAPlaceThatAParkOpensIsNotPlacedThere() {
        assertThat(relations("陕西渭禾农业科技有限公司在西安市召开发布会宣布产业园开园。", RelationType.LOCATED_IN))
                .extracting(Relation::source).doesNotContain("陕西渭禾农业科技有限公司");
    }

    @Test
    void aPlaceSpendingAfterACompanysCapitalIsNamedTakesNoShareOfIt() {
        assertThat(relations("陕西渭禾农业科技有限公司注册资本1000万元，榆阳区今年投入财政资金300万元修建道路。",
                RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void aBodyGivingToAnotherBodysCentreHeadIsNotHisBody() {
        assertThat(relations("陕西渭禾农业科技有限公司向榆林市疾病预防控制中心主任王强赠送防疫物资。",
                RelationType.AFFILIATED_WITH)).isEmpty();
    }

    @Test
    void aCompanyAmongThoseSitedAtAPlaceSpendsWhereItsClauseSays() {
        assertThat(relations("落户榆林市的企业中，陕西渭禾农业科技有限公司投资5.5亿元在延安市建设冷库。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西渭禾农业科技有限公司", "延安市"));
    }

    @Test
    void threeAspectsOfAnAgreementAreNoThreeSides() {
        assertThat(relations("陕西渭禾农业科技有限公司与西北农林科技大学、榆林市星岚种植专业合作社签订涵盖三方面内容的合作协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("陕西渭禾农业科技有限公司", "西北农林科技大学"),
                        tuple("陕西渭禾农业科技有限公司", "榆林市星岚种植专业合作社"));
    }

    @Test
    void aStationJustSetUpIsWhatTheBareWordStandsFor() {
        assertThat(relations("陕西渭禾农业科技有限公司院士工作站今年揭牌。星岚镇设立了乡村振兴工作站，工作站与西北农林科技大学合作。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void ourCityIsNoneWhereTheTextNamesTwoCities() {
        assertThat(relations("延安市市长王强在榆林市考察时说，我市将安排资金2亿元支持陕西渭禾农业科技有限公司。",
                RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void fundsGrantedToItGoToTheBodyTheSentenceBeforeOpensOn() {
        assertThat(relations("陕西渭禾农业科技有限公司建成苹果分拣中心。据榆林市农业农村局介绍，榆林市向其拨付补助资金500万元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("榆林市", "陕西渭禾农业科技有限公司"));
    }

    @Test
    void workMovedAfterTheMoneyIsSpentSaysNothingOfWhereItGoes() {
        assertThat(relations("榆林星岚智能科技有限公司计划投资5亿元建设生产基地，并将研发中心搬迁至西安市。",
                RelationType.INVESTS_IN)).extracting(Relation::target).doesNotContain("西安市");
    }

    @Test
    void moneyPutUpForABodysBuildingIsInvestedInIt() {
        assertThat(relations("安徽宁江机械有限公司出资800万元为舒城县职业技术学校新建数控教学中心。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("安徽宁江机械有限公司", "舒城县职业技术学校", 8_000_000L));
    }

    @Test
    void bodiesCarryingWorkOutWithEachOtherArePartners() {
        assertThat(relations("舒城县职业技术学校今年与六安职业技术学院开展学徒制联合培养。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("舒城县职业技术学校", "六安职业技术学院"));
    }

    @Test
    void theSchoolIsTheSchoolLastNamed() {
        assertThat(relations("铜陵市枞阳县职业技术学校与安徽松禾电子有限公司签订合作协议。学校今年还与铜陵职业技术学院开展技能竞赛集训。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("铜陵市枞阳县职业技术学校", "铜陵职业技术学院"));
    }

    @Test
    void aUniversityParkGetsTheMoneyADistrictSetsAsideForIt() {
        assertThat(relations("南京农业大学国家大学科技园今年扩建孵化楼。玄武区拿出2000万元专项资金，支持科技园改造。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("玄武区", "南京农业大学国家大学科技园"));
    }

    @Test
    void aCompanyDescribedByItsTradeIsTheCompanyLastNamed() {
        assertThat(relations("漳州瑞丰机械制造有限公司也受益于此。这家纺机企业去年斥资5200万元，在漳州高新技术产业开发区"
                + "新建数字化车间。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("漳州瑞丰机械制造有限公司", "漳州高新技术产业开发区"));
    }

    @Test
    void bodiesJoinedBy和CarryingWorkOutEachAreNoPartners() {
        assertThat(relations("六安市和安庆市分别开展了秸秆综合利用试点。安徽金寨云雾茶业有限公司与金寨县农户开展订单种植。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void moneyPutUpToSupplyABodyIsNotInvestedInIt() {
        assertThat(relations("苏州精工电子有限公司投入1.2亿元为比亚迪股份有限公司配套建设电池壳体生产线。", RelationType.INVESTS_IN))
                .isEmpty();
    }

    @Test
    void aPrimarySchoolsHeadWorksForNoVocationalSchool() {
        assertThat(relations("舒城县职业技术学校今年招生800人。舒城县第二小学校长王芳出席活动。", RelationType.AFFILIATED_WITH))
                .isEmpty();
    }

    @Test
    void theSidesCountedBeforeFoundTheCompanyTheyJointlySetUp() {
        assertThat(relations("淮南市人民政府、安徽理工大学和安徽淮澄化工股份有限公司三方签署协议。根据协议，由三方合资组建的"
                + "安徽淮研新材料有限公司将建设煤化工中试平台。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("淮南市人民政府", "安徽淮研新材料有限公司"),
                        tuple("安徽理工大学", "安徽淮研新材料有限公司"), tuple("安徽淮澄化工股份有限公司", "安徽淮研新材料有限公司"));
    }

    @Test
    void aCompanyDescribedByItsTradeAfterTwoCompaniesIsNeither() {
        assertThat(relations("江苏恒瑞纺织机械有限公司与浙江华远纺织有限公司签约。这家纺机企业还将与浙江大学共建研发中心。",
                RelationType.PARTNERS_WITH)).extracting(Relation::target).doesNotContain("浙江大学");
    }

    @Test
    void partnersLinkedOneByOneStayPartners() {
        assertThat(relations("华中农业大学分别与湖北省种子集团有限公司、武汉市农业科学院开展育种攻关。西南大学同重庆市农业农村委员会"
                + "开展柑橘品种改良攻关。安徽农业大学与金寨县天堂寨茶叶农民专业合作社开展技术服务。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("华中农业大学", "湖北省种子集团有限公司"), tuple("华中农业大学", "武汉市农业科学院"),
                        tuple("西南大学", "重庆市农业农村委员会"), tuple("安徽农业大学", "金寨县天堂寨茶叶农民专业合作社"));
    }

    @Test
    void moneySetAsideForABodysMatchingBuildingIsInvestedInIt() {
        assertThat(relations("县政府安排资金50万元为安徽科技学院配套建设专家公寓。", RelationType.INVESTS_IN))
                .extracting(Relation::target).containsExactly("安徽科技学院");
    }

    @Test
    void villagesFoundingACompanyWithAFirmInvestInIt() {
        assertThat(relations("抚顺县兴村农业服务有限公司由抚顺县农投集团有限公司与石文镇东岭村、西沟村共同出资组建。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("抚顺县农投集团有限公司", "抚顺县兴村农业服务有限公司"),
                        tuple("东岭村", "抚顺县兴村农业服务有限公司"), tuple("西沟村", "抚顺县兴村农业服务有限公司"));
    }

    @Test
    void aCompanyWhoseCapitalIsSaidFirstIsTheOneFounded() {
        assertThat(relations("抚顺县兴村农业服务有限公司注册资本1200万元，由抚顺县农投集团有限公司与辽宁禾丰农业有限公司共同出资组建。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("抚顺县农投集团有限公司", "抚顺县兴村农业服务有限公司"),
                        tuple("辽宁禾丰农业有限公司", "抚顺县兴村农业服务有限公司"));
    }

    @Test
    void bodiesCarryingWorkOutAtTheSameTimeAreNoPartners() {
        assertThat(relations("六安市和安庆市同时开展了秸秆综合利用试点。西南大学同重庆市农业农村委员会同时开展柑橘品种改良攻关。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("西南大学", "重庆市农业农村委员会"));
    }


    @Test
    void capitalAddedForASumBeforeTheVerbIsInvestedInTheCompanyAfterIt() {
        assertThat(relations("山东鲁禾投资有限公司以1.2亿元增资潍坊绿源生物科技有限公司，成为其第二大股东。"
                + "青岛海蓝创业投资有限公司以6000万元增资入股青岛蓝鲸智能装备有限公司。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactlyInAnyOrder(tuple("山东鲁禾投资有限公司", "潍坊绿源生物科技有限公司", 120000000L),
                        tuple("青岛海蓝创业投资有限公司", "青岛蓝鲸智能装备有限公司", 60000000L));
    }

    @Test
    void sharesListedAfterTheSidesFoundACompanyGoToIt() {
        assertThat(relations("芜湖市建设投资有限公司与安徽云联通信有限公司签约。双方成立安徽皖江数据科技有限公司承担平台的开发，"
                + "其中芜湖市建设投资有限公司出资6亿元，安徽云联通信有限公司出资4亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("芜湖市建设投资有限公司", "安徽皖江数据科技有限公司"),
                        tuple("安徽云联通信有限公司", "安徽皖江数据科技有限公司"));
    }

    @Test
    void aMinorityHolderAfterTheControllingOneInvestsInTheCompany() {
        assertThat(relations("宿州秸能热电有限公司由安徽皖北能源集团有限公司控股，萧县城市投资有限公司参股30%，主要燃料为秸秆。",
                RelationType.INVESTS_IN, RelationType.PART_OF))
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(tuple("宿州秸能热电有限公司", RelationType.PART_OF, "安徽皖北能源集团有限公司"),
                        tuple("萧县城市投资有限公司", RelationType.INVESTS_IN, "宿州秸能热电有限公司"));
    }

    @Test
    void aCompanyDescribedAsAnothersHeldEnterpriseIsPartOfIt() {
        assertThat(relations("黄山祁峰茶业有限公司是安徽皖南投资集团有限公司的全资企业。"
                + "宣城绿能电力有限公司成立于2019年，是安徽新源电力集团有限公司控股的一家光伏企业。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("黄山祁峰茶业有限公司", "安徽皖南投资集团有限公司"),
                        tuple("宣城绿能电力有限公司", "安徽新源电力集团有限公司"));
    }

    @Test
    void aWhollyForeignOwnedEnterpriseNamedIsNoSubsidiary() {
        assertThat(relations("合肥新桥物流有限公司与外商独资企业安徽博朗包装有限公司签署仓储协议。", RelationType.PART_OF))
                .isEmpty();
    }


    @Test
    void aStationsInvestmentStatedInTheNextSentenceGoesWhereItWasBuilt() {
        assertThat(relations("河北冀光新能源有限公司的渔光互补电站昨天在沧州市黄骅市南排河镇并网。电站总投资3.2亿元，年发电量1.1亿千瓦时。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("河北冀光新能源有限公司", "南排河镇"));
    }

    @Test
    void aPlaceOpeningAnAssociationsNameIsNoPartner() {
        assertThat(relations("丰南区农业农村局与唐山市丰南区稻米产业发展协会签订合作协议。", RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void theCompanyReceivingMoneyIsNotTheOneGivingIt() {
        assertThat(relations("福建闽溪茶业有限公司去年在武夷山市建成新厂。今年，福建海峡产业投资基金管理有限公司对该公司增资5000万元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("福建海峡产业投资基金管理有限公司", "福建闽溪茶业有限公司"));
    }

    @Test
    void theCompanyAReferenceIsLinkedToIsNotTheOneOpeningItsClause() {
        assertThat(relations("浙江丽能新材料有限公司今年在丽水投产。丽水通达物流有限公司与该公司签订了运输协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("丽水通达物流有限公司", "浙江丽能新材料有限公司"));
    }

    @Test
    void aReferenceAfterALinkIsNotACompanyBeforeTheOneItsOwnClauseBroughtIn() {
        assertThat(relations("甘肃陇原农牧集团有限责任公司今年效益良好。县政府引进浙江瓯江新能源开发有限公司后与该公司签订了合作协议。",
                RelationType.PARTNERS_WITH)).noneMatch(r -> r.target().equals("甘肃陇原农牧集团有限责任公司")
                || r.source().equals("甘肃陇原农牧集团有限责任公司"));
    }

    @Test
    void bodiesSharingProfitsArePartners() {
        assertThat(relations("村里的蔬菜大棚由江山市碗窑乡蔬菜专业合作社经营，合作社与浙江鲜丰农业有限公司五五分享销售利润。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江山市碗窑乡蔬菜专业合作社", "浙江鲜丰农业有限公司"));
    }

    @Test
    void aBodyCommissionedByAnotherIsItsPartner() {
        assertThat(relations("浙江大学农业与生物技术学院受浙江鲜丰农业有限公司委托，开展土壤检测。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江大学农业与生物技术学院", "浙江鲜丰农业有限公司"));
    }

    @Test
    void aBodyAffectedByAnotherIsNoPartner() {
        assertThat(relations("江山市碗窑乡蔬菜专业合作社受浙江鲜丰农业有限公司停产影响，销量有所下滑。", RelationType.PARTNERS_WITH))
                .isEmpty();
    }


    @Test
    void aCompanyIsNoPartnerOfItsOwnStation() {
        assertThat(relations("佛山美澜家居股份有限公司（以下简称“美澜家居”）博士后科研工作站与华南理工大学轻工科学与工程学院组成联合团队，"
                + "研制出新型环保板材。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("佛山美澜家居股份有限公司", "华南理工大学轻工科学与工程学院"),
                        tuple("佛山美澜家居股份有限公司博士后科研工作站", "华南理工大学轻工科学与工程学院"));
    }

    @Test
    void anEnterpriseHeldByAnotherIsNoUnitOfTheBodyServingIt() {
        assertThat(relations("苏州高新区管委会为宁夏塞上能源集团股份有限公司全资企业提供土地保障。"
                + "贵州黔北物流有限公司是贵州赤水河酒业集团全资企业的主要物流服务商。", RelationType.PART_OF)).isEmpty();
    }

    @Test
    void capitalAddedToAFundIsNotInvestedInThePlaceItIsNamedAfter() {
        assertThat(relations("遵义市国有资本运营有限公司以3000万元增资遵义市农业产业发展基金，支持辣椒产业。", RelationType.INVESTS_IN))
                .isEmpty();
    }

    @Test
    void plantsACompanyDidNotBuildAreNotItsInvestment() {
        assertThat(relations("甘肃河西能源发展股份有限公司在张掖市考察。该市已建成充电站120座，充电站总投资1.5亿元。"
                + "贵州黔中电力工程有限公司在毕节市承建的光伏电站已并网发电。电站总投资12亿元。", RelationType.INVESTS_IN))
                .isEmpty();
    }

    @Test
    void aClauseSpendingOnSomethingElseAfterTheSharesIsNoShare() {
        assertThat(relations("双方成立贵州刺梨产业发展有限公司负责刺梨收购，其中贵州恒力源天然生物科技有限公司出资2000万元，"
                + "盘州市政府将另外投资1亿元建设刺梨种植基地。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target).doesNotContain(
                        tuple("盘州市人民政府", "贵州刺梨产业发展有限公司"));
    }

    @Test
    void sharesListedAfterACompanyIsSetUpGoToIt() {
        assertThat(relations("宜昌三峡冷链有限公司联合湖北楚天农产品集团有限公司组建宜昌三峡鲜果供应链有限公司，"
                + "其中湖北楚天农产品集团有限公司出资3000万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖北楚天农产品集团有限公司", "宜昌三峡鲜果供应链有限公司"));
    }

    @Test
    void aClauseOpeningWithEarlierGoesOnWithTheSentencesSubject() {
        assertThat(relations("湖南湘禾种业有限公司总部位于长沙市芙蓉区，此前已与湖南农业大学农学院签订育种合作协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘禾种业有限公司", "湖南农业大学农学院"));
    }

    @Test
    void aCompanyInsideAZoneIsInTheZone() {
        assertThat(relations("浏阳经济技术开发区内的湖南浏岳烟花科技有限公司投产了新车间。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南浏岳烟花科技有限公司", "浏阳经济技术开发区"));
    }

    @Test
    void aCompanySettledInAZoneWhoseShortNameIsDeclaredIsInTheZone() {
        assertThat(relations("落户汉中经济开发区（以下简称“汉中经开区”）的陕西汉瑞电子有限公司正式投产。",
                RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .contains(tuple("陕西汉瑞电子有限公司", "汉中经济开发区"));
    }

    @Test
    void sidesCountedAfterAnAgreementPartnerEachOtherWhereverTheyWillBuild() {
        assertThat(relations("玉门市人民政府与甘肃玉能储能科技有限公司、甘肃祁连电力工程有限公司签署协议，"
                + "三方将在玉门东镇共建储能示范站。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("甘肃玉能储能科技有限公司", "甘肃祁连电力工程有限公司"));
    }

    @Test
    void aPlaceOpeningTheSentenceIsNoPartyAfterAWordOfTimeAlone() {
        assertThat(relations("四川蜀望六和股份有限公司与绵阳市政府签订协议，随后与四川农业大学共建研究院。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source).doesNotContain("四川省");
    }

    @Test
    void theDivisionAProjectOfAYearIsNamedAfterCarriesItOut() {
        assertThat(relations("宁县2026年高标准农田改造提升项目昨天开工。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁县", "宁县2026年高标准农田改造提升项目"));
    }

    @Test
    void theBodyThatProjectIsGivenToAndTheCompaniesWinningItsLotsCarryItOut() {
        assertThat(relations("宁县2026年高标准农田改造提升项目昨天开工。该项目由宁县农业农村局组织实施，"
                + "甘肃陇垦水利工程有限公司中标第二标段。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target).contains(
                        tuple("宁县农业农村局", "宁县2026年高标准农田改造提升项目"),
                        tuple("甘肃陇垦水利工程有限公司", "宁县2026年高标准农田改造提升项目"));
    }

    @Test
    void aProjectReferredToAfterAnotherWorksIsTheOther() {
        assertThat(relations("石门县2025年高标准农田建设项目已完工。另外，该县引进的饲料加工项目已投产，"
                + "该项目由湖南澧牧饲料有限公司组织实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source).doesNotContain("湖南澧牧饲料有限公司");
    }

    @Test
    void aPlaceThatSignedBeforeAWordOfTimeSignsAfterItToo() {
        assertThat(relations("常德市与湖南武陵医药有限公司签署协议，随后与湖南文理学院签约。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("常德市", "湖南文理学院"));
    }

    @Test
    void theTownsOfVillagesCountedAfterThemAreNoPartners() {
        assertThat(relations("益阳市沅江市的湖南丰谷米业有限公司（以下简称“丰谷米业”）是新认定的龙头企业。"
                + "该公司主打有机米，采取“公司+合作社+农户”模式，与草尾镇、黄茅洲镇等地35个村签订种植收购合同，订单面积达5万亩。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aTotalOfAFacilityDescribedSentencesBeforeGoesWhereItLies() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 荔枝有了新仓库\n\n"
                + "近日，泸州市合江县白米镇新建的荔枝物流园投入使用。上午，第一车荔枝从这里运往西安。\n\n"
                + "物流园总投资1.2亿元，由泸州果链物流有限公司（以下简称“果链物流”）和合江县城乡发展集团有限公司共同建设，"
                + "其中果链物流出资8000万元，县城乡发展集团出资4000万元。\n")).get(0);

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.INVESTS_IN)
                .extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("泸州果链物流有限公司", "白米镇"), tuple("合江县城乡发展集团有限公司", "白米镇"));
    }

    @Test
    void itBeforeTheCopulaStandsForTheCompanyTheSentenceNamedNotItsParent() {
        assertThat(relations("徐水区的保定禾丰食品有限公司是首批入选企业之一，它是河北禾丰农业集团有限公司旗下企业。"
                + "今年，该公司投资3000万元在徐水区新建冷库。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target).containsExactly(tuple("保定禾丰食品有限公司", "徐水区"));
    }

    @Test
    void theSharesOfACompanyOneLedAndOthersJoinedGoToTheCompany() {
        assertThat(relations("湖北楚芯储能技术有限公司（以下简称“楚芯储能”）在襄阳揭牌。楚芯储能由武汉博能电池股份有限公司牵头，联合"
                + "襄阳宏泰电子科技有限公司和湖北工业大学共同组建，注册资本8000万元，其中博能电池出资5000万元，宏泰电子出资2000万元。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("武汉博能电池股份有限公司", "湖北楚芯储能技术有限公司"),
                        tuple("襄阳宏泰电子科技有限公司", "湖北楚芯储能技术有限公司"));
    }

    @Test
    void aCompanyListedAfterTheVillagesFoundingACompanyInvestsInItToo() {
        assertThat(relations("歙县富民实业有限公司成立于去年5月，由雄村镇的瞻淇村、棠樾村与县属国有企业歙县文旅投资集团有限公司"
                + "共同出资组建，注册资本800万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("瞻淇村", "歙县富民实业有限公司"), tuple("棠樾村", "歙县富民实业有限公司"),
                        tuple("歙县文旅投资集团有限公司", "歙县富民实业有限公司"));
    }

    @Test
    void whatThePartiesBuildListedWithAConjunctionIsNoPartnership() {
        assertThat(relations("双方将共建晋中智能农机研究院和太原精密铸造研究院。", RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void theProgramsADocumentIsMadeUpOfArePartOfIt() {
        assertThat(relations("临汾市近日印发《临汾市汾河英才引育计划》（以下简称《计划》）。《计划》由“高端人才汇聚工程”"
                + "“青年才俊培育工程”和“技能工匠提升工程”三项工程组成。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("高端人才汇聚工程", "临汾市汾河英才引育计划"),
                        tuple("青年才俊培育工程", "临汾市汾河英才引育计划"), tuple("技能工匠提升工程", "临汾市汾河英才引育计划"));
    }

    @Test
    void theProgrammesADocumentSetsUnderItArePartOfIt() {
        assertThat(relations("运城市近日印发《运城市人才振兴行动方案》（以下简称《行动方案》）。《行动方案》下设“高端人才引领计划”"
                + "“青年人才成长计划”和“乡村工匠培养计划”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("高端人才引领计划", "运城市人才振兴行动方案"),
                        tuple("青年人才成长计划", "运城市人才振兴行动方案"), tuple("乡村工匠培养计划", "运城市人才振兴行动方案"));
    }

    @Test
    void theProgrammesNumberedInADocumentArePartOfIt() {
        assertThat(relations("日前，江门市工业和信息化局印发《江门市加快制造业数智升级八条措施》（以下简称《八条措施》）。"
                + "《八条措施》的重点举措中，一是实施“龙头引航”工程，由链主企业牵头改造；二是开展“轻量上云”推广行动，"
                + "降低企业上云成本；三是推行“智改伙伴”计划，培育本地集成商。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("龙头引航工程", "江门市加快制造业数智升级八条措施"),
                        tuple("轻量上云推广行动", "江门市加快制造业数智升级八条措施"),
                        tuple("智改伙伴计划", "江门市加快制造业数智升级八条措施"));
    }

    @Test
    void aParkOfItsOwnNameWhereACompanyInvestsIsWhereItInvests() {
        assertThat(relations("大庆华泰粮机有限公司计划在龙凤园区投资2亿元建设生产线。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("大庆华泰粮机有限公司", "龙凤园区"));
    }

    @Test
    void theFoundersWhoLaunchedACompanyTogetherInvestInIt() {
        assertThat(relations("澄溪生态农业有限公司日前成立。该公司由澄溪村股份经济合作联合社联合永泰县澄溪茶叶专业合作社、"
                + "嵩口镇禾满仓农机专业合作社共同发起成立。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("澄溪村股份经济合作联合社", "澄溪生态农业有限公司"),
                        tuple("永泰县澄溪茶叶专业合作社", "澄溪生态农业有限公司"),
                        tuple("嵩口镇禾满仓农机专业合作社", "澄溪生态农业有限公司"));
    }

    @Test
    void theCooperativesWhoLaunchedAUnionTogetherInvestInIt() {
        assertThat(relations("清溪茶叶专业合作社联合社由清溪茶农专业合作社与白岭农机专业合作社共同发起成立。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("清溪茶农专业合作社", "清溪茶叶专业合作社联合社"),
                        tuple("白岭农机专业合作社", "清溪茶叶专业合作社联合社"));
    }

    @Test
    void aLaboratoryBuiltOnAUniversityIsTheSubjectThatSignsNotTheUniversity() {
        assertThat(relations("依托西北农林科技大学建设的旱区作物逆境生物学与分子育种国家重点实验室近日与陕西秦丰种业有限公司、"
                + "杨凌禾泽农业科技有限公司签订了技术合作协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("旱区作物逆境生物学与分子育种国家重点实验室", "陕西秦丰种业有限公司"),
                        tuple("旱区作物逆境生物学与分子育种国家重点实验室", "杨凌禾泽农业科技有限公司"));
    }

    @Test
    void aDocumentMadeUpOfPartsCountedAsPartsHasThemAsItsParts() {
        assertThat(relations("《大连市人才振兴行动方案》（以下简称《行动方案》）近日印发。《行动方案》由“领军人才聚集计划”"
                + "“青年英才留连计划”“卓越工匠培育计划”三部分组成。", RelationType.PART_OF))
                .extracting(Relation::source).containsExactlyInAnyOrder("领军人才聚集计划", "青年英才留连计划", "卓越工匠培育计划");
    }

    @Test
    void peopleAProgrammeIsMadeUpOfMakeNoProgrammePartOfIt() {
        assertThat(relations("此次“科技下乡”活动由“三区”人才支持计划专家和县农技人员组成服务队开展。", RelationType.PART_OF))
                .isEmpty();
    }

    @Test
    void whatAFundSetUnderAProgrammeSupportsIsNoPartOfIt() {
        assertThat(relations("“数字乡村建设行动”下设专项资金，重点支持“数字茶园提质工程”和“电商进村工程”。", RelationType.PART_OF))
                .isEmpty();
    }

    @Test
    void theSharesTheCompanysArticlesSetOutAreInvestmentsInTheCompany() {
        assertThat(relations("澄溪生态农业有限公司近日揭牌，注册资本800万元，由澄溪村股份经济合作社与永泰县澄溪茶叶专业合作社"
                + "共同发起。按照公司章程，澄溪村股份经济合作社以厂房折价出资408万元，占股51%；澄溪茶叶合作社出资392万元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("澄溪村股份经济合作社", "澄溪生态农业有限公司"),
                        tuple("永泰县澄溪茶叶专业合作社", "澄溪生态农业有限公司"));
    }

    @Test
    void theWorksADocumentAlsoProposesAreItsParts() {
        assertThat(relations("省经信厅印发《江西省制造业数字化转型方案》。《方案》也提出实施“数字赋能”“人才强企”两项专项行动。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("数字赋能", "江西省制造业数字化转型方案"), tuple("人才强企", "江西省制造业数字化转型方案"));
    }

    @Test
    void theWorksADocumentSettlesOnAreItsParts() {
        assertThat(relations("县政府印发《邯郸市紧固件产业提升方案》。《方案》确定了“集群培育计划”和“技改提速工程”两项重点工程。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("集群培育计划", "邯郸市紧固件产业提升方案"), tuple("技改提速工程", "邯郸市紧固件产业提升方案"));
    }

    @Test
    void spendingOnItsOwnWorksInThePlaceItSitsIsAnInvestmentThere() {
        assertThat(relations("龙泉市竹垟乡的浙江云雾茶业有限公司（以下简称“云雾茶业”）与浙江大学结对。"
                + "今年，云雾茶业已投入800万元改造其位于竹垟乡的茶叶加工厂。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江云雾茶业有限公司", "竹垟畲族乡"));
    }

    @Test
    void aCompanyAnotherWhollySetUpIsPartOfIt() {
        assertThat(relations("江苏恒瑞机械股份有限公司全资设立的安徽恒瑞精工有限公司今年投产。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("安徽恒瑞精工有限公司", "江苏恒瑞机械股份有限公司"));
    }

    @Test
    void aCompanyAUniversityWhollySetUpIsPartOfIt() {
        assertThat(relations("南京农业大学近日宣布，该校全资设立的南京农大科技发展有限公司将承接成果转化。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南京农大科技发展有限公司", "南京农业大学"));
    }

    @Test
    void bodiesFoundingOneBodyWithACompanyPartnerEachOther() {
        assertThat(relations("江苏稻香米业有限公司与江苏省农业科学院蔬菜研究所、南京农业大学园艺学院组建产业创新联合体。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("江苏稻香米业有限公司", "江苏省农业科学院蔬菜研究所"),
                        tuple("江苏稻香米业有限公司", "南京农业大学园艺学院"),
                        tuple("江苏省农业科学院蔬菜研究所", "南京农业大学园艺学院"));
    }

    @Test
    void aCompanyWrittenToBeAnothersSubordinateEnterpriseIsPartOfIt() {
        assertThat(relations("陕西宝鸡果业有限公司系陕西金塬农业集团有限公司的下属企业。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西宝鸡果业有限公司", "陕西金塬农业集团有限公司"));
    }

    @Test
    void aCompanySaidToBeAnothersSubordinateEnterpriseIsPartOfIt() {
        assertThat(relations("甘肃陇原薯业有限公司是甘肃金穗农业集团有限公司下属企业。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("甘肃陇原薯业有限公司", "甘肃金穗农业集团有限公司"));
    }

    @Test
    void theBodyThatListsAWorkUnderAProgramCarriesItOut() {
        assertThat(relations("目前，这个果园已被浙江省农业农村厅列入“数字果园”示范工程。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江省农业农村厅", "数字果园示范工程"));
    }

    @Test
    void theBodyThatPutsAWorkOnAProgramsListCarriesItOut() {
        assertThat(relations("丽水市农业农村局今年把该园区列入“数字果园”示范工程。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("丽水市农业农村局", "数字果园示范工程"));
    }

    @Test
    void aSpeakerSayingAWorkIsListedUnderAProgramDoesNotCarryItOut() {
        assertThat(relations("丽水市农业农村局副局长李明表示，该项目已列入浙江省“未来农场”建设计划。", RelationType.IMPLEMENTS))
                .isEmpty();
    }

    @Test
    void theBodiesACompanysTechnologyComesFromPartnerIt() {
        assertThat(relations("浙江安吉白茶有限公司的技术支撑来自中国农业科学院茶叶研究所（以下简称“茶叶所”）和浙江大学茶学系。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("浙江安吉白茶有限公司", "中国农业科学院茶叶研究所"), tuple("浙江安吉白茶有限公司", "浙江大学茶学系"));
    }

    @Test
    void aShareOfTheBuildingFundsOfAnInstituteIsAnInvestmentInIt() {
        assertThat(relations("安徽农业大学与金寨县人民政府共建“大别山茶产业研究院”。研究院一期建设资金2400万元，"
                + "其中安徽茶联集团有限公司出资800万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("安徽茶联集团有限公司", "大别山茶产业研究院"));
    }

    @Test
    void aCompanysParentCompanyNamedAfterItOwnsIt() {
        assertThat(relations("山西晋丰种业有限公司的母公司太原禾丰农业集团有限公司去年入股了一家物流企业。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋丰种业有限公司", "太原禾丰农业集团有限公司"));
    }

    @Test
    void theBodiesADocumentsLeaderBringsInCarryItOut() {
        assertThat(relations("宁德市印发《宁德市茶产业三年行动方案》。方案由宁德市农业农村局牵头，会同市科技局、市林业局抓好落实。",
                RelationType.IMPLEMENTS)).extracting(Relation::source).contains("宁德市农业农村局", "宁德市科学技术局", "宁德市林业局");
    }

    @Test
    void theBodiesALeaderBringsInCarryOutTheDocumentInBookQuotesBeforeIt() {
        assertThat(relations("《宁德市茶产业三年行动方案》由宁德市农业农村局牵头，联合宁德市科技局、宁德市林业局推进实施。",
                RelationType.IMPLEMENTS)).extracting(Relation::source)
                .containsExactlyInAnyOrder("宁德市农业农村局", "宁德市科学技术局", "宁德市林业局");
    }

    @Test
    void aCompanyHeldByTheOneItsClauseStandsForIsPartOfIt() {
        assertThat(relations("湖北鑫禾农业发展有限公司负责种植，加工环节则交给其控股的荆州鑫源食品有限公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("荆州鑫源食品有限公司", "湖北鑫禾农业发展有限公司"));
    }

    @Test
    void aCompanyAnEntrepreneurHoldsIsNoUnitOfThePlaceBeforeHim() {
        assertThat(relations("丽水市引进一个回乡项目：企业家王建国把其控股的深圳恒捷电子有限公司的生产基地"
                + "搬到了丽水经济技术开发区。", RelationType.PART_OF)).isEmpty();
    }

    @Test
    void aCompanyAUniversityWhollyHoldsIsPartOfIt() {
        assertThat(relations("四川农业大学全资控股的成都川农源科技有限公司今年新建了一条加工线。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("成都川农源科技有限公司", "四川农业大学"));
    }

    @Test
    void divisionsMadePilotsUnderADocumentCarryItOut() {
        assertThat(relations("上海市印发《上海市蔬菜产业三年行动方案》。根据《方案》，金山区和崇明区被确定为第一批试点区。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target).contains(
                        tuple("金山区", "上海市蔬菜产业三年行动方案"), tuple("崇明区", "上海市蔬菜产业三年行动方案"));
    }

    @Test
    void aCountyMadeAPilotCarriesOutTheDocumentTheTextNamed() {
        assertThat(relations("吉林省印发《吉林省秸秆还田三年行动方案》。今年，长春市九台区被列为试点区。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("九台区", "吉林省秸秆还田三年行动方案"));
    }

    @Test
    void aCompanyThatBuildsABuyingArrangementWithACooperativePartnersIt() {
        assertThat(relations("广东岭茗茶业有限公司还与英德市云山茶叶专业合作社建立了长期供货机制。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广东岭茗茶业有限公司", "英德市云山茶叶专业合作社"));
    }

    @Test
    void placesWhoseDepartmentsAreThePartyAreNoPartners() {
        assertThat(relations("定边县市场监督管理局局长王立表示，将与延安、榆林等地市场监管部门建立执法协作机制。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void theVillageAPartyIsOfIsNoPartyOfItsOwn() {
        assertThat(relations("广东岭茗茶业有限公司与青山村的青山茶叶专业合作社签订长期收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广东岭茗茶业有限公司", "青山茶叶专业合作社"));
    }

    @Test
    void aCompanyOneCompanySetUpAloneIsPartOfIt() {
        assertThat(relations("内蒙古禾锐磁材科技有限公司年产项目开工。禾锐磁材由宁波甬锐新材料股份有限公司于2023年在鄂尔多斯注册设立。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("内蒙古禾锐磁材科技有限公司", "宁波甬锐新材料股份有限公司"));
    }

    @Test
    void aCompanyTwoCompaniesSetUpIsPartOfNeither() {
        assertThat(relations("内蒙古禾锐磁材科技有限公司由宁波甬锐新材料股份有限公司与鄂尔多斯钢联投资有限公司于2023年注册设立。",
                RelationType.PART_OF)).isEmpty();
    }

    @Test
    void theCompanyAfterASeasonIsTheOneTheSentenceBeforeWasAbout() {
        assertThat(relations("这条生产线由湖北荆楚药材科技有限公司（以下简称“荆楚药材”）投资2600万元建成。荆楚药材总部位于宜昌，"
                + "系湖北知行医药集团股份有限公司的控股子公司。今年春天，该公司与英山县石头咀天麻种植专业合作社签订订单协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖北荆楚药材科技有限公司", "英山县石头咀天麻种植专业合作社"));
    }

    @Test
    void aCompanyThatFoundsAnAllianceWithACollegePartnersIt() {
        assertThat(relations("广西崇明糖业有限责任公司与广西大学农学院组建甘蔗种苗产业联盟。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西崇明糖业有限责任公司", "广西大学农学院"));
    }

    @Test
    void aCompanysParentCompanyAfterTheCopulaOwnsIt() {
        assertThat(relations("广西崇明糖业有限责任公司成立于2015年，其母公司为广西桂北糖业集团股份有限公司。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西崇明糖业有限责任公司", "广西桂北糖业集团股份有限公司"));
    }

    @Test
    void aDistrictAmongTheFirstToCarryOutAProgramCarriesItOut() {
        assertThat(relations("山西省农业农村厅日前部署“晋中小米提质计划”。榆次区是第一批实施区县之一。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .contains(tuple("榆次区", "晋中小米提质计划"));
    }

    @Test
    void theParentAClauseDescribesSpendsNothingTheSubsidiaryDoes() {
        assertThat(relations("会上，绵阳蜀禾种业有限公司还与研究院签了合作协议。该公司系四川丰禾农业集团有限公司的全资子公司，"
                + "计划投资1.6亿元，在三台县芦溪镇新建种子烘干中心。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("绵阳蜀禾种业有限公司", "芦溪镇"));
    }

    @Test
    void theCopulaBeforeAnInstituteIsNoPartOfItsName() {
        assertThat(relations("浙江大学园艺研究所与企业合作完成研究。第一作者为浙大园艺研究所硕士研究生林一帆。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("林一帆", "浙江大学园艺研究所"));
    }

    @Test
    void aClauseOpeningOnBelongingGoesOnWithTheSentencesCompany() {
        assertThat(relations("鞍山宏达特钢有限公司（以下简称“宏达特钢”）取得突破。宏达特钢位于鞍山市铁西区，"
                + "隶属辽宁辰达控股集团有限公司，主要生产模具钢。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("鞍山宏达特钢有限公司", "辽宁辰达控股集团有限公司"));
    }

    @Test
    void thePlanIsTheLastPlanNamedNotAWorkItDeploys() {
        assertThat(relations("河北省印发《河北省旱作农业实施方案》，部署实施“耕地提升工程”。该方案由省林业和草原局牵头，"
                + "河北省科学技术厅和河北省水利厅配合。", RelationType.IMPLEMENTS))
                .filteredOn(r -> r.source().endsWith("厅")).extracting(Relation::target).containsOnly("河北省旱作农业实施方案");
    }

    @Test
    void aCompanyThatHasWorkedWithABodySinceItsFoundingPartnersIt() {
        assertThat(relations("北京京杏智慧农业科技有限公司成立五年来一直与中国农业大学园艺学院保持合作。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("北京京杏智慧农业科技有限公司", "中国农业大学园艺学院"));
    }

    @Test
    void aClauseOpeningOnAllAlongGoesOnWithTheSubjectBefore() {
        assertThat(relations("北京京杏智慧农业科技有限公司总部位于顺义区，长期与中国农业大学园艺学院保持合作。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("北京京杏智慧农业科技有限公司", "中国农业大学园艺学院"));
    }

    @Test
    void aCompanyWhoseProjectSettlesInAZoneInvestsThere() {
        assertThat(relations("9月2日，江苏锂源新材料科技有限公司年产2万吨隔膜项目正式签约落户宜兴经济技术开发区。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江苏锂源新材料科技有限公司", "宜兴经济技术开发区"));
    }

    @Test
    void aHeadlinesProjectSettlingInACountyIsNoInvestmentThere() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 锂源新材料5亿元电解质项目落户长兴\n\n"
                + "浙江锂源新材料科技有限公司将投资5亿元，在长兴县和平镇建设年产5万吨电解质项目。\n")).get(0);
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.INVESTS_IN)
                .extracting(Relation::target).containsExactly("和平镇");
    }

    @Test
    void theCompanyAfterAPurposeIsTheOneTheSentenceBeforeWasAbout() {
        assertThat(relations("本溪宏达钢材有限公司位于本溪市，隶属辽宁辰达控股集团有限公司。为扩大产能，该公司将投资2亿元，"
                + "在本溪高新技术产业开发区建设新车间。", RelationType.INVESTS_IN)).extracting(Relation::source)
                .containsExactly("本溪宏达钢材有限公司");
    }

    @Test
    void theBodyThatHostsAProgramUnderItsLeaderCarriesItOut() {
        assertThat(relations("天津市武清区人民政府宣布启动“武清甜瓜品牌提升计划”。该计划由武清区农业农村委员会牵头组织实施，"
                + "大王古庄镇人民政府具体承办。", RelationType.IMPLEMENTS)).extracting(Relation::source)
                .contains("武清区农业农村委员会", "大王古庄镇人民政府");
    }

    @Test
    void worksAllGivenToOneBodyAfterTheirCountAreCarriedOutByIt() {
        assertThat(relations("山东省印发《山东省农机装备提升行动方案》。《方案》部署了“链主企业培育工程”和“农机研发一体化试点”"
                + "两项重点任务，均由省农业农村厅负责推进。", RelationType.IMPLEMENTS))
                .filteredOn(r -> r.source().equals("山东省农业农村厅")).extracting(Relation::target)
                .containsExactlyInAnyOrder("链主企业培育工程", "农机研发一体化试点");
    }

    @Test
    void theWrittenCopulaBeforeTheParentIsNoPartOfItsName() {
        assertThat(relations("陕西秦果园食品科技有限公司投产。秦果园总部位于西安高新技术产业开发区，系陕西秦丰农业发展集团有限公司"
                + "控股子公司。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西秦果园食品科技有限公司", "陕西秦丰农业发展集团有限公司"));
    }

    @Test
    void theBodyBefore将ListsTheOneAfterItUnderAProgram() {
        assertThat(relations("甘肃省科学技术厅将兰州牛肉面研究院列入“科技创新平台建设计划”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("甘肃省科学技术厅", "科技创新平台建设计划"));
    }

    @Test
    void theCompanyAfterASeasonIsNotTheGroupItsSubsidiaryWasDescribedBy() {
        assertThat(relations("山东鲁丰集团有限公司下属的莱阳鲁丰油脂有限公司扩产。2024年冬天，该公司在莱阳市投资1亿元。",
                RelationType.INVESTS_IN)).extracting(Relation::source).containsExactly("莱阳鲁丰油脂有限公司");
    }

    @Test
    void itsParentIsTheParentOfTheSubjectOfTheClauseBefore() {
        assertThat(relations("福州新海食品有限公司与厦门海联投资有限公司合作，其母公司为福建华粮集团有限公司。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("福州新海食品有限公司", "福建华粮集团有限公司"));
    }

    @Test
    void theBodiesACompanyTeamsUpWithPartnerEachOther() {
        assertThat(relations("安徽茗泉茶业有限公司联合安徽农业大学园艺学院和黄山市农业科学研究院，开展高香绿茶加工研究。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("安徽农业大学园艺学院", "黄山市农业科学研究院"));
    }

    @Test
    void aTransferOfResultsMakesTheTakerThePartnerOfTheHolder() {
        assertThat(relations("华中农业大学植物科学技术学院培育出耐涝油菜新品系。学院已将相关品系转让给湖北荆楚种业科技有限公司。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("华中农业大学植物科学技术学院", "湖北荆楚种业科技有限公司"));
    }

    @Test
    void aCountyLendingItsBrandIsNoPartnerOfTheCompaniesUsingIt() {
        assertThat(relations("去年，婺源县授权江西婺绿茶业有限公司等5家企业使用县域茶叶商标。", RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aCompanyHeldByWhatItsStandsForIsPartOfThatCompany() {
        assertThat(relations("这是浙江海越新能源科技股份有限公司在衢州的第二个项目。2024年，其旗下的衢州海越材料有限公司已投资3亿元。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("衢州海越材料有限公司", "浙江海越新能源科技股份有限公司"));
    }

    @Test
    void theCompanyInTheZoneIsThePartyNotTheZone() {
        assertThat(relations("江苏鑫禾新材料有限公司在盐城经济技术开发区投产，并与区内的盐城港能电力有限公司签订供电协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江苏鑫禾新材料有限公司", "盐城港能电力有限公司"));
    }

    @Test
    void aSupplierWorksWithTheBuyerItsStandsFor() {
        assertThat(relations("福建闽山茶业有限公司是福建闽山集团有限公司旗下企业，岭头村的福鼎市岭头白茶专业合作社每年向其供应鲜叶300吨。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("福鼎市岭头白茶专业合作社", "福建闽山茶业有限公司"));
    }

    @Test
    void aZoneContractedToTheCharactersOfItsNameCarriesOutWhatItIsDoing() {
        assertThat(relations("合肥新站高新技术产业开发区管理委员会主任许文表示，新站区正在推进“显示面板产业倍增计划”。",
                RelationType.IMPLEMENTS)).extracting(Relation::source)
                .contains("合肥新站高新技术产业开发区");
    }

    @Test
    void aLicenceGivenToACompanyMakesItThePartnerOfTheHolder() {
        assertThat(relations("目前，西南大学已将该品种独家许可给重庆渝穗种业有限公司推广。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("西南大学", "重庆渝穗种业有限公司"));
    }

    @Test
    void theBodiesWorkingWithTheLeaderAfterWhatItDoesCarryTheProgramOut() {
        assertThat(relations("""
                日前，绩溪县人民政府印发《绩溪县山核桃产业提升方案》（以下简称《方案》）。\
                按照分工，《方案》由绩溪县林业局牵头实施，县财政局、县商务局协同配合。""", RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .contains("绩溪县林业局", "绩溪县财政局", "绩溪县商务局");
    }

    @Test
    void theMoneyOfEachCompanyAPlaceReceivesGoesThere() {
        assertThat(relations("吴兴区八里店镇则迎来两个项目：浙江湖绿食品有限公司投资1.8亿元新建冷库，湖州苕溪种苗科技有限公司拿出6000万元扩建育苗中心。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("浙江湖绿食品有限公司", "八里店镇"), tuple("湖州苕溪种苗科技有限公司", "八里店镇"));
    }

    @Test
    void 为RightAfterACompanyBeforeItsHolderIsACopula() {
        assertThat(relations("湖州苕溪种苗科技有限公司（以下简称“苕溪种苗”）在长兴县落地。苕溪种苗为浙江东禾农业集团有限公司控股企业，主营蔬菜种苗。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖州苕溪种苗科技有限公司", "浙江东禾农业集团有限公司"));
    }

    @Test
    void theGroupAfterWhereItsSeatIsHoldsTheCompany() {
        assertThat(relations("武夷星韵茶业有限公司（以下简称“星韵茶业”）拥有茶园800亩。星韵茶业是总部位于南平市延平区的福建武夷山水集团有限公司旗下企业。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("武夷星韵茶业有限公司", "福建武夷山水集团有限公司"));
    }

    @Test
    void theBodyInChargeOfANamedWorkCarriesItOut() {
        assertThat(relations("按照分工，《方案》由弥勒市农业农村局牵头，弥勒市商务局负责“品牌营销工程”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("弥勒市商务局", "品牌营销工程"))
                .doesNotContain(tuple("弥勒市农业农村局", "品牌营销工程"));
    }

    @Test
    void theFormerAndTheLatterAfterTwoWorksAreThoseWorks() {
        assertThat(relations("""
                近日，湖北省人民政府办公厅印发《湖北省茶产业发展方案》（以下简称《方案》）。\
                《方案》部署了“茶园提质工程”和“鄂茶出山工程”两项任务，前者由省农业农村厅组织实施，后者由省商务厅牵头落实。""",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .contains(tuple("湖北省农业农村厅", "茶园提质工程"), tuple("湖北省商务厅", "鄂茶出山工程"));
    }

    @Test
    void aShortNameDeclaredAfterAListedPartyLeavesTheListWhole() {
        assertThat(relations("3月2日，南开大学化学学院、中国科学院理化技术研究所（以下简称“理化所”）与天津海晶化工有限公司签署三方合作协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("南开大学化学学院", "天津海晶化工有限公司"));
    }

    @Test
    void theWineryReferredToIsTheOneNamedBefore() {
        assertThat(relations("宁夏贺兰晴雪酒庄有限公司（以下简称“晴雪酒庄”）将投资1.5亿元。该酒庄是宁夏西夏实业集团有限公司旗下企业。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁夏贺兰晴雪酒庄有限公司", "宁夏西夏实业集团有限公司"));
    }

    @Test
    void aCompanyDescribedAsAUniversitysOwnIsPartOfIt() {
        assertThat(relations("项目由南京农大稻谷科技有限公司（以下简称“稻谷科技”）运营，它是南京农业大学下属的成果转化企业。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南京农大稻谷科技有限公司", "南京农业大学"));
    }

    @Test
    void whoeverHandsAFacilityOverWorksWithItsTaker() {
        assertThat(relations("这座冷链仓储中心由通渭县人民政府投资建设，交由甘肃陇货通电子商务有限公司运营。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("通渭县人民政府", "甘肃陇货通电子商务有限公司"));
    }

    @Test
    void aTaskHandedToABureauIsNoPartnership() {
        assertThat(relations("其中，茶园改造由石阡县农业农村局牵头推进，品牌推广则交由石阡县商务局负责落实。", RelationType.PARTNERS_WITH))
                .isEmpty();
    }

    @Test
    void aCompanyAfterAUniversityAnd旗下IsPartOfTheUniversity() {
        assertThat(relations("为加快转化，西北农林科技大学旗下的杨凌秦川果业科技有限公司已与黄龙县人民政府签订协议。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .contains(tuple("杨凌秦川果业科技有限公司", "西北农林科技大学"));
    }

    @Test
    void aCompanyTheUniversityWhollySetUpIsPartOfIt() {
        assertThat(relations("四川农业大学与崇州市共建研究院。四川川农稻源种业有限公司（以下简称“稻源种业”）是该校全资设立的成果转化企业，"
                + "此次计划投资1.2亿元。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("四川川农稻源种业有限公司", "四川农业大学"));
    }

    @Test
    void theSidesCountedInTheClauseAfterAreEachAPartnerOfEach() {
        assertThat(relations("当天，临泽县与甘肃农业大学园艺学院、张掖市农业科学研究院签署协议，三方将共建制种试验站。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("甘肃农业大学园艺学院", "张掖市农业科学研究院"));
    }

    @Test
    void anAcademysInstituteGoesByItsOwnNameAfterItsFullName() {
        assertThat(relations("""
                西北农林科技大学林学院团队同中国科学院水利部水土保持研究所开展研究。\
                论文通讯作者为该院教授王立军和水土保持研究所研究员董国明。""",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .contains(tuple("董国明", "中国科学院水利部水土保持研究所"));
    }

    @Test
    void aShareSoldIsNoPartnership() {
        assertThat(relations("安徽鑫源实业有限公司将其持有的合肥鑫源物流有限公司40%股权转让给安徽皖通控股集团有限公司。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aFieldJoinedBy与BeforeAnInstitutesOwnNameMakesAnotherInstitute() {
        assertThat(relations("中国科学院水利部水土保持研究所成立于1956年。土壤侵蚀与水土保持研究所研究员陈明表示将继续研究。",
                RelationType.AFFILIATED_WITH)).isEmpty();
    }

    @Test
    void aGovernmentGrantingAFranchiseIsNoPartner() {
        assertThat(relations("成都市人民政府将公交线路特许经营权授权给成都蓉城公交集团有限公司。", RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void theInstitutionCreditedFirstLeavesTheAuthorsToTheSentenceBefore() {
        assertThat(relations("华中农业大学植物科学技术学院同中国农业科学院油料作物研究所一道，阐明了油菜耐旱的调控通路。"
                + "这项成果已刊发于《植物生理学报》，华中农业大学为论文第一完成单位。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source)
                .contains("华中农业大学植物科学技术学院", "中国农业科学院油料作物研究所");
    }

    @Test
    void aPlaceWorkingToADocumentAnotherBodyIssuedCarriesItOut() {
        assertThat(relations("副县长韩立平介绍，灵武市正按照自治区林业和草原局印发的《宁夏枸杞产业高质量发展实施方案》，"
                + "推进枸杞基地改造。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("灵武市", "宁夏枸杞产业高质量发展实施方案"),
                        tuple("宁夏回族自治区林业和草原局", "宁夏枸杞产业高质量发展实施方案"));
    }

    @Test
    void aDocumentTakenUpAsTheMeansOfTheWorkIsCarriedOutByTheSubject() {
        assertThat(relations("河北省农业农村厅印发《河北省设施蔬菜提档升级行动方案》（以下简称《方案》）。"
                + "副县长高春燕表示，饶阳县今年以《方案》为抓手，扩大设施蔬菜种植规模。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("河北省农业农村厅", "河北省设施蔬菜提档升级行动方案"),
                        tuple("饶阳县", "河北省设施蔬菜提档升级行动方案"));
    }

    @Test
    void worksGivenRespectivelyGoEachToTheBodyAtTheSamePlaceOfTheList() {
        assertThat(relations("平武县出台茶产业扶持办法，提出实施“高山茶园改造工程”和“平武绿茶品牌营销行动”，"
                + "分别由县林业局和县商务局负责落实。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("平武县林业局", "高山茶园改造工程"), tuple("平武县商务局", "平武绿茶品牌营销行动"))
                .doesNotContain(tuple("平武县林业局", "平武绿茶品牌营销行动"), tuple("平武县商务局", "高山茶园改造工程"));
    }

    @Test
    void aBareCollegeAfterAQuoteIsTheCollegeNamedBeforeNotAnAcademy() {
        assertThat(relations("甘肃农业大学动物医学院联合甘肃省农业科学院，为养殖户提供防疫服务。"
                + "“我们每月都有专家驻场。”学院副院长赵明辉说。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("赵明辉", "甘肃农业大学动物医学院"));
    }

    @Test
    void theDivisionsADocumentMakesItsCarriersCarryItOut() {
        assertThat(relations("甘肃省农业农村厅印发《甘肃省高原夏菜提质增效实施方案》（以下简称《方案》）。"
                + "按照《方案》，兰州市、定西市和临夏回族自治州为实施主体。", RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .contains("兰州市", "定西市", "临夏回族自治州");
    }

    @Test
    void theZoneInsideANewAreaIsWhereTheMoneyGoes() {
        assertThat(relations("青岛海岳新材料有限公司将投资12亿元，在青岛市西海岸新区内的青岛经济技术开发区建设生产基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("青岛海岳新材料有限公司", "青岛经济技术开发区"));
    }

    @Test
    void theBodiesAProductIsLaunchedByCarryItOut() {
        assertThat(relations("“苹果振兴贷”由静宁县农业农村局与甘肃银行静宁支行联合推出，单户额度最高50万元。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .containsExactlyInAnyOrder("静宁县农业农村局", "甘肃银行静宁支行");
    }

    @Test
    void aProgramsLastWordsOpeningAClauseAreThatProgramAndItsBodiesReliedOnCarryItOut() {
        assertThat(relations("今年，全市将启动“果农电商技能提升计划”。其中，提升计划依托延安大学和延安职业技术学院组织实施。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("延安大学", "果农电商技能提升计划"), tuple("延安职业技术学院", "果农电商技能提升计划"));
    }

    @Test
    void theWorksCarriedOutUnderADocumentsPlanArePartsOfIt() {
        assertThat(relations("河南省农业农村厅印发《河南省食用菌产业提质行动方案》（以下简称《方案》）。"
                + "根据《方案》安排，各地将同时推进“菌种繁育”工程和“菇农技能培训计划”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("菌种繁育工程", "河南省食用菌产业提质行动方案"),
                        tuple("菇农技能培训计划", "河南省食用菌产业提质行动方案"));
    }

    @Test
    void aPlaceTakingOnAWorkAnotherBodyDeploysCarriesItOut() {
        assertThat(relations("区长助理陈海涛介绍，铜梁区正推进“稻渔综合种养提升计划”，也承接了重庆市科学技术局下达的"
                + "“水稻良种繁育工程”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("铜梁区", "稻渔综合种养提升计划"), tuple("铜梁区", "水稻良种繁育工程"));
    }

    @Test
    void aDivisionADocumentMakesAPilotCarriesItOut() {
        assertThat(relations("青海省农业农村厅印发《青海省牦牛产业提质增效实施方案》（以下简称《方案》）。"
                + "作为《方案》里的第一批试点县，海南藏族自治州贵南县已建成两处标准化养殖基地。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("贵南县", "青海省牦牛产业提质增效实施方案"));
    }

    @Test
    void aCooperativeRunningACompanysBaseIsItsPartner() {
        assertThat(relations("云南滇橙农业科技有限公司投入900万元，在华宁县盘溪镇大营村建设柑橘示范基地，"
                + "由华宁县大营柑橘种植专业合作社统一管护。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南滇橙农业科技有限公司", "华宁县大营柑橘种植专业合作社"));
    }

    @Test
    void aCooperativeGrowingForTheBuyerOfTheWholeCropIsItsPartner() {
        assertThat(relations("示范基地由华宁县大营柑橘种植专业合作社组织社员生产，云南滇橙农业科技有限公司按保底价全部收购。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南滇橙农业科技有限公司", "华宁县大营柑橘种植专业合作社"));
    }

    @Test
    void aProgramsFieldWithoutItsWordOpeningAClauseIsThatProgram() {
        assertThat(relations("《方案》部署了“优质茶苗繁育”“茶园宜机化改造”两大工程。茶苗繁育由福建省农业科学院茶叶研究所牵头实施。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("福建省农业科学院茶叶研究所", "优质茶苗繁育工程"));
    }

    @Test
    void aBareProgramWordUndertakenBySomeoneIsTheProgramNamedBefore() {
        assertThat(relations("近日，陇西县启动“中药材良种提纯复壮工程”。工程由县农业农村局组织实施，预计三年完成。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("陇西县农业农村局", "中药材良种提纯复壮工程"));
    }

    @Test
    void theInstitutionSignedFirstLeavesTheAuthorsToTheSentenceBefore() {
        assertThat(relations("西北农林科技大学园艺学院与中国农业科学院郑州果树研究所合作，揭示了苹果抗寒的分子机制。"
                + "相关论文发表于《园艺研究》，西北农林科技大学为论文第一署名单位。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source)
                .contains("西北农林科技大学园艺学院", "中国农业科学院郑州果树研究所");
    }

    @Test
    void theTasksOfADocumentJustIssuedGoToTheBodiesItNames() {
        assertThat(relations("日前，临沧市人民政府办公室印发《临沧市坚果产业提质增效三年行动计划》，明确由市林业和草原局牵头、"
                + "市商务局配合推进。", RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .contains("临沧市林业和草原局", "临沧市商务局");
    }

    @Test
    void aCooperativeGrowingTheCropACompanyBuysAtAGuaranteedPriceIsItsPartner() {
        assertThat(relations("宾川县朝霞葡萄种植专业合作社组织社员按标准种植，云南彩云果业有限公司提供种苗，"
                + "并按保底价收购。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宾川县朝霞葡萄种植专业合作社", "云南彩云果业有限公司"));
    }

    @Test
    void bodiesJoinedBy和EachWithAPartyOfTheirOwnAreNoPartnersOfEachOther() {
        assertThat(relations("该县龙井镇、石门镇和白沙镇分别与3家茶企结成帮扶对子。", RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void divisionsCarryingAProgramOutTogetherAreNoPartners() {
        assertThat(relations("云南省林业和草原局印发《云南省核桃产业提质行动方案》，由大理白族自治州、临沧市和保山市共同组织实施。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void theBodiesReleasingThePlanReferredBackToCarryItOut() {
        assertThat(relations("《吉林省玉米种业振兴行动方案》近日出台。吉林省农业农村厅会同省财政厅今年4月正式发布这一方案。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .contains("吉林省农业农村厅", "吉林省财政厅");
    }

    @Test
    void aPaperComingOutInAJournalIsPublishedThere() {
        assertThat(relations("西南大学园艺园林学院与重庆市农业科学院合作开展的柑橘研究，论文已在《园艺学报》刊出。",
                RelationType.PUBLISHED_IN))
                .extracting(Relation::source)
                .contains("西南大学园艺园林学院", "重庆市农业科学院");
    }

    @Test
    void theWorksADocumentPutsForwardArePartsOfIt() {
        assertThat(relations("去年出台的《泗阳县意杨产业振兴方案》提出实施“良种繁育工程”和“板材品牌培育计划”。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("良种繁育工程", "泗阳县意杨产业振兴方案"),
                        tuple("板材品牌培育计划", "泗阳县意杨产业振兴方案"));
    }

    @Test
    void aDesignatedLaboratoryOfTheInstitutionReliedOnIsItsUnit() {
        assertThat(relations("西藏农牧学院植物科学学院依托西藏大学的省部共建青稞种质资源与遗传改良国家重点实验室，选育出两个新品种。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("省部共建青稞种质资源与遗传改良国家重点实验室", "西藏大学"));
    }

    @Test
    void aProgramSaidToBeOneOfADocumentsMeasuresIsPartOfIt() {
        assertThat(relations("记者了解到，“茶园贷”是《湄潭县茶产业提质增效实施方案》的一项配套措施。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("茶园贷", "湄潭县茶产业提质增效实施方案"));
    }

    @Test
    void aChiefAgronomistIsAffiliatedWithTheBureauBeforeTheTitle() {
        assertThat(relations("监利市农业农村局总农艺师邓立平说，全市将扩大稻虾共作面积。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("邓立平", "监利市农业农村局"));
    }

    @Test
    void divisionsLinkedBy与CarryingAWorkOutTogetherArePartners() {
        assertThat(relations("陕西省与甘肃省共同推进黄河流域生态保护。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西省", "甘肃省"));
    }

    @Test
    void theResearchBodiesACompanysWorkReliesOnAreItsPartners() {
        assertThat(relations("宁夏银垦葡萄酒业有限公司（以下简称“银垦酒业”）去年扩建了酒窖。银垦酒业是宁夏西夏农垦集团有限公司的"
                + "全资子公司，其酿酒技术研发主要依托宁夏大学葡萄酒与园艺学院和宁夏农林科学院。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("宁夏银垦葡萄酒业有限公司", "宁夏大学葡萄酒与园艺学院"),
                        tuple("宁夏银垦葡萄酒业有限公司", "宁夏农林科学院"));
    }

    @Test
    void theBodyCommissionedInAClauseOpeningOn受委托IsThePartnerOfTheOneCommissioning() {
        assertThat(relations("云南澜峰新能源开发有限公司（以下简称“澜峰新能源”）在丘北县建设光伏电站。受澜峰新能源委托，"
                + "云南农业大学动物科学技术学院教授杨晓东的团队在场区开展牧草监测。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南农业大学动物科学技术学院", "云南澜峰新能源开发有限公司"));
    }

    @Test
    void aCompanySaidToBeATeamsLongTermPartnerWorksWithTheTeamsBody() {
        assertThat(relations("近日，江南大学食品学院陈立新教授课题组联合中国农业科学院农产品加工研究所，揭示了米糠蛋白的"
                + "乳化机制。无锡市惠山区的江苏禾润食品有限公司多年来是课题组的重要合作单位。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("江南大学食品学院", "中国农业科学院农产品加工研究所"),
                        tuple("江苏禾润食品有限公司", "江南大学食品学院"));
    }

    @Test
    void aCompanyMadeAProjectOfAProgramCarriesItOut() {
        assertThat(relations("作为“山乡工坊”就业帮扶计划的第一批项目，贵州黔绣服饰有限公司投入2000万元，在雷山县开设"
                + "两个刺绣车间。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贵州黔绣服饰有限公司", "山乡工坊就业帮扶计划"));
    }

    @Test
    void aWorkMadeAProgramsFirstSubprojectIsPartOfIt() {
        assertThat(relations("赣州市启动“赣南脐橙全产业链提升计划”（以下简称“提升计划”）。作为提升计划的首个子项目，"
                + "“果园更新工程”今年将完成低产果园改造1万亩。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("果园更新工程", "赣南脐橙全产业链提升计划"));
    }

    @Test
    void bodiesJoiningACooperationAsSupportWorkWithEachPartyOfTheSentenceBefore() {
        assertThat(relations("5月20日，华中农业大学与湖北楚禾种业有限公司（以下简称“楚禾种业”）在武汉签约，共建油菜种业创新"
                + "中心。湖北省农业科学院经济作物研究所、武汉市农业科学院作为技术支撑单位参与合作。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("华中农业大学", "湖北楚禾种业有限公司"),
                        tuple("湖北省农业科学院经济作物研究所", "华中农业大学"),
                        tuple("湖北省农业科学院经济作物研究所", "湖北楚禾种业有限公司"),
                        tuple("武汉市农业科学院", "华中农业大学"),
                        tuple("武汉市农业科学院", "湖北楚禾种业有限公司"));
    }

    @Test
    void aCompanyListedLastWithTheTeamsOfAJointWorkPublishedItWithThem() {
        assertThat(relations("近日，江南大学食品学院、南京农业大学食品科技学院和江苏禾润食品有限公司联合完成的米糠蛋白研究，"
                + "刊发于《食品科学》第9期。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("江南大学食品学院", "食品科学"), tuple("南京农业大学食品科技学院", "食品科学"),
                        tuple("江苏禾润食品有限公司", "食品科学"));
    }

    @Test
    void aCompanyThatTackledAProblemWithACollegePublishedTheResultWithIt() {
        assertThat(relations("近日，浙江农林大学林业与生物技术学院与浙江竹禾新材料科技有限公司联合攻关的竹材改性研究成果发表在"
                + "《林业科学》上。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("浙江农林大学林业与生物技术学院", "林业科学"),
                        tuple("浙江竹禾新材料科技有限公司", "林业科学"));
    }

    @Test
    void whereACompanyIsRegisteredIsNotWhereItsMoneyGoes() {
        assertThat(relations("海南琼丰种业科技有限公司注册于陵水黎族自治县，明年拟投资5000万元在英州镇大坡村新建制种基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("海南琼丰种业科技有限公司", "大坡村"));
    }

    @Test
    void aVillageWelcomingACompanysInvestmentReceivesIt() {
        assertThat(relations("在鄢陵县陶城镇，河南麦丰食品有限公司斥资2亿元扩建烘焙车间；襄城县库庄镇西庄村则迎来许昌禾穗农业"
                + "科技有限公司3亿元投资，主要建设优质小麦基地。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("河南麦丰食品有限公司", "陶城镇"), tuple("许昌禾穗农业科技有限公司", "西庄村"));
    }

    @Test
    void aPlaceOpeningWhatABureausHeadReportsGoesOnAsTheSubjectOfTheNextClause() {
        assertThat(relations("兰西县农业农村局负责人赵志成介绍，兰西县正在推进“亚麻产业振兴计划”，并与黑龙江大学共建亚麻研究院。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("兰西县", "黑龙江大学"));
    }

    @Test
    void aProgramADocumentSetsAsItsFirstSpecialWorkIsPartOfItAndTheBodyItIsEntrustedToCarriesItOut() {
        List<Relation> found = relations("近日，黄山市人民政府印发《黄山毛峰产业振兴三年行动方案》（以下简称《方案》）。“毛峰良种繁育计划”"
                + "是《方案》提出的第一个专项，目前已委托安徽农业大学园艺学院具体承担。", RelationType.PART_OF, RelationType.IMPLEMENTS);
        assertThat(found).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("毛峰良种繁育计划", RelationType.PART_OF, "黄山毛峰产业振兴三年行动方案"),
                        tuple("安徽农业大学园艺学院", RelationType.IMPLEMENTS, "毛峰良种繁育计划"));
    }

    @Test
    void thePlacesAProgramWillFirstBeCarriedOutInCarryItOut() {
        assertThat(relations("“苹果园提质工程”将在延安市洛川县、榆林市米脂县等8个县先行实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("洛川县", "苹果园提质工程"), tuple("米脂县", "苹果园提质工程"));
    }

    @Test
    void aBodyServingTheCompanyOfTheSentenceBeforeBy为其IsItsPartner() {
        assertThat(relations("贵州黔禾抹茶科技有限公司在铜仁市建设抹茶基地。贵州大学茶学院将为其提供碾茶加工技术服务。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贵州大学茶学院", "贵州黔禾抹茶科技有限公司"));
    }

    @Test
    void aSecondSumPutIntoAnotherSiteGoesThereNotToTheSiteOfTheFirst() {
        assertThat(relations("明年，江西赣禾种业有限公司拟出资2亿元，于南昌经济技术开发区新建种子加工中心，另投入2000万元在"
                + "塘南镇新联村流转土地种植制种田。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("江西赣禾种业有限公司", "南昌经济技术开发区"), tuple("江西赣禾种业有限公司", "新联村"));
    }

    @Test
    void aVillageWrittenAfterTheTownsInsideIsWhereTheMoneyGoes() {
        assertThat(relations("邢台市南和区和阳镇与河北禾椒食品有限公司签约。按照约定，该公司将出资1亿元，在镇内贾宋村新建"
                + "辣椒酱生产线。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("河北禾椒食品有限公司", "贾宋村"));
    }

    @Test
    void aCompanyCalledByItsTradeIsTheOneOfTheSentenceBeforeWhoseNameHoldsIt() {
        assertThat(relations("研究团队已与湖南丰禾种业有限公司签订协议。丰禾种业隶属于长沙湘禾农业集团股份有限公司。明年，"
                + "这家种业企业将投入2.8亿元，在宁乡经济技术开发区新建种子加工中心。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南丰禾种业有限公司", "宁乡经济技术开发区"));
    }

    @Test
    void theBodyASpecialWorkReferredToBy该专项IsGivenToCarriesItOut() {
        assertThat(relations("该项研究获“盐碱地改良攻关专项”资助，该专项由吉林省科学技术厅负责组织实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("吉林省科学技术厅", "盐碱地改良攻关专项"));
    }

    @Test
    void aProgramSaidToBeAMeasureOfADivisionsWorkIsPartOfItAndTheBodyGivenItAfter具体由CarriesItOut() {
        List<Relation> found = relations("“茶园贷”是湄潭县“茶旅融合提升行动”的重要举措之一，具体由贵州银行湄潭支行负责承办。",
                RelationType.PART_OF, RelationType.IMPLEMENTS);
        assertThat(found).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("茶园贷", RelationType.PART_OF, "茶旅融合提升行动"),
                        tuple("贵州银行湄潭支行", RelationType.IMPLEMENTS, "茶园贷"))
                .doesNotContain(tuple("贵州银行湄潭支行", RelationType.IMPLEMENTS, "茶旅融合提升行动"));
    }

    @Test
    void aCompanyNamedAfterAnOwnersWhollyHeldEnterpriseIsPartOfTheOwner() {
        assertThat(relations("在成果转化方面，南京农业大学的全资企业南京农大禾源科技有限公司已与溧水区农业农村局签约。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南京农大禾源科技有限公司", "南京农业大学"));
    }

    @Test
    void aCompanyAgreeingTermsWithACooperativeIsItsPartner() {
        assertThat(relations("四川蜀禾茶业有限公司已与名山区红岩茶叶专业合作社约定，每斤鲜叶收购价不低于5元。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("四川蜀禾茶业有限公司", "名山区红岩茶叶专业合作社"));
    }

    @Test
    void aCooperativeHandingItsLivestockOverToACompanyIsItsPartner() {
        assertThat(relations("甘肃陇禾牧业有限公司在环县建设养殖场。环县曲子镇肉羊养殖专业合作社把300只能繁母羊托管给该公司饲养。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("环县曲子镇肉羊养殖专业合作社", "甘肃陇禾牧业有限公司"));
    }

    @Test
    void theResearchBodiesACompanyReliesOnForJointWorkAreItsPartners() {
        assertThat(relations("云南滇禾咖啡有限公司依托云南农业大学食品科学技术学院和云南省农业科学院农产品加工研究所，"
                + "联合开展咖啡烘焙工艺研究。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("云南滇禾咖啡有限公司", "云南农业大学食品科学技术学院"),
                        tuple("云南滇禾咖啡有限公司", "云南省农业科学院农产品加工研究所"));
    }

    @Test
    void aCompanyDescribedAsBroughtInAndThenHeldByAnotherIsItsUnit() {
        assertThat(relations("广州粤禾农牧发展有限公司在林芝建设产业园。粤禾农牧是广东援藏工作队招引的企业，由宏禾食品集团有限公司控股。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广州粤禾农牧发展有限公司", "宏禾食品集团有限公司"));
    }

    @Test
    void theOwnerOfASubsidiaryMayBeNamedAfterTheZoneItIsACompanyOf() {
        assertThat(relations("云南滇香实业有限公司在隆阳区建设基地。滇香实业是玉溪高新技术产业开发区企业云南云禾饮品集团有限公司的控股子公司。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南滇香实业有限公司", "云南云禾饮品集团有限公司"));
    }

    @Test
    void bothFoundersOfACompanyGivenAShortNameBefore由InvestInIt() {
        assertThat(relations("营口辽禾新材料有限公司（简称“辽禾新材”）由辽宁海禾石化集团有限公司与营口港禾产业投资有限公司共同出资"
                + "组建。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("辽宁海禾石化集团有限公司", "营口辽禾新材料有限公司"),
                        tuple("营口港禾产业投资有限公司", "营口辽禾新材料有限公司"));
    }

    @Test
    void theBodyThatSetUpAProgramNamedRightAfterItCarriesItOut() {
        assertThat(relations("该研究由河南省科学技术厅设立的“小麦种业攻关专项”资助。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("河南省科学技术厅", "小麦种业攻关专项"));
    }

    @Test
    void aProgramWrittenRightAfterAGovernmentBodyIsItsOwn() {
        assertThat(relations("该成果得到湖南省科学技术厅“油菜种业振兴”科技重大专项的资助。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南省科学技术厅", "油菜种业振兴科技重大专项"));
    }

    @Test
    void aBodyNamedAsTheOneUndertakingAProgramCarriesItOut() {
        assertThat(relations("山西省科学技术厅日前启动“晋北杂粮科技提升行动”，山西农业大学农学院作为承担单位，联合大同大学在"
                + "广灵县建成示范田。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西省科学技术厅", "晋北杂粮科技提升行动"),
                        tuple("山西农业大学农学院", "晋北杂粮科技提升行动"));
    }

    @Test
    void theCompanySigningAnInvestmentAgreementInvestsWhereItsProjectSettles() {
        assertThat(relations("5月20日，宜昌市夷陵区龙泉镇与湖北楚禾菌业科技有限公司签订投资协议，食用菌加工项目正式落户该镇青龙村。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖北楚禾菌业科技有限公司", "青龙村"));
    }

    @Test
    void theBodiesThatDrewUpADocumentCarryItOut() {
        assertThat(relations("湖州市德清县近日出台《德清茶产业高质量发展实施意见》（以下简称《实施意见》）。《实施意见》由德清县农业农村局"
                + "和德清县财政局联合制定。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("德清县农业农村局", "德清茶产业高质量发展实施意见"),
                        tuple("德清县财政局", "德清茶产业高质量发展实施意见"));
    }

    @Test
    void aDocumentReferredBackToByItsKindIsGivenToTheBodiesAfter由() {
        assertThat(relations("近日，绵阳市人民政府办公室印发《绵阳市高标准农田提质行动实施方案》。方案由绵阳市农业农村局会同绵阳市"
                + "财政局组织实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("绵阳市农业农村局", "绵阳市高标准农田提质行动实施方案"),
                        tuple("绵阳市财政局", "绵阳市高标准农田提质行动实施方案"));
    }

    @Test
    void worksListedAndClosedByTheirCountGoEachToTheBodyAtTheSamePlaceAfter分别由() {
        assertThat(relations("《方案》部署了“龙头企业培育工程”“社区厨房提升行动”和“冷链物流补链工程”三大工程，分别由许昌市工业和"
                + "信息化局、许昌市商务局、许昌市发展和改革委员会负责实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("许昌市工业和信息化局", "龙头企业培育工程"), tuple("许昌市商务局", "社区厨房提升行动"),
                        tuple("许昌市发展和改革委员会", "冷链物流补链工程"));
    }

    @Test
    void aBodySaidNotToBeAnothersPartnerIsNone() {
        assertThat(relations("云南滇红茶业有限公司不是云南农业大学的合作企业，双方此前并无往来。", RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aBodyJoiningACooperationPartnersItsPartiesNotABodyThatOnlySupportedIt() {
        assertThat(relations("该中心由中国农业大学与山东寿光蔬菜产业集团共建，并得到山东省科学技术厅支持。山东农业大学作为技术支撑"
                + "单位参与合作。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("中国农业大学", "山东寿光蔬菜产业集团"), tuple("山东农业大学", "中国农业大学"),
                        tuple("山东农业大学", "山东寿光蔬菜产业集团"));
    }

    @Test
    void aPersonsTeamWrittenWith的IsTheirInstitutionsTeam() {
        assertThat(relations("中国农业大学教授王海的团队与北京大北农科技集团合作研发新品种。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国农业大学", "北京大北农科技集团"));
    }

    @Test
    void theCompanySigningAnInvestmentAgreementDoesNotInvestWhereAnotherCompanysProjectSettles() {
        assertThat(relations("城关镇与湖南金穗农业发展有限公司签订投资协议，另一家企业的项目落户该镇桃花村。", RelationType.INVESTS_IN))
                .isEmpty();
    }

    @Test
    void anInstituteThatDraftsAPlanAsAConsultantDoesNotCarryItOut() {
        assertThat(relations("《宁夏现代农业发展规划》由宁夏规划设计研究院编制完成。", RelationType.IMPLEMENTS)).isEmpty();
    }

    @Test
    void theBodiesListedAsAWorksUndertakersCarryItOut() {
        assertThat(relations("其中，“数控系统攻关”工程重点支持整机企业与高校联合研发，首批承担单位为大连光洋科技集团有限公司和大连理工"
                + "大学机械工程学院。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("大连光洋科技集团有限公司", "数控系统攻关工程"),
                        tuple("大连理工大学机械工程学院", "数控系统攻关工程"));
    }

    @Test
    void aCountOfBodiesOpeningAClauseIsTheBodiesTheSentenceBeforeNamed() {
        assertThat(relations("这片基地是铜山区人民政府与南京农业大学、江苏省农业科学院三方合作建成的。从今年开始，三家单位共同实施"
                + "“耕地质量提升行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("铜山区人民政府", "耕地质量提升行动"), tuple("南京农业大学", "耕地质量提升行动"),
                        tuple("江苏省农业科学院", "耕地质量提升行动"));
    }

    @Test
    void aCountOfBodiesSpeaksOfNoneWhenTheSentenceBeforeNamedAnotherNumber() {
        assertThat(relations("南京农业大学与江苏省农业科学院签署协议。从今年开始，三家单位共同实施“耕地质量提升行动”。",
                RelationType.IMPLEMENTS)).isEmpty();
    }

    @Test
    void anOwnerSpendingThroughItsSubsidiaryInvestsWhereTheSubsidiaryDoes() {
        assertThat(relations("江苏恒岳食品集团有限公司计划通过全资子公司宿迁恒岳农业开发有限公司在沭阳县新河镇追加投资2亿元，"
                + "新建花木基地。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("宿迁恒岳农业开发有限公司", "新河镇"), tuple("江苏恒岳食品集团有限公司", "新河镇"));
    }

    @Test
    void threeCompaniesCountedAfterASentenceNamingThreeAreThoseThree() {
        assertThat(relations("今年，浙江禾丰农业科技有限公司、浙江绿源食品有限公司和浙江青山茶业有限公司签约入园。这三家企业均已"
                + "在安吉经济开发区注册成立。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("浙江禾丰农业科技有限公司", "安吉经济开发区"), tuple("浙江绿源食品有限公司", "安吉经济开发区"),
                        tuple("浙江青山茶业有限公司", "安吉经济开发区"));
    }

    @Test
    void placesListedAndCountedAfterALeaderCarryOutTheDocumentTheyWorkOn() {
        assertThat(relations("运城市政府办公室日前印发《运城市苹果产业链提质三年方案》，明确由市林业局牵头，临猗县、万荣县、"
                + "芮城县等6个县（市、区）具体实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source).contains("临猗县", "万荣县", "芮城县");
    }

    @Test
    void placesMadeTheFirstKeyCitiesOfADocumentCarryItOut() {
        assertThat(relations("江西省农业农村厅印发《江西省脐橙产业提升工程方案》（以下简称《方案》）。按照《方案》，赣州市、吉安市和抚州市"
                + "作为首批重点市，各自培育一个产业集群。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("赣州市", "江西省脐橙产业提升工程方案"), tuple("吉安市", "江西省脐橙产业提升工程方案"),
                        tuple("抚州市", "江西省脐橙产业提升工程方案"));
    }

    @Test
    void placesMadeAreasOfADocumentOpeningTheirSentenceCarryOutTheDocumentNotItsTask() {
        assertThat(relations("安徽省出台《安徽省茶产业振兴三年行动方案》。《安徽省茶产业振兴三年行动方案》提出“茶园提质工程”等四项任务，"
                + "黄山市、六安市被列为首批实施地区。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("黄山市", "安徽省茶产业振兴三年行动方案"), tuple("六安市", "安徽省茶产业振兴三年行动方案"))
                .doesNotContain(tuple("黄山市", "茶园提质工程"));
    }

    @Test
    void placesCountedAndMadeTheFirstPilotsCarryOutTheProgramTheSentenceBeforeNamed() {
        assertThat(relations("湖南省日前启动“湘茶品牌培育工程”。岳阳市君山区、常德市石门县等12个县市区成为首批试点，负责示范建设。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("君山区", "湘茶品牌培育工程"), tuple("石门县", "湘茶品牌培育工程"));
    }

    @Test
    void placesMadePilotsOfAProgramReferredToByItsKindCarryOutThatProgram() {
        assertThat(relations("江苏省农业农村厅启动“稻虾综合种养提升行动”。依据同日印发的《江苏省稻虾产业发展实施方案》，盱眙县和金湖县被确定"
                + "为该行动首批试点地区。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("盱眙县", "稻虾综合种养提升行动"), tuple("金湖县", "稻虾综合种养提升行动"))
                .doesNotContain(tuple("盱眙县", "江苏省稻虾产业发展实施方案"));
    }

    @Test
    void theBodiesUndertakingTheFirstPilotsCarryOutTheDocumentTheSentenceBeforeOpenedOn() {
        assertThat(relations("河南省印发《河南省食品产业集群培育行动方案》。《河南省食品产业集群培育行动方案》列出“冷链补链行动”等五项任务。"
                + "首批试点由漯河市、周口市承担。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("漯河市", "河南省食品产业集群培育行动方案"), tuple("周口市", "河南省食品产业集群培育行动方案"));
    }

    @Test
    void aClauseOpeningOn被GoesOnWithTheSubjectOfItsSentence() {
        assertThat(relations("广东省出台《广东省荔枝产业全链条提升行动方案》。茂名市作为全省最大的荔枝产区，被列为首批试点市。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("茂名市", "广东省荔枝产业全链条提升行动方案"));
    }

    @Test
    void placesListedThenAnAdverbThenMadeTheFirstKeyCountiesCarryOutTheDocument() {
        assertThat(relations("吕梁市印发《吕梁市红枣产业提质增效三年行动方案》。《方案》由吕梁市林业局牵头组织实施，临县、柳林县和石楼县"
                + "已作为首批重点县率先启动。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("临县", "吕梁市红枣产业提质增效三年行动方案"), tuple("柳林县", "吕梁市红枣产业提质增效三年行动方案"),
                        tuple("石楼县", "吕梁市红枣产业提质增效三年行动方案"));
    }

    @Test
    void aClauseOpeningOnALinkToABodyGoesOnWithTheSubjectOfTheClauseBefore() {
        assertThat(relations("巴楚县农业农村局局长李华介绍，全县今年着力推进《巴楚县留香瓜产业发展方案》，同时会同塔里木大学园艺与林学学院"
                + "开展“瓜田提质工程”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("巴楚县", "瓜田提质工程"), tuple("塔里木大学园艺与林学学院", "瓜田提质工程"));
    }

    @Test
    void aSumSpentOnAVillageAfter把GoesToThatVillage() {
        assertThat(relations("签约当天，贵州黔茗茶旅发展有限公司表示还将投入1500万元，把湄江镇龙凤村闲置的旧粮站改造成研学基地。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贵州黔茗茶旅发展有限公司", "龙凤村"));
    }

    @Test
    void placesDesignatedPilotsCarryOutTheDocumentOpeningTheirSentenceNotItsLastTask() {
        assertThat(relations("《甘肃省苹果产业提质增效方案》围绕“老园改造工程”和“品牌营销工程”两大工程细化了20项任务，并确定静宁县、"
                + "庄浪县为首批试点县。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("静宁县", "甘肃省苹果产业提质增效方案"), tuple("庄浪县", "甘肃省苹果产业提质增效方案"))
                .doesNotContain(tuple("静宁县", "品牌营销工程"));
    }

    @Test
    void placesDesignatedAsWhatATaskIsNamedForCarryOutThatTask() {
        assertThat(relations("《宁夏枸杞产业发展方案》提出实施“枸杞标准化示范县创建”和“枸杞良种推广工程”两项任务，首批确定中宁县、"
                + "同心县等5个县为示范县。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("中宁县", "枸杞标准化示范县创建"), tuple("同心县", "枸杞标准化示范县创建"));
    }

    @Test
    void aBodyActingAsAProgramsTechnicalSupportCarriesItOut() {
        assertThat(relations("甘肃省农业农村厅启动“河西走廊节水增效行动”。作为这一行动的技术支撑单位，甘肃农业大学将联合两家企业建设"
                + "监测平台。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("甘肃农业大学", "河西走廊节水增效行动"));
    }

    @Test
    void thePilotsProgramMayBeNamedTwoSentencesBefore() {
        assertThat(relations("四川省农业农村厅日前启动“川茶品质提升行动”。根据安排，三年内全省改造低产茶园。雅安市名山区、"
                + "宜宾市筠连县被确定为首批试点县。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("名山区", "川茶品质提升行动"), tuple("筠连县", "川茶品质提升行动"));
    }

    @Test
    void placesIssuingMeasuresToADocumentCarryItOut() {
        assertThat(relations("山西省印发《山西省中药材产业发展方案》。文件出台后，大同市、朔州市和吕梁市相继出台配套措施，各自确定主导品种。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("大同市", "山西省中药材产业发展方案"), tuple("朔州市", "山西省中药材产业发展方案"),
                        tuple("吕梁市", "山西省中药材产业发展方案"));
    }

    @Test
    void theFirstBatchOfAWorksCarriersAfter由CarryItOut() {
        assertThat(relations("《方案》安排了三项重点工程，其中“茶园机械化改造工程”首批由安溪县、武夷山市和福安市等8个县市承担。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("安溪县", "茶园机械化改造工程"), tuple("武夷山市", "茶园机械化改造工程"),
                        tuple("福安市", "茶园机械化改造工程"));
    }

    @Test
    void placesMadeTheFirstDemonstrationCountiesOfAQuotedWorkCarryItOut() {
        assertThat(relations("宜昌市当阳市和襄阳市宜城市被确定为“稻麦机收提升”工程首批全域推进示范县。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("当阳市", "稻麦机收提升工程"), tuple("宜城市", "稻麦机收提升工程"));
    }

    @Test
    void aPlaceThatIsOneOfTheCountedKeyCountiesCarriesTheProgramOut() {
        assertThat(relations("自治区农牧厅今年启动“肉牛产业提质扩群行动”，地处赤峰市北部的林西县是首批8个重点县之一。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("林西县", "肉牛产业提质扩群行动"));
    }

    @Test
    void aPlaceTakingADocumentReferredToByItsKindAsItsGuideCarriesItOut() {
        assertThat(relations("自治区出台《贺兰山东麓葡萄酒产业发展方案》。副县长李明表示，青铜峡市将以该方案为指引，新建酒庄10家。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("青铜峡市", "贺兰山东麓葡萄酒产业发展方案"));
    }

    @Test
    void aPlaceMadeOneOfTheFirstDemonstrationCountiesCarriesOutTheDemonstrationWork() {
        assertThat(relations("《方案》提出实施“苹果品牌营销工程”和“数字果园示范工程”。延安市宜川县是首批示范县之一。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("宜川县", "数字果园示范工程"));
    }

    @Test
    void placesAfter由ThatPilotAWorkFirstCarryItOut() {
        assertThat(relations("《方案》部署实施“香蕉品质提升工程”，由南宁市隆安县、武鸣区率先试点。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("隆安县", "香蕉品质提升工程"), tuple("武鸣区", "香蕉品质提升工程"));
    }

    @Test
    void aPlaceThatIsAKeyCountyOfAQuotedProgramCarriesItOut() {
        assertThat(relations("据介绍，蒲江县是四川省“晚熟柑橘提质行动”重点县，该县柑橘面积超过20万亩。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("蒲江县", "晚熟柑橘提质行动"));
    }

    @Test
    void aPlaceMadeAFirstDemonstrationCountyCarriesOutTheProgramItsSentenceNamed() {
        assertThat(relations("年初，陕西省农业农村厅部署启动“猕猴桃提质增效行动”，周至县被列为首批示范县。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("周至县", "猕猴桃提质增效行动"));
    }

    @Test
    void aTownThatIsAKeyTownOfTheProgramReferredToByItsKindCarriesItOut() {
        assertThat(relations("四川省启动“川茶品质提升行动”。名山区中峰镇是这项行动的重点乡镇之一。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("中峰镇", "川茶品质提升行动"));
    }

    @Test
    void aCompanyThatIsOneOfTheKeyEnterprisesCarriesNoDocumentOut() {
        assertThat(relations("省里出台《支持民营企业发展若干措施》。温州瓯江电器有限公司是重点企业之一。", RelationType.IMPLEMENTS))
                .isEmpty();
    }

    @Test
    void measuresIssuedAfterACompanysPlanCarryOutNoPlan() {
        assertThat(relations("瓯江电器公司推出“春季让利计划”。乐清市出台配套措施支持企业稳岗。", RelationType.IMPLEMENTS))
                .extracting(Relation::source).doesNotContain("乐清市");
    }

    @Test
    void aCompanysPlanTwoSentencesBackIsNoPilotsProgram() {
        assertThat(relations("温州瓯江电器有限公司发布“校园招聘计划”。当天，三百多名学生到场。永嘉县被确定为首批试点县。",
                RelationType.IMPLEMENTS)).extracting(Relation::source).doesNotContain("永嘉县");
    }

    @Test
    void aQuotedWorkOpeningTheSentenceAsItsTopicIsNotThePilotsProgram() {
        assertThat(relations("“山海协作工程”推进二十年来成效明显，今年省里又启动“共富乡村计划”，平阳县被列为首批试点县。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("平阳县", "共富乡村计划")).doesNotContain(tuple("平阳县", "山海协作工程"));
    }

    @Test
    void aPlaceVisitedInTheClauseBeforeIsNoSubjectOfTheLinkAfter() {
        assertThat(relations("会后，记者走访了象山县，还联合县教育局开展了“渔文化进课堂行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source).doesNotContain("象山县");
    }

    @Test
    void aNewspapersPlaceIsNoSubjectOfTheLinkAfter() {
        assertThat(relations("浙江日报报道了衢州市的做法，并联合衢州学院开展“山区共富调研行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source).doesNotContain("浙江省");
    }

    @Test
    void aVillageNamedInsideItsCollectivesNameFoundsNothingItself() {
        assertThat(relations("这家公司由石门村股份经济合作社与湖南湘橘农业科技有限公司合资组建。", RelationType.INVESTS_IN))
                .extracting(Relation::source).doesNotContain("石门村");
    }

    @Test
    void aPlaceActingAsOneOfThePilotsCarriesOutTheProgramOfThePilots() {
        assertThat(relations("黑龙江省农业农村厅启动“寒地玉米单产提升行动”，在北安市、嫩江市等20个县推广高产品种。作为试点之一，"
                + "黑河市北安市今年将建设万亩示范片。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("北安市", "寒地玉米单产提升行动"));
    }

    @Test
    void aPaperReleasedOnlineFirstByAJournalIsPublishedInIt() {
        assertThat(relations("西北农林科技大学园艺学院的相关论文近日在《园艺学报》网络首发。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("西北农林科技大学园艺学院", "园艺学报"));
    }

    @Test
    void itsSubsidiaryOpeningASentenceIsTheSubsidiaryOfTheSentenceBeforesSubject() {
        assertThat(relations("江苏德澜新材料有限公司（以下简称“德澜新材”）创办于2016年。德澜新材是江苏德澜控股集团有限公司旗下企业。"
                + "其全资子公司无锡德澜光电有限公司设在无锡市新吴区。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("无锡德澜光电有限公司", "江苏德澜新材料有限公司"));
    }

    @Test
    void aCompanyItsUnitAfterAResearchBodyOpeningTheSentenceIsTheBodys() {
        assertThat(relations("杭州林栖家居有限公司与浙江农林大学合作研发。四川农业大学小麦研究所负责品种选育，其下属的四川蜀穗种业有限公司"
                + "将出资2600万元新建种子烘干车间。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("四川蜀穗种业有限公司", "四川农业大学小麦研究所"))
                .doesNotContain(tuple("四川蜀穗种业有限公司", "杭州林栖家居有限公司"));
    }

    @Test
    void aSubsidiaryOfACompanyAUniversityHoldsIsThatCompanysAndTheCompanyTheUniversitys() {
        assertThat(relations("南京紫麓科技有限公司（以下简称“紫麓科技”）迁入江宁。紫麓科技是南京农业大学全资企业南京钟山农业投资有限公司的"
                + "控股子公司。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("南京紫麓科技有限公司", "南京钟山农业投资有限公司"),
                        tuple("南京钟山农业投资有限公司", "南京农业大学"));
    }

    @Test
    void aPostAtTheFirstHeadOfABodyNamedBeforeIsAtThatBody() {
        assertThat(relations("兰州大学生命科学学院与企业联合组建兰州藜麦产业研究院。学院教授苏立明出任研究院首任院长。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("苏立明", "兰州藜麦产业研究院"));
    }

    @Test
    void aPostAtABodyReferredToAsThatOneIsAtTheLastOfItsKind() {
        assertThat(relations("兰州大学生命科学学院与企业联合组建兰州藜麦产业研究院。学院教授苏立明出任该研究院院长。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("苏立明", "兰州藜麦产业研究院"));
    }

    @Test
    void aCountOfPartnersThenTheOneOfThemSaidToBeTheLargestIsAPartner() {
        assertThat(relations("吉林松辽米业有限公司（以下简称“松辽米业”）建在梨树。松辽米业已与9家合作社订立收购合同，"
                + "其中面积最大的是梨树县金谷玉米种植专业合作社。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("吉林松辽米业有限公司", "梨树县金谷玉米种植专业合作社"));
    }

    @Test
    void aCompanyAUniversityHoldsWhollyIsTheUniversitys() {
        assertThat(relations("试验装备由北京农芯物联科技有限公司生产，该公司由中国农业大学全资控股。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("北京农芯物联科技有限公司", "中国农业大学"));
    }

    @Test
    void aCompanyBelongingToAnOwnerIntroducedByItsSeatIsTheOwnersAndNotThere() {
        List<Relation> found = relations("云南岚山茶业有限公司（以下简称“岚山茶业”）设在临沧。岚山茶业隶属于总部位于昆明市的"
                + "云南普洱源实业集团有限公司。", RelationType.PART_OF, RelationType.LOCATED_IN);
        assertThat(found).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("云南岚山茶业有限公司", RelationType.PART_OF, "云南普洱源实业集团有限公司"))
                .doesNotContain(tuple("云南岚山茶业有限公司", RelationType.LOCATED_IN, "昆明市"));
    }

    @Test
    void aCompanyDrawingOnAnInstitutePartnersWithIt() {
        assertThat(relations("福建峰岚茶业有限公司（以下简称“峰岚茶业”）建在政和。为提高茶叶品质，峰岚茶业借力福建省农业科学院茶叶研究所。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("福建峰岚茶业有限公司", "福建省农业科学院茶叶研究所"));
    }

    @Test
    void aCompanyNamedRightAfterAUniversityAndItsWhollyHeldWordIsTheUniversitys() {
        assertThat(relations("这套冷库的温控系统由南京农业大学全资企业南京宁农科技服务有限公司提供。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南京宁农科技服务有限公司", "南京农业大学"));
    }

    @Test
    void aCompanyAPlaceBringsInThenInvestingASumInvestsInThatPlace() {
        assertThat(relations("清溪镇龙井村去年引进浙江川茗谷茶业有限公司（以下简称“川茗谷茶业”），企业投资3000万元建设茶叶加工厂。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江川茗谷茶业有限公司", "龙井村"));
    }

    @Test
    void aCompanyAPlaceBringsInDoesNotInvestWhereAnotherBodyPaysTheSum() {
        assertThat(relations("清溪镇龙井村去年引进浙江川茗谷茶业有限公司，清溪镇人民政府投资500万元修建进村道路。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source)
                .doesNotContain("浙江川茗谷茶业有限公司");
    }

    @Test
    void theWorksADocumentSetsOutArePartsOfItAndNotItsIssuersOwnWork() {
        List<Relation> found = relations("甘肃省农业农村厅、甘肃省财政厅联合印发《甘肃省中药材产业提升行动方案》，"
                + "提出实施“道地药材扩种工程”和“陇药出陇行动”。", RelationType.IMPLEMENTS, RelationType.PART_OF);
        assertThat(found).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("甘肃省农业农村厅", RelationType.IMPLEMENTS, "甘肃省中药材产业提升行动方案"),
                        tuple("甘肃省财政厅", RelationType.IMPLEMENTS, "甘肃省中药材产业提升行动方案"),
                        tuple("道地药材扩种工程", RelationType.PART_OF, "甘肃省中药材产业提升行动方案"),
                        tuple("陇药出陇行动", RelationType.PART_OF, "甘肃省中药材产业提升行动方案"));
    }

    @Test
    void theWorksADocumentDeploysArePartsOfItAndNotItsIssuersOwnWork() {
        List<Relation> found = relations("湖南省林业局印发《湖南省油茶林提质改造行动方案》，"
                + "部署“老油茶林复壮工程”“茶油公用品牌行动”两项任务。", RelationType.IMPLEMENTS, RelationType.PART_OF);
        assertThat(found).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("湖南省林业局", RelationType.IMPLEMENTS, "湖南省油茶林提质改造行动方案"),
                        tuple("老油茶林复壮工程", RelationType.PART_OF, "湖南省油茶林提质改造行动方案"),
                        tuple("茶油公用品牌行动", RelationType.PART_OF, "湖南省油茶林提质改造行动方案"));
    }

    @Test
    void aJournalSentenceNamingABodyOnlyAsAnAuthorsLeavesTheOtherWritersToTheSentenceBefore() {
        assertThat(relations("青岛农业大学园艺学院联合山东省果树研究所，揭示了苹果抗寒的调控机制。"
                + "该成果论文日前已在《园艺学报》刊出，青岛农业大学园艺学院硕士研究生林澄远为第一作者。", RelationType.PUBLISHED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("青岛农业大学园艺学院", "园艺学报"), tuple("山东省果树研究所", "园艺学报"));
    }

    @Test
    void aUnitAttachedToACollegeIsPartOfIt() {
        assertThat(relations("浙江茶叶产业研究院挂靠浙江大学农业与生物技术学院，由该院教授陈砚秋担任院长。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("浙江茶叶产业研究院", "浙江大学农业与生物技术学院"));
    }

    @Test
    void theCompanyOfALinkWithAGovernmentSpendsWhereTheWordForACompanySpends() {
        assertThat(relations("今年5月，柳河镇人民政府与吉林澄穗米业有限公司签订协议，由企业投资5000万元，在柏林坳村建设稻米加工厂。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("吉林澄穗米业有限公司", "柏林坳村"));
    }

    @Test
    void aCompanyAPlaceBringsInDoesNotInvestWhatTheCountysFinanceSpends() {
        assertThat(relations("浙江省金华市武义县引进浙江华远机械有限公司，县财政投资500万元建设配套道路。", RelationType.INVESTS_IN))
                .isEmpty();
    }

    @Test
    void aCompanyWhoseTechniqueAPlaceBringsInDoesNotInvestThere() {
        assertThat(relations("安吉县大溪村引进杭州茗澄农业科技有限公司的白茶加工技术，村集体投资50万元建设加工车间。",
                RelationType.INVESTS_IN)).isEmpty();
    }

    @Test
    void moneySpentInAVillageWithinTheTownNamedBeforeGoesToTheVillage() {
        assertThat(relations("湖南茗湘茶业有限公司去年落户石门镇，此前已在镇内的石楠村投资3000万元建成加工厂。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南茗湘茶业有限公司", "石楠村"));
    }

    @Test
    void aCompanyAPlaceBringsInSpendsUnderAShorterNameOfItsOwn() {
        assertThat(relations("寿光市引进山东穗澜农业公司，穗澜农业公司投资2亿元建设种业基地。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山东穗澜农业公司", "寿光市"));
    }

    @Test
    void aCompanyAPlaceBroughtInSpendsInAClauseOpeningOnATime() {
        assertThat(relations("眉县去年引进陕西秦澄果业公司，今年该企业再投资1亿元扩建厂房。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西秦澄果业公司", "眉县"));
    }

    @Test
    void aCompanyWhoseMoneyAPlaceBringsInInvestsThere() {
        assertThat(relations("眉县引进陕西秦澄果业公司的资金，投资2亿元建设产业园。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西秦澄果业公司", "眉县"));
    }

    @Test
    void theProvinceACompanyIsNamedAfterIsNoShorterNameOfIt() {
        assertThat(relations("寿光市引进山东穗澜农业公司，山东省财政投资5000万元建设配套设施。", RelationType.INVESTS_IN))
                .isEmpty();
    }

    @Test
    void theInstituteThePartiesBuildDoesNotCarryOutTheProgramTheyRunTogether() {
        assertThat(relations("会宁县人民政府和甘肃农业大学签署协议，双方将共建旱塬花椒产业研究院，并共同实施“花椒品质提升”行动。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("会宁县人民政府", "花椒品质提升行动"), tuple("甘肃农业大学", "花椒品质提升行动"));
    }

    @Test
    void whatIsBuiltInACountysTownIsInTheCounty() {
        assertThat(relations("双方将在岷县县城共建“当归产业研究院”，开展药材加工研究。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("当归产业研究院", "岷县"));
    }

    @Test
    void aCopulaOpeningAClauseAfterTheFoundersIsTheSentenceSubjects() {
        assertThat(relations("陇钧储能今年在兰州新区注册成立，由甘肃陇钧能源集团有限公司与兰州新区城投集团有限公司合资组建，"
                + "是陇钧能源的控股子公司。甘肃陇钧储能科技有限公司（以下简称“陇钧储能”）已开工。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("甘肃陇钧储能科技有限公司", "甘肃陇钧能源集团有限公司"));
    }

    @Test
    void placesTheDocumentMakesItsFirstPilotsCarryItOut() {
        assertThat(relations("近日，定西市农业农村局印发《定西市马铃薯种薯提升方案》（以下简称《方案》）。"
                + "按照《方案》，安定区、渭源县和岷县为首批试点县区，由各地农业部门组织实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .containsExactlyInAnyOrder("定西市农业农村局", "安定区", "渭源县", "岷县");
    }

    @Test
    void placesTakingOnTheFirstTasksOfTheDocumentCarryItOut() {
        assertThat(relations("近日，定西市农业农村局印发《定西市马铃薯种薯提升方案》（以下简称《方案》）。"
                + "按照《方案》，渭源县会川镇和清源镇承担首批示范任务。", RelationType.IMPLEMENTS))
                .extracting(Relation::source)
                .containsExactlyInAnyOrder("定西市农业农村局", "会川镇", "清源镇");
    }

    @Test
    void companiesEachSigningWithTheHostAreNoPartnersOfEachOther() {
        assertThat(relations("渭源县举行招商签约仪式，甘肃陇薯种业有限公司和定西洮河粉业有限公司分别签约进园。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void theWorksADocumentIssuedAsItsClausesSubjectSetsOutArePartsOfItNotTheIssuers() {
        assertThat(relations("安徽省经济和信息化厅近期印发的《安徽省铜箔产业提升方案》（以下简称《方案》）提出实施“铜箔强链工程”。",
                RelationType.IMPLEMENTS, RelationType.PART_OF))
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("安徽省经济和信息化厅", RelationType.IMPLEMENTS, "安徽省铜箔产业提升方案"),
                        tuple("铜箔强链工程", RelationType.PART_OF, "安徽省铜箔产业提升方案"));
    }

    @Test
    void theWorksADocumentContainsInALaterClauseArePartsOfIt() {
        assertThat(relations("近日，铜陵市印发《铜陵市铜产业集群发展行动方案》（以下简称《方案》）。"
                + "《方案》由铜陵市发展和改革委员会组织实施，包含“铜箔强链”工程、“智改赋能”补贴计划等6项举措。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("铜箔强链工程", "铜陵市铜产业集群发展行动方案"),
                        tuple("智改赋能补贴计划", "铜陵市铜产业集群发展行动方案"));
    }

    @Test
    void theBuilderOfAFacilityTheTextPlacedBeforeInvestsWhereItIs() {
        assertThat(relations("近日，西北农林科技大学林学院与洛南县人民政府签订协议，将在洛南县石门镇黄龙村建设核桃加工车间。"
                + "石门镇镇长刘建华出席签约仪式。\n\n"
                + "加工车间由陕西洛峪果业科技有限公司投资860万元建设，每天可烘干鲜果80吨。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("陕西洛峪果业科技有限公司", "黄龙村", 8600000L));
    }

    @Test
    void theWorksADocumentIssuedDeploysAreNotItsIssuersOwnWork() {
        assertThat(relations("陕西省农业农村厅近期印发的《陕西省核桃产业提升三年行动方案》（以下简称《行动方案》）部署了“良种核桃扩繁工程”。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西省农业农村厅", "陕西省核桃产业提升三年行动方案"));
    }

    @Test
    void theWorksATextNamesAsInADocumentArePartsOfIt() {
        assertThat(relations("商洛市正在实施《商洛市核桃产业振兴行动计划》，其中“核桃提质工程”和“林果电商行动”已纳入省级项目库。"
                + "洛南县正在落实的《洛南县核桃产业发展方案》把“种苗繁育行动”列为首要任务。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("核桃提质工程", "商洛市核桃产业振兴行动计划"),
                        tuple("林果电商行动", "商洛市核桃产业振兴行动计划"),
                        tuple("种苗繁育行动", "洛南县核桃产业发展方案"));
    }

    @Test
    void theWorksADocumentJustIssuedSetsUpArePartsOfIt() {
        assertThat(relations("商洛市日前出台《商洛市核桃产业集群发展实施方案》（以下简称《实施方案》），设立“果仁加工工程”和“核桃出村行动”。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("果仁加工工程", "商洛市核桃产业集群发展实施方案"),
                        tuple("核桃出村行动", "商洛市核桃产业集群发展实施方案"));
    }

    @Test
    void aWorkReferredToByTheLastWordsOfItsNameIsGivenToTheBodiesAfter由() {
        assertThat(relations("《方案》列出两项重点任务：实施“核桃苗木培育工程”、开展“烘干设施改造行动”，其中苗木培育工程由洛南县林业和草原局牵头。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("洛南县林业和草原局", "核桃苗木培育工程"));
    }

    @Test
    void aCompanyRelyingOnResearchBodiesWorksWithThem() {
        assertThat(relations("在技术上，宁夏贺岚果业有限公司还依托宁夏大学农学院和宁夏农林科学院园艺研究所，试种新品种8个。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("宁夏贺岚果业有限公司", "宁夏大学农学院"),
                        tuple("宁夏贺岚果业有限公司", "宁夏农林科学院园艺研究所"));
    }

    @Test
    void theHostOfAUnitACompanyWorksWithIsNoPartnerOfTheCompany() {
        assertThat(relations("宁夏贺岚果业有限公司与依托宁夏大学建设的西部特色园艺作物重点实验室签约。", RelationType.PARTNERS_WITH))
                .extracting(Relation::target).doesNotContain("宁夏大学");
    }

    @Test
    void aCompanySaidToBelongToAGroupIsPartOfIt() {
        assertThat(relations("宁夏贺岚果业有限公司为宁夏塞上农业集团有限公司所属企业。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁夏贺岚果业有限公司", "宁夏塞上农业集团有限公司"));
    }

    @Test
    void aWorkADocumentJustIssuedHoldsIsPartOfIt() {
        assertThat(relations("今年，吴忠市人民政府印发《吴忠市肉牛产业集群培育方案》（以下简称《方案》），其中的“犊牛繁育工程”明确给予用地保障。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("犊牛繁育工程", "吴忠市肉牛产业集群培育方案"));
    }

    @Test
    void theUnitOfAGroupAResultIsLicensedToIsThePartner() {
        assertThat(relations("宁夏大学已将该成果授权宁夏塞上农业集团有限公司旗下的宁夏贺岚果业有限公司进行产业化。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁夏大学", "宁夏贺岚果业有限公司"));
    }

    @Test
    void aTownWrittenRightAfterAZoneIsInTheZone() {
        assertThat(relations("四川锂岫新材料有限公司将投资12亿元，在宜宾三江新区罗龙街道建设正极材料基地。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("罗龙街道", "宜宾三江新区"));
    }

    @Test
    void aCompanyIsWhereItWasFounded() {
        assertThat(relations("安徽皖锂新材料有限公司由合肥徽能投资集团有限公司控股，2021年成立于合肥市肥西县。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("安徽皖锂新材料有限公司", "肥西县"));
    }

    @Test
    void theBuilderOfALineTheTextPlacedBeforeInvestsWhereItIs() {
        assertThat(relations("近日，合肥工业大学化学与化工学院与肥西县人民政府签订协议，将在肥西县桃花镇建设电池隔膜中试线。"
                + "桃花镇镇长程望舒出席签约仪式。\n\n这条中试线由安徽皖锂新材料有限公司投资1.6亿元建设。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("安徽皖锂新材料有限公司", "桃花镇"));
    }

    @Test
    void aCountOfBodiesOpeningAClauseWorksWithThePartyLinkedAfterIt() {
        assertThat(relations("育种技术由西北农林科技大学园艺学院和陕西省农业科学院提供。去年10月，两家单位与眉县猕岭果业有限公司签署协议，"
                + "合作建设猕猴桃良种苗圃。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("西北农林科技大学园艺学院", "眉县猕岭果业有限公司"), tuple("陕西省农业科学院", "眉县猕岭果业有限公司"));
    }

    @Test
    void bodiesCountedAfterALinkWorkWithTheClausesSubject() {
        assertThat(relations("新品种由华中农业大学园艺林学学院和湖北省农业科学院果树茶叶研究所选育。成果转化随即启动。"
                + "宜昌柑岚农业科技有限公司随后与上述两家单位达成品种许可合作。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("宜昌柑岚农业科技有限公司", "华中农业大学园艺林学学院"),
                        tuple("宜昌柑岚农业科技有限公司", "湖北省农业科学院果树茶叶研究所"));
    }

    @Test
    void countedBodiesActingJointlyWorkTogether() {
        assertThat(relations("技术服务由山东农业大学园艺科学与工程学院、山东省农业科学院蔬菜研究所负责，两家单位联合组建了专家小组。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山东农业大学园艺科学与工程学院", "山东省农业科学院蔬菜研究所"));
    }

    @Test
    void aCountOfBodiesStandsForNoListOfAnotherSize() {
        assertThat(relations("山东农业大学园艺科学与工程学院、山东省农业科学院蔬菜研究所和寿光市蔬菜研究所参与攻关，"
                + "两家单位与寿光椿岭种苗有限公司签署了协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::target).doesNotContain("寿光椿岭种苗有限公司");
    }

    @Test
    void theCooperativeAfterACompanyAndItsDeclaredShortNameIsTheOneTheTextNames() {
        assertThat(relations("镇上的洛川县凤槐苹果专业合作社有社员260户。陕西秦甜果业有限公司（以下简称“秦甜果业”）与合作社签订了"
                + "三年收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("陕西秦甜果业有限公司", "洛川县凤槐苹果专业合作社"));
    }

    @Test
    void aParkNamedByItsWordForInnovationIsAZone() {
        assertThat(relations("宁波澜帆海洋科技有限公司投资3亿元，在宁波市北仑区梅山湾创新园建设研发中心。", RelationType.LOCATED_IN,
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("梅山湾创新园", RelationType.LOCATED_IN, "北仑区"),
                        tuple("宁波澜帆海洋科技有限公司", RelationType.INVESTS_IN, "梅山湾创新园"));
    }

    @Test
    void aCompanyCalledTheDistrictsOwnIsInTheDistrictNamedBefore() {
        assertThat(relations("青岛市黄岛区今年出台扶持政策。区内企业青岛澜帆海洋科技有限公司投资8000万元建设研发中心。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("青岛澜帆海洋科技有限公司", "黄岛区"));
    }

    @Test
    void bodiesTakingPartUnderALeaderWorkWithItAndWithEachOther() {
        assertThat(relations("近日，由华南农业大学园艺学院牵头，广东省农业科学院果树研究所、广州穗荔农业科技有限公司参与的荔枝保鲜攻关项目通过验收。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("华南农业大学园艺学院", "广东省农业科学院果树研究所"),
                        tuple("华南农业大学园艺学院", "广州穗荔农业科技有限公司"),
                        tuple("广东省农业科学院果树研究所", "广州穗荔农业科技有限公司"));
    }

    @Test
    void aClauseOpeningOnSendingSomeoneGoesOnWithTheSentencesSubject() {
        assertThat(relations("今年春季，浙江省淡水水产研究所和湖州菱湖渔业专业合作社结成帮扶对子，派出研究员沈岱宁团队驻点开展养殖指导。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("沈岱宁", "浙江省淡水水产研究所"));
    }

    @Test
    void theHeadOfATeamABodySendsWorksAtThatBody() {
        assertThat(relations("根据协议，浙江大学环境与资源学院派出以教授骆晓岚为首的技术团队驻村指导。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("骆晓岚", "浙江大学环境与资源学院"));
    }

    @Test
    void theUnitBuildingACompanysFacilityInvestsWhereTheFacilityWasSited() {
        assertThat(relations("5月8日，江西赣瓷陶瓷集团有限公司（以下简称“赣瓷集团”）日用陶瓷智能工厂在景德镇高新技术产业开发区开工。"
                + "该工厂总投资6.5亿元，由集团全资子公司景德镇瓷岚科技有限公司投资建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("景德镇瓷岚科技有限公司", "景德镇高新技术产业开发区"));
    }

    @Test
    void aFacilityOpeningOnItsPlannedTotalIsTheOneSitedBefore() {
        assertThat(relations("4月18日，四川蜀椒农业集团有限公司花椒加工基地在汉源县富林镇开工。"
                + "基地计划总投资2.4亿元，由该集团旗下汉源椒沐食品有限公司投资建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("汉源椒沐食品有限公司", "富林镇"));
    }

    @Test
    void aClauseOpeningOnItsGoesOnWithTheSubjectOfTheCopula() {
        assertThat(relations("广西桂沐糖业有限公司是广西邕甜糖业集团有限公司的全资子公司，其还与广西大学农学院签订了良种合作协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西桂沐糖业有限公司", "广西大学农学院"));
    }

    @Test
    void aClauseOpeningOnTheDayGoesOnWithTheSentencesSubject() {
        assertThat(relations("广西桂沐糖业有限公司是广西邕甜糖业集团有限公司的控股子公司，当天还与广西大学农学院签订了良种合作协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西桂沐糖业有限公司", "广西大学农学院"));
    }

    @Test
    void worksListedAfterTheFirstCarriedOutArePartsOfTheDocument() {
        assertThat(relations("日前，抚州市人民政府办公室印发《抚州市蜜橘产业提档升级实施方案》（以下简称《实施方案》），"
                + "提出实施种苗扩繁提速工程、低效果园焕新工程和冷链物流配套工程。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("种苗扩繁提速工程", "抚州市蜜橘产业提档升级实施方案"),
                        tuple("低效果园焕新工程", "抚州市蜜橘产业提档升级实施方案"),
                        tuple("冷链物流配套工程", "抚州市蜜橘产业提档升级实施方案"));
    }

    @Test
    void aFacilityOpeningOnItsSizeIsBuiltWhereTheTextPlacedIt() {
        assertThat(relations("南丰县白舍镇的枫背村新建了一座蜜橘示范园。这片600亩的示范园由江西橘禾果业有限公司投资900万元改造，"
                + "今年春季完成了滴灌管网铺设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江西橘禾果业有限公司", "枫背村"));
    }

    @Test
    void aStationBuiltByACompanyIsItsInvestmentWhereTheTextPlacedIt() {
        assertThat(relations("隆阳区潞江镇的芒果村新建了一座鲜果处理站。这座处理站由保山滇粒咖啡有限公司投资2600万元建成，日处理鲜果80吨。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("保山滇粒咖啡有限公司", "芒果村"));
    }

    @Test
    void aCompanyWithinTheZoneIsInTheZoneNamedBefore() {
        assertThat(relations("天津北辰经济技术开发区管理委员会与河北工业大学签约。开发区内的天津津骋电机有限公司随即与学院签订研发协议。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("天津津骋电机有限公司", "天津北辰经济技术开发区"));
    }

    @Test
    void aCompanyWithinAZoneWrittenRightBeforeIsInThatZone() {
        assertThat(relations("浏阳经济技术开发区内的湖南瓷岳新材料有限公司投入3000万元改造生产线。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南瓷岳新材料有限公司", "浏阳经济技术开发区"));
    }

    @Test
    void aCompanyDescribedAsOneOfAPlacesIsInThatPlace() {
        assertThat(relations("广东岭味食品有限公司是佛山市的一家调味品企业，今年在高明区投资建设新厂。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("广东岭味食品有限公司", "佛山市"));
    }

    @Test
    void worksADocumentCarriedOutDeploysArePartsOfIt() {
        assertThat(relations("今年，南丰县着力实施《南丰县蜜橘产业稳链方案》（以下简称《稳链方案》），部署了“健康种苗扩繁工程”和“老园改造计划”。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("健康种苗扩繁工程", "南丰县蜜橘产业稳链方案"),
                        tuple("老园改造计划", "南丰县蜜橘产业稳链方案"));
    }

    @Test
    void theGroupACompanyBelongsToReceivesNoneOfItsInvestment() {
        assertThat(relations("赣南橘澄果业有限公司隶属于江西赣橘控股集团有限公司，今年投资3200万元，在信丰县安西镇建成脐橙分拣车间。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("赣南橘澄果业有限公司", "安西镇"));
    }

    @Test
    void aPronounsTeamIsTheBodyOfThePersonLastNamed() {
        assertThat(relations("吉林农业大学植物保护学院副教授柯明远负责这片试验田。她的团队与吉林省农业科学院植物保护研究所合作，"
                + "在《植物保护学报》发表了玉米螟防控研究论文。", RelationType.PARTNERS_WITH, RelationType.PUBLISHED_IN))
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("吉林农业大学植物保护学院", RelationType.PARTNERS_WITH, "吉林省农业科学院植物保护研究所"),
                        tuple("吉林农业大学植物保护学院", RelationType.PUBLISHED_IN, "植物保护学报"),
                        tuple("吉林省农业科学院植物保护研究所", RelationType.PUBLISHED_IN, "植物保护学报"));
    }

    @Test
    void worksSetUnderAProgramAfterACommaArePartsOfIt() {
        assertThat(relations("宁陵县农业农村局今年启动“梨乡焕彩”行动，下设“古梨复壮”“良种换新”两项工程，覆盖梨园2万亩。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("古梨复壮工程", "梨乡焕彩行动"), tuple("良种换新工程", "梨乡焕彩行动"));
    }

    @Test
    void worksOfTheSentenceAfterADocumentsCountedMeasuresArePartsOfIt() {
        assertThat(relations("昨天，赣州市人民政府印发《赣州市脐橙产业稳链强链若干措施》（以下简称《措施》），从种苗、仓储、销售等方面提出"
                + "9条支持措施。其中，“健康苗木扩繁工程”由赣州市农业农村局承担，“产地冷库补短板行动”由各县组织实施。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("健康苗木扩繁工程", "赣州市脐橙产业稳链强链若干措施"),
                        tuple("产地冷库补短板行动", "赣州市脐橙产业稳链强链若干措施"));
    }

    @Test
    void worksADocumentCarriedOutCentresOnArePartsOfIt() {
        assertThat(relations("眉山市正在实施《眉山市泡菜产业提升三年行动计划》，围绕“原料基地标准化”“品牌营销”两大工程，力争产值翻番。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("原料基地标准化工程", "眉山市泡菜产业提升三年行动计划"),
                        tuple("品牌营销工程", "眉山市泡菜产业提升三年行动计划"));
    }

    @Test
    void aBiotechCityIsAZoneWhereCompaniesInvest() {
        assertThat(relations("湖北瑞岑检测技术有限公司投资2000万元，在武汉东湖新技术开发区光谷生物城建设检测中心。",
                RelationType.INVESTS_IN, RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(
                        tuple("湖北瑞岑检测技术有限公司", RelationType.INVESTS_IN, "光谷生物城"),
                        tuple("光谷生物城", RelationType.LOCATED_IN, "武汉东湖新技术开发区"),
                        tuple("武汉东湖新技术开发区", RelationType.LOCATED_IN, "武汉市"));
    }

    @Test
    void aFreeTradeZonesNewAreaIsAZoneByItsOwnName() {
        assertThat(relations("上海芯泓材料有限公司计划投资3亿元，在临港新片区建设研发中心。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("上海芯泓材料有限公司", "临港新片区"));
    }

    @Test
    void aControllingShareholderOpeningAClauseHoldsTheSentencesCompany() {
        assertThat(relations("湖北楚岑新材料股份有限公司总部位于襄阳市樊城区，控股股东为湖北汉水产业投资集团有限公司。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖北楚岑新材料股份有限公司", "湖北汉水产业投资集团有限公司"));
    }

    @Test
    void aBodyNamedBy州AloneIsTheArticlesAutonomousPrefectures() {
        assertThat(relations("黔东南州今年扩种油茶。州林业局局长杨世安介绍，全州油茶林已达200万亩。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("杨世安", "黔东南苗族侗族自治州林业局"));
    }

    @Test
    void theProjectANextSentenceFundsIsTheFacilityStartedAfterItsPlaces() {
        assertThat(relations("6月3日，丽水市松阳县大东坝镇横樟村的香榧烘干车间正式投产。该项目由浙江榧语农业科技有限公司投资2600万元建设。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浙江榧语农业科技有限公司", "横樟村"));
    }

    @Test
    void aResearchTeamOpeningALaterSentenceIsTheBodyLastCalledATeam() {
        assertThat(relations("甘肃农业大学园艺学院教授焦立民团队选育出耐旱苹果砧木。目前，研究团队已与甘肃岭耘果业有限公司签订成果转化协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("甘肃农业大学园艺学院", "甘肃岭耘果业有限公司"));
    }

    @Test
    void aGroupOfABodyReferredToIsThatBodysTeam() {
        assertThat(relations("记者从中国科学院西北高原生物研究所获悉，该所研究员沈书铭课题组研制出青稞保鲜新工艺。"
                + "课题组已与青海禾岫食品有限公司签署技术许可协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国科学院西北高原生物研究所", "青海禾岫食品有限公司"));
    }

    @Test
    void bodiesListedRightBeforeUndertakingJointlyPartnerEachOther() {
        assertThat(relations("其中，苹果矮化密植任务由西北农林科技大学园艺学院、陕西省果树研究所联合承担。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("西北农林科技大学园艺学院", "陕西省果树研究所"));
    }

    @Test
    void aCitysShortFormActingDeeplyIsTheCity() {
        assertThat(relations("安康市农业农村局局长邵川岳表示，安康正深入实施“茶园焕彩行动”，今年改造低产茶园2万亩。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("安康市", "茶园焕彩行动"));
    }

    @Test
    void anIssuedDocumentOpeningTheSentenceSetsOutWorksAfterAComma() {
        assertThat(relations("黔南州人民政府今年印发的《黔南州竹产业提质三年行动方案》，提出实施“竹林改培工程”和“竹木加工提质行动”。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("竹林改培工程", "黔南州竹产业提质三年行动方案"),
                        tuple("竹木加工提质行动", "黔南州竹产业提质三年行动方案"));
    }

    @Test
    void aWorkADocumentRanksAmongItsTasksIsPartOfIt() {
        assertThat(relations("湖北省农业农村厅今年印发的《湖北省茶叶产业强链三年方案》将“夏秋茶增效工程”列为首项任务。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("夏秋茶增效工程", "湖北省茶叶产业强链三年方案"));
    }

    @Test
    void aCoreSubsidiaryAGroupSetUpSomewhereIsItsUnit() {
        assertThat(relations("作为湖南衡曜装备集团有限公司在西南设立的重要子公司，重庆渝铖机械有限公司今年扩建了两条生产线。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("重庆渝铖机械有限公司", "湖南衡曜装备集团有限公司"));
    }

    @Test
    void aTitleAfter其IsAPostInTheBodyTheSentenceIsAbout() {
        assertThat(relations("衢州柯岭茶业有限公司是浙江瓯越茶业集团有限公司的控股企业，其总经理钱书亭表示，公司今年将扩建茶园800亩。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("钱书亭", "衢州柯岭茶业有限公司"));
    }

    @Test
    void twoPartiesPayingForAFacilityTogetherBothInvestWhereItWasPlaced() {
        assertThat(relations("宜良县北古城镇的花卉冷链物流园昨日开园。园区总投资3亿元，由云南滇岚花卉有限公司与宜良县岚乡产业投资有限公司合资建设。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("云南滇岚花卉有限公司", "北古城镇"), tuple("宜良县岚乡产业投资有限公司", "北古城镇"));
    }

    @Test
    void anotherSubsidiaryOfAGroupIsWhatSettlesWhereTheClauseSays() {
        assertThat(relations("湖南湘钧控股集团有限公司（以下简称“湘钧集团”）与衡阳市签约。"
                + "湘钧集团的另一家子公司衡阳湘钧智能装备有限公司，则落户衡阳市衡南县云集街道。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("衡阳湘钧智能装备有限公司", "云集街道"))
                .doesNotContain(tuple("湖南湘钧控股集团有限公司", "云集街道"));
    }

    @Test
    void aFacilityCalledByItsKindAloneIsBuiltWhereTheTextPlacedIt() {
        assertThat(relations("今年，丹寨县兴仁镇摆泥村新建了一座茶叶加工车间。该车间由贵州苗岭茶韵有限公司投资1200万元建设，日加工鲜叶20吨。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贵州苗岭茶韵有限公司", "摆泥村"));
    }

    @Test
    void partiesPoolingSharesInAFacilityPartnerEachOther() {
        assertThat(relations("岳西县云崖茶叶专业合作社与安徽皖岫茶业有限公司合股新建绿茶加工厂。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("岳西县云崖茶叶专业合作社", "安徽皖岫茶业有限公司"));
    }

    @Test
    void aClauseOpeningOnThisOccasionGoesOnWithTheSentencesSubject() {
        assertThat(relations("芜湖皖澄智能科技有限公司是安徽澄江装备集团有限公司的全资子公司，此次还与安徽工程大学机械工程学院签约，"
                + "共建焊接机器人实验室。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("芜湖皖澄智能科技有限公司", "安徽工程大学机械工程学院"));
    }

    @Test
    void aResultSaidToBeTheTeamsNamesNoTeam() {
        assertThat(relations("近日，西北农林科技大学园艺学院柯岷川教授团队联合中国农业科学院郑州果树研究所，在矮化砧木育种中取得进展。"
                + "该研究属于团队承担的省级专项。目前，团队已与陕西秦岫果业有限公司签订技术合作协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("西北农林科技大学园艺学院", "陕西秦岫果业有限公司"))
                .doesNotContain(tuple("中国农业科学院郑州果树研究所", "陕西秦岫果业有限公司"));
    }

    @Test
    void aResearcherHeadingWhatACompanyBuiltWithTheirCollegeHoldsNoPostOfTheCompanys() {
        assertThat(relations("浙江稽岙香榧集团有限公司与浙江农林大学现代农学院共建香榧品种试验站，由该院教授骆文彬担任站长。",
                RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("骆文彬", "浙江农林大学现代农学院"));
    }

    @Test
    void aLaboratoryBelongingToAUniversityIsPartOfIt() {
        assertThat(relations("本次试验依托的省部共建茶树生物学与资源利用国家重点实验室隶属安徽农业大学。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("省部共建茶树生物学与资源利用国家重点实验室", "安徽农业大学"));
    }

    @Test
    void worksADocumentMakesItsTasksArePartsOfIt() {
        assertThat(relations("今年，镇宁县印发《镇宁县蜂糖李产业提质行动方案》，将“老果园改造工程”和“鲜果分级包装行动”列为两项核心任务。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("老果园改造工程", "镇宁县蜂糖李产业提质行动方案"),
                        tuple("鲜果分级包装行动", "镇宁县蜂糖李产业提质行动方案"));
    }

    @Test
    void worksCarriedOutChieflyUnderADocumentBeingPutIntoEffectArePartsOfIt() {
        assertThat(relations("吕梁市近日召开推进会，全面落实《吕梁市特色装备制造业三年行动方案》（以下简称《行动方案》），"
                + "重点实施“链主企业培育工程”和“配套园区提升工程”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("链主企业培育工程", "吕梁市特色装备制造业三年行动方案"),
                        tuple("配套园区提升工程", "吕梁市特色装备制造业三年行动方案"));
    }

    @Test
    void worksADocumentJustIssuedPutsForwardAfterWhoCarriesItOutArePartsOfIt() {
        assertThat(relations("日前，寿县出台《寿县稻渔产业升级三年行动方案》（以下简称《行动方案》），由县农业农村局牵头、县财政局配合推进，"
                + "提出实施“良种繁育工程”和“品牌打造工程”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("良种繁育工程", "寿县稻渔产业升级三年行动方案"),
                        tuple("品牌打造工程", "寿县稻渔产业升级三年行动方案"));
    }

    @Test
    void aWorkADocumentLaunchesIsPartOfIt() {
        assertThat(relations("六盘水市印发《六盘水市刺梨产业发展行动方案》（以下简称《行动方案》）。"
                + "《行动方案》同时推出“刺梨初加工提升行动”，每年新建加工点30个。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("刺梨初加工提升行动", "六盘水市刺梨产业发展行动方案"));
    }

    @Test
    void companiesCountedBeforeSigningWithAHostAreNoPartnersOfEachOther() {
        assertThat(relations("近日，沈阳鑫博精工有限公司、沈阳辽岳电气有限公司等4家企业与沈阳经济技术开发区管委会签订投资协议。",
                RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("沈阳鑫博精工有限公司", "沈阳经济技术开发区管理委员会"),
                        tuple("沈阳辽岳电气有限公司", "沈阳经济技术开发区管理委员会"));
    }

    @Test
    void theSubsidiaryReferredToIsTheCompanyNamedUnderTheGroup() {
        assertThat(relations("广州穗澍食品集团有限公司（以下简称“穗澍集团”）旗下的清远穗澍调味品有限公司将在清城区建设酱料工厂。"
                + "穗澍集团总经理邝伟杰透露，下半年集团计划向该子公司注资1.5亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("清远穗澍调味品有限公司", "清城区"),
                        tuple("广州穗澍食品集团有限公司", "清远穗澍调味品有限公司"));
    }

    @Test
    void aPartyACompanySignsWithDoesNotSpendWhatTheCompanyPlans() {
        assertThat(relations("眉山锂湄新材料科技有限公司先与西南交通大学签订技术合作协议，接着同眉山市彭山区人民政府签署投资协议，"
                + "计划出资7.2亿元在彭山区青龙街道建设电解液项目。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("眉山锂湄新材料科技有限公司", "青龙街道"));
    }

    @Test
    void aDivisionMakingAWorkItsTaskCarriesItOut() {
        assertThat(relations("石棉县农业农村局局长杨林舟介绍，今年石棉县把“黄果柑品质提升行动”列为全县农业的头号工程。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("石棉县", "黄果柑品质提升行动"));
    }

    @Test
    void theIssuerOfADocumentAnotherBodyCarriesOutDoesNotCarryOutItsWorks() {
        assertThat(relations("东营港经济开发区管委会副主任韩志成说，这里正抓紧落实山东省工业和信息化厅印发的"
                + "《山东省化工园区封闭化管理行动方案》，同时启动“园区应急能力提升工程”。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("东营港经济开发区管理委员会", "园区应急能力提升工程"))
                .doesNotContain(tuple("山东省工业和信息化厅", "园区应急能力提升工程"));
    }

    @Test
    void capitalAddedByTheParentAfter获GoesToTheCompanyTheSentenceIsAbout() {
        assertThat(relations("无锡澍芯微电子有限公司位于锡山经济技术开发区，是苏州岱屹电子集团股份有限公司的全资子公司，"
                + "二季度还获得母公司注资1.8亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("苏州岱屹电子集团股份有限公司", "无锡澍芯微电子有限公司"));
    }

    @Test
    void aDivisionADocumentIsOwedToIssuedIt() {
        assertThat(relations("这些项目能够顺利落地，得益于韶关市今年初出台的《韶关市先进材料产业集群培育实施方案》。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("韶关市", "韶关市先进材料产业集群培育实施方案"));
    }

    @Test
    void worksADocumentJustIssuedCarriesOutChieflyAfterWhoLeadsItArePartsOfIt() {
        assertThat(relations("日前，临沂市人民政府印发《临沂市木业产业提档升级八条措施》（以下简称“木业八条”），"
                + "由临沂市工业和信息化局牵头，重点实施“板材绿色工厂工程”和“家居品牌培育行动”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("板材绿色工厂工程", "临沂市木业产业提档升级八条措施"),
                        tuple("家居品牌培育行动", "临沂市木业产业提档升级八条措施"));
    }

    @Test
    void aLaboratorySaidToBeSeatedAtAnInstituteIsPartOfIt() {
        assertThat(relations("这项成果依托植物病虫害综合治理重点实验室取得，该实验室设在江苏省农业科学院植物保护研究所。",
                RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("植物病虫害综合治理重点实验室", "江苏省农业科学院植物保护研究所"));
    }

    @Test
    void theBodiesADocumentIsIssuedByCarryItOut() {
        assertThat(relations("近日，《广西壮族自治区糖业高质量发展行动方案》（以下简称《行动方案》）由广西壮族自治区工业和信息化厅"
                + "和自治区农业农村厅联合印发。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("广西壮族自治区工业和信息化厅", "广西壮族自治区糖业高质量发展行动方案"),
                        tuple("广西壮族自治区农业农村厅", "广西壮族自治区糖业高质量发展行动方案"));
    }

    @Test
    void aVerbInsideAProgramsNameCarriesNothingOut() {
        assertThat(relations("近日，大连市工业和信息化局出台《大连市海工装备产业集群行动方案》（以下简称《行动方案》），"
                + "提出实施“首台套示范推广计划”“关键配套攻坚工程”和“船企数字化改造行动”。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("大连市工业和信息化局", "大连市海工装备产业集群行动方案"));
    }

    @Test
    void countedTasksADocumentSetsOutAreNoWorkOfItsIssuer() {
        assertThat(relations("日前，云南省农业农村厅印发《云南省咖啡种植品质提升三年行动方案》（以下简称《行动方案》），"
                + "明确两项重点任务：实施“老旧咖啡园更新工程”，三年改造咖啡园30万亩；开展“精品咖啡品牌行动”。",
                RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南省农业农村厅", "云南省咖啡种植品质提升三年行动方案"));
    }

    @Test
    void aParentSettingASubsidiaryUpSomewhereInvestsInTheSubsidiaryNotThePlace() {
        assertThat(relations("普洱澍香咖啡有限公司是云南滇澍实业集团有限公司在普洱设立的全资子公司。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南滇澍实业集团有限公司", "普洱澍香咖啡有限公司"));
    }

    @Test
    void worksADocumentAlsoHoldsArePartsOfIt() {
        assertThat(relations("滁州高新区印发《滁州高新区支持光伏产业发展十条措施》（以下简称《十条措施》）。"
                + "《十条措施》中还设有“光伏应用示范计划”和“光伏技工专项”。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("光伏应用示范计划", "滁州高新区支持光伏产业发展十条措施"),
                        tuple("光伏技工专项", "滁州高新区支持光伏产业发展十条措施"));
    }

    @Test
    void aCompanyIntroducedAsAPlacesCompanyIsInThatPlace() {
        assertThat(relations("今年4月，南宁市企业广西岚澍食品有限公司投资2600万元，在那桐镇建成米粉加工厂。",
                RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西岚澍食品有限公司", "南宁市"));
    }

    @Test
    void aScienceParkNamedUnderAZoneLiesInItAndTakesTheInvestment() {
        List<Relation> found = relations("6月3日，江苏岫芯半导体有限公司封装测试项目在苏州高新技术产业开发区青岚湖科技园开工，"
                + "项目总投资4亿元。", RelationType.INVESTS_IN, RelationType.LOCATED_IN);
        assertThat(found).extracting(Relation::source, Relation::type, Relation::target).containsExactlyInAnyOrder(
                tuple("江苏岫芯半导体有限公司", RelationType.INVESTS_IN, "青岚湖科技园"),
                tuple("青岚湖科技园", RelationType.LOCATED_IN, "苏州高新技术产业开发区"),
                tuple("苏州高新技术产业开发区", RelationType.LOCATED_IN, "苏州市"));
    }

    @Test
    void aParkOfANameNoDictionaryKnowsIsAZoneWhereAProjectSettles() {
        assertThat(relations("在滕州市，枣庄铎拓机械有限公司投资1.8亿元建设的精密铸件项目已落户荆河湾工业园区。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("枣庄铎拓机械有限公司", "荆河湾工业园区"));
    }

    @Test
    void aProfessorOf该院AfterTheBackyardACollegeSetUpIsTheColleges() {
        assertThat(relations("西南大学园艺园林学院在奉节县设立奉节脐橙科技小院，由该院教授钟予衡带队，8名研究生轮流驻守。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("钟予衡", "西南大学园艺园林学院"));
    }

    @Test
    void aRegisteredSeatSaidWithAnAdverbPlacesTheCompany() {
        assertThat(relations("江苏澜垚控股集团有限公司去年5月完成工商登记，注册地也在五家渠经济技术开发区。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("五家渠经济技术开发区", "五家渠市"), tuple("江苏澜垚控股集团有限公司", "五家渠经济技术开发区"));
    }

    @Test
    void aSubsidiaryIntroducedAsTheParentsIsWhereTheSentencePlacesIt() {
        assertThat(relations("新疆澜垚新材料科技有限公司（以下简称“澜垚新材”）年产3万吨项目开工。作为江苏澜垚控股集团有限公司的全资子公司，"
                + "澜垚新材去年5月完成工商登记，总部位于五家渠经济技术开发区。", RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("五家渠经济技术开发区", "五家渠市"), tuple("新疆澜垚新材料科技有限公司", "五家渠经济技术开发区"));
    }

    @Test
    void aCompanyCalledABodyInsideAZoneLiesInIt() {
        assertThat(relations("山东鲁芝生物科技有限公司（以下简称“鲁芝生物”）新建厂房。鲁芝生物是临沂经济技术开发区内的一家菌菇加工企业。",
                RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("临沂经济技术开发区", "临沂市"), tuple("山东鲁芝生物科技有限公司", "临沂经济技术开发区"));
    }

    @Test
    void aCooperativeAfterTheYearOpeningItsClauseIsTheOneNamedBefore() {
        assertThat(relations("浪卡子县岗堆村的浪卡子县岗堆牦牛养殖专业合作社成立于2019年。合作社理事长丹增曲扎说，2022年合作社与山南羚峰农牧"
                + "科技有限公司签约，由企业统一收购。", RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("浪卡子县岗堆牦牛养殖专业合作社", "山南羚峰农牧科技有限公司"));
    }

    @Test
    void aLocalCompanyIsNamedAfterTheWordsSayingItIsLocal() {
        assertThat(relations("韶关本地企业韶丰精工有限公司今年与广东工业大学机电工程学院共建研发中心。",
                RelationType.PARTNERS_WITH, RelationType.LOCATED_IN))
                .extracting(Relation::source, Relation::type, Relation::target).containsExactly(
                        tuple("韶丰精工有限公司", RelationType.LOCATED_IN, "韶关市"),
                        tuple("韶丰精工有限公司", RelationType.PARTNERS_WITH, "广东工业大学机电工程学院"));
    }

    @Test
    void aStationAnInstituteBuildsAndRunsIsPartOfIt() {
        assertThat(relations("中国科学院新疆生态与地理研究所与新疆大学联合发表论文。数据来自中国科学院策勒荒漠草地生态系统观测研究站。该站地处"
                + "策勒县，由新疆生态与地理研究所建设运行。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("中国科学院策勒荒漠草地生态系统观测研究站", "中国科学院新疆生态与地理研究所"));
    }

    @Test
    void whatACompanyBuiltSettlingSomewhereLeavesTheCompanyWhereItWas() {
        assertThat(relations("衢州澈岚茶业有限公司去年与合作社签订收购协议；今年5月，由该公司投入2800万元兴建的红茶加工中心落户永和镇。",
                RelationType.LOCATED_IN, RelationType.INVESTS_IN)).extracting(Relation::source, Relation::type,
                        Relation::target).containsExactly(tuple("衢州澈岚茶业有限公司", RelationType.INVESTS_IN, "永和镇"));
    }

    @Test
    void aLaboratoryDescribedAsBelongingToAUniversityIsItsUnit() {
        assertThat(relations("这项工作主要在隶属南京农业大学的作物遗传与种质创新利用全国重点实验室开展。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("作物遗传与种质创新利用全国重点实验室", "南京农业大学"));
    }

    @Test
    void aLaboratoryAUniversityLedInBuildingIsItsUnit() {
        assertThat(relations("课题组长期依托由华中农业大学牵头组建的作物遗传改良全国重点实验室开展攻关。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("作物遗传改良全国重点实验室", "华中农业大学"));
    }

    @Test
    void theUnitBuiltOnAnInstitutionIsTheOneNamedAfterItNotTheStudyRelyingOnIt() {
        assertThat(relations("华中农业大学植物科学技术学院联合湖北省农业科学院粮食作物研究所发表论文。该研究依托华中农业大学建设的作物遗传改良"
                + "全国重点实验室开展。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("作物遗传改良全国重点实验室", "华中农业大学"),
                        tuple("华中农业大学植物科学技术学院", "华中农业大学"));
    }

    @Test
    void aCorrespondingAuthorNamedWithoutATitleIsThePersonHeStandsFor() {
        assertThat(relations("河南农业大学农学院副教授林予晗为论文第一作者，邵景明为通讯作者，他还兼任省部共建小麦玉米作物学国家重点实验室副主任。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target).containsExactly(
                        tuple("林予晗", "河南农业大学农学院"), tuple("邵景明", "省部共建小麦玉米作物学国家重点实验室"));
    }

    @Test
    void worksADocumentsCarrierPushesAmongItsTasksAreItsParts() {
        assertThat(relations("开发区管委会主任黄立表示，开发区正在落实《赣州市稀土新材料产业发展行动计划》，下一步将着力推进其中的“稀土回收利用工程”"
                + "和“永磁电机配套行动”。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("稀土回收利用工程", "赣州市稀土新材料产业发展行动计划"),
                        tuple("永磁电机配套行动", "赣州市稀土新材料产业发展行动计划"));
    }

    @Test
    void aWorkCalledOneOfTheTasksADocumentSetIsItsPart() {
        assertThat(relations("普洱市农业农村局负责人说，全市正在推进“精品茶园改造行动”，这是《普洱市茶产业提质增效实施方案》明确的重点任务之一。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("精品茶园改造行动", "普洱市茶产业提质增效实施方案"));
    }

    @Test
    void eachFounderPayingItsShareOfACompanyFoundedTogetherInvestsInIt() {
        assertThat(relations("钦州澹岳新材料有限公司成立于2022年，由广西澹岳实业集团有限公司出资6亿元、广西钦州临港产业投资有限公司出资2亿元"
                + "共同组建。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target).containsExactly(
                        tuple("广西澹岳实业集团有限公司", "钦州澹岳新材料有限公司"),
                        tuple("广西钦州临港产业投资有限公司", "钦州澹岳新材料有限公司"));
    }

    @Test
    void aWorkCalledOneOfTheProjectsOfADocumentByItsShortNameIsItsPart() {
        assertThat(relations("会昌县人民政府副县长曾砚表示，全县正在实施《会昌县脐橙产业升级实施意见》（以下简称《实施意见》），“脐橙采后商品化"
                + "处理工程”是《实施意见》确定的四大工程之一。", RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("脐橙采后商品化处理工程", "会昌县脐橙产业升级实施意见"));
    }

    @Test
    void aMinorityHolderPayingForItsStakeInvestsWhatItPaid() {
        assertThat(relations("青海柴峤新材料有限公司由厦门鹭澜能源科技股份有限公司控股，青海昆岳产业投资有限公司出资3.5亿元参股。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("青海昆岳产业投资有限公司", "青海柴峤新材料有限公司", 350000000L));
    }

    @Test
    void aVillagesPeopleFoundingACooperativeLeaveTheCooperativeTheParty() {
        assertThat(relations("邦堆村村民去年集体组建了达孜区邦堆果蔬种植专业合作社，并与西藏雪峰农业开发有限公司签订了蔬菜收购协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("达孜区邦堆果蔬种植专业合作社", "西藏雪峰农业开发有限公司"));
    }

    @Test
    void bodiesListedOpeningAClauseThatSignTogetherArePartnersOfEachOther() {
        assertThat(relations("11月8日，宜宾市叙州区人民政府、四川轻化工大学、宜宾学院在叙州签约，将共建白酒酿造产业研究院。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target).containsExactly(
                        tuple("叙州区人民政府", "四川轻化工大学"), tuple("叙州区人民政府", "宜宾学院"),
                        tuple("四川轻化工大学", "宜宾学院"));
    }

    @Test
    void aCompanyIntroducedAsAUnitUnderAGroupIsPartOfIt() {
        assertThat(relations("作为云南蕈岭食品集团有限公司旗下的菌菇板块，云南蕈源生物科技有限公司今年在楚雄建成烘干车间。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("云南蕈源生物科技有限公司", "云南蕈岭食品集团有限公司"));
    }

    @Test
    void theParentsSeatAfterAUnitIntroducedUnderItPlacesTheParent() {
        assertThat(relations("作为福建闽峤控股集团有限公司旗下的冷链运输板块，福建峤通供应链有限公司主营生鲜配送，其母集团总部设在福州市鼓楼区。",
                RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("鼓楼区", "福州市"), tuple("福建闽峤控股集团有限公司", "鼓楼区"));
    }

    @Test
    void theFirstHeadOfABodyTheSentenceOpensOnHoldsAPostThere() {
        assertThat(relations("漳平水仙茶产业研究院去年在漳平市挂牌。研究院的技术力量主要来自福建农林大学园艺学院，该学院副教授林予舟出任首任院长。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target).containsExactly(
                        tuple("林予舟", "漳平水仙茶产业研究院"), tuple("林予舟", "福建农林大学园艺学院"));
    }

    @Test
    void aStationAUniversitySetUpSomewhereIsItsUnit() {
        assertThat(relations("华南农业大学园艺学院团队培育出荔枝新品种。该校在茂名市高州市建立的高州荔枝试验站将率先示范推广。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target).containsExactly(
                        tuple("高州荔枝试验站", "华南农业大学"), tuple("华南农业大学园艺学院", "华南农业大学"));
    }

    @Test
    void bodiesTakingPartWhereALeaderLedTheBuildingAreItsPartnersAndEachOthers() {
        assertThat(relations("盐湖提锂中试基地由青海大学化工学院牵头组建，中国科学院青海盐湖研究所、青海澜锂新材料有限公司共同参与。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target).containsExactly(
                        tuple("青海大学化工学院", "中国科学院青海盐湖研究所"), tuple("青海大学化工学院", "青海澜锂新材料有限公司"),
                        tuple("中国科学院青海盐湖研究所", "青海澜锂新材料有限公司"));
    }

    @Test
    void bodiesListedThatEachSignToSettleAtAHostAreNoPartnersOfEachOther() {
        assertThat(relations("发布会上，北京岫衡智能机器人有限公司、北京澜川传动技术有限公司签约落户北京经济技术开发区。",
                RelationType.PARTNERS_WITH)).isEmpty();
    }

    @Test
    void aCentreOpeningASentencePartnersForTheCompanyTheSentenceBeforeIsAbout() {
        assertThat(relations("湖南湘沅冷链物流有限公司投资1.2亿元建设的柑橘分拣中心在石门县投产。湘沅冷链是湖南沅丰控股集团有限公司的全资子公司。"
                + "该中心与夹山镇岩门村的石门县岩门柑橘专业合作社签订长期收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘沅冷链物流有限公司", "石门县岩门柑橘专业合作社"));
    }

    @Test
    void aFactoryRelyingOnOneBodyAndBuildingWithAnotherPartnersTheOtherForItsCompany() {
        assertThat(relations("宁夏贺峰乳业有限公司今年在吴忠市利通区建成新工厂。工厂依托宁夏农林科学院动物科学研究所优化发酵工艺，"
                + "并与宁夏大学食品科学与工程学院共建乳品检测实验室。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁夏贺峰乳业有限公司", "宁夏大学食品科学与工程学院"));
    }

    @Test
    void itsResearchCentreAfterTheCompanysClausePartnersForTheCompany() {
        assertThat(relations("甘肃陇岫中药材有限公司由甘肃岷岳投资集团有限公司控股，其研发中心与甘肃农业大学农学院共建当归良种繁育圃。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("甘肃陇岫中药材有限公司", "甘肃农业大学农学院"));
    }

    @Test
    void aCooperativeOfThisVillageAfterALinkIsTheParty() {
        assertThat(relations("贵州黔溪茶业有限公司还与本村的凤冈县岩口茶叶专业合作社签约，由合作社组织茶农采摘鲜叶。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贵州黔溪茶业有限公司", "凤冈县岩口茶叶专业合作社"));
    }

    @Test
    void aCompanyUnderAGroupWithADeclaredShortNameIsWhoSpendsInTheSentence() {
        assertThat(relations("浙江瓯禾食品集团有限公司（以下简称“瓯禾集团”）旗下的文成瓯禾农业有限公司与浙江农林大学签约，"
                + "并投资5000万元在珊溪镇建设茶叶加工厂。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("文成瓯禾农业有限公司", "珊溪镇", 50000000L));
    }

    @Test
    void aSubsidiaryNamedAfterTheWordsForItUnderAGroupIsWhoSpends() {
        assertThat(relations("江西赣峤农业集团有限公司旗下子公司会昌赣峤果业有限公司与赣南师范大学签约，并计划投资1.5亿元在筠门岭镇新建脐橙分拣车间。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("会昌赣峤果业有限公司", "筠门岭镇", 150000000L));
    }

    @Test
    void aNewlySetUpSubsidiaryRegisteredSomewhereIsThere() {
        assertThat(relations("浙江甬舟汽车零部件集团有限公司新设立的全资子公司芜湖甬舟热管理有限公司已在芜湖经济技术开发区完成注册。",
                RelationType.LOCATED_IN)).extracting(Relation::source, Relation::target).containsExactly(
                        tuple("芜湖经济技术开发区", "芜湖市"), tuple("芜湖甬舟热管理有限公司", "芜湖经济技术开发区"));
    }

    @Test
    void worksOpeningTheSentenceAfterADocumentsCountedMeasuresAndWhatTheyGiveAreItsParts() {
        assertThat(relations("近日，湛江市人民政府印发《湛江市海洋牧场建设若干措施》，提出十二条措施，对新建深水网箱的企业最高给予500万元补贴。"
                + "其中，“深海养殖装备提升工程”由湛江市海洋发展局牵头实施。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("深海养殖装备提升工程", "湛江市海洋牧场建设若干措施"));
    }

    @Test
    void aResearcherAfterTwoResearchBodiesListedHoldsAPostAtEach() {
        assertThat(relations("近日，四川农业大学农学院、西南作物基因资源发掘与利用国家重点实验室柏文澍教授团队在小麦抗病研究中取得新进展。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target).containsExactlyInAnyOrder(
                        tuple("柏文澍", "西南作物基因资源发掘与利用国家重点实验室"), tuple("柏文澍", "四川农业大学农学院"));
    }

    @Test
    void aProjectStartedAfterThePlacesSettingTheSceneIsWhereItsBuilderInvests() {
        assertThat(relations("5月9日，恩施州宣恩县椒园镇龙潭坳村，宣恩富硒茶精深加工产业园项目开工建设。"
                + "该项目由湖北峡岚茶业有限公司投资2.6亿元建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("湖北峡岚茶业有限公司", "龙潭坳村", 260000000L));
    }

    @Test
    void aWorkshopStartedInAVillageIsWhereTheProjectsBuilderInvests() {
        assertThat(relations("3月2日，丽水市松阳县大东坝镇竹岙村的竹艺共富工坊正式开工。"
                + "项目由浙江松竹工艺品有限公司投资1800万元建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("浙江松竹工艺品有限公司", "竹岙村", 18000000L));
    }

    @Test
    void fundsPutInForTheWorkTheSentenceBeforeSetOutGoWhereThatWorkIs() {
        assertThat(relations("目前，团队已与湖北荆楚菌业有限公司签约，在随州市随县万和镇杉木冲村建设香菇良种示范基地300亩。"
                + "荆楚菌业为此投入520万元，用于菌棒生产线建设。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("湖北荆楚菌业有限公司", "杉木冲村", 5200000L));
    }

    @Test
    void moreInvestedIn其GoesToTheCompanyTheTextSpokeOf() {
        assertThat(relations("赣州岚锂新材料有限公司是江西瑞岚矿业集团股份有限公司（以下简称“瑞岚集团”）的控股子公司。"
                + "今年4月，瑞岚集团向其追加投资4亿元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("江西瑞岚矿业集团股份有限公司", "赣州岚锂新材料有限公司", 400000000L));
    }

    @Test
    void aProjectOpeningTheClauseAfterItsCompanysPartnersForTheCompany() {
        assertThat(relations("宁夏贺澜光伏材料有限公司由宁夏澜峙能源集团有限公司控股，项目投产后将与宁夏大学材料与新能源学院共建光伏组件检测中心。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁夏贺澜光伏材料有限公司", "宁夏大学材料与新能源学院"));
    }

    @Test
    void foundersEachPayingAShareOfTheCompanyTheyFoundArePartners() {
        assertThat(relations("贵州黔垄食品有限公司由贵州黔禾投资集团有限公司出资1.2亿元、遵义市播州区农业投资有限公司出资8000万元共同组建。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("贵州黔禾投资集团有限公司", "遵义市播州区农业投资有限公司"));
    }

    @Test
    void 其AfterALinkOpeningASentenceIsTheCompanyTheSentenceBeforeIsAbout() {
        assertThat(relations("今年，湖南楚禾米业有限公司投资9000万元，在南县建设稻虾米加工厂。"
                + "荷塘嘴村的南县荷塘嘴稻虾种养专业合作社与其签订了订单收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南县荷塘嘴稻虾种养专业合作社", "湖南楚禾米业有限公司"));
    }

    @Test
    void theCompanyReferredToAfterItIsCalledAUnitOfAGroupWhoseSeatIsGivenIsTheUnit() {
        assertThat(relations("湖南湘瓷新材料有限公司是总部位于长沙市的湖南醴湘控股集团有限公司旗下企业。"
                + "生产线核心工艺由该公司与中南大学材料科学与工程学院共同研发。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖南湘瓷新材料有限公司", "中南大学材料科学与工程学院"));
    }

    @Test
    void aParkOfALongerNameAfterThePlacesItLiesInIsWhereABodyBuildingThereInvests() {
        assertThat(relations("10月8日，泾川县人民政府与甘肃泾峪食品有限公司签约，该公司将投资2.1亿元，在泾川县王村镇果品循环经济产业园建设果汁生产线。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("甘肃泾峪食品有限公司", "果品循环经济产业园", 210000000L));
    }

    @Test
    void aSecondPhaseStartedAfterThePlacesItLiesInIsWhereTheNextSentencesBuilderInvests() {
        assertThat(relations("6月2日，黔东南州台江县台盘乡棉花村茶叶加工基地二期工程投产。二期工程由贵州雷岚茶业有限公司投资2600万元建设。",
                RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("贵州雷岚茶业有限公司", "棉花村", 26000000L));
    }

    @Test
    void fundsNamedAloneGoToTheInstituteAnEarlierClauseOpensOn() {
        assertThat(relations("雅安市人民政府与四川农业大学签约，共建雅安藏茶产业研究院。"
                + "根据协议，研究院依托四川农业大学园艺学院运行，雅安市每年安排800万元运行经费。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("雅安市", "雅安藏茶产业研究院", 8000000L));
    }

    @Test
    void aCooperativeOfTheGachaAfterALinkIsTheParty() {
        assertThat(relations("内蒙古草韵乳业有限公司今年与该嘎查的苏尼特右旗巴彦肉羊养殖专业合作社签订了五年供货合同。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("内蒙古草韵乳业有限公司", "苏尼特右旗巴彦肉羊养殖专业合作社"));
    }

    @Test
    void theBodyLeadingADocumentsDraftingCarriesItOut() {
        assertThat(relations("近日，由甘肃省农业农村厅牵头、甘肃省林业和草原局参与制定的《甘肃省中药材产业链延伸行动方案》正式印发。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .contains(tuple("甘肃省农业农村厅", "甘肃省中药材产业链延伸行动方案"));
    }

    @Test
    void aFacilitysBuilderInvestsWhereItIsSaidToOpenNotInThePlaceItsNameOpensWith() {
        assertThat(relations("3月8日，总投资2.4亿元的运城果品冷链物流园在运城市临猗县庙上乡启用。"
                + "物流园由山西晋杏冷链物流有限公司投资建设，设计年周转果品20万吨。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋杏冷链物流有限公司", "庙上乡"));
    }

    @Test
    void theCompanyAClauseBeforeBuildsByWithItsTotalIsTheInvestorNotTheTeamThatSigned() {
        assertThat(relations("华中农业大学园艺林学学院团队长期从事柑橘育种研究。今年3月，团队与湖北柑溪农业科技有限公司签订合作协议，"
                + "由该公司在宜昌市秭归县郭家坝镇建设300亩示范园，总投资1500万元。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target, r -> r.properties().get("amount"))
                .containsExactly(tuple("湖北柑溪农业科技有限公司", "郭家坝镇", 15000000L));
    }

    @Test
    void aStandingDeputyWhoseTitleListsWithItsDeputyWordIsTheBodysMember() {
        assertThat(relations("长治高新区管委会常务副主任赵景川表示，园区今年将新引进项目15个。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("赵景川", "长治高新技术产业开发区管理委员会"));
    }

    @Test
    void theCountyAClauseIsAboutCarriesOutWhatItPushesOnRelyingOnAResearchBody() {
        assertThat(relations("榆社县农业农村局局长王守堂表示，该县正依托山西农业大学等科研单位推进“杂粮良种覆盖行动”，今年新建良种繁育田2000亩。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("榆社县", "杂粮良种覆盖行动"), tuple("榆社县农业农村局", "杂粮良种覆盖行动"));
    }

    @Test
    void aCooperativeWhoseCropACompanyBuysWorksWithIt() {
        assertThat(relations("沁县檀山小米种植专业合作社去年成立，社员86户。合作社的谷子全部由山西沁园谷香食品有限公司订单收购。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("沁县檀山小米种植专业合作社", "山西沁园谷香食品有限公司"));
    }

    @Test
    void aTeamLeaderNamedAfterTheTeamsWorkIsTheBodysMember() {
        assertThat(relations("山西农业大学园艺学院苹果矮化栽培团队负责人韩晓川介绍，示范园今年亩产提高两成。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("韩晓川", "山西农业大学园艺学院"));
    }

    @Test
    void anAreaOfAPilotFreeTradeZoneIsNamedWithTheZoneWhereACompanyInvests() {
        assertThat(relations("上海锐驰机器人有限公司将投资6亿元，在中国（上海）自由贸易试验区临港新片区建设减速器生产线。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("上海锐驰机器人有限公司", "中国（上海）自由贸易试验区临港新片区"));
    }

    @Test
    void aPlaceCheckingItsWorkAgainstADocumentCarriesItOut() {
        assertThat(relations("山西省农业农村厅印发《山西省干果经济林提档行动方案》（以下简称《方案》）。"
                + "平陆县农业农村局局长王兴邦表示，平陆将对照《方案》细化任务清单，今年新建矮砧果园3000亩。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("平陆县", "山西省干果经济林提档行动方案"));
    }

    @Test
    void thePlaceOpeningTheClauseAfterADocumentTheSentenceOpensUnderWorksToIt() {
        assertThat(relations("运城市印发《运城市苹果标准园建设实施方案》（以下简称《实施方案》）。"
                + "按照《实施方案》，平陆县将在张店镇建设千亩矮砧苹果示范园。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("运城市", "运城市苹果标准园建设实施方案"),
                        tuple("平陆县", "运城市苹果标准园建设实施方案"));
    }

    @Test
    void anAreaOfAPilotFreeTradeZoneNamedByItsPortIsTheAreaWhereACompanyInvests() {
        assertThat(relations("广西桂钦新材料有限公司将投资20亿元，在中国（广西）自由贸易试验区钦州港片区建设正极材料项目。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西桂钦新材料有限公司", "中国（广西）自由贸易试验区钦州港片区"));
    }

    @Test
    void aCompanyAGroupHasBesidesIsItsUnit() {
        assertThat(relations("山西泽铖锻铸集团有限公司（以下简称“泽铖锻铸”）今年投资8亿元扩建铸造车间。"
                + "泽铖锻铸总部位于晋城市泽州县，旗下另有晋城泽铖精工有限公司等5家子公司。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("晋城泽铖精工有限公司", "山西泽铖锻铸集团有限公司"));
    }

    @Test
    void aCompanyByItsShortNameBelongsToTheGroupItIsSaidToBeUnder() {
        assertThat(relations("宁波岚汐食品有限公司（以下简称“岚汐食品”）拟投资3亿元建设海藻加工基地。"
                + "岚汐食品隶属宁波甬海实业集团有限公司，该集团在象山县经营海带养殖。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("宁波岚汐食品有限公司", "宁波甬海实业集团有限公司"));
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsIsNamedInFullAfterThePostItsResearcherHolds() {
        assertThat(relations("浙江大学农业与生物技术学院教授贺文松介绍了研究进展。"
                + "贺文松同时担任水稻生物育种与种质利用全国重点实验室副主任。", RelationType.AFFILIATED_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("贺文松", "浙江大学农业与生物技术学院"),
                        tuple("贺文松", "水稻生物育种与种质利用全国重点实验室"));
    }

    @Test
    void bothPartiesOfTheSentencesOwnSigningCarryOutWhatTheyPushTogether() {
        assertThat(relations("去年，山西农业大学与隰县人民政府签署校地合作协议，双方共同推进“玉露香梨品质提升计划”。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西农业大学", "玉露香梨品质提升计划"),
                        tuple("隰县人民政府", "玉露香梨品质提升计划"));
    }

    @Test
    void everyTaskOfAListGivenToOneBodyIsItsWork() {
        assertThat(relations("湖南省农业农村厅印发《湖南省茶产业三年提升方案》。《方案》明确了“高标准茶园改造工程”"
                + "“茶叶品牌培育行动”等重点任务，均由省农业农村厅牵头实施。", RelationType.IMPLEMENTS))
                .extracting(Relation::source, Relation::target)
                .contains(tuple("湖南省农业农村厅", "高标准茶园改造工程"), tuple("湖南省农业农村厅", "茶叶品牌培育行动"));
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsIsNamedInFullAfterTheWordForWhereDataComeFrom() {
        assertThat(relations("这批土壤样品来自干旱区生态安全与可持续发展全国重点实验室。该实验室依托中国科学院新疆生态与地理研究所建设。",
                RelationType.PART_OF)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("干旱区生态安全与可持续发展全国重点实验室", "中国科学院新疆生态与地理研究所"));
    }

    @Test
    void aDocumentGivenToABodyAfterItsShortNameIsDeclaredIsTheBodysWork() {
        assertThat(relations("《日照市茶叶全产业链提升三年行动计划》（以下简称《行动计划》）由日照市农业农村局牵头实施。",
                RelationType.IMPLEMENTS)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("日照市农业农村局", "日照市茶叶全产业链提升三年行动计划"));
    }

    @Test
    void aSecondTierSubsidiaryBelongsToTheGroupNamedBeforeIt() {
        assertThat(relations("甘肃陇岷薯业有限公司为甘肃金岷农业集团有限公司的二级子公司。", RelationType.PART_OF))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("甘肃陇岷薯业有限公司", "甘肃金岷农业集团有限公司"));
    }

    @Test
    void anIndustrialGatheringAreaIsAZoneACompanyInvestsIn() {
        assertThat(relations("8月6日，河南豫晟微电子科技有限公司芯片封装项目在驻马店市驿城区产业聚集区开工，总投资9亿元。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("河南豫晟微电子科技有限公司", "驿城区产业聚集区"));
    }

    @Test
    void theCompanyAGovernmentSignsAnInvestmentAgreementWithSpendsTheTotal() {
        assertThat(relations("5月12日，荆州市人民政府与湖北荆鲤食品有限公司签订鱼糜精深加工项目投资协议，项目总投资6.2亿元，"
                + "选址荆州市公安县杨家厂镇。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("湖北荆鲤食品有限公司", "杨家厂镇"));
    }

    @Test
    void aPlaceDescribedBeforeItsNameOpeningTheSentenceIsWhereTheMoneyGoes() {
        assertThat(relations("在示范园所在的黄羊镇新堡村，武威凉禾农业科技有限公司投资8600万元建设蔬菜分拣中心。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("武威凉禾农业科技有限公司", "新堡村"));
    }

    @Test
    void theBuilderOfAProjectIsItsInvestorThoughItsShortNameIsDeclaredBeforeTheVerb() {
        assertThat(relations("当天，总投资1.8亿元的沙棘饮品加工项目落户万家寨镇，由山西棘岭饮品科技有限公司"
                + "（以下简称“棘岭饮品”）投资建设。", RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西棘岭饮品科技有限公司", "万家寨镇"));
    }

    @Test
    void theCompanyAfterASentenceOnWhatItBelongsToIsTheSubsidiaryNotItsGroup() {
        assertThat(relations("在新源县，新疆天禾乳业有限公司（以下简称“天禾乳业”）投资2.4亿元建设奶粉加工厂。"
                + "天禾乳业隶属于总部位于乌鲁木齐市的新疆牧野实业集团有限公司。"
                + "新源县那拉提镇的新源县塔依尔奶牛养殖专业合作社已与该公司签订鲜奶收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("新源县塔依尔奶牛养殖专业合作社", "新疆天禾乳业有限公司"));
    }

    @Test
    void theCompanyAfterASentenceSayingItIsAGroupsEnterpriseIsTheSubsidiary() {
        assertThat(relations("在临河区，内蒙古河套麦穗香食品有限公司（以下简称“麦穗香食品”）投资1.2亿元建设挂面生产线。"
                + "麦穗香食品系内蒙古河套禾穗农业集团有限公司旗下企业。临河区双河镇的临河区双丰小麦种植专业合作社已与该公司签订订单收购协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("临河区双丰小麦种植专业合作社", "内蒙古河套麦穗香食品有限公司"));
    }

    @Test
    void theCompanyAfterASentenceNamingItsParentTwiceIsStillTheSubsidiary() {
        assertThat(relations("今年5月，新疆昆果食品有限公司（以下简称“昆果食品”）投资1800万元，在英吉沙县建成杏干加工车间。"
                + "昆果食品是浙江鄞禾贸易集团有限公司的控股子公司，总部位于宁波市的鄞禾集团此前已在南疆设立收购点。"
                + "车间投产后，该公司与英吉沙县色提力杏子种植农民专业合作社签订保底收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("新疆昆果食品有限公司", "英吉沙县色提力杏子种植农民专业合作社"));
    }

    @Test
    void aCooperativeNamedAfterAVillageOpeningOnTheDemonstrativesCharacterKeepsItsCounty() {
        assertThat(relations("广西绥垦糖业有限公司与扶绥县那榜甘蔗种植专业合作社签订了五年保底收购协议。", RelationType.PARTNERS_WITH))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广西绥垦糖业有限公司", "扶绥县那榜甘蔗种植专业合作社"));
    }

    @Test
    void aCompanysProjectSettlingInAClauseOpeningOnItsPronounIsItsInvestment() {
        assertThat(relations("江西赣锂科技有限公司是深圳市锂原能源集团股份有限公司的全资子公司，其8亿元电解液项目落户宜春经济技术开发区。",
                RelationType.INVESTS_IN)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("江西赣锂科技有限公司", "宜春经济技术开发区"));
    }

    @Test
    void aGreenhouseTheSentenceBeforePlacedIsWhereItsBuildersMoneyGoes() {
        assertThat(relations("眼下，寿光市洛城街道东斟灌村的智能温室里，彩椒陆续上市。"
                + "这片温室由山东寿椒农业科技有限公司投资2600万元建设，占地180亩。", RelationType.INVESTS_IN))
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山东寿椒农业科技有限公司", "东斟灌村"));
    }

    @Test
    void theLeaderAndTheBodyJoiningItAreTheTwoUnitsCountedAfterThem() {
        assertThat(relations("示范园的技术工作由河北省农林科学院牵头、河北农业大学参与，两家单位与河北燕椒农业发展有限公司签订了三年合作协议。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("河北省农林科学院", "河北燕椒农业发展有限公司"),
                        tuple("河北农业大学", "河北燕椒农业发展有限公司"), tuple("河北省农林科学院", "河北农业大学"));
    }

    @Test
    void aCompanyOpeningTheSentenceSignsWithThePartyItsPronounLinksLater() {
        assertThat(relations("广东粤芯储能科技有限公司是深圳芯远控股集团有限公司的全资子公司，其当天还与广东工业大学材料与能源学院签约。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广东粤芯储能科技有限公司", "广东工业大学材料与能源学院"));
    }

    @Test
    void aPersonNamedRightAfterACollegeCalledByItsFieldAloneHoldsAPostThere() {
        assertThat(relations("西南大学园艺园林学院与重庆市农业科学院签署合作协议。示范园的技术来自园艺园林学院钟慧琳教授团队。",
                RelationType.AFFILIATED_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("钟慧琳", "西南大学园艺园林学院"));
    }

    @Test
    void aLaboratoryDescribedByTheInstitutionItIsBuiltOnIsThePartyOfTheSigning() {
        assertThat(relations("广东粤禾种业有限公司与依托华南农业大学建设的亚热带农业生物资源保护与利用国家重点实验室签约。",
                RelationType.PARTNERS_WITH)).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("广东粤禾种业有限公司", "亚热带农业生物资源保护与利用国家重点实验室"));
    }
}
