package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the extractor names things news writes in many ways: companies by undeclared short names, places by
 * everyday forms, bodies by their level word alone, colleges without their university, people without a
 * family name. Every sentence is our own; each shares only its construction with the fourth blind set.
 */
class NamesTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    private static ArticleExtraction extract(String text) {
        return extractor.extract(Document.ofText("t", "# 测试\n\n" + text + "\n")).get(0);
    }

    private static Entity entity(ArticleExtraction a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + a.entities().stream().map(Entity::name).toList()));
    }

    @Test
    void aCompanyGoesByItsBrandWithoutThePlaceOrWithItUndeclared() {
        ArticleExtraction a = extract("大同云岭光伏科技有限公司投资3亿元建设组件工厂，云岭光伏今年还将扩产。"
                + "太原鲜达冷链物流有限公司将建设冷库，其中太原鲜达出资2亿元。");

        assertThat(entity(a, "大同云岭光伏科技有限公司").aliases()).containsExactly("云岭光伏");
        assertThat(entity(a, "太原鲜达冷链物流有限公司").aliases()).containsExactly("太原鲜达");
    }

    @Test
    void aGroupGoesByItsBrandAnd集团() {
        ArticleExtraction a = extract("云岭光伏是北京华辰新能源集团股份有限公司旗下企业，华辰集团董事长张伟说。");

        assertThat(entity(a, "北京华辰新能源集团股份有限公司").aliases()).containsExactly("华辰集团");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("张伟", "北京华辰新能源集团股份有限公司"));
    }

    @Test
    void aGroupsCompanyGoesByWhatFollowsTheSharedBrand() {
        ArticleExtraction a = extract("山西潞宁新材料集团有限公司旗下的长治潞宁储能材料有限公司和长治潞宁碳纤维有限公司同日揭牌。"
                + "碳纤维公司将投资20亿元，储能材料公司则主攻正极材料。");

        assertThat(entity(a, "长治潞宁储能材料有限公司").aliases()).containsExactly("储能材料公司");
        assertThat(entity(a, "长治潞宁碳纤维有限公司").aliases()).containsExactly("碳纤维公司");
    }

    @Test
    void aCompanyNamedForTheColdLandKeepsBothCharacters() {
        ArticleExtraction a = extract("吉林省寒地果蔬科技有限公司在长春举行揭牌仪式。");

        assertThat(a.entities()).extracting(Entity::name).contains("吉林省寒地果蔬科技有限公司")
                .doesNotContain("果蔬科技有限公司");
    }

    @Test
    void aPartyCommitteeNamedByItsLevelWordIsTheArticlesDivisions() {
        ArticleExtraction a = extract("6月11日，省委常委、副省长赵国梁在青海省海西州调研，喀什地委副书记郑立新陪同。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("赵国梁", "青海省委"), tuple("赵国梁", "青海省"),
                        tuple("郑立新", "喀什地委"));   // a vice governor whose government the text leaves unnamed
    }

    @Test
    void 联合GluedToAUniversityItBringsInIsTheVerbNotAName() {
        ArticleExtraction a = extract("该项目由金谷公司牵头，联合山西大学共同承担。");

        assertThat(a.entities()).extracting(Entity::name).contains("山西大学").doesNotContain("联合山西大学");
    }

    @Test
    void aCooperativeReferredToBy该IsNoNameWithTheWordsBeforeIt() {
        ArticleExtraction a = extract("鄂托克旗金穗肉羊养殖专业合作社位于乌兰镇。今年，鄂托克旗将该合作社纳入扶持名单。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("鄂托克旗金穗肉羊养殖专业合作社");
    }

    @Test
    void aCooperativeWrittenAgainWithoutItsCountyIsTheSameOne() {
        ArticleExtraction a = extract("林周县与林周县卡嘎牦牛养殖专业合作社签订协议。"
                + "卡嘎村党支部书记、卡嘎牦牛养殖专业合作社理事长王建军说。");

        assertThat(entity(a, "林周县卡嘎牦牛养殖专业合作社").aliases()).containsExactly("卡嘎牦牛养殖专业合作社");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王建军", "林周县卡嘎牦牛养殖专业合作社"));
    }

    @Test
    void aBrandTwoCompaniesShareNamesNeither() {
        ArticleExtraction a = extract("山西华辰氢能装备有限公司与北京华辰新能源集团股份有限公司签约，华辰将扩产。");

        assertThat(a.entities()).allSatisfy(e -> assertThat(e.aliases()).doesNotContain("华辰"));
    }

    @Test
    void aBranchKeepsItsFullNameSoBranchesOfTwoBanksStayTwo() {
        ArticleExtraction a = extract("中国邮政储蓄银行晋城市分行与中国农业银行晋城市分行签署协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .contains("中国邮政储蓄银行晋城市分行", "中国农业银行晋城市分行");
    }

    @Test
    void aZoneNamedAfterTheZoneItLiesInIsInIt() {
        ArticleExtraction a = extract("晋中恒达机械有限公司入驻太原经济技术开发区北营工业区。项目选址大同经济开发区。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target)
                .contains(tuple("北营工业区", "太原经济技术开发区"), tuple("大同经济开发区", "大同市"),
                        tuple("晋中恒达机械有限公司", "北营工业区"));
    }

    @Test
    void aCountyNamedInFullGoesByItsShortFormAfterwards() {
        ArticleExtraction a = extract("平定县举行签约活动。今年平定将实施“工业强县”工程。");

        assertThat(entity(a, "平定县").aliases()).containsExactly("平定");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.IMPLEMENTS)
                .extracting(Relation::source, Relation::target).containsExactly(tuple("平定县", "工业强县工程"));
    }

    @Test
    void anAutonomousCountyGoesByItsEverydayName() {
        ArticleExtraction a = extract("海东市化隆回族自治县群科镇，化隆县农业农村局推广良种。");

        assertThat(entity(a, "化隆回族自治县").aliases()).containsExactly("化隆县");
        assertThat(a.entities()).extracting(Entity::name).contains("化隆县农业农村局");
    }

    @Test
    void aBodyNamedByItsLevelWordIsTheArticlesProvincesBody() {
        ArticleExtraction a = extract("山西省农业农村厅会同省工业和信息化厅、省商务厅印发《山西省杂粮产业提升行动方案》。");

        assertThat(entity(a, "山西省商务厅").aliases()).containsExactly("省商务厅");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.IMPLEMENTS).extracting(Relation::source)
                .containsExactlyInAnyOrder("山西省农业农村厅", "山西省工业和信息化厅", "山西省商务厅");
    }

    @Test
    void collegesWithoutTheirUniversityAreCollegesOfTheArticlesOneUniversity() {
        ArticleExtraction a = extract("山西农业大学与太谷区人民政府签署合作协议。学校园艺学院将在北洸乡建设果树试验基地；"
                + "资源环境学院则与范村镇上安村的太谷区丰润蔬菜种植专业合作社结对。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("山西农业大学园艺学院", "山西农业大学"),
                        tuple("山西农业大学资源环境学院", "山西农业大学"));
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PARTNERS_WITH)
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西农业大学资源环境学院", "太谷区丰润蔬菜种植专业合作社"));
    }

    @Test
    void anInstituteOfAnAcademyTheTextAlsoNamesIsPartOfIt() {
        ArticleExtraction a = extract("山西省农业科学院高粱研究所研究员王强表示，将与山西省农业科学院共建基地。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西省农业科学院高粱研究所", "山西省农业科学院"));
    }

    @Test
    void stationsCentresCommitteesAndMinistriesAreOrganisations() {
        ArticleExtraction a = extract("阳城县科技示范站与中国科学院分子植物科学卓越创新中心合作。阳城县委书记王强调研时说，"
                + "农业农村部已公布名单。");

        assertThat(a.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("阳城县科技示范站", EntityType.ResearchTeam),
                tuple("中国科学院分子植物科学卓越创新中心", EntityType.ResearchTeam),
                tuple("阳城县委", EntityType.Government), tuple("农业农村部", EntityType.Government));
    }

    @Test
    void aTibetanNameAfterATitleIsAPerson() {
        ArticleExtraction a = extract("西藏自治区农牧科学院研究员次仁旺堆在田间介绍。日喀则市农业农村局局长索朗平措表示。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("次仁旺堆", "西藏自治区农牧科学院"), tuple("索朗平措", "日喀则市农业农村局"));
    }

    @Test
    void aTwoCharacterNameBeforeASpeechVerbTakesNotTheVerb() {
        ArticleExtraction a = extract("晋丰集团董事长张伟说，将扩大收购。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("张伟");
    }

    @Test
    void aDeputyIsAffiliatedLikeTheHeadAndADistrictHeadWithTheDistrictGovernment() {
        ArticleExtraction a = extract("山西农业大学与晋中市太谷区人民政府签署合作协议。山西农业大学副校长王建国、"
                + "太谷区副区长李红梅出席签约仪式。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("王建国", "山西农业大学"), tuple("李红梅", "太谷区人民政府"));
    }

    @Test
    void aCooperativeNamedAfterItsCountyKeepsCharactersTheSegmenterTagsOddly() {
        ArticleExtraction a = extract("白朗县嘎东青稞种植专业合作社与示范站签订协议。");

        assertThat(a.entities()).extracting(Entity::name).contains("白朗县嘎东青稞种植专业合作社");
    }

    @Test
    void aSloganBuiltUnderAPlanAndFundingProjectsAndCropSystemsArePrograms() {
        ArticleExtraction a = extract("《方案》明确：一是推进“一村一景”建设；二是开展品牌行动。"
                + "研究得到国家自然科学基金、山西省科技兴农项目等资助。该站承担国家谷子高粱产业技术体系的示范任务。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .contains("一村一景", "山西省科技兴农项目", "国家谷子高粱产业技术体系");
    }

    @Test
    void aJournalMayBeFollowedByItsLatinNameBeforeThePublishingVerb() {
        ArticleExtraction a = extract("山西大学农学院团队此前在《植物生理学报》（Plant Physiology）发表相关研究。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PUBLISHED_IN)
                .extracting(Relation::source, Relation::target).containsExactly(tuple("山西大学农学院", "植物生理学报"));
    }

    @Test
    void aSubsidiaryDescribedAfterItsGroupIsNoEntityOfItsOwn() {
        ArticleExtraction a = extract("项目一期投资4亿元，由丰禾集团全资子公司晋城丰禾食品有限公司负责建设运营。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("全资子公司");
    }

    @Test
    void aConjunctionBetweenABranchAndAGroupJoinsTwoPartiesAnd据OpensNoName() {
        ArticleExtraction a = extract("农行晋城分行现场与丰禾集团签订授信协议。据阳城县农业农村局局长王强介绍，进展顺利。");

        assertThat(a.entities()).extracting(Entity::name).contains("农行晋城分行", "阳城县农业农村局")
                .noneMatch(n -> n.contains("现场") || n.startsWith("据"));
    }

    @Test
    void registeredNamesMayHoldAGroupMarkerOrAConjunction() {
        ArticleExtraction a = extract("上海的晋味食品科技（集团）股份有限公司在晋城经济技术开发区投资5亿元。"
                + "在晋城市，山西家和智造家居有限公司与太原理工大学合作建设数据中心。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("晋味食品科技（集团）股份有限公司", "山西家和智造家居有限公司");
    }

    @Test
    void anIndustrialParkIsOneZoneAndAZoneAfterAPlaceAnd的IsInIt() {
        ArticleExtraction a = extract("晋城丰禾食品有限公司在晋城工业园区投资5亿元。同样位于润城镇的晋阳产业园，今年新引进企业9家。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("晋城工业园区", "晋阳产业园").doesNotContain("晋城工业园");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("晋阳产业园", RelationType.LOCATED_IN, "润城镇"));
    }

    @Test
    void theCityAStoryIsFiledFromIsNoPlaceOfTheStory() {
        ArticleExtraction a = extract("本报太原11月20日电（记者 王芳）阳城县今年新建冷库12座。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("太原市");
    }

    @Test
    void peopleAreFoundByNamesWithoutFamilyNamesBracketsAfterARoleAndFieldsBeforeATitle() {
        ArticleExtraction a = extract("据晋丰食品有限公司总经理乌云毕力格介绍，项目进展顺利。论文通讯作者杨晓梅（山西农业大学园艺学院副教授）介绍。"
                + "山西省农业科学院谷子研究所研究员、谷子育种首席专家王立军介绍。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("乌云毕力格", "晋丰食品有限公司"), tuple("杨晓梅", "山西农业大学园艺学院"),
                        tuple("王立军", "山西省农业科学院谷子研究所"));
    }

    @Test
    void aMinistryIsFoundGluedToAVerbButNotInTheWordForDepartmentsAndItsBureauIsPartOfIt() {
        ArticleExtraction a = extract("本次试点由工业和信息化部、财政部联合组织实施。各级财政部门要加强保障。"
                + "工业和信息化部中小企业局负责指导。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactlyInAnyOrder("工业和信息化部", "财政部", "工业和信息化部中小企业局");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("工业和信息化部中小企业局", RelationType.PART_OF, "工业和信息化部"));
    }

    @Test
    void aBranchSetUpByACompanyGoesByTheCompanysNameIsPartOfItAndIsWhereItWasSetUp() {
        ArticleExtraction a = extract("同样位于润城镇的晋阳产业园，今年新引进企业9家。太原锦华纺织科技有限公司在园区设立晋城分公司，"
                + "投资4亿元建设纤维项目。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target).contains(
                tuple("太原锦华纺织科技有限公司晋城分公司", RelationType.PART_OF, "太原锦华纺织科技有限公司"),
                tuple("太原锦华纺织科技有限公司晋城分公司", RelationType.LOCATED_IN, "晋阳产业园"),
                tuple("太原锦华纺织科技有限公司", RelationType.INVESTS_IN, "晋阳产业园"));
    }

    @Test
    void aZonesCommitteeNamedByTheZonesShortNameGoesByTheZonesFullName() {
        ArticleExtraction a = extract("记者从晋城经济技术开发区（以下简称“晋城经开区”）获悉，项目进展顺利。"
                + "晋城经开区管委会副主任高振宇表示，将加快建设。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("高振宇", "晋城经济技术开发区管理委员会"));
    }

    @Test
    void aProvincialDevelopmentCommissionGoesByItsRegisteredName() {
        ArticleExtraction a = extract("山西省工业和信息化厅会同省发展改革委、省财政厅印发《山西省特色产业集群培育行动方案》。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.IMPLEMENTS).extracting(Relation::source)
                .containsExactlyInAnyOrder("山西省工业和信息化厅", "山西省发展和改革委员会", "山西省财政厅");
    }

    @Test
    void aNeighbourhoodIsNoCommunityUnlessNamedAfterItsSubdistrict() {
        ArticleExtraction a = extract("晋城市城区西街街道东关社区开设了就业驿站，目前吸纳社区居民80人就业。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("东关社区").noneMatch(n -> n.contains("吸纳"));
    }

    @Test
    void wordsEndingIn局AndPlacesBeforeAClauseAreNoNames() {
        ArticleExtraction a = extract("晋城市在太原以外布局新产业。双方签署合作协议，为阳城经济开发区引进项目。除上庄村外，西关村也已签约。");

        assertThat(a.entities()).extracting(Entity::name).noneMatch(n -> n.endsWith("布局") || n.contains("协议")
                || n.startsWith("除"));
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("阳城经济开发区", "上庄村");
    }

    @Test
    void agriculturalParksBotanicalGardensOfTheAcademyAndUnitsAfter所属AreNamed() {
        ArticleExtraction a = extract("阳城杂粮现代农业园区、沁水国家农业科技园区建设加快。中国科学院武汉植物园与阳城县人民政府签约。"
                + "晋城银行所属阳城支行推出“杂粮贷”。");

        assertThat(a.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("阳城杂粮现代农业园区", EntityType.Place), tuple("沁水国家农业科技园区", EntityType.Place),
                tuple("中国科学院武汉植物园", EntityType.ResearchTeam), tuple("晋城银行阳城支行", EntityType.Enterprise));
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("晋城银行阳城支行", RelationType.PART_OF, "晋城银行"));
    }

    @Test
    void aPairingSchemeOfTwoProvincesIsAProgramAndAVillageMayOpenACooperativesName() {
        ArticleExtraction a = extract("在晋陕协作框架下，西安企业投资建设基地。北留镇本庙村党参种植专业合作社理事长王有福说。");

        assertThat(a.entities()).extracting(Entity::name, Entity::type).contains(tuple("晋陕协作", EntityType.Program));
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .singleElement().satisfies(name -> assertThat(name).endsWith("本庙村党参种植专业合作社"));
    }

    @Test
    void aCooperativesBrandMayHold和WhenItsCountyOpensTheName() {
        ArticleExtraction a = extract("宁武县瑞和小杂粮种植专业合作社与山西农业大学农学院签订技术合作协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("宁武县瑞和小杂粮种植专业合作社");
    }

    @Test
    void aZoneNamedByNoDivisionIsFoundThroughItsDeclaredShortForm() {
        ArticleExtraction a = extract("海南自由贸易港椰林湾经济开发区（以下简称“椰林湾经开区”）举行项目签约活动。"
                + "椰林湾经开区管委会主任林海说。");

        assertThat(entity(a, "椰林湾经济开发区").aliases()).containsExactlyInAnyOrder("椰林湾经开区", "椰林湾");
    }

    @Test
    void industrialClustersAndBondedZonesArePlaces() {
        ArticleExtraction a = extract("项目选址沁源县产业集聚区，产品经太原武宿综合保税区出口。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("沁源县产业集聚区", "太原武宿综合保税区");
    }

    @Test
    void aLaboratoryNamedByANameOfItsOwnAndItsTradeIsAName() {
        ArticleExtraction a = extract("河南麦岫种业有限公司与神农种业实验室共建玉米育种平台。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactly(tuple("河南麦岫种业有限公司", RelationType.PARTNERS_WITH, "神农种业实验室"));
    }

    @Test
    void aLaboratoryTheTextQuotesIsNamedWithoutAPlace() {
        ArticleExtraction a = extract("晋丰农业发展有限公司与山西农业大学园艺学院共建“设施蔬菜联合实验室”。");

        assertThat(entity(a, "设施蔬菜联合实验室").type()).isEqualTo(EntityType.ResearchTeam);
    }

    @Test
    void aTradeNameTheSegmenterReadsAsAVerbStaysInTheName() {
        ArticleExtraction a = extract("太原锦川储能技术有限公司与阳泉市城市建设投资集团有限公司签约。"
                + "杭州绿源滴灌设备有限公司也到场。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .contains("太原锦川储能技术有限公司", "杭州绿源滴灌设备有限公司")
                .noneMatch(n -> n.startsWith("技术") || n.startsWith("设备"));
    }

    @Test
    void aZonesPartyWorkingCommitteeGoesByTheZonesFullName() {
        ArticleExtraction a = extract("晋城经济技术开发区（以下简称“晋城经开区”）举行签约仪式，晋城经开区党工委书记李明出席。");

        assertThat(entity(a, "晋城经济技术开发区党工委").type()).isEqualTo(EntityType.Government);
    }

    @Test
    void whatASloganDescribesAfter的IsNoProgram() {
        ArticleExtraction a = extract("我们实行‘一个项目、一名领导、一个专班’的推进机制，确保项目早开工。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).isEmpty();
    }

    @Test
    void aTownshipMadeATownIsFoundByItsFormerName() {
        ArticleExtraction a = extract("临猗县角杯乡的苹果基地今年扩种2000亩。");

        assertThat(entity(a, "角杯镇").aliases()).containsExactly("角杯乡");
    }

    @Test
    void aBrandAfterItsCitysShortNameIsTheCompany() {
        ArticleExtraction a = extract("深圳市鲜丰汇供应链管理有限公司出资1亿元，其中深圳鲜丰汇持股60%。");

        assertThat(entity(a, "深圳市鲜丰汇供应链管理有限公司").aliases()).containsExactly("深圳鲜丰汇");
    }

    @Test
    void aNameTheSegmenterGluesTo的StartsAfterIt() {
        ArticleExtraction a = extract("晋丰集团旗下的阳城晋丰冷链物流有限公司也将新建冷库。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .contains("阳城晋丰冷链物流有限公司").noneMatch(n -> n.startsWith("的"));
    }

    @Test
    void aCollegeGoesByItsUniversitysDeclaredShortName() {
        ArticleExtraction a = extract("山西农业大学（以下简称“山农”）园艺学院与晋城市签约。当天，阳城县晋丰农业发展有限公司"
                + "与山农园艺学院签订技术服务协议。");

        assertThat(entity(a, "山西农业大学园艺学院").aliases()).contains("山农园艺学院");
    }

    @Test
    void aLongQuotedNameEndingInAProgramWordIsAProgram() {
        ArticleExtraction a = extract("该镇围绕晋城市“杂粮产业提质增效三年行动”，推动加工标准化。");

        assertThat(a.entities()).extracting(Entity::name, Entity::type)
                .contains(tuple("杂粮产业提质增效三年行动", EntityType.Program));
    }

    @Test
    void aCitysShortFormThatIsFirstAnOrdinaryWordNeedsItsProvinceBeforeIt() {
        assertThat(extract("有了银行的真金白银，企业心里更有底了。").entities()).isEmpty();
        assertThat(extract("甘肃白银的有色金属产业发展迅速。").entities()).extracting(Entity::name).contains("白银");
    }

    @Test
    void aVerbAfterAWholeNameIsNoPartOfTheNextOne() {
        ArticleExtraction a = extract("晋丰集团获银行授信5亿元，用于收购新粮。");

        assertThat(a.entities()).extracting(Entity::name).noneMatch(n -> n.contains("获"));
    }

    @Test
    void aLoanGivenToCooperativesIsNoLoanProduct() {
        ArticleExtraction a = extract("“晋粮贷”依据核心企业订单向上下游种植户、合作社放贷。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("晋粮贷");
    }

    @Test
    void aCountyShortFormEndingIn和OpensTheCompanyNamedAfterIt() {
        ArticleExtraction a = extract("新和县的项目由华锦集团全资子公司新和华锦纺织科技有限公司投资建设。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .contains("新和华锦纺织科技有限公司");
    }

    @Test
    void aNationalKeyLaboratoryListedAfterAnotherUnitIsNamedWhole() {
        ArticleExtraction a = extract("山西农业大学农学院联合中国科学院遗传与发育生物学研究所和华中农业大学作物遗传改良全国重点实验室，"
                + "在谷子研究中取得新进展。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("中国科学院遗传与发育生物学研究所", "华中农业大学作物遗传改良全国重点实验室");
    }

    @Test
    void aTitleInBookMarksWithItsLatinNameIsAJournal() {
        ArticleExtraction a = extract("该团队此前已在《自然·通讯》（Nature Communications）上报道过谷子抗旱基因。");

        assertThat(entity(a, "自然·通讯").type()).isEqualTo(EntityType.Journal);
    }

    @Test
    void aCountedKindOpeningWithAGenericWordIsNoName() {
        ArticleExtraction a = extract("公司与润城镇的6个村级肉牛养殖专业合作社签订了收购协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aQuotedSchemeCarriedOutAsAModelIsAProgram() {
        ArticleExtraction a = extract("阳城县持续推进“贷牛还牛”产业帮扶模式。");

        assertThat(entity(a, "贷牛还牛").type()).isEqualTo(EntityType.Program);
    }

    @Test
    void aProvinceOpeningASegmentersOneTermBodyNamesIt() {
        ArticleExtraction a = extract("其中，晋丰家纺由浙江援疆指挥部阿瓦提分指挥部牵线引进。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("浙江援疆指挥部阿瓦提分指挥部", RelationType.PART_OF, "浙江援疆指挥部"));
    }

    @Test
    void aNameHolding和AfterAProvinceIsOneWhereTheTextUsesItAlone() {
        ArticleExtraction a = extract("园区内，阿克苏天穗服饰有限公司、新疆和棉家纺有限公司等企业已陆续投产。其中，和棉家纺计划投资3.2亿元。");

        assertThat(entity(a, "新疆和棉家纺有限公司").aliases()).containsExactly("和棉家纺");
    }

    @Test
    void aTitleListedAfterAJournalIsAJournal() {
        ArticleExtraction a = extract("相关研究结果先后发表于《土壤与作物》和《中国农业科学》。");

        assertThat(entity(a, "中国农业科学").type()).isEqualTo(EntityType.Journal);
    }

    @Test
    void theCountyGovernmentSaidAs县政府GoesByItsRegisteredName() {
        ArticleExtraction a = extract("阳城县今年签约项目12个。当天，县政府还与山西农业大学园艺学院签署科技服务协议。");

        assertThat(entity(a, "阳城县人民政府").aliases()).containsExactly("县政府");
    }

    @Test
    void aLaboratoryTheTextNamesTwiceInFullIsAName() {
        ArticleExtraction a = extract("太行稀土新材料实验室与山西大学合作取得新进展。论文第一作者为太行稀土新材料实验室助理研究员刘华。");

        assertThat(entity(a, "太行稀土新材料实验室").type()).isEqualTo(EntityType.ResearchTeam);
    }

    @Test
    void aTailOfALongerNameIsNoNameOfItsOwnThoughRepeated() {
        ArticleExtraction a = extract("岸堤镇与山东农业大学共建“沂蒙乡村振兴研究院”。乡村振兴研究院将派驻专家，乡村振兴研究院还将培训农民。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("乡村振兴研究院");
    }

    @Test
    void aBranchOfAnAcademyAndANameTheSegmenterBreaksAt地AreNamed() {
        ArticleExtraction a = extract("东北农业大学农学院联合龙江寒地作物基因组实验室、黑龙江省农业科学院绥化分院取得新进展。"
                + "龙江寒地作物基因组实验室研究员曲慧敏说。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("龙江寒地作物基因组实验室", "黑龙江省农业科学院绥化分院");
    }

    @Test
    void aTradeNameSplitIntoADirectionAndAVerbAfterItsProvinceIsKept() {
        ArticleExtraction a = extract("来自包头市的内蒙古北驰氢能装备有限公司落户开发区。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("内蒙古北驰氢能装备有限公司");
    }

    @Test
    void collegesListedAfter学校AreTheUniversitys() {
        ArticleExtraction a = extract("山西农业大学与阳城县签约。学校资源与环境学院、机械与电子工程学院还将分别在润城镇、北留镇建立试验基地。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("山西农业大学资源与环境学院", "山西农业大学机械与电子工程学院");
    }

    @Test
    void aPrepositionBetweenACountyAndAZoneWordEndsTheZonesName() {
        ArticleExtraction a = extract("阳城县在阳城经济开发区举行项目集中签约仪式。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("阳城经济开发区").noneMatch(n -> n.contains("在"));
    }

    @Test
    void aGroupsTradeNameTheSegmenterReadsAsAVerbIsKept() {
        ArticleExtraction a = extract("上海驰骋实业集团股份有限公司与天津惠农优选电子商务有限公司签约。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .contains("上海驰骋实业集团股份有限公司", "天津惠农优选电子商务有限公司");
    }

    @Test
    void aNationalZonesShortFormIsTheSameZone() {
        ArticleExtraction a = extract("昌吉国家高新技术产业开发区（以下简称“昌吉高新区”）举行签约。企业落户昌吉高新技术产业开发区。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("昌吉国家高新技术产业开发区").doesNotContain("昌吉高新技术产业开发区");
    }

    @Test
    void aSecondTitleBeforeANameIsNoPartOfIt() {
        ArticleExtraction a = extract("晋丰科技集团有限公司董事长兼总裁郑国栋表示，项目年底投产。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("郑国栋");
    }

    @Test
    void anAcademyGoesByItsCustomaryContractionAndByItsLevelWordWhenItIsTheOnlyOne() {
        ArticleExtraction a = extract("平顺县与山西省农业科学院签约。省农科院将派出专家，山西农科院的两个团队已进驻。");

        assertThat(entity(a, "山西省农业科学院").aliases()).containsExactlyInAnyOrder("省农科院", "山西农科院");
    }

    @Test
    void theLevelWordNamesNoAcademyWhenTwoProvincesAcademiesAreNamed() {
        ArticleExtraction a = extract("山西省农业科学院与河北省农业科学院签约，省农科院将派出专家。");

        assertThat(a.entities()).allSatisfy(e -> assertThat(e.aliases()).doesNotContain("省农科院"));
    }

    @Test
    void aBranchNamedByItsPlaceAloneIsOfTheOneBankWhoseBranchesTheTextNames() {
        ArticleExtraction a = extract("晋商银行阳城支行发放贷款2亿元。沁水支行、阳城支行下月还将推出新产品。");

        assertThat(entity(a, "晋商银行阳城支行").aliases()).containsExactly("阳城支行");
        assertThat(entity(a, "晋商银行沁水支行").aliases()).containsExactly("沁水支行");
    }

    @Test
    void theCountyACompanyWasRegisteredForInBracketsIsPartOfItsName() {
        ArticleExtraction a = extract("晋丰智能装备（阳城）有限公司在町店镇建设烘干设备车间。");

        assertThat(a.entities()).extracting(Entity::name).contains("晋丰智能装备（阳城）有限公司");
    }

    @Test
    void aBodyNamedByTheLevelWord市IsTheCitysThoughCountyLevelCitiesAreNamedToo() {
        ArticleExtraction a = extract("晋城市将在高平市、泽州县建设育苗基地，市农业农村局负责推进。");

        assertThat(a.entities()).extracting(Entity::name).contains("晋城市农业农村局");
    }

    @Test
    void peopleAfterGradedAndGroupTitlesAndWithRegionalFamilyNamesArePeople() {
        ArticleExtraction a = extract("町店镇党委书记、四级调研员占国平介绍，帮扶工作组组长母志强和合作社理事长冶春花也到场。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactlyInAnyOrder("占国平", "母志强", "冶春花");
    }

    @Test
    void aTradeNameTheSegmenterBreaksAtAVerbRunsOnOverAProductAndATrade() {
        ArticleExtraction a = extract("双方将共同出资组建晋城瑞屹铜箔科技有限公司，建设电解铜箔项目。");

        assertThat(a.entities()).extracting(Entity::name).contains("晋城瑞屹铜箔科技有限公司");
    }

    @Test
    void aVillageAfterAWordOfPositionOrAPrepositionIsNamedWithoutIt() {
        ArticleExtraction a = extract("町店镇将以东沟村为龙头，带动周边苟庄村发展乡村旅游。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("町店镇", "东沟村", "苟庄村");
    }

    @Test
    void aVillageSecretaryWhoDirectsItsCommitteeBelongsToTheBranchAndToTheVillage() {
        ArticleExtraction a = extract("东沟村游人如织。“现在回来了不少人。”东沟村党总支书记、村委会主任李建军说。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("李建军", "东沟村党总支"), tuple("李建军", "东沟村"));
    }

    @Test
    void anAutonomousCountyNamedAfterItsPeopleGoesByThePeoplesNameAnd县() {
        ArticleExtraction a = extract("临夏回族自治州东乡族自治县将扩大种植。东乡县委常委、副县长马永强出席。");

        assertThat(entity(a, "东乡族自治县").aliases()).contains("东乡县");
        assertThat(a.entities()).extracting(Entity::name).contains("东乡县委");
    }

    @Test
    void aUnitWrittenRightAfterItsParentUnitIsNamedFromItsPlace() {
        ArticleExtraction a = extract("山西省农业科学院谷子研究所沁县谷子绿色高效科技示范站在沁县册村镇挂牌成立。");

        assertThat(a.entities()).extracting(Entity::name)
                .contains("山西省农业科学院谷子研究所", "沁县谷子绿色高效科技示范站");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target).contains(
                tuple("沁县谷子绿色高效科技示范站", RelationType.PART_OF, "山西省农业科学院谷子研究所"),
                tuple("沁县谷子绿色高效科技示范站", RelationType.LOCATED_IN, "册村镇"));
    }

    @Test
    void aPlaceThatHasSomethingIsNoCompanyNamedAfterIt() {
        ArticleExtraction a = extract("“太原有资金和市场，晋城有煤矿、土地和劳动力。”他说。");

        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.Enterprise);
    }

    @Test
    void townsAndVillagesTogetherAreNoVillage() {
        ArticleExtraction a = extract("双方以“镇村所有、企业运营”的方式共同经营町店镇东沟村的合作社。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("町店镇", "东沟村");
    }

    @Test
    void aForeignCountrysNameInsideAVillagesNameIsNoCountry() {
        ArticleExtraction a = extract("双方将在阳城县町店镇冰岛村建设良种繁育圃。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("阳城县", "町店镇", "冰岛村");
    }

    @Test
    void aLaboratoryOfACollegeIsPartOfTheCollegeAndTheCollegeOfTheUniversity() {
        ArticleExtraction a = extract("山西农业大学园艺学院果树种质创新实验室在国际期刊《园艺研究》发表论文。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target)
                .contains(tuple("山西农业大学园艺学院果树种质创新实验室", "山西农业大学园艺学院"),
                        tuple("山西农业大学园艺学院", "山西农业大学"));
    }

    @Test
    void aCollegeNamedWithItsUniversitysContractionIsTheCollegeOfTheUniversity() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 山西农大园艺学院与阳城县共建研究院\n\n"
                + "近日，山西农业大学园艺学院与阳城县人民政府签署合作协议。\n")).get(0);

        assertThat(entity(a, "山西农业大学园艺学院").aliases()).contains("山西农大园艺学院");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("山西农大园艺学院", "山西农业大学山西农大园艺学院");
    }

    @Test
    void countiesListedByShortFormsAndClosedByTheirCountAreCounties() {
        ArticleExtraction a = extract("晋商银行股份有限公司已在阳城、沁水、陵川三县发放“晋兴贷”2亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("阳城县", "沁水县", "陵川县");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.IMPLEMENTS)
                .extracting(Relation::source).containsExactly("晋商银行股份有限公司");
    }

    @Test
    void townsListedByShortFormsAndClosedBy等AreTowns() {
        ArticleExtraction a = extract("阳城县将把润城、北留等镇打造成文旅融合样板。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("阳城县", "润城镇", "北留镇");
    }

    @Test
    void aTradeWhoseFirstCharacterReadsAsAMeasureWordStaysInTheName() {
        ArticleExtraction a = extract("在临河区，内蒙古河套金穗种业有限公司正在流转土地建设制种基地。");

        assertThat(a.entities()).extracting(Entity::name).contains("内蒙古河套金穗种业有限公司");
    }

    @Test
    void aKeyLaboratoryADivisionDesignatesIsNamedByItsFieldAndTheDivision() {
        ArticleExtraction a = extract("研究依托杂粮种质资源发掘与遗传改良山西省重点实验室开展。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("杂粮种质资源发掘与遗传改良山西省重点实验室");
    }

    @Test
    void aTimeGluedToTheWordForACooperativeNamesNone() {
        ArticleExtraction a = extract("“今年一季度合作社已经卖出鲜木耳80多吨。”村党支部书记王建军说。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("王建军");
    }

    @Test
    void theDeputyMarkerOfATitleIsNoPersonsName() {
        ArticleExtraction a = extract("阳城县委常委、常务副县长李卫东说，今年将深入开展活动。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("李卫东");
    }

    @Test
    void aFacilityListedBeforeAFactoryWordIsNoPartOfAName() {
        ArticleExtraction a = extract("晋城福咖农业开发有限公司投资1.2亿元在润城镇建设2000亩蔬菜种植基地和精深加工厂。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("晋城福咖农业开发有限公司");
    }

    @Test
    void aCooperativeCalledByItsVillageIsTheOneWhoseNameHoldsTheVillage() {
        ArticleExtraction a = extract("村党支部书记、商南县金丝茶叶种植专业合作社理事长王强说，金丝村合作社今年卖出茶叶80吨。");

        assertThat(entity(a, "商南县金丝茶叶种植专业合作社").aliases()).containsExactly("金丝村合作社");
    }

    @Test
    void placesListedByShortFormsAndClosedBy等地AreTheDivisionsTheyName() {
        ArticleExtraction a = extract("晋商银行通过阳城、沁水、高平等地的21家支行同步投放。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("阳城县", "沁水县", "高平市");
    }

    @Test
    void aTransliteratedNameAfterATitleAndBeforeAVerbOfAttendingIsAPerson() {
        ArticleExtraction a = extract("巴音郭楞州委副书记、州长巴特尔朝鲁陪同调研。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("巴特尔朝鲁");
    }

    @Test
    void aUnitOpeningWithTheShortFormOfACountyTheTextNamesIsNamed() {
        ArticleExtraction a = extract("双方将共建和顺核桃产业研究院。研究院设在和顺县义兴镇。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("和顺核桃产业研究院");
    }

    @Test
    void anAssistantResearcherAndALecturerArePeopleOfTheirUnits() {
        ArticleExtraction a = extract("山西省农业科学院作物科学研究所助理研究员韩博、山西大学农学院讲师李娜为论文共同第一作者。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("韩博", "山西省农业科学院作物科学研究所"), tuple("李娜", "山西大学农学院"));
    }

    @Test
    void anAgencyNamedWithVerbsOfSupervisionKeepsItsWholeName() {
        ArticleExtraction a = extract("山西省人民政府国有资产监督管理委员会（以下简称“省国资委”）印发通知。");

        assertThat(entity(a, "山西省人民政府国有资产监督管理委员会").aliases()).containsExactly("省国资委");
    }

    @Test
    void aGuaranteeCompanysTradeNameReadAsAVerbStaysInItsName() {
        ArticleExtraction a = extract("该行与晋城市兴农融资担保有限公司签订合作协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("晋城市兴农融资担保有限公司");
    }

    @Test
    void aPlaceInBracketsInsideACompanysNameIsPartOfIt() {
        ArticleExtraction a = extract("全资子公司潞安（长治）化工新材料有限公司投资14亿元建设尼龙项目。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("潞安（长治）化工新材料有限公司");
    }

    @Test
    void aUniversityListedAfterAnInstituteIsNamedApart() {
        ArticleExtraction a = extract("团队联合山西省农业科学院作物科学研究所和山西农业大学生命科学学院取得新进展。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("山西省农业科学院作物科学研究所", "山西农业大学生命科学学院");
    }

    @Test
    void branchesCountedByTheirCountiesAreNoName() {
        ArticleExtraction a = extract("晋城农商银行选择阳城、沁水、陵川三个县级支行先行试点。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("晋城农商银行");
    }

    @Test
    void aPrepositionBeforeAProvinceIsNoPartOfTheBanksName() {
        ArticleExtraction a = extract("今年5月，她从江苏润禾农村商业银行股份有限公司泗洪支行获得30万元贷款。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("江苏润禾农村商业银行股份有限公司泗洪支行", "江苏润禾农村商业银行股份有限公司");
    }

    @Test
    void aConjunctionBeforeARegionsUniversityIsNoPartOfItsName() {
        ArticleExtraction a = extract("他们和华南农业大学签订协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("华南农业大学");
    }

    @Test
    void aCompanyNamedByAProductKeepsTheTradeNameReadAsAVerb() {
        ArticleExtraction a = extract("厂家与广西东渡粮油有限公司合作。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("广西东渡粮油有限公司");
    }

    @Test
    void aCooperativeNamedByAProductKeepsTheTradeNameReadAsAPreposition() {
        ArticleExtraction a = extract("园区与湖南湘沿稻米专业合作社签订协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("湖南湘沿稻米专业合作社");
    }

    @Test
    void aTradeNameOfVerbsAfterACityStaysInTheCompanysName() {
        ArticleExtraction a = extract("签约项目中，大同南垦精选食品有限公司拟投资2亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("大同南垦精选食品有限公司");
    }

    @Test
    void aGovernmentNamedWithItsChainOfDivisionsGoesByTheLastOfThem() {
        ArticleExtraction a = extract("近日，山西晋果农业开发有限公司与晋中市平遥县东泉镇人民政府签订协议。");

        assertThat(entity(a, "东泉镇人民政府").aliases()).containsExactly("晋中市平遥县东泉镇人民政府");
        assertThat(a.relations()).noneMatch(r -> r.source().equals("东泉镇人民政府")
                && r.type() == RelationType.LOCATED_IN);
    }

    @Test
    void aBureauNamedByItsContractionIsTheBureauOfItsRegisteredName() {
        ArticleExtraction a = extract("湖北省科学技术厅副厅长周明远到企业调研。周明远表示，省科技厅将加大支持力度。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("湖北省科学技术厅");
    }

    @Test
    void aCooperativeWrittenAgainWithoutItsCountyAnd专业IsTheSameCooperative() {
        ArticleExtraction a = extract("村里成立了阳城县禾丰蔬菜专业合作社。王德顺同时兼任禾丰蔬菜合作社理事长。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("阳城县禾丰蔬菜专业合作社");
        assertThat(entity(a, "阳城县禾丰蔬菜专业合作社").aliases()).containsExactly("禾丰蔬菜合作社");
    }

    @Test
    void aDistrictBodyNamedByTheLevelWordAloneIsTheArticlesDistricts() {
        ArticleExtraction a = extract("尧都区副区长兼区农业农村局局长王立峰介绍，尧都区正在实施“蔬菜保供行动”。");

        assertThat(entity(a, "尧都区农业农村局").aliases()).containsExactly("区农业农村局");
    }

    @Test
    void aLongTransliteratedVillageNameRightAfterItsTownIsOneVillage() {
        ArticleExtraction a = extract("在新疆喀什地区疏附县站敏乡阿克吐尔村，瓜农们正忙着采收甜瓜。");

        assertThat(a.entities()).filteredOn(e -> "village".equals(e.properties().get("level")))
                .extracting(Entity::name).containsExactly("阿克吐尔村");
    }

    @Test
    void aVerbAfterAVillageSaysWhatIsBuiltThereAndNamesNoZone() {
        ArticleExtraction a = extract("村里计划在阳城县町店镇东沟村建设杂粮产业园。");

        assertThat(a.entities()).noneMatch(e -> e.name().endsWith("产业园"));
    }

    @Test
    void aCooperativeCalledByTheHeadOfItsBrandAloneIsTheOneWhoseBrandItOpens() {
        ArticleExtraction a = extract("村里成立了阳城县禾丰蔬菜专业合作社和阳城县润田粮食专业合作社。“今年不愁卖。”禾丰合作社理事长王德顺说。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王德顺", "阳城县禾丰蔬菜专业合作社"));
    }

    @Test
    void aMongolianNameTheSegmenterSplitsIntoANameAndATransliterationIsOnePerson() {
        ArticleExtraction a = extract("山西大学农学院教授苏德巴特尔介绍，团队今年将试种。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("苏德巴特尔");
    }

    @Test
    void aCollegeBeforeATitleIsNoPersonThoughItOpensWithAFamilyName() {
        ArticleExtraction a = extract("农学院教授宝音巴特尔介绍，团队今年将试种。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("宝音巴特尔");
    }

    @Test
    void aNameAfterItsTitleEndsBeforeAVerbOfAttending() {
        ArticleExtraction a = extract("阳城县副县长兼町店镇党委书记李建新出席签约仪式。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("李建新");
    }

    @Test
    void aNameAfterItsTitleEndsBeforeTheWordForItsTeam() {
        ArticleExtraction a = extract("山西大学物理学院副教授王晓琳团队承担了表征工作。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("王晓琳");
    }

    @Test
    void aVerbAfterATitleIsNoName() {
        ArticleExtraction a = extract("根据协议，由农学院选派教授和研究生常驻，镇里提供用地。");

        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.Person);
    }

    @Test
    void aCountysGovernmentReadAsOneWordIsNamedByTheCounty() {
        ArticleExtraction a = extract("4月16日，由吉县人民政府主办的签约仪式在临汾市吉县举行。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("吉县人民政府");
    }

    @Test
    void aStandingMemberOfAUniversitysPartyCommitteeBelongsToTheUniversity() {
        ArticleExtraction a = extract("山西农业大学党委常委、副校长王建国出席签约仪式。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王建国", "山西农业大学"));
    }

    @Test
    void aResearchUnitWrittenAgainWithoutItsInstitutionAndPlaceIsTheSameUnit() {
        ArticleExtraction a = extract("山西农业大学与沁水县人民政府签署协议，双方将共建“山西农业大学沁水杂粮产业研究院”。"
                + "杂粮产业研究院设在沁水县。");

        assertThat(entity(a, "山西农业大学沁水杂粮产业研究院").aliases()).containsExactly("杂粮产业研究院");
    }

    @Test
    void aTownRightAfterItsCountyIsTheTownThoughItsLastCharacterOpensAWord() {
        ArticleExtraction a = extract("陵川县古郊乡土桥村村民正在采收。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("陵川县", "古郊乡", "土桥村");
    }

    @Test
    void aZoneDeclaredByItsOwnNameAloneIsNamedByIt() {
        ArticleExtraction a = extract("6月26日，上海自由贸易试验区金桥经济开发区（以下简称“金桥”）举行签约活动。");

        assertThat(entity(a, "金桥经济开发区").aliases()).containsExactly("金桥");
    }

    @Test
    void aScienceAndTechnologyCourtyardIsAResearchUnit() {
        ArticleExtraction a = extract("山西农业大学与沁水县签订协议，双方将共建“沁水杂粮科技小院”。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("山西农业大学", "沁水杂粮科技小院");
    }

    @Test
    void aDivisionInsideAZonesOwnNameIsNoPlaceOfItsOwn() {
        ArticleExtraction a = extract("后者投入3200万元，在广州南沙经济技术开发区建设中试线。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("广州南沙经济技术开发区", "广州市");
    }

    @Test
    void aNameAfterItsTitleEndsBefore参与() {
        ArticleExtraction a = extract("山西大学材料学院副院长、教授王海波参与了材料表征工作。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("王海波");
    }

    @Test
    void aTownWhoseNameHolds厂IsNoFactory() {
        ArticleExtraction a = extract("试验田分布在唐山市遵化市铁厂镇和天津市武清区梅厂镇。");

        assertThat(a.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("唐山市", "遵化市", "铁厂镇", "天津市", "武清区", "梅厂镇");
    }

    @Test
    void aPlaceAndAVerbOfBuildingAfter在OpenNoCompanyName() {
        ArticleExtraction a = extract("晋能公司计划投资3亿元，在阳城县润城镇建设智能标杆工厂。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
        assertThat(a.entities()).extracting(Entity::name).contains("阳城县", "润城镇");
    }

    @Test
    void aCompanyNamedByAProductOfTwoNounsKeepsTheTradeNameTheSegmenterReadAsAVerb() {
        ArticleExtraction a = extract("调研组走进晋城飞跃动力电池有限公司。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("晋城飞跃动力电池有限公司");
    }

    @Test
    void aLoneCharacterAfterACountyOpensTheCooperativesTradeName() {
        ArticleExtraction a = extract("晋丰公司与润城镇的阳城县连旺小米种植专业合作社签订收购协议。");

        assertThat(a.entities()).extracting(Entity::name).contains("阳城县连旺小米种植专业合作社")
                .doesNotContain("旺小米种植专业合作社");
    }

    @Test
    void aBranchNamedByATownTheTextNamesIsABranchOfTheBankBeforeIt() {
        ArticleExtraction a = extract("在翼城县唐兴镇，果农李明说，他从山西晋南农村商业银行股份有限公司（以下简称“晋南农商银行”）"
                + "唐兴支行获得20万元贷款。");

        assertThat(entity(a, "山西晋南农村商业银行股份有限公司唐兴支行").aliases()).containsExactly("唐兴支行");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("山西晋南农村商业银行股份有限公司唐兴支行", "山西晋南农村商业银行股份有限公司"));
    }

    @Test
    void aBranchAfterTheBanksDeclarationBracketIsThatBanksBranch() {
        ArticleExtraction a = extract("今年初，他从山西晋南农村商业银行股份有限公司（以下简称“晋南农商银行”）翼城支行获得20万元贷款。");

        assertThat(entity(a, "山西晋南农村商业银行股份有限公司翼城支行").aliases()).containsExactly("翼城支行");
    }

    @Test
    void aSecondBranchJoinedByAndIsOfTheBankTheFirstIsNamedWith() {
        ArticleExtraction a = extract("山西晋南农村商业银行股份有限公司（以下简称“晋南农商银行”）推出“果e贷”。"
                + "具体落地由晋南农商银行翼城支行和曲沃支行承担。");

        assertThat(entity(a, "山西晋南农村商业银行股份有限公司曲沃支行").aliases()).containsExactly("曲沃支行");
    }

    @Test
    void aProvincesBodyNamedByItsLevelWordIsOfTheProvinceTheStorysPlacesLieIn() {
        ArticleExtraction a = extract("9月11日，省人民政府副省长张明到晋城市调研。");

        assertThat(entity(a, "山西省人民政府").aliases()).containsExactly("省人民政府");
    }

    @Test
    void anAutonomousRegionsBodiesAreNamedByItsLevelWordAlone() {
        ArticleExtraction a = extract("9月11日，自治区人民政府副主席张明到包头市调研稀土产业。");

        assertThat(entity(a, "内蒙古自治区人民政府").aliases()).containsExactly("自治区人民政府");
    }

    @Test
    void departmentsListedAfterOneNamedWithItsDivisionShareTheDivision() {
        ArticleExtraction a = extract("晋城市农业农村局和水利局联合印发通知。自治区工业和信息化厅、商务厅负责同志陪同包头市领导调研。");

        assertThat(entity(a, "晋城市水利局").aliases()).containsExactly("水利局");
        assertThat(entity(a, "内蒙古自治区商务厅").aliases()).containsExactly("商务厅");
    }

    @Test
    void 为AfterATwoCharacterNameOpensTheRoleItIsGiven() {
        ArticleExtraction a = extract("山西大学生命科学学院副教授李俊为共同通讯作者。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("李俊");
    }

    @Test
    void aUnitWrittenAfterAVerbWithoutThePlaceOfItsNameIsTheUnitTheTextNamesInFull() {
        ArticleExtraction a = extract("山西农业大学与吕梁市签约 共建小米与茶产业研究院。6月18日，山西农业大学与吕梁市人民政府签署协议。"
                + "双方将共建“吕梁小米与茶产业研究院”（以下简称“研究院”）。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("山西农业大学", "吕梁小米与茶产业研究院");
    }

    @Test
    void aDaiFamilyNameOpensAnOfficialsName() {
        ArticleExtraction a = extract("忻州市副市长刀志强出席签约仪式。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("刀志强");
    }

    @Test
    void theOrdinalAndVerbOfAListsItemOpenNoProgramName() {
        ArticleExtraction a = extract("《方案》重点包括：一是实施“链主领航工程”，每年遴选20家企业；二是开展“智改数转攻坚行动”。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("方案", "链主领航工程", "智改数转攻坚行动");
    }

    @Test
    void aLaboratoryJointlyBuiltAtAnInstitutionIsNamedFromTheInstitutionOn() {
        ArticleExtraction a = extract("太原理工大学省部共建煤基能源清洁高效利用国家重点实验室在催化剂设计方面取得新进展。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("太原理工大学省部共建煤基能源清洁高效利用国家重点实验室", "太原理工大学");
    }

    @Test
    void aDottedNameEndsBeforeTheVerbOfTellingAfterIt() {
        ArticleExtraction a = extract("阳城县北留镇上庄村村委会主任艾合买提·吐尔逊告诉记者，村里已有83名年轻人进厂上班。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("艾合买提·吐尔逊");
    }

    @Test
    void aCommandPostForCounterpartAssistanceIsNamedWholeDespiteItsVerbs() {
        ArticleExtraction a = extract("上海市对口支援新疆工作前方指挥部今年将继续实施“沪喀结对行动”。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("上海市对口支援新疆工作前方指挥部");
    }

    @Test
    void aPersonsNameTheSegmenterGluesToTheConjunctionAfterItOpensNoOrganisation() {
        ArticleExtraction a = extract("山西大学教授孙德明和中国科学院青藏高原研究所副所长、研究员李晓川为共同通讯作者。");

        assertThat(a.entities()).extracting(Entity::name)
                .contains("孙德明", "中国科学院青藏高原研究所").doesNotContain("孙德明和中国科学院青藏高原研究所");
    }

    @Test
    void aProgramWrittenByItsQuotedCoreAndHeadWordIsTheOneWithThatCore() {
        ArticleExtraction a = extract("这背后，是阳城县商务局今年推出的“阳城山货”电商助农行动。局长刘志刚表示，明年将继续实施“阳城山货”行动。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("阳城山货电商助农行动");
    }

    @Test
    void theVerbOfAnInterviewsSubtitleOpensNoCompanyName() {
        ArticleExtraction a = extract("把花木产业的根留在村里——访江苏晋馨园艺集团有限公司董事长陈立华");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("江苏晋馨园艺集团有限公司");
    }

    @Test
    void aZoneNamedAgainWithoutItsCityIsThatZoneNotANamesakeCountys() {
        ArticleExtraction a = extract("宜宾三江新区推介会签约18个项目。三江新区管理委员会主任王明表示，三江新区将持续优化服务。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("宜宾三江新区", "宜宾市");
        assertThat(entity(a, "宜宾三江新区").aliases()).containsExactly("三江新区");
    }

    @Test
    void aTownRightBeforeAVillageIsTheTownThough镇上IsAWord() {
        ArticleExtraction a = extract("学院则与北留镇上河村的合作社结对。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("北留镇", "上河村");
    }

    @Test
    void aNameAfterATitleEndsBeforeTheVerbOfLeadingOrReckoning() {
        ArticleExtraction a = extract("园艺学院派出由教授郑立波牵头的12人育种团队常驻基地。上庄村村委会主任赵长兴算了一笔账。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("郑立波", "赵长兴");
    }

    @Test
    void aCompanyNameEndsAtItsLegalFormThoughTheSegmenterGluesAPrepositionToTheNextName() {
        ArticleExtraction a = extract("上月，山西晋禾农村商业银行股份有限公司向青柳合作社发放“兴农贷”200万元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("山西晋禾农村商业银行股份有限公司");
    }

    @Test
    void aVillageWordOpeningAQuotedProductNameIsNoPlace() {
        ArticleExtraction a = extract("该行推出的“富村安居贷”已发放贷款800万元。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("富村安居贷");
    }

    @Test
    void aQuotedVillageSloganInsideAPlansTitleIsNoPlace() {
        ArticleExtraction a = extract("长治市印发《长治市“上党兴村”乡村振兴行动方案》。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("长治市");
    }

    @Test
    void aPlanWrittenByItsQuotedCoreIsTheTitledPlanWithItsCityAndPeriod() {
        ArticleExtraction a = extract("晋城市政府印发《晋城市“太行兴农”产业提升行动方案（2025—2027年）》。"
                + "全市将以“太行兴农”行动方案为抓手推进。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("晋城市太行兴农产业提升行动方案（2025—2027年）");
    }

    @Test
    void theQuotedProjectsOfAQuotedSpecialProgramAreThatProgram() {
        ArticleExtraction a = extract("一是实施“晋芯攻关”专项，由市科学技术局牵头。首批“晋芯攻关”项目已于近日立项。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("晋芯攻关专项");
    }

    @Test
    void aZoneAfterAChainOfDivisionsWrittenInFullIsNamedAfterTheLastPlace() {
        ArticleExtraction a = extract("该公司将在浙江省湖州市长兴经济技术开发区建设新工厂。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("浙江省", "湖州市", "长兴经济技术开发区");
    }

    @Test
    void aVerbBeforeAUniversityOpeningWithAPlaceIsNoPartOfItsName() {
        ArticleExtraction a = extract("省农业农村厅将委托山西农业大学对试点开展评估。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("山西农业大学");
    }

    @Test
    void aCollegeTheSegmenterReadsWholeWithItsUniversityIsNamed() {
        ArticleExtraction a = extract("该公司联合华侨大学机械工程学院开展攻关。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("华侨大学机械工程学院", "华侨大学");
    }

    @Test
    void aCommonNounBeforeATitleIsNoName() {
        ArticleExtraction a = extract("项目负责人、该院研究员黄立新介绍，新品种已推广。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("黄立新");
    }

    @Test
    void aNamesThirdCharacterTheSegmenterReadsAsABoundVerbStaysInTheName() {
        ArticleExtraction a = extract("由该所研究员周卓航担任主任。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("周卓航");
    }

    @Test
    void aChiefOfficerIsATitle() {
        ArticleExtraction a = extract("公司首席技术官林文博为共同通讯作者。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("林文博");
    }

    @Test
    void aJointLaboratoryTheTextSaysTwoPartiesBuiltIsNamed() {
        ArticleExtraction a = extract("山西大学与山西晋禾食品有限公司共建的杂粮营养化学联合实验室（以下简称“联合实验室”）在《食品化学》发表论文。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("山西大学", "杂粮营养化学联合实验室");
        assertThat(entity(a, "杂粮营养化学联合实验室").aliases()).containsExactly("联合实验室");
    }

    @Test
    void aCompanysWholeBrandNamesItThoughAnotherCompanysNameStartsWithIt() {
        ArticleExtraction a = extract("山西晋禾谷业股份有限公司与太原晋禾谷业农场有限公司签订协议。晋禾谷业每年向农场投入资金300万元。");

        assertThat(entity(a, "山西晋禾谷业股份有限公司").aliases()).containsExactly("晋禾谷业");
    }

    @Test
    void aFactoryDescribedOrAKindOfSubsidiaryIsNoCompanyName() {
        ArticleExtraction a = extract("该公司为太原晋阳医药集团股份有限公司控股子公司，计划在园区建设新材料工厂和蔬菜预制菜加工厂。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("太原晋阳医药集团股份有限公司");
    }

    @Test
    void theWordForTheInvestingPartyIsNoPartOfTheCompanysName() {
        ArticleExtraction a = extract("项目落户峪口镇，投资方北京晋耘农机装备有限公司计划明年投产。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("北京晋耘农机装备有限公司");
    }

    @Test
    void anInsurersBranchAfterItsWholeRegisteredNameIsNamedWhole() {
        ArticleExtraction a = extract("晋北农商银行还联合天泽财产保险股份有限公司朔州中心支公司推出“信贷+保险”产品。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("晋北农商银行", "天泽财产保险股份有限公司朔州中心支公司", "天泽财产保险股份有限公司");
    }

    @Test
    void aShortNameTheSegmenterGluesTo是OpensNoCompanyNameAfterIt() {
        ArticleExtraction a = extract("泰州丰禾生物制药有限公司在园区投产。泰州丰禾是上海丰禾医药集团股份有限公司的全资子公司。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("泰州丰禾生物制药有限公司", "上海丰禾医药集团股份有限公司");
    }

    @Test
    void aTitleNamingItselfAJournalIsOne() {
        ArticleExtraction a = extract("刘振平介绍，团队此前已在《作物学报》上报道过大豆根系的耐冷性状。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Journal).extracting(Entity::name)
                .containsExactly("作物学报");
    }

    @Test
    void villageLeadersAndChiefBreedersAreTitled() {
        ArticleExtraction a = extract("那一年，村里的致富带头人冉启明牵头成立合作社。全国劳动模范、晋育种业首席育种家陈志刚正在田埂上记录。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("冉启明", "陈志刚");
    }

    @Test
    void aVerbAfterACollegeEndsNoWordWithItsSuffix() {
        ArticleExtraction a = extract("研究院设在阳城县北留镇，山西农业大学园艺学院派驻12名专家常年开展研究。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("山西农业大学园艺学院", "山西农业大学");
    }

    @Test
    void aBodyWorkingWithAnotherIsNotGluedToItByTheVerbButACountyOfThatNameIsKept() {
        ArticleExtraction a = extract("晋城市出台措施。由市市场监督管理局会同市应急管理局负责。会同县农业农村局牵头推进稻田综合种养。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactlyInAnyOrder("晋城市市场监督管理局", "晋城市应急管理局", "会同县农业农村局");
    }

    @Test
    void aQuotedSpecialProgramIsNamedWithAndWithoutItsProvince() {
        ArticleExtraction a = extract("研究得到山西省“黄土高原旱作农业科技攻关专项”资助。");

        assertThat(entity(a, "山西省黄土高原旱作农业科技攻关专项").aliases())
                .containsExactly("黄土高原旱作农业科技攻关专项");
    }

    @Test
    void aUnitBuiltJointlyIsNotNamedAfterThePartyBeforeTheVerb() {
        ArticleExtraction a = extract("太原理工大学与万柏林区共建新材料研究院。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("万柏林区共建新材料研究院");
    }

    @Test
    void theCollegesOfACollegeNamedAfterItsCityAreItsOwn() {
        ArticleExtraction a = extract("运城学院与盐湖区人民政府签署合作协议。学校生命科学学院将在解州镇建设试验基地；"
                + "食品科学与工程学院则与运城晋山之韵食品有限公司合作开发果干。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("运城学院生命科学学院", "运城学院"),
                        tuple("运城学院食品科学与工程学院", "运城学院"));
    }

    @Test
    void aBrandWith之KeepsItsWholeName() {
        ArticleExtraction a = extract("食品科学与工程学院则与运城晋山之韵食品有限公司合作开发果干。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("运城晋山之韵食品有限公司");
    }

    @Test
    void aVerbWhoseLastCharacterOpensAWordNamesNoDistrict() {
        ArticleExtraction a = extract("由县商务局牵头，新建区域物流中心2处。甘南州合作市加快发展。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("甘南藏族自治州", "合作市");
    }

    @Test
    void theVerbOfAProfilesSubtitleIsNoPartOfTheInstitutionAfterIt() {
        ArticleExtraction a = extractor.extract(Document.ofText("t",
                "# 麦田里的“守望者”——记中国农业科学院作物科学研究所研究员王丽君\n\n王丽君在沁县扎根十年。\n")).get(0);

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("中国农业科学院作物科学研究所");
    }

    @Test
    void aUniversitysDepartmentIsOneOfItsUnits() {
        ArticleExtraction a = extract("他与中国农业大学植物保护学系合作开展试验，推进数学系统建设。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("中国农业大学植物保护学系", "中国农业大学");
    }

    @Test
    void aUnitNamedInFullBeforeKeepsItsShortHeadAndTheSchoolsCollegesAreTheUniversitys() {
        ArticleExtraction a = extract("山西农业大学与沁县人民政府签约，双方将共建“沁县有机旱作农业产业学院”，"
                + "产业学院首任院长由山西农业大学农学院教授李红担任。学校园艺学院将建设示范园；学校农学院则与沁县丰禾谷子专业合作社结对。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam)
                .extracting(Entity::name, Entity::aliases)
                .containsExactlyInAnyOrder(tuple("山西农业大学", List.of()), tuple("沁县有机旱作农业产业学院", List.of("产业学院")),
                        tuple("山西农业大学农学院", List.of("农学院")), tuple("山西农业大学园艺学院", List.of("园艺学院")));
    }

    @Test
    void aTradeTheSegmenterSplitsAfterAMeasureWordKeepsTheCompanysName() {
        ArticleExtraction a = extract("绿色食品领域，吉林稻香丰年米业有限公司将投资2.8亿元建设基地。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("吉林稻香丰年米业有限公司");
    }

    @Test
    void aShortNameMeansTheDivisionTheTextNamedInFullNotItsNamesakeProvince() {
        ArticleExtraction a = extract("吉林市举行签约仪式。项目选址吉林经济技术开发区。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("吉林经济技术开发区", "吉林市"));
    }

    @Test
    void aWordThatMayBeAVerbBeforeAUniversityIsNoPartOfItsName() {
        ArticleExtraction a = extract("“今年要实现全覆盖。”他表示，省上将组织山西农业大学等高校的专家组建技术服务团。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("山西农业大学");
    }

    @Test
    void theWholeGroupAfterAVerbIsNoCompany() {
        ArticleExtraction a = extract("“集团在晋城的产值已占全集团的三成。”晋城华锂总经理李响说。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aNameAfterItsTitleGoesOnBeforeActingOnBehalfOfABody() {
        ArticleExtraction a = extract("1月9日，在晋城市阳城县召开的县人代会上，县长郭立群代表县人民政府作政府工作报告。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("郭立群");
    }

    @Test
    void aTransliteratedNameBetweenItsOrganisationAndItsTitleIsAPerson() {
        ArticleExtraction a = extract("近日，内蒙古农业大学动物科学学院乌兰其其格教授团队联合内蒙古大学生命科学学院，在奶山羊研究中取得新进展。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("乌兰其其格", "内蒙古农业大学动物科学学院"));
    }

    @Test
    void aNameAfterItsTitleGoesOnBeforeAWordOfTime() {
        ArticleExtraction a = extract("福建农林大学安溪茶学院教授郑建明每周都到合作社指导春茶采摘。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("郑建明", "福建农林大学安溪茶学院"));
    }

    @Test
    void aTradeNameTheSegmenterReadsAsAVerbGoesWithAProductAndTradeToThePlace() {
        ArticleExtraction a = extract("去年，合作社与广州穗润生鲜供应链有限公司签订长期供货协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("广州穗润生鲜供应链有限公司");
    }

    @Test
    void aCompanyRegisteredForAPlaceInBracketsKeepsItsTradeNameBeforeAVerb() {
        ArticleExtraction a = extract("晋铂储能材料（晋城）有限公司投资12亿元，建设正极材料项目。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("晋铂储能材料（晋城）有限公司");
    }

    @Test
    void aThreeCharacterNameTheSegmenterReadsAfterATitleIsAPersonWithoutAFamilyName() {
        ArticleExtraction a = extract("晋中农商银行平遥支行行长乌兰娜介绍，该行已发放贷款1.2亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("乌兰娜");
    }

    @Test
    void aGovernmentsNameHoldsNoOfficialTheSegmenterGluedToIt() {
        ArticleExtraction a = extract("1月10日上午，晋城市市长王立平代表晋城市人民政府作政府工作报告。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("晋城市人民政府");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("王立平", "晋城市人民政府"));
    }

    @Test
    void aCollegeOfTwoDisciplinesMayOpenWithAOneCharacterNoun() {
        ArticleExtraction a = extract("安徽农业大学与金寨县签订合作协议。学校园艺学院将建设茶树种质资源圃，"
                + "茶与食品科技学院则与金寨县云雾茶业有限公司结对。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("安徽农业大学", "安徽农业大学园艺学院", "安徽农业大学茶与食品科技学院");
    }

    @Test
    void aCompanyDescribedByItsTradeAloneIsNoName() {
        ArticleExtraction a = extract("我们还将支持阳城县蚕桑投资有限公司与晋城华康果业集团有限公司合资组建冷链物流公司。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("阳城县蚕桑投资有限公司", "晋城华康果业集团有限公司");
    }

    @Test
    void aCompanyNamedAsItsParentIsTheParentByItsNameAlone() {
        ArticleExtraction a = extract("项目总投资2.6亿元，其中阳城华康食品有限公司出资2亿元，其母公司晋城华康果业集团有限公司出资6000万元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("阳城华康食品有限公司", "晋城华康果业集团有限公司");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("阳城华康食品有限公司", "晋城华康果业集团有限公司"));
    }

    @Test
    void aSubsidiaryNamedAfterItsTitleKeepsTheTradeNameTheSegmenterReadAsAVerb() {
        ArticleExtraction a = extract("其中，太行汽车的全资子公司山西太驰智能座舱有限公司将投资18亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("山西太驰智能座舱有限公司");
    }

    @Test
    void anAreaOfAZoneByItsDirectionIsNoDistrict() {
        ArticleExtraction a = extract("今年1至9月，阳城县纺织服装产业园累计完成投资18.6亿元。在产业园西区，纺纱项目二期厂房已经封顶。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("阳城县纺织服装产业园", "阳城县");
    }

    @Test
    void aCollegeOfTwoDisciplinesWrittenAfterItsUniversityOpensWithIt() {
        ArticleExtraction a = extract("近日，中国农业大学资源与环境学院团队联合南京农业大学资源与环境科学学院，揭示了玉米的分子机制。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("中国农业大学资源与环境学院", "中国农业大学", "南京农业大学资源与环境科学学院",
                        "南京农业大学");
    }

    @Test
    void aBranchNamedAfterATownWithoutItsWordForTownIsABranch() {
        ArticleExtraction a = extract("截至3月底，吉林梨丰农村商业银行股份有限公司已通过小城子支行、蔡家支行、喇嘛甸支行等12个网点发放“黑土贷”3.2亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("吉林梨丰农村商业银行股份有限公司", "小城子支行", "蔡家支行", "喇嘛甸支行");
    }

    @Test
    void aZoneIsNamedInFullFromTheOwnNameItsDeclaredShortNameOpensWith() {
        ArticleExtraction a = extract("由晋城市和长治市共同建设的晋长合作产业园（以下简称“晋长园区”）在泽州县巴公镇揭牌。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("晋城市", "长治市", "晋长合作产业园", "泽州县", "巴公镇");
    }

    @Test
    void anIndustrialAreaOfAZoneIsAPlace() {
        ArticleExtraction a = extract("另一家子公司落户长治高新区漳泽产业区，计划建设电解液生产线。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("长治高新区漳泽产业区");
    }

    @Test
    void aNameAfterTheBoardSecretarysTitleIsAPerson() {
        ArticleExtraction a = extract("山西华锐新材料股份有限公司董事会秘书常立川表示，设立子公司是关键一步。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("常立川");
    }

    @Test
    void anOrganisationsNameHoldsNoOfficialNamedWithTheirTitle() {
        ArticleExtraction a = extract("山西农业大学副校长赵文明、阳城县县长王立平和菌香公司董事长李向东出席签约仪式。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactlyInAnyOrder("赵文明", "王立平", "李向东");
    }

    @Test
    void theVerbOfAnInterviewsSubtitleOpensNoName() {
        ArticleExtraction a = extractor.extract(Document.ofText("t",
                "# 串珠成链——访库尔勒经济技术开发区管委会主任李建国\n\n记者：今年有哪些新项目？\n")).get(0);

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("库尔勒经济技术开发区管委会");
    }

    @Test
    void aProvinceWrittenAfterATownItHoldsOpensTheCooperativesName() {
        ArticleExtraction a = extract("昨天，阳城县润城镇山西沁河源蜂业专业合作社理事长李海波领到了贷款。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("山西沁河源蜂业专业合作社");
    }

    @Test
    void aKindOfCooperativeAfterAPositionWordCutFromItsVerbIsNoName() {
        ArticleExtraction a = extract("该行计划年内实现辖内农民专业合作社授信全覆盖。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aNameWithoutAFamilyNameBetweenATitleAndASecondTitledOfficialIsAPerson() {
        ArticleExtraction a = extract("自治区农牧厅副厅长阿拉坦和呼和浩特市副市长张建林共同为基地揭牌。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactlyInAnyOrder("阿拉坦", "张建林");
    }

    @Test
    void aCompanyNameOpensWithItsPlaceAfterTheCopula系() {
        ArticleExtraction a = extract("鑫源科技系上海鑫源实业集团股份有限公司的控股子公司，主要生产齿轮箱。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("上海鑫源实业集团股份有限公司");
    }

    @Test
    void aVillageWrittenAfterAReferenceToItsTownIsAPlace() {
        ArticleExtraction a = extract("北留镇今年新建两个基地。该镇柳树湾村的阳城县柳湾蔬菜种植专业合作社负责其中一个。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("柳树湾村");
    }

    @Test
    void aPrepositionGluedBeforeACompanysPlaceOpensNoPartOfItsName() {
        ArticleExtraction a = extract("报告期内，山西晋能智造股份有限公司以自有资金向晋中晋能精密制造有限公司增资1.5亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("山西晋能智造股份有限公司", "晋中晋能精密制造有限公司");
    }

    @Test
    void aTibetanNameOfTwoKnownElementsAfterATitleIsAName() {
        assertThat(extract("该校副教授次仁德央带领学生开展牧草调查。").entities()).extracting(Entity::name)
                .containsExactly("次仁德央");
    }

    @Test
    void aTibetanNameOfTwoElementsInTheFormsOfAmdoIsAName() {
        assertThat(extract("由研究员拉毛东智牵头选育新品系。").entities()).extracting(Entity::name).containsExactly("拉毛东智");
    }

    @Test
    void aTibetanNameOfTwoElementsOneKnownIsWholeThoughItOpensWithAFamilyName() {
        ArticleExtraction a = extract("县农业农村局局长华旦才让表示，明年将扩大种植面积。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("华旦才让");
    }

    @Test
    void anEthnicTownshipGoesByItsShortNameWithTheLevelWord() {
        ArticleExtraction a = extract("今年，公司流转长哨营乡大沟村土地300亩种植中药材。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("长哨营满族乡", "大沟村");
    }

    @Test
    void anEthnicTownGoesByItsShortNameWithTheLevelWord() {
        ArticleExtraction a = extract("泰来县江桥镇的杂粮合作社今年新增订单八百吨。");

        assertThat(entity(a, "江桥蒙古族镇").aliases()).containsExactly("江桥镇");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactly(tuple("江桥蒙古族镇", RelationType.LOCATED_IN, "泰来县"));
    }

    @Test
    void aYearBeforeAKindOfLaboratoryNamesNone() {
        ArticleExtraction a = extract("近日，山西省科学技术厅公布2024年度省重点实验室评估结果。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).isEmpty();
    }

    @Test
    void aListedCompanyOpeningWithItsCityRunsFromItThoughAVerbIsInside() {
        ArticleExtraction a = extract("通知明确，太原捷运物流科技有限公司、太原优达到家商贸有限公司等4家企业作为首批试点单位。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("太原捷运物流科技有限公司", "太原优达到家商贸有限公司");
    }

    @Test
    void unitedInsideACompanysNameAfterItsPlaceIsAWordOfTheName() {
        ArticleExtraction a = extract("该厂由山西晋粮联合食品集团有限公司投资1.2亿元建设。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("山西晋粮联合食品集团有限公司");
    }

    @Test
    void aBorderEconomicCooperationZoneIsAPlace() {
        ArticleExtraction a = extract("走进崇左市凭祥市的凭祥边境经济合作区，新建成的厂房里机器轰鸣。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("凭祥边境经济合作区");
    }

    @Test
    void aKeyLaboratoryOpensWithItsProvinceThoughItsFieldReadsAsVerbs() {
        ArticleExtraction a = extract("依托山西大学建设的山西省库区消落带生态修复重点实验室被要求整改。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("山西大学", "山西省库区消落带生态修复重点实验室");
    }

    @Test
    void aMongolianVillageNameAfterItsTownMayHold和() {
        ArticleExtraction a = extract("初冬时节，西乌珠穆沁旗浩勒图高勒镇呼和乌拉嘎查的牧草储备库里码放整齐。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("呼和乌拉嘎查");
    }

    @Test
    void aProvincesShortNameInsideAMountainsNameIsNoPlace() {
        ArticleExtraction a = extract("宁夏禾沐酒业集团有限公司是贺兰山东麓产区的骨干酒企之一。"
                + "宁夏贺兰山东麓葡萄酒产业园区管理委员会副主任马文涛表示，管委会将支持酒企做大做强。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("山东省");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("贺兰山东麓葡萄酒产业园区管理委员会");
    }

    @Test
    void bondedZonesAndTheirAreasArePlaces() {
        ArticleExtraction a = extract("公司把生产线迁往滨海新区的天津港保税区临港片区。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("天津港保税区", "天津港保税区临港片区");
    }

    @Test
    void anAdministeredAreaIsAPlace() {
        ArticleExtraction a = extract("根据协议，研究院选址荣成市石岛管理区。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .anyMatch(name -> name.endsWith("石岛管理区"));
    }

    @Test
    void aDistrictNamedAsANewAreaIsNoZoneNamedAfterACounty() {
        ArticleExtraction a = extract("公司决定把生产线迁往滨海新区。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("滨海新区");
    }

    @Test
    void aControllingShareholderOrAStatePlatformOpensNoCompanysName() {
        ArticleExtraction a = extract("岳禾重装的控股股东北方岳禾控股集团有限公司追加投资3.5亿元，"
                + "天津港保税区国有平台天津汇港产业投资有限公司出资6.2亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("北方岳禾控股集团有限公司", "天津汇港产业投资有限公司");
    }

    @Test
    void anAdverbAndAPrepositionAfterATitleAreNoNameAndOpenNoInstitutionsName() {
        ArticleExtraction a = extract("公司创始人卢远航博士曾在中国科学院上海药物研究所从事研究工作八年。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("卢远航");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("中国科学院上海药物研究所");
    }

    @Test
    void aWordForAnInstitutionBeforeATitleIsNoName() {
        ArticleExtraction a = extract("秋收刚过，农场副场长李立军抓起一把黑土说。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("李立军");
    }

    @Test
    void theCentralBanksBranchIsAGovernmentBody() {
        ArticleExtraction a = extract("近日，省商务厅和中国人民银行山西省分行联合印发《山西省跨境电商企业认定和扶持办法（试行）》。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .contains("中国人民银行山西省分行");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aZoneSaidToBeWhereABodyIsIsAPlaceThoughItsOwnNameIsNoDivision() {
        ArticleExtraction a = extract("位于锦界工业园的陕西榆川清洁能源有限公司还将投资8000万元建设中试装置。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("锦界工业园");
    }

    @Test
    void aZoneSaidToBeWhereABodyIsIsAPlaceThoughItsOwnNameIsAPlaceWord() {
        ArticleExtraction a = extract("注册在洋浦经济开发区的海南蓝港橡胶贸易有限公司去年进口天然橡胶12万吨。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("洋浦经济开发区");
    }

    @Test
    void aFreeTradePortIsAZone() {
        ArticleExtraction a = extract("企业在海南自由贸易港注册满一年后，可申请认定为离岸贸易企业。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("海南自由贸易港");
    }

    @Test
    void aFreeTradePortCalledByItsShortWordIsTheSameZone() {
        ArticleExtraction a = extract("省里出台措施，支持企业在海南自贸港开展离岸贸易。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("海南自由贸易港");
    }

    @Test
    void aFamilyNameHanLPMostlyCountsAsOneIntroducesAName() {
        ArticleExtraction a = extract("合作社理事长屠海明介绍，今年共收购鲜桃800吨。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("屠海明");
    }

    @Test
    void beforeATitleWhoseHolderFollowsStandsACompanysShortNameNotAPerson() {
        ArticleExtraction a = extract("“订单排到了明年三月。”湖北林峰汽车配件有限公司副总经理、浙江林峰总经理郑立峰说。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("郑立峰");
    }

    @Test
    void aStandingCommitteeGoesByItsRegisteredNameWhateverItsTerm() {
        ArticleExtraction a = extract("9月28日，湖南省第十四届人民代表大会常务委员会第十五次会议表决通过《湖南省农村供水条例》。"
                + "省人大常委会法制工作委员会副主任李明远介绍了条例的起草情况。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactlyInAnyOrder("湖南省人民代表大会常务委员会", "湖南省人民代表大会常务委员会法制工作委员会");
    }

    @Test
    void aZoneWrittenAfterADivisionInFullGoesByItsOwnName() {
        ArticleExtraction a = extract("在昆山市花桥经济开发区，江苏恒帆物流有限公司投资6亿元建设智能分拨中心。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("昆山市", "花桥经济开发区");
    }

    @Test
    void aLivestreamerIsATitle() {
        ArticleExtraction a = extract("直播间里，合作社主播林小鹃一边试吃一边讲解。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("林小鹃");
    }

    @Test
    void aNameAfterItsTitleMayGoOnWithLeadingADelegation() {
        ArticleExtraction a = extract("11月上旬，南召县县长孙振国率县考察团赴深圳市开展招商活动。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("孙振国");
    }

    @Test
    void aTownTheCodesListOnlyElsewhereRunsFromTheCountyWrittenBeforeIt() {
        ArticleExtraction a = extract("民勤县红沙岗镇的治沙站今年新栽梭梭2000亩。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("民勤县", "红沙岗镇");
    }

    @Test
    void aTownRegisteredWithItsLevelWordDoubledIsFoundByItsEverydayNameAfterItsCounty() {
        ArticleExtraction a = extract("世界互联网大会在桐乡市乌镇举行。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("桐乡市", "乌镇镇");
    }

    @Test
    void aWordThatIsATownsEverydayNameIsNoPlaceOnItsOwn() {
        ArticleExtraction a = extract("这座古镇游客众多，新镇建设也在推进。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).isEmpty();
    }

    @Test
    void taiwanHongKongAndMacaoArePlaces() {
        ArticleExtraction a = extract("来自台湾的茶农与香港、澳门的客商在展会上洽谈合作。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("台湾省", "香港特别行政区", "澳门特别行政区");
    }

    @Test
    void aTownRunningFromItsCountyIsTheSameTownWrittenAgainAlone() {
        ArticleExtraction a = extract("民勤县红沙岗镇的治沙站今年新栽梭梭2000亩。企业还在红沙岗镇建设光伏电站。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("民勤县", "红沙岗镇");
    }

    @Test
    void aStartUpParkNamedAfterItsCityIsAZone() {
        ArticleExtraction a = extract("在漳平台湾农民创业园，台资茶企已有40家。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("漳平台湾农民创业园");
    }

    @Test
    void aVillagesEconomicCooperativeUnionIsAnEnterprise() {
        ArticleExtraction a = extract("当年，重庆远山文旅发展有限公司与青松坪村股份经济合作联社签订合作协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("重庆远山文旅发展有限公司", "青松坪村股份经济合作联社");
    }

    @Test
    void aLongQuotedNameADivisionPutsIntoPracticeIsAProgram() {
        ArticleExtraction a = extract("今年起，共和县在全县推行“草原生态保护奖补联动试点”，对完成减畜任务的村社给予奖励。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("草原生态保护奖补联动试点");
    }

    @Test
    void aJointLabNamedWithADashBetweenItsPartnersIsOneName() {
        ArticleExtraction a = extract("10月20日，位于广州开发区的华南理工大学—粤澜智能传感联合实验室正式揭牌。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("华南理工大学—粤澜智能传感联合实验室", "华南理工大学");
    }

    @Test
    void aLoneCharacterReadAsAVerbInsideARegisteredNameIsPartOfIt() {
        ArticleExtraction a = extract("多家配套企业跟随落户。合肥润驰热管理系统有限公司投资6.5亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("合肥润驰热管理系统有限公司");
    }

    @Test
    void aPlaceTheSegmenterSplitOpensTheRegisteredNameAfterIt() {
        ArticleExtraction a = extract("基金已完成对上海星岚感知科技有限公司2亿元的投资。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("上海星岚感知科技有限公司");
    }

    @Test
    void aFundRegisteredAsALimitedPartnershipIsAnEnterprise() {
        ArticleExtraction a = extract("今年5月，湖南湘禾创业投资基金合伙企业（有限合伙）领投了这轮融资。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("湖南湘禾创业投资基金合伙企业（有限合伙）");
    }

    @Test
    void aCopulaBetweenAPlaceAndAZoneWordEndsTheName() {
        ArticleExtraction a = extract("记者近日从园区获悉。昌平园是中关村科技园区的分园之一，重点发展医药健康产业。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .noneMatch(name -> name.contains("是"));
    }

    @Test
    void aNameAfterItsTitleMayGoOnWithACopula() {
        ArticleExtraction a = extract("华中农业大学园艺林学学院副教授鲁思航是首批入选者之一。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("鲁思航");
    }

    @Test
    void aTransliteratedNameTheSegmenterGluedToTheVerbOfSpeakingIsWhole() {
        ArticleExtraction a = extract("“奶价有了保障，社员们敢扩群了。”合作社理事长巴特尔说，合作社存栏奶牛已增加到860头。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("巴特尔");
    }

    @Test
    void aPortOfEntryIsAZone() {
        ArticleExtraction a = extract("在崇左市凭祥市友谊关口岸，货车排队通关。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("崇左市", "凭祥市", "友谊关口岸");
    }

    @Test
    void aNamesakeOfADivisionElsewhereAfterADivisionInFullIsTheZonesOwnName() {
        ArticleExtraction a = extract("位于重庆市永川区凤凰湖产业园的重庆科瑞电子有限公司今年投产。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("重庆市", "永川区", "凤凰湖产业园");
    }

    @Test
    void customsOfficesAreGovernmentBodiesAndTheirDeputyHeadsTitled() {
        ArticleExtraction a = extract("南宁海关所属凭祥海关副关长许海川介绍，通关时间已大幅压缩。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactlyInAnyOrder("南宁海关", "凭祥海关");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("许海川");
    }

    @Test
    void quotedItemsOneAfterAnotherBeforeACountAreProgramsEach() {
        ArticleExtraction a = extract("县里将实施“茶园提质”“品牌增值”“茶旅融合”三大工程，力争茶产业产值突破50亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactlyInAnyOrder("茶园提质工程", "品牌增值工程", "茶旅融合工程");
    }

    @Test
    void aBreedingExpertIsATitle() {
        ArticleExtraction a = extract("论文第一作者为博士研究生谭雨桐，丰稷种业首席育种专家刘建平为共同通讯作者。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactlyInAnyOrder("谭雨桐", "刘建平");
    }

    @Test
    void aQuotedNameOfALoanIsAProgram() {
        ArticleExtraction a = extract("去年，她从呈贡区一家村镇银行申请到“菌易融”贷款20万元，扩建了菌菇大棚。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("菌易融");
    }

    @Test
    void aQuotedNameDefinedAsACreditProductIsAProgram() {
        ArticleExtraction a = extract("“茶农融”是普洱一家农商银行推出的茶产业专属信贷产品，茶农凭种植面积即可获得信用贷款。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("茶农融");
    }

    @Test
    void aLaboratoryTwoPartiesBuiltKeepsTheJointWordOfItsName() {
        ArticleExtraction a = extract("复旦大学与上海澜图仪器有限公司共建的先进光谱联合实验室于今年投入运行。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("复旦大学", "先进光谱联合实验室");
    }

    @Test
    void whatTwoPartiesBuiltIsNamedFromRightAfterTheirVerb() {
        ArticleExtraction a = extract("粤茂石化与华南理工大学共建的聚烯烃材料研究中心已投入运行。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("华南理工大学", "聚烯烃材料研究中心");
    }

    @Test
    void aVerbOfJoiningBeforeACitysNameEndsTheNameBeforeIt() {
        ArticleExtraction a = extract("湖南大学联合长沙云帆智能装备有限公司开展攻关。");

        assertThat(a.entities()).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                tuple("湖南大学", EntityType.ResearchTeam), tuple("长沙云帆智能装备有限公司", EntityType.Enterprise));
    }

    @Test
    void aScienceCentreOfTheAcademyIsAResearchUnit() {
        ArticleExtraction a = extract("中国科学院国家纳米科学中心与苏州凯纳材料科技有限公司签署合作协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("中国科学院国家纳米科学中心");
    }

    @Test
    void aPartyCommitteeNamedWithAndWithoutItsCountyIsOneBody() {
        ArticleExtraction a = extract("瑞溪镇地处正安县北部。正安县瑞溪镇党委书记庞景和说，瑞溪镇党委将带头发展白茶。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government)
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(tuple("瑞溪镇党委", List.of("正安县瑞溪镇党委")));
    }

    @Test
    void aDoctoralSupervisorIsATitle() {
        ArticleExtraction a = extract("该校机械学院教授、博士生导师曹文瀚介绍，团队已完成样机测试。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("曹文瀚");
    }

    @Test
    void aTransliteratedNameEndsWhereItsBearerRepresentsSomeone() {
        ArticleExtraction a = extract("西雅图市副市长玛丽亚·冈萨雷斯代表该市签字。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("玛丽亚·冈萨雷斯");
    }

    @Test
    void aCityWrittenRightAfterItsCountryIsAPlaceAbroadAndItsGovernmentKeepsItsName() {
        ArticleExtraction a = extract("芜湖市与巴西隆德里纳市正式缔结友好城市关系，隆德里纳市政府代表团当天到访。");

        assertThat(a.entities()).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                tuple("芜湖市", EntityType.Place), tuple("巴西", EntityType.Place), tuple("隆德里纳市", EntityType.Place),
                tuple("隆德里纳市政府", EntityType.Government));
    }

    @Test
    void aBureausBranchIsNamedByTheCountyItServes() {
        ArticleExtraction a = extract("乐山市生态环境局犍为分局负责排查企业排污口。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactlyInAnyOrder("乐山市生态环境局犍为分局", "乐山市生态环境局");
    }

    @Test
    void theWordCompletingAVerbIsNoPartOfTheUniversityAfterIt() {
        ArticleExtraction a = extract("她主动找上华中农业大学食品科学技术学院寻求合作。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("华中农业大学食品科学技术学院", "华中农业大学");
    }

    @Test
    void theSameVillageIsNoVillageOfItsOwn() {
        ArticleExtraction a = extract("他在同村流转土地200亩种植玉米。");

        assertThat(a.entities()).isEmpty();
    }

    @Test
    void aBeijingAreaOfficeIsTheTownOfItsName() {
        ArticleExtraction a = extract("平谷区金海湖镇今年新建高标准农田1万亩。");

        assertThat(a.entities()).extracting(Entity::name).containsExactlyInAnyOrder("平谷区", "金海湖镇");
    }

    @Test
    void aCollegeAfterTheCopulaIsTheStorysUniversitys() {
        ArticleExtraction a = extract("长安大学首场专利拍卖会昨天举行。当天的“标王”是材料工程学院周云鹏教授团队的一项涂层专利。");

        assertThat(a.entities()).extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                tuple("长安大学", EntityType.ResearchTeam), tuple("长安大学材料工程学院", EntityType.ResearchTeam),
                tuple("周云鹏", EntityType.Person));
    }

    @Test
    void aChiefPhysicianIsATitle() {
        ArticleExtraction a = extract("心内科主任医师郑秋实将出任县人民医院执行院长。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("郑秋实");
    }

    @Test
    void anInspectorOfARankIsATitleAtTheBodyBeforeIt() {
        ArticleExtraction a = extract("省农业农村厅二级巡视员陈国庆说，补贴将按时发放。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactly(tuple("陈国庆", RelationType.AFFILIATED_WITH, "省农业农村厅"));
    }

    @Test
    void aStrategicInvestorIsNoPartOfTheCompanysName() {
        ArticleExtraction a = extract("改制后，农场引入战略投资者海南绿胶科技股份有限公司。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("海南绿胶科技股份有限公司");
    }

    @Test
    void aVillageWhoseNameRunsIntoATownsIsNone() {
        ArticleExtraction a = extract("随着杨村桥镇电商服务站的山货发出，村民增收。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("杨村桥镇");
    }

    @Test
    void aQuotedNameBeforeInsuranceIsAProgram() {
        ArticleExtraction a = extract("华穗财产保险股份有限公司信阳中心支公司为全县茶园提供“茶安保”收入保险，每亩最高保障800元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("茶安保");
    }

    @Test
    void aTailingsPondIsNoMine() {
        assertThat(extract("矿区留下废石堆和尾矿库共50公顷。").entities()).isEmpty();
    }

    @Test
    void aFarmOfAGroupIsCalledByItsOwnNameWithoutTheBrand() {
        ArticleExtraction a = extract("广西澜垦集团有限公司今年向广西澜垦金光农场有限公司注资8000万元。金光农场地处南宁市武鸣区。");

        assertThat(entity(a, "广西澜垦金光农场有限公司").aliases()).containsExactly("金光农场");
    }

    @Test
    void aBeijingAreaOfficeRunWithATownshipGoesByTheTownship() {
        ArticleExtraction a = extract("朝阳区来广营乡今年新建口袋公园3个。");

        assertThat(a.entities()).extracting(Entity::name).containsExactlyInAnyOrder("朝阳区", "来广营乡");
    }

    @Test
    void aShopAfterACountryIsNoCityOfIt() {
        ArticleExtraction a = extract("这家美国连锁超市今年在成都开出两家门店。");

        assertThat(a.entities()).extracting(Entity::name).containsExactlyInAnyOrder("美国", "成都市");
    }

    @Test
    void theCharacterCompletingAVerbOfARoundIsNoPartOfTheCompanyAfterIt() {
        ArticleExtraction a = extract("上海恒翊创业投资有限公司联合领投合肥晶川半导体材料有限公司。");

        assertThat(a.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("上海恒翊创业投资有限公司", "合肥晶川半导体材料有限公司");
    }

    @Test
    void twoVillagesCountedAreNoVillageOfTheirOwn() {
        assertThat(extract("计划投入4800万元，为两村修建游客服务中心。").entities()).isEmpty();
    }

    @Test
    void theVerbOfJoiningBeforeAUniversityIsNoPartOfItsNameAndABranchCampusIsAUnit() {
        ArticleExtraction a = extract("唐山冀钢特材有限公司牵头，联合暨南大学、哈尔滨工业大学威海分校共同实施。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("暨南大学", "哈尔滨工业大学威海分校", "哈尔滨工业大学");
    }

    @Test
    void aRuralCommercialBankGoesByItsContractionWithOrWithoutThePlacesItOpensWith() {
        ArticleExtraction a = extract("湖南浏阳星源农村商业银行为该公司授信8000万元。浏阳星源农商银行董事长彭卫东表示，"
                + "将加大支持力度。星源农商银行行长周建华介绍，今年已投放贷款3亿元。");

        assertThat(entity(a, "湖南浏阳星源农村商业银行").aliases())
                .containsExactlyInAnyOrder("浏阳星源农商银行", "星源农商银行");
    }

    @Test
    void aKindOfVillageWrittenLikeANameIsNoVillage() {
        assertThat(extract("几年前，杨柳坪村还是集体收入为零的“空壳村”，如今成了远近闻名的网红村。").entities())
                .extracting(Entity::name).containsExactly("杨柳坪村");
    }

    @Test
    void aVerbAndALocaliserAfterATitleAreNoName() {
        assertThat(extract("2012年从浙江大学博士毕业后，研究员周建华回到家乡工作。").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("浙江大学", "周建华");
    }

    @Test
    void aNameWhoseLastCharacterIsAVerbEndsWhereItsClauseEnds() {
        assertThat(extract("论文第一作者为南京农业大学资源与环境科学学院博士研究生李欣萌，通讯作者为该院教授王建国。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactlyInAnyOrder("李欣萌", "王建国");
    }

    @Test
    void aTeacherIsATitleBeforeAName() {
        assertThat(extract("湖南农业大学教师刘海燕表示，学院将提供跟踪指导。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name).containsExactly("刘海燕");
    }

    @Test
    void aCollegeTheSegmenterReadsAsOneNameIsOne() {
        assertThat(extract("合作社还与仲恺农业工程学院合作开发新品种。").entities())
                .extracting(Entity::name).containsExactly("仲恺农业工程学院");
    }

    @Test
    void aUniversityAndAnAdverbBeforeAConjunctionAreNoPartOfTheCompanyAfterIt() {
        assertThat(extract("浙江大学还与浙江青禾环境科技有限公司签订协议。").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("浙江大学", "浙江青禾环境科技有限公司");
    }

    @Test
    void anAcademysInstituteGoesByItsDisciplineAndSuo() {
        ArticleExtraction a = extract("中国科学院化学研究所与该公司共建实验室。化学所研究员陈立航担任实验室主任。");

        assertThat(entity(a, "中国科学院化学研究所").aliases()).containsExactly("化学所");
    }

    @Test
    void anAcademysInstituteGoesByItsDisciplineWithoutThePlaceItOpensOn() {
        ArticleExtraction a = extract("中国科学院广州能源研究所与该公司共建试验站。能源所研究员王立航担任站长。");

        assertThat(entity(a, "中国科学院广州能源研究所").aliases()).contains("能源所");
    }

    @Test
    void aCompanyGoesByTheFirstTwoCharactersOfItsBrandAndItsLastWord() {
        ArticleExtraction a = extract("长沙麓谷产业发展投资有限公司参与组建新公司。麓谷投资出资2亿元，持股20%。");

        assertThat(entity(a, "长沙麓谷产业发展投资有限公司").aliases()).containsExactly("麓谷投资");
    }

    @Test
    void aBodyAfterTheWordForItsRoleStartsAtItsPlace() {
        assertThat(extract("项目实施机构浏阳市水利局与湖南湘清水务集团有限公司签订项目合同。").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("浏阳市水利局", "浏阳市", "湖南湘清水务集团有限公司");
    }

    @Test
    void aCityInvestmentCompanyGoesByTheContractionOfItsTrade() {
        ArticleExtraction a = extract("浏阳市城市建设投资集团有限公司参与组建项目公司。其中，市城投集团出资4000万元。");

        assertThat(entity(a, "浏阳市城市建设投资集团有限公司").aliases()).containsExactly("市城投集团");
    }

    @Test
    void aCompoundFamilyNameAndATwoCharacterGivenNameMakeFour() {
        assertThat(extract("湘茶集团董事长欧阳明辉在仪式上说，公司将扩大产能。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name).containsExactly("欧阳明辉");
    }

    @Test
    void aNationalBodyAfterTheWordForItsRoleStartsWithChina() {
        assertThat(extract("技术支撑单位中国科学院亚热带农业生态研究所与该公司签订协议。").entities())
                .extracting(Entity::name).containsExactly("中国科学院亚热带农业生态研究所");
    }

    @Test
    void aBrandTheSegmenterSplitOpensANameWithItsPlaceInBrackets() {
        assertThat(extract("项目由湘能集团全资子公司湘能（湖南）新能源有限公司投资建设。").entities())
                .extracting(Entity::name).contains("湘能（湖南）新能源有限公司").doesNotContain("新能源有限公司");
    }

    @Test
    void whatReadsAsAPlaceInsideADeclaredShortNameIsPartOfIt() {
        assertThat(extract("湘潭市白沙乡村振兴投资有限公司（以下简称“白沙乡投”）发行专项债券。白沙乡投是"
                + "湘潭市城乡发展投资集团有限公司的全资子公司。").entities())
                .extracting(Entity::name)
                .containsExactlyInAnyOrder("湘潭市白沙乡村振兴投资有限公司", "湘潭市城乡发展投资集团有限公司");
    }

    @Test
    void aUnitOfACollegeOfTwoDisciplinesIsNamedFromItsUniversity() {
        assertThat(extract("近日，浙江大学环境与资源学院土壤污染修复实验室取得新进展。").entities())
                .extracting(Entity::name).contains("浙江大学环境与资源学院土壤污染修复实验室");
    }

    @Test
    void aWorkstationNamedAfterAnAcademicianTheTextNamesIsAResearchBody() {
        ArticleExtraction a = extract("“谭立明院士工作站”在湖南湘钢重工股份有限公司揭牌。中国工程院院士谭立明将带领团队进站。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("谭立明院士工作站", "中国工程院");
    }

    @Test
    void aWorkstationNamedAfterAPlaceIsNone() {
        assertThat(extract("全市已建成湘潭市院士工作站12家。").entities()).extracting(Entity::name).containsExactly("湘潭市");
    }

    @Test
    void aCitysParkNamedByNounsIsAZone() {
        assertThat(extract("今年又有12家企业入驻长沙国际医学园区。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("长沙国际医学园区", "长沙市");
    }

    @Test
    void aNationalNewAreaIsAZoneByItsName() {
        assertThat(extract("今年已有15个项目落户两江新区和贵安新区。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("两江新区", "贵安新区");
    }

    @Test
    void aPortAreaAfterItsCityIsAZone() {
        assertThat(extract("首趟班列从宁波港北仑港区出发，驶往成都国际港务区。").entities()).extracting(Entity::name)
                .contains("宁波港北仑港区", "成都国际港务区");
    }

    @Test
    void aMongolianNameGluedToTheVerbOfSpeechEndsBeforeIt() {
        assertThat(extract("合作社理事长白音巴特尔说，乳业公司派来的技术员常年驻村指导。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name).containsExactly("白音巴特尔");
    }

    @Test
    void anEntrepreneurIsATitleBeforeAName() {
        assertThat(extract("在杭州打拼二十年的企业家储建军，把公司第二总部落户家乡。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name).containsExactly("储建军");
    }

    @Test
    void aCountBeforeATitleEndsNoName() {
        assertThat(extract("全省1400余名研究生常年驻扎在田间地头。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).isEmpty();
    }

    @Test
    void noUniversitysNameHoldsAnothers() {
        assertThat(extract("这家企业在湖南大学国家大学科技园揭牌。").entities()).extracting(Entity::name)
                .containsExactly("湖南大学国家大学科技园");
    }

    @Test
    void anEconomicParkAfterItsCountyIsAZone() {
        assertThat(extract("望城区丁字湾经济园区今年新增企业12家。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("丁字湾经济园区", "望城区");
    }

    @Test
    void aPlaceInBracketsIsPartOfAZonesName() {
        assertThat(extract("公司落户深圳（河源）产业转移工业园。").entities()).extracting(Entity::name)
                .contains("深圳（河源）产业转移工业园");
    }

    @Test
    void aUnionOfCooperativesIsOneBody() {
        assertThat(extract("浏阳市金桔专业合作社联合社理事长刘德全介绍，联合社已吸纳12家合作社。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("浏阳市金桔专业合作社联合社");
    }

    @Test
    void aUnionOfCooperativesWrittenAsAJointCooperativeIsOneBody() {
        assertThat(extract("凤翔区苹果专业合作联社理事长王砚平介绍，联社已吸纳9家合作社。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("凤翔区苹果专业合作联社");
    }

    @Test
    void aPartyCommitteesDepartmentIsABodyOfItsOwn() {
        assertThat(extract("中共浏阳市委组织部副部长罗海鸣表示，将继续推进共富工坊建设。").entities())
                .filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("中共浏阳市委组织部");
    }

    @Test
    void aResearchOfficeIsAResearchBody() {
        assertThat(extract("中南大学稀土冶金研究室主任邹立航介绍了新工艺。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("中南大学稀土冶金研究室");
    }

    @Test
    void aNameAfterADescriptorMayOpenWithTheShortFormOfThePlaceBeforeIt() {
        assertThat(extract("公司与两江新区本地企业两江澄源城市运营有限公司签署合作协议。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("两江澄源城市运营有限公司");
    }

    @Test
    void theVerbOfJoiningBeforeAUniversitysCollegeIsNoPartOfItsName() {
        assertThat(extract("课题由新疆农垦科学院牵头，联合石河子大学农学院和新疆天禾农业科技有限公司完成。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("新疆农垦科学院", "石河子大学农学院", "石河子大学");
    }

    @Test
    void aPrepositionGluedBeforeACompanysNameIsNoPartOfIt() {
        assertThat(extract("与此同时，企业同岳阳通江港口物流有限公司签订长期运输协议。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("岳阳通江港口物流有限公司");
    }

    @Test
    void aVerbBetweenACountyAndAZoneWordSaysWhatWasBuiltNotAZonesName() {
        assertThat(extract("项目组在喀什地区麦盖提县建成核心示范区8万亩。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("喀什地区", "麦盖提县");
    }

    @Test
    void setUpBetweenATownAndAZoneWordSaysWhatWasBuiltNotAZonesName() {
        assertThat(extract("课题组在晋州市马于镇建立梨树示范园。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("晋州市", "马于镇");
    }

    @Test
    void laidOutBetweenATownAndAZoneWordSaysWhatIsPlannedNotAZonesName() {
        assertThat(extract("今年，江口县在怒溪镇布局食用菌产业园，首批引进企业6家。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("江口县", "怒溪镇");
    }

    @Test
    void aCompanysBrandIsItsNameWhereTheSegmenterGluedAWordAfterIt() {
        assertThat(extract("黑龙江禾泽源粮食有限公司今年扩建仓储。禾泽源粮食总部位于哈尔滨市松北区。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).flatExtracting(Entity::aliases)
                .containsExactly("禾泽源粮食");
    }

    @Test
    void aZoneNamedAgainByItsOwnNameIsTheZoneNotANamesakeCounty() {
        assertThat(extract("公司在宜宾市三江新区设立子公司。三江新区管委会主任谭卓远介绍了园区规划。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("宜宾市", "三江新区");
    }

    @Test
    void aListedCompanyAfterAPlaceAndAParticleStartsAfterTheParticle() {
        assertThat(extract("入选企业还有株洲锐达刀具有限公司、长沙市雨花区的长沙北辰电机有限公司。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("株洲锐达刀具有限公司", "长沙北辰电机有限公司");
    }

    @Test
    void aCountOfPlantsIsNoPlantsName() {
        assertThat(extract("公司已在湛江、茂名运营4座污水处理厂。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aZoneNamedByWhatItMakesIsAZoneThoughItsFirstWordIsAVerb() {
        assertThat(extract("位于佛山市顺德区的顺德区预制菜产业园今年新增项目6个。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("顺德区预制菜产业园");
    }

    @Test
    void aDeputyDirectorsTitleEndsNoBureausName() {
        assertThat(extract("林芝市农业农村局副局长白玛旺堆介绍了今年的种植计划。").entities())
                .filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("林芝市农业农村局");
    }

    @Test
    void anExchangeIsACompany() {
        assertThat(extract("温州瓯江数据交易所今年挂牌数据产品42个。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("温州瓯江数据交易所");
    }

    @Test
    void aCompanyNamedForBreedingKeepsItsTradeVerb() {
        assertThat(extract("公司拟收购江苏禾穗水稻育种有限公司60%股权。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("江苏禾穗水稻育种有限公司");
    }

    @Test
    void aVillageAfterTheCopulaIsNamedWithoutIt() {
        assertThat(extract("这家公司是桃岭村股份经济合作社与湖南禾果农业科技有限公司合资组建的。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("桃岭村股份经济合作社", "湖南禾果农业科技有限公司");
    }

    @Test
    void aCountysShortFormTheSegmenterSplitOpensACompanysName() {
        assertThat(extract("融安县大将镇的金桔今年统一交给融安桔香果业发展有限公司收购。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("融安桔香果业发展有限公司");
    }

    @Test
    void aCommonWordBeforeACityOpensNoCompanysName() {
        assertThat(extract("新厂房距离长沙锐驰汽车零部件有限公司总装车间仅2公里。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("长沙锐驰汽车零部件有限公司");
    }

    @Test
    void aPersonsNameOpeningWithACountrysIsAPersonNotTheCountry() {
        assertThat(extract("张掖市能源局局长韩国华表示，将加快建设新能源基地。").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("张掖市能源局", "张掖市", "韩国华");
    }

    @Test
    void twoShortNamesAfterOneTitleAreOneMongolianName() {
        assertThat(extract("今年5月，公司与高校共建试验站，由该院教授苏和吉雅担任首席专家。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("苏和吉雅");
    }

    @Test
    void wordsWithAFigureAfterAQuoteAreNoProgramsName() {
        assertThat(extract("# 乡贤“返乡”带来12.5亿元项目\n\n推介会现场签约项目9个。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).isEmpty();
    }

    @Test
    void anInstitutesNameMayJoinTwoFieldsAfterAPlace() {
        assertThat(extract("公司与自然资源部青岛海水淡化与综合利用研究所签订技术合作协议。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("自然资源部青岛海水淡化与综合利用研究所");
    }

    @Test
    void aCityAloneBeforeAConjunctionIsAPartyNotAnInstitutesField() {
        assertThat(extract("公司与青岛市与综合利用研究所签订协议。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .doesNotContain("青岛市与综合利用研究所");
    }

    @Test
    void aHighTechZoneWrittenAgainAsGaoxinquIsTheSameZone() {
        assertThat(extract("实验室在位于合肥市的蜀山新技术开发区揭牌。蜀山高新区管委会负责人介绍了园区规划。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("合肥市", "蜀山新技术开发区");
    }

    @Test
    void aBrandsFirstTwoCharactersAndItsTradeInYeNameTheCompany() {
        assertThat(extract("基地由漳州闽屿水产种业有限公司投资建设。闽屿种业是福建海联投资集团有限公司旗下企业。").entities())
                .filteredOn(e -> e.name().equals("漳州闽屿水产种业有限公司")).flatExtracting(Entity::aliases)
                .containsExactly("闽屿种业");
    }

    @Test
    void aCitysAssetCommissionGoesByItsRegisteredName() {
        assertThat(extract("株洲市国资委主任罗立恒表示，将推进市属国企混改。").entities())
                .filteredOn(e -> e.type() == EntityType.Government)
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(tuple("株洲市人民政府国有资产监督管理委员会", List.of("株洲市国资委")));
    }

    @Test
    void aBareLevelBodyIsTheOneOfThatLevelTheTextNamesInFull() {
        assertThat(extract("张家界市与湘潭市签署合作协议。湘潭市发展和改革委员会负责人介绍，市发改委将推进项目。")
                .entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("湘潭市发展和改革委员会");
    }

    @Test
    void aConjunctionBeforeAProvinceJoinsTwoNames() {
        assertThat(extract("项目由湖南省地质调查勘查院与湖南锂源矿产勘查有限公司联合实施。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("湖南锂源矿产勘查有限公司");
    }

    @Test
    void aBranchNamedAfterACityOpeningWithNaIsStillTheCompanysBranch() {
        assertThat(extract("雪峰财产保险股份有限公司那曲中心支公司承保该险种。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .contains("雪峰财产保险股份有限公司那曲中心支公司");
    }

    @Test
    void aBranchNamedByTheCompanysBrandIsTheCompanysBranch() {
        assertThat(extract("黑龙江龙腾通信有限公司今年推出数字农业平台。\n\n龙腾通信绥化分公司总经理贺俊韬介绍，分公司已列为试点。")
                .entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .contains("黑龙江龙腾通信有限公司绥化分公司");
    }

    @Test
    void oreAndMiningWorkAreNoMine() {
        assertThat(extract("项目年采选原矿80万吨，并在矿区外围圈定3处找矿靶区，公司已取得采矿权。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aMinesFirstCharacterReadAsAVerbIsPartOfItsName() {
        assertThat(extract("在荣成市，通桑沟铜矿正式开工。山东荣岳矿业有限公司通桑沟铜矿年产精矿20万吨。")
                .entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("通桑沟铜矿", "山东荣岳矿业有限公司");
    }

    @Test
    void aProgramAfterAQuoteGoesOnPastAWordThatDescribesIt() {
        assertThat(extract("石狮正在实施“智造纺织”产业链提升工程，推动300家企业完成数字化改造。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("智造纺织产业链提升工程");
    }

    @Test
    void aBrandsFirstTwoCharactersAndAnInnerWordNameTheCompany() {
        assertThat(extract("江苏澄衡汽车检测技术有限公司投资建设试验场。澄衡检测总经理高立文说，公司已签约8家车企。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).flatExtracting(Entity::aliases)
                .containsExactly("澄衡检测");
    }

    @Test
    void aBrandsFirstTwoCharactersAndAnInnerWordOfThreeNameTheCompany() {
        ArticleExtraction a = extract("项目由宁波澄舟汽车零部件有限公司投资6亿元建设。澄舟零部件由浙江岳衡控股集团有限公司全资控股。");

        assertThat(entity(a, "宁波澄舟汽车零部件有限公司").aliases()).containsExactly("澄舟零部件");
    }

    @Test
    void unitsCountedAfterTheirInstitutionNameNone() {
        assertThat(extract("项目得到西南大学两学院的技术支持。").entities()).extracting(Entity::name)
                .containsExactly("西南大学");
    }

    @Test
    void aVillageAsAPartyWithASchoolAndACompanyIsNoVillagesName() {
        assertThat(extract("今年，校企村共建茶叶产业学院。").entities()).isEmpty();
    }

    @Test
    void aKindOfVillageAfterACountIsNoVillage() {
        assertThat(extract("电站收益按股分配给31个薄弱村。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).isEmpty();
    }

    @Test
    void aTownWhoseNameHoldsCunKouIsNoVillage() {
        assertThat(extract("遂昌县王村口镇今年新建光伏电站3座。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("遂昌县", "王村口镇");
    }

    @Test
    void aGraduateSchoolIsAResearchBody() {
        assertThat(extract("日喀则市人民政府与西藏大学签署协议，共建西藏大学日喀则农牧科技研究生院。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("西藏大学日喀则农牧科技研究生院");
    }

    @Test
    void aJointStockCompanyAbroadIsACompany() {
        assertThat(extract("公司与越南岘港的平安物流股份公司签订合作协议。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("平安物流股份公司");
    }

    @Test
    void aTibetanNameOpeningWithACitysNameIsAPerson() {
        assertThat(extract("西藏大学副校长洛桑次仁介绍，学院将率先入驻。").entities())
                .filteredOn(e -> e.type() != EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("洛桑次仁");
    }

    @Test
    void aCapitalOfCentralAsiaIsAPlace() {
        assertThat(extract("公司在乌兹别克斯坦塔什干设立海外仓。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("乌兹别克斯坦", "塔什干");
    }

    @Test
    void yuGluedBeforeACityOpensNoUniversitysName() {
        assertThat(extract("公司12名核心研发人员中有7人毕业于西安电子科技大学。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("西安电子科技大学");
    }

    @Test
    void wordsOfTheDictionaryBeforeATitleAreNoTransliteratedName() {
        assertThat(extract("中南大学与湖南湘岳化工股份有限公司联合培养工程博士生。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).isEmpty();
    }

    @Test
    void aFundNamedWithItsPartnershipFormIsACompany() {
        assertThat(extract("本轮由湖南湘江创新创业投资基金（有限合伙）领投。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("湖南湘江创新创业投资基金（有限合伙）");
    }

    @Test
    void aLoneVerbCharacterAfterDeOpensARegisteredName() {
        assertThat(extract("今年8月，来自新加坡的汇岚环境科技私人有限公司向公司增资1200万美元。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("汇岚环境科技私人有限公司");
    }

    @Test
    void aUniversitysFacultyIsAResearchBody() {
        assertThat(extract("公司还与湖南大学生物学部龙景川教授团队联合攻关。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("湖南大学生物学部");
    }

    @Test
    void aNameBeforeChangqiEndsThere() {
        assertThat(extract("入选者中，湖南大学电气学院教授周俊逸长期从事芯片研究。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("周俊逸");
    }

    @Test
    void xueBuBeforeBuFenIsNoFaculty() {
        assertThat(extract("湖南大学部分专业今年新增博士点。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("湖南大学");
    }

    @Test
    void aVillagesEntranceEndsTheVillagesName() {
        assertThat(extract("在浏阳市古港镇梅田村口，新建的冷库已投入使用。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("梅田村");
    }

    @Test
    void aZoneAfterANationalNewAreaGoesByItsOwnName() {
        assertThat(extract("研发中心设在西咸新区沣东科技开发区，今年投入使用。").relations())
                .extracting(r -> r.source() + " " + r.type() + " " + r.target())
                .contains("沣东科技开发区 LOCATED_IN 西咸新区");
    }

    @Test
    void demonstrationAndSoftwareParksAreZones() {
        assertThat(extract("公司落户宿松县安庆绿色食品示范园，研发中心设在南山区深圳软件园。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("安庆绿色食品示范园", "深圳软件园");
    }

    @Test
    void aCountryInBracketsBeforeTheLegalFormIsPartOfTheName() {
        assertThat(extract("公司在曼谷设立了全资子公司华渝农机（泰国）有限公司。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("华渝农机（泰国）有限公司");
    }

    @Test
    void aVerbOfDirectionBeforeAProvinceOpensNoName() {
        assertThat(extract("收获的甜菜被连夜运进新疆禾沁糖业有限公司的加工厂。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("新疆禾沁糖业有限公司");
    }

    @Test
    void aConjunctionCharacterAfterATownBeforeOneCharacterOpensTheVillagesName() {
        assertThat(extract("记者来到大理市银桥镇和平村，村民正在采收蚕豆。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("和平村").doesNotContain("平村");
    }

    @Test
    void aNewTechnologyZoneIsAZoneAndItsHighTechShortFormIsTheSame() {
        assertThat(extract("株洲市天元新技术开发区今年新增企业40家。天元高新区管委会主任李向东介绍了情况。").entities())
                .filteredOn(e -> e.type() == EntityType.Place && e.name().endsWith("开发区"))
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(tuple("天元新技术开发区", List.of("天元高新区")));
    }

    @Test
    void aShortNameSharedByTwoCountiesIsTheOneTheTextNamesInFull() {
        assertThat(extract("四川省宜宾市长宁县今年引进项目12个，其中8个落户长宁经济开发区。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("长宁经济开发区");
    }

    @Test
    void aZoneNamedByItsCountysShortFormInTheTitleIsTheOneNamedInFullBelow() {
        assertThat(extract("# 江安竹编产业园新签3个项目\n\n宜宾市江安县竹编产业园今日签约3个项目。").entities())
                .filteredOn(e -> e.type() == EntityType.Place && e.name().endsWith("产业园"))
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(tuple("江安县竹编产业园", List.of("江安竹编产业园")));
    }

    @Test
    void aCoalMineAfterItsTownIsNamedWithoutIt() {
        assertThat(extract("在吕梁市柳林县王家沟镇石门坡煤矿，智能化工作面通过验收。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("石门坡煤矿");
    }

    @Test
    void theWordForAListedCompanyIsATitleNoNameCarries() {
        assertThat(extract("当天，上市公司宁波锐川电子股份有限公司宣布在余姚设立子公司。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("宁波锐川电子股份有限公司");
    }

    @Test
    void anInsurersBranchGoesByItsContractedTrade() {
        assertThat(extract("安徽溪盛财产保险股份有限公司六安中心支公司与霍山县农业农村局签约。溪盛财险六安中心支公司总经理王敏说，"
                + "将扩大承保。").entities()).filteredOn(e -> e.name().endsWith("中心支公司"))
                .extracting(Entity::name, Entity::aliases)
                .containsExactly(tuple("安徽溪盛财产保险股份有限公司六安中心支公司", List.of("溪盛财险六安中心支公司")));
    }

    @Test
    void aQuotedInsuranceProductIsAProgram() {
        assertThat(extract("这款“霍山石斛种植收入保险”由两家单位联合开发。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("霍山石斛种植收入保险");
    }

    @Test
    void economicAreasAndScienceParksAreZones() {
        assertThat(extract("项目落户大连市瓦房店市太平湾经济区，研发中心设在昌平区中关村生命科学园。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("太平湾经济区", "中关村生命科学园");
    }

    @Test
    void aVerbAndItsDirectionGluedToANameOpenNoName() {
        assertThat(extract("这批烘干机产自南阳丰禾农机装备有限公司。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("南阳丰禾农机装备有限公司");
    }

    @Test
    void aCustomsOfficeGoesByItsCityOrPortAlone() {
        assertThat(extract("# 宝鸡苹果出口基地获海关备案\n\n西安海关为企业开通绿色通道。").entities())
                .filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("西安海关");
    }

    @Test
    void aNameRightAfterAReferenceToABodyIsAPersonsName() {
        assertThat(extract("公司与西北工业大学材料学院联合研发，该院许明涛教授团队负责测试。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("许明涛");
    }

    @Test
    void aStateCapitalCompanyGoesByItsContractedTrade() {
        assertThat(extract("股东之一是张掖市鼎盛国有资本投资运营有限公司。鼎盛国投董事长邓卫东说，项目进展顺利。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name, Entity::aliases)
                .containsExactly(tuple("张掖市鼎盛国有资本投资运营有限公司", List.of("鼎盛国投")));
    }

    @Test
    void aProperNameBeforeAnOfficialZoneWordNamesAZone() {
        assertThat(extract("公司将投资2亿元，在金桥经济技术开发区建设研发中心，总部设在临空科学城。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("金桥经济技术开发区");
    }

    @Test
    void theVerbOfJoiningBeforeANationalBodyOpensNoName() {
        assertThat(extract("公司还联合农业农村部南京农业机械化研究所开发了播种机。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("农业农村部南京农业机械化研究所");
    }

    @Test
    void aProjectsOwnerIsATitleNoNameCarries() {
        assertThat(extract("项目业主寿县城乡供水有限公司负责建设。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("寿县城乡供水有限公司");
    }

    @Test
    void aPrepositionOfAgencyBeforeAProvinceOpensNoName() {
        assertThat(extract("西藏雅砻饲料科技有限公司成立。雅砻饲料由西藏圣湖投资控股集团有限公司控股。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("西藏雅砻饲料科技有限公司", "西藏圣湖投资控股集团有限公司");
    }

    @Test
    void aNounTheSegmenterSplitIntoAPrepositionStaysInALaboratorysName() {
        assertThat(extract("公司已联合浙江大学工业大数据国家重点实验室制定标准。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("浙江大学工业大数据国家重点实验室").doesNotContain("国家重点实验室");
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsGoesBackToItsUniversity() {
        assertThat(extract("公司与华中农业大学作物遗传与改良国家重点实验室签署合作协议。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("华中农业大学作物遗传与改良国家重点实验室");
    }

    @Test
    void theReporterAndHisPrepositionOpenNoName() {
        assertThat(extract("近日，记者从西南大学蚕桑纺织与生物质科学学院获悉，新品种通过审定。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("西南大学蚕桑纺织与生物质科学学院").noneMatch(name -> name.startsWith("记者"));
    }

    @Test
    void aPartnerTheSegmenterTagsAsAnOrganisationIsNoFieldOfTheCollegeAfter与() {
        ArticleExtraction a = extract("浙江海川网业有限公司（以下简称“海川网业”）扩产。海川网业与武汉纺织大学服装学院合作开发新网线。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("武汉纺织大学服装学院").noneMatch(name -> name.startsWith("海川网业"));
    }

    @Test
    void aZoneWithAnOfficialZoneWordIsNamedAfter据() {
        ArticleExtraction a = extract("据洋山综合保税区管理委员会介绍，保税区正加快推进“跨境电商集聚行动”。");

        assertThat(a.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("洋山综合保税区", EntityType.Place), tuple("洋山综合保税区管理委员会", EntityType.Government));
    }

    @Test
    void aBureauEndsAtItsFirst局BeforeItsHeadsTitle() {
        ArticleExtraction a = extract("富平县农业农村局局长韩启明表示，全县正在推进“柿子产业提升行动”。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("富平县农业农村局");
    }

    @Test
    void aUniversitysDepartmentEndingIn系IsAResearchBody() {
        ArticleExtraction a = extract("北京青源量子研究院联合北京大学物理系开展研究。北京大学物理系博士研究生陆文涛为论文第一作者。"
                + "北京大学体系完备。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("北京青源量子研究院", "北京大学物理系", "北京大学");
        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target).containsExactly(tuple("北京大学物理系", "北京大学"));
    }

    @Test
    void aCompanyBefore与IsNoFieldOfAUniversitysResearchCentre() {
        ArticleExtraction a = extract("长沙青曜光电科技有限公司（以下简称“长沙青曜”）投产。"
                + "转移技术由长沙青曜与中南大学粉末冶金研究中心联合攻关。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("中南大学粉末冶金研究中心", "中南大学");
    }

    @Test
    void anAcademysInstituteOfTwoFieldsKeepsTheAcademyTheSegmenterCutIntoWords() {
        ArticleExtraction a = extract("西藏青岭农牧研究所联合中国农业科学院成都草地与畜牧研究所开展选育。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("西藏青岭农牧研究所", "中国农业科学院成都草地与畜牧研究所");
    }

    @Test
    void aNameAfterAReferenceToACollegeIsAPersons() {
        ArticleExtraction a = extract("公司与吉林农业大学园艺学院合作选育新菌株，该学院张立梅教授团队的成果已发表。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("张立梅");
    }

    @Test
    void aNameOpeningWithATitlesLastCharacterStaysWhole() {
        ArticleExtraction a = extract("四川青禾科技有限公司出资2亿元入股东方电气集团有限公司。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("四川青禾科技有限公司", "东方电气集团有限公司");
    }

    @Test
    void 由AfterATitleGivesThePostAndOpensNoName() {
        ArticleExtraction a = extract("中心主任由海洋与生态学院院长周立航教授担任。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("周立航");
    }

    @Test
    void aDottedNameEndsBeforeTheTitleAfterIt() {
        ArticleExtraction a = extract("实验室主任由新疆农业大学林学院院长阿依古丽·买买提教授担任。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("阿依古丽·买买提");
    }

    @Test
    void aCompanyGoesByTheBrandAfterTheWordItsNameOpensOn() {
        ArticleExtraction a = extract("山西太岳禾韵农业科技有限公司在沁县建设基地。今年5月，禾韵农业又投资3000万元扩建厂房。");

        assertThat(entity(a, "山西太岳禾韵农业科技有限公司").aliases()).containsExactly("禾韵农业");
    }

    @Test
    void aTradeWrittenAfterAVerbIsNoCompanysShortName() {
        ArticleExtraction a = extract("尚志雪川林蛙养殖有限公司成立于2019年，主营林蛙养殖和林蛙油加工。");

        assertThat(entity(a, "尚志雪川林蛙养殖有限公司").aliases()).isEmpty();
    }

    @Test
    void threeCharactersOfABrandAnd公司NameTheCompany() {
        ArticleExtraction a = extract("福建闽禾珍食品有限公司在建瓯建设加工厂。闽禾珍公司总部位于福州。");

        assertThat(entity(a, "福建闽禾珍食品有限公司").aliases()).containsExactly("闽禾珍公司");
    }

    @Test
    void aNameWrittenAgainWithoutTheCityItOpensOnIsTheSameCompany() {
        ArticleExtraction a = extract("宁波海屿渔舍运营管理有限公司在象山县揭牌。海屿渔舍运营管理有限公司总经理陈立海说，民宿将于年内开业。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("宁波海屿渔舍运营管理有限公司");
    }

    @Test
    void aShortNameOfAParentAndItsSubsidiaryIsTheOneNamedBeforeIt() {
        ArticleExtraction a = extract("湖北荆虾坊食品有限公司的车间里，生产线昼夜运转。荆虾坊公司成立于2015年，"
                + "其全资子公司监利荆虾坊冷链物流有限公司建成冷库。荆虾坊董事长吴立成说，订单已排到年底。");

        assertThat(entity(a, "湖北荆虾坊食品有限公司").aliases()).contains("荆虾坊公司", "荆虾坊");
        assertThat(entity(a, "监利荆虾坊冷链物流有限公司").aliases()).isEmpty();
    }

    @Test
    void aTibetanNameElementAndOneCharacterMoreBeforeSpeechIsAName() {
        ArticleExtraction a = extract("海北州林业和草原局副局长索南加表示，全州将扩大沙棘种植。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("索南加");
    }

    @Test
    void villagesCountedAreNoVillageNamed() {
        ArticleExtraction a = extract("四川峨眉茶旅发展集团有限公司计划在夹江县的两个茶村投资1.2亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("夹江县");
    }

    @Test
    void aChemicalParkIsAZone() {
        ArticleExtraction a = extract("在荆州市江陵县沿江化工园，湖北荆磷化工股份有限公司投资3亿元建设新生产线。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("沿江化工园");
    }

    @Test
    void aNameEndsBefore据此() {
        ArticleExtraction a = extract("西北农林科技大学食品科学与工程学院副教授李秀娟据此撰写的论文已发表于《食品科学》。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("李秀娟");
    }

    @Test
    void anAcademysInstituteGoesByTheFirstCharactersOfItsFieldsWords() {
        ArticleExtraction a = extract("辽南集团与中国科学院大连化学物理研究所签约。大连化物所研究员张立群团队负责研发。");

        assertThat(entity(a, "中国科学院大连化学物理研究所").aliases()).contains("大连化物所");
    }

    @Test
    void villagesCountedInDigitsAreNoVillageNamed() {
        ArticleExtraction a = extract("达拉特旗已有15个嘎查村的农牧民签订养殖合同。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("达拉特旗");
    }

    @Test
    void anAcademysInstituteOfTwoFieldsKeepsAPlaceAndFieldReadAsOneName() {
        ArticleExtraction a = extract("公司与中国科学院上海微系统与信息技术研究所签署合作协议。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("中国科学院上海微系统与信息技术研究所");
    }

    @Test
    void aVillagesJointStockUnionIsACollective() {
        ArticleExtraction a = extract("重庆渝椒食品股份有限公司与石堰村股份经济合作联合社合资成立农业开发公司。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("重庆渝椒食品股份有限公司", "石堰村股份经济合作联合社");
    }

    @Test
    void aCompanySetUpInACityOpensAfter成立() {
        ArticleExtraction a = extract("江西瓷源陶瓷集团股份有限公司在南昌成立景德镇瓷禾精瓷科技有限公司。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("江西瓷源陶瓷集团股份有限公司", "景德镇瓷禾精瓷科技有限公司");
    }

    @Test
    void aVillageInsideAQuotedProgramsNameIsNone() {
        ArticleExtraction a = extract("汉中市正在推进“汉中茶叶强村行动”。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("汉中市");
    }

    @Test
    void aMajorWorldPortIsAPlace() {
        ArticleExtraction a = extract("满载生姜的货轮从青岛港启航，驶向荷兰鹿特丹。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("鹿特丹", "荷兰");
    }

    @Test
    void aNameBefore将IsWhole() {
        ArticleExtraction a = extract("西北农林科技大学与杨凌禾川食品有限公司共建研究中心，食品科学与工程学院教授王立凯将出任中心主任。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("王立凯");
    }

    @Test
    void aUnitWrittenWithItsInstitutionsKnownShortFormIsTheUnitNamedInFull() {
        ArticleExtraction a = extract("中国科学技术大学微电子学院与合肥晶湖科技有限公司共建实验室。"
                + "中国科大微电子学院负责芯片设计。");

        assertThat(entity(a, "中国科学技术大学微电子学院").aliases()).contains("中国科大微电子学院");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("中国科大微电子学院");
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsAfterItsInstitutesShortNameIsWhole() {
        ArticleExtraction a = extract("中国科学院长春光学精密机械与物理研究所（以下简称“长春光机所”）应用光学与光谱技术"
                + "国家重点实验室李泽川研究员团队取得新进展。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("中国科学院长春光学精密机械与物理研究所", "应用光学与光谱技术国家重点实验室");
    }

    @Test
    void anAcademyOfForestryGoesByItsContraction() {
        ArticleExtraction a = extract("塞罕坝机械林场与中国林业科学研究院林业研究所签订协议。"
                + "中国林科院林业研究所研究员张鸣谦介绍，双方将共建基地。");

        assertThat(entity(a, "中国林业科学研究院林业研究所").aliases()).contains("中国林科院林业研究所");
    }

    @Test
    void aProgramQuotedInsideAQuotedSpeechIsOne() {
        ArticleExtraction a = extract("“开发区正在实施‘先进材料产业跃升行动’，新项目属于这条链。”王启帆说。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("先进材料产业跃升行动");
    }

    @Test
    void aKeyLaboratoryOfTwoFieldsOpeningItsClauseIsWhole() {
        ArticleExtraction a = extract("近日，水稻和小麦种质资源与遗传改良国家重点实验室王启帆研究员团队在《作物学报》发表论文。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("水稻和小麦种质资源与遗传改良国家重点实验室");
    }

    @Test
    void aJapaneseJointStockCompanyIsOne() {
        ArticleExtraction a = extract("上海禾烯新材料科技股份有限公司与东岭树脂株式会社合资成立上海禾东特种树脂有限公司。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("上海禾烯新材料科技股份有限公司", "东岭树脂株式会社", "上海禾东特种树脂有限公司");
    }

    @Test
    void aZoneAfterItsCityInFullGoesByItsOwnNameThoughTheSegmenterCutIt() {
        ArticleExtraction a = extract("吉林禾川种业股份有限公司总部位于长春市净月高新技术产业开发区。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("长春市", "净月高新技术产业开发区");
    }

    @Test
    void aZoneNamedWithAndWithoutItsCityIsOne() {
        ArticleExtraction a = extract("天津禾运物流有限公司在天津市滨海新区东疆综合保税区设立子公司。"
                + "天津东疆综合保税区管理委员会副主任孙立表示，冷链企业正在落户。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("天津市", "滨海新区", "天津东疆综合保税区");
    }

    @Test
    void aUnionOfCooperativesIsOneCompany() {
        ArticleExtraction a = extract("平陆县禾丰果农互助合作社联合社今年投资860万元建成冷库。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("平陆县禾丰果农互助合作社联合社");
    }

    @Test
    void aUnitWrittenWithItsUniversitysContractionIsTheUnitNamedInFull() {
        ArticleExtraction a = extract("西北农林科技大学动物医学院与陕西禾牧动物药业有限公司签署协议。"
                + "西农动物医学院教授王启帆介绍，双方将共建中心。");

        assertThat(entity(a, "西北农林科技大学动物医学院").aliases()).contains("西农动物医学院");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("西农动物医学院");
    }

    @Test
    void aPartyBefore与IsNoPartOfAKeyLaboratorysName() {
        ArticleExtraction a = extract("会上，企业与作物遗传育种国家重点实验室签署合作协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("作物遗传育种国家重点实验室");
    }

    @Test
    void parksOfOneNameInTwoCitiesAreTwo() {
        ArticleExtraction a = extract("长春市大健康产业园今年新增企业20家。武汉市大健康产业园今年新增企业30家。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("长春市大健康产业园", "长春市", "武汉市大健康产业园", "武汉市");
    }

    @Test
    void aCitysShortFormThatIsAWordIsNoSubjectBeforeAnAdverbAlone() {
        ArticleExtraction a = extract("安康市举办招商推介会。祝大家新春快乐，安康将至。");

        assertThat(entity(a, "安康市").aliases()).doesNotContain("安康");
    }

    @Test
    void aNameAndTheDocumentCarryingItWithItsSpanAndPeriodAreOneProgram() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 嘉兴启动“嘉禾数字走廊”建设\n\n"
                + "日前，嘉兴市人民政府印发《嘉禾数字走廊建设三年行动计划（2026—2028年）》，提出布局30个创新平台。\n")).get(0);

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("嘉禾数字走廊建设三年行动计划（2026—2028年）");
    }

    @Test
    void anEnergyBaseIsAZone() {
        ArticleExtraction a = extract("新公司首期投资2亿元，在鄂尔多斯能源化工基地建设储氢装备生产线。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("鄂尔多斯能源化工基地");
    }

    @Test
    void aHoldingCompanysNameCutAcross控股IsWhole() {
        ArticleExtraction a = extract("迅达物流是华程控股集团有限公司旗下的企业。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("华程控股集团有限公司");
    }

    @Test
    void anInstituteNamedAfterAnEraOfItsFieldIsWhole() {
        ArticleExtraction a = extract("中国科学院近代物理研究所研究员王立川说，团队将与企业合作。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("中国科学院近代物理研究所");
    }

    @Test
    void aPronounsCharacterAfterANounIsPartOfTheName() {
        ArticleExtraction a = extract("本轮融资中，北京朗川资本管理有限公司跟投1亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("北京朗川资本管理有限公司");
    }

    @Test
    void aTibetanNameOfOneKnownElementBeforeSpeechIsAPerson() {
        ArticleExtraction a = extract("日喀则市农业农村局局长尼玛表示，全市正在推广青稞新品种。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("尼玛");
    }

    @Test
    void aTibetanNameWithOneKnownElementBeforeSpeechIsAPerson() {
        ArticleExtraction a = extract("贵德县县长索南东主说，全县正在推进草畜平衡试点。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("索南东主");
    }

    @Test
    void aCountyOfAnotherProvinceAfterTheProvinceOpensTheBrand() {
        ArticleExtraction a = extract("广东宁城茶业有限公司与英德市签订协议。宁城茶业是广东粤茗集团有限公司的控股子公司。");

        assertThat(entity(a, "广东宁城茶业有限公司").aliases()).contains("宁城茶业");
    }

    @Test
    void anECommerceCompanyGoesByItsTradesContraction() {
        ArticleExtraction a = extract("合作社与湖南湘橙电子商务有限公司签订协议。湘橙电商随后投资800万元建设分拣中心。");

        assertThat(entity(a, "湖南湘橙电子商务有限公司").aliases()).contains("湘橙电商");
    }

    @Test
    void aMongolianNameOfThreeCharactersCutAfterItsFirstIsAPerson() {
        ArticleExtraction a = extract("阿拉善右旗副旗长其力格表示，全旗正在推进骆驼产业试点。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("其力格");
    }

    @Test
    void aDottedNameWithASixCharacterFirstPartIsAPerson() {
        ArticleExtraction a = extract("和静县人民政府副县长阿不都克里木·艾山介绍，该县正在推进盐碱地改良试点。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("阿不都克里木·艾山");
    }

    @Test
    void theLooksOfAVillageAreNoVillage() {
        ArticleExtraction a = extract("今年，高桥镇对全镇9个村的村容村貌进行整体提升。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("高桥镇");
    }

    @Test
    void anExperimentStationIsAResearchUnit() {
        ArticleExtraction a = extract("禾丰农业还与中国农业大学曲周实验站合作开展秸秆还田试验。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("中国农业大学曲周实验站");
    }

    @Test
    void aGeneralAviationCompanyGoesByItsTradesContraction() {
        ArticleExtraction a = extract("常州天翼通用航空有限公司今年新购直升机6架。天翼通航是江苏禾航集团有限公司的控股子公司。");

        assertThat(entity(a, "常州天翼通用航空有限公司").aliases()).contains("天翼通航");
    }

    @Test
    void aUnitWrittenAfterItsAcademysContractionIsTheAcademysUnit() {
        ArticleExtraction a = extract("凤冈县与贵州省农业科学院签订协议。按照协议，省农科院植物保护研究所将在县里建设试验基地。");

        assertThat(entity(a, "贵州省农业科学院植物保护研究所").aliases()).containsExactly("省农科院植物保护研究所");
    }

    @Test
    void aCollegeNamedAfterItsPrefectureIsAResearchBody() {
        ArticleExtraction a = extract("企业还与文山学院合作开展三七种苗繁育技术攻关。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("文山学院");
    }

    @Test
    void peopleCountedByTheirTitleAreNoOneNamedAfterIt() {
        ArticleExtraction a = extract("教授林振川带着6名研究生常年住在村里，首批20名研究生明年春季进驻基地。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("林振川");
    }

    @Test
    void aDottedNameRightAfterItsCollegeBeforeATitleIsAPerson() {
        ArticleExtraction a = extract("近日，塔里木大学农学院帕提古丽·吾甫尔教授团队在枣树抗旱研究中取得新进展。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("帕提古丽·吾甫尔");
    }

    @Test
    void aCompanyDescribedBeforeTheParticleIsNamedFromItsPlace() {
        ArticleExtraction a = extract("同样上榜的宁波禾涛新材料科技有限公司位于北仑区。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("宁波禾涛新材料科技有限公司");
    }

    @Test
    void cooperativesCountedByTheirTradeAreAKindNotAName() {
        ArticleExtraction a = extract("今年6月，黄田镇的4家茶叶种植专业合作社抱团组建了祁门县禾香茶叶专业合作社联合社。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("祁门县禾香茶叶专业合作社联合社");
    }

    @Test
    void aZoneQuotedLikeAProgramKeepsItsNameBesideTheDocumentCarryingIt() {
        ArticleExtraction a = extract("湖南省出台《湘江新区建设实施方案》，全力推进“湘江新区”建设。湘江新区管委会负责实施。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("湘江新区");
    }

    @Test
    void aVerbOfAskingBeforeANameAfterATitleIsNoPartOfIt() {
        ArticleExtraction a = extract("会上，局长请李华介绍经验，董事长让张伟介绍项目情况。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .doesNotContain("请李华", "让张伟");
    }

    @Test
    void aTibetanNameElementBeforeLittleWordsOfTheClauseIsNoLongerName() {
        ArticleExtraction a = extract("镇党委书记达瓦对我说，今年青稞收成好。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .doesNotContain("达瓦对我");
    }

    @Test
    void peopleCountedByTheirTitleAndThenListedAreNamed() {
        ArticleExtraction a = extract("两名院士赵立群和孙家明出席会议并讲话。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .contains("赵立群");
    }

    @Test
    void aCountysECommerceWorkIsNoShortNameOfItsCompany() {
        ArticleExtraction a = extract("湘潭县电子商务发展有限公司成立。县电商发展中心主任表示，将加快县电商发展。");

        assertThat(entity(a, "湘潭县电子商务发展有限公司").aliases()).isEmpty();
    }

    @Test
    void peopleAfterAnAcademysContractionAreNoUnitOfIt() {
        ArticleExtraction a = extract("湖南省农业科学院与县里签约。省农科院专家团队实验室建设加快推进。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("湖南省农业科学院");
    }

    @Test
    void aNounOfTheClauseBeforeACountysNameIsNoPartOfTheName() {
        ArticleExtraction a = extract("牵头社甘泉县山丹辣椒种植专业合作社理事长苏振邦当选联合社理事长。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .contains("甘泉县山丹辣椒种植专业合作社").doesNotContain("社甘泉县山丹辣椒种植专业合作社");
    }

    @Test
    void aNameBefore负责IsWhole() {
        ArticleExtraction a = extract("公司与贵州大学茶学院签署协议，由茶学院教授龙秀梅负责品种筛选和工艺研发。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("龙秀梅");
    }

    @Test
    void aCompanyCalledByItsWholeBrandAnd公司IsThatCompany() {
        ArticleExtraction a = extract("遵义山雾春抹茶粉科技有限公司在凤冈县揭牌。按计划，山雾春抹茶粉公司将投资2.8亿元建设碾茶生产线。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("遵义山雾春抹茶粉科技有限公司");
        assertThat(entity(a, "遵义山雾春抹茶粉科技有限公司").aliases()).containsExactly("山雾春抹茶粉公司");
    }

    @Test
    void aOneCharacterProgramWordEndingAnotherWordMakesNoProgram() {
        ArticleExtraction a = extract("科研人员说，两种益生菌像“接班”一样压制病菌。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).isEmpty();
    }

    @Test
    void aOneCharacterProgramWordOfItsOwnCompletesTheQuotedName() {
        ArticleExtraction a = extract("平江县全面推行“林长”制，实施“惠农”贷。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactlyInAnyOrder("林长制", "惠农贷");
    }

    @Test
    void theWordForAJointVentureBeforeItsNameIsNoPartOfIt() {
        ArticleExtraction a = extract("双方签约后，合资公司重庆渝膜新能源科技有限公司将在长寿经开区投资10亿元。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("重庆渝膜新能源科技有限公司");
    }

    @Test
    void unitsListedAfterAnAcademysUnitAreTheAcademys() {
        ArticleExtraction a = extract("北京市农林科学院玉米研究所、杂交小麦研究所的专家参加了培训。");

        assertThat(entity(a, "北京市农林科学院杂交小麦研究所").aliases()).containsExactly("杂交小麦研究所");
    }

    @Test
    void aCompanyNamedAfterItsGroupsBrandOpensWithThePlaceAndTheBrand() {
        ArticleExtraction a = extract("海南汇诚农业集团股份有限公司（以下简称“汇诚农业”）设立的控股子公司澄迈汇诚果蔬供应链有限公司在"
                + "老城经济开发区注册成立。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("海南汇诚农业集团股份有限公司", "澄迈汇诚果蔬供应链有限公司");
    }

    @Test
    void aPartnerOfAFirmIsAPerson() {
        ArticleExtraction a = extract("成都蓉峰创业投资有限公司合伙人陈思源表示，看好川茶品牌化的趋势。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("陈思源");
    }

    @Test
    void aQuotedNameBefore制度IsAProgramWithIt() {
        ArticleExtraction a = extract("拉萨市将启动“重点项目首席服务官”制度。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("重点项目首席服务官制度");
    }

    @Test
    void aVillageAfter给IsNamedWithoutIt() {
        ArticleExtraction a = extract("给西岔村送来技术的是河北张垣农业科技有限公司。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .doesNotContain("给西岔村");
    }

    @Test
    void aCompanyNamedAfterItsGroupsBrandKeepsACharacterReadAsAMeasureWord() {
        ArticleExtraction a = extract("甘肃陇峰薯业股份有限公司（以下简称“陇峰薯业”）的全资子公司——渭源陇峰种薯繁育有限公司在会川镇"
                + "揭牌成立。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("甘肃陇峰薯业股份有限公司", "渭源陇峰种薯繁育有限公司");
    }

    @Test
    void aFundNamedForCentralEnterprisesKeepsItsWholeName() {
        ArticleExtraction a = extract("中央企业乡村产业投资基金股份有限公司出资2亿元，在海原县建设肉牛养殖基地。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("中央企业乡村产业投资基金股份有限公司");
    }

    @Test
    void aCompanysOwnShortNameBefore和InItsNameSplitsNothing() {
        ArticleExtraction a = extract("宁夏甲丰和兴庆农业有限公司（以下简称“宁夏甲丰”）投资5000万元在兴庆区建设蔬菜基地。"
                + "宁夏甲丰和兴庆农业有限公司负责运营。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("宁夏甲丰和兴庆农业有限公司");
    }

    @Test
    void aUniversitysHospitalAndACitysCentralHospitalAreResearchBodiesButACountysHospitalIsNone() {
        ArticleExtraction a = extract("近日，华中农业大学医学院附属东湖医院与岳阳市中心医院、山西农业大学第一医院合作完成的研究在"
                + "《中华肝脏病杂志》发表，临湘县人民医院也参与了研究。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("华中农业大学医学院附属东湖医院", "岳阳市中心医院", "山西农业大学第一医院");
    }

    @Test
    void aDepartmentNamedByTwoDisciplinesIsTheUniversitysUnit() {
        ArticleExtraction a = extract("复旦大学环境科学与工程系王力教授团队与上海市农业科学院合作。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("复旦大学环境科学与工程系");
    }

    @Test
    void aBannerOrCountyNamedAfterAWingOrAPartOfATribeGoesByItsContraction() {
        ArticleExtraction a = extract("科左中旗林草局与喀左县、土左旗、乌前旗签订协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place)
                .extracting(Entity::name, Entity::aliases).containsExactlyInAnyOrder(
                        tuple("科尔沁左翼中旗", List.of("科左中旗")),
                        tuple("喀喇沁左翼蒙古族自治县", List.of("喀左县")),
                        tuple("土默特左旗", List.of("土左旗")), tuple("乌拉特前旗", List.of("乌前旗")));
    }

    @Test
    void aCountyNamedInFullIsTheSiteItsShortFormNamesAfter在WhereTheSegmenterGluesTheWorkToIt() {
        ArticleExtraction a = extract("潍坊瑞康生物科技有限公司位于山东省潍坊市诸城市昌城镇，计划投入2800万元在诸城建设疫苗中试车间。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.INVESTS_IN)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("潍坊瑞康生物科技有限公司", "诸城市"));
    }

    @Test
    void kindsOfVillagesAndVillagesLeftAreNoVillagesNames() {
        ArticleExtraction a = extract("全市将串联200个以上特色村和30个重点村，金庭枇杷“抱团”出村。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Place).isEmpty();
    }

    @Test
    void aShortNameTheHeadlineWritesGoesToTheCompanyTheReportIntroducesFirst() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", "# 振华医疗河源基地开工\n\n"
                + "本报讯 10月18日，深圳振华医疗科技股份有限公司河源生产基地开工建设。基地由振华医疗的全资子公司"
                + "河源振华医疗器械有限公司投资建设。振华医疗董事长许文说，基地将承担一半产能。\n")).get(0);

        assertThat(entity(a, "深圳振华医疗科技股份有限公司").aliases()).containsExactly("振华医疗");
        assertThat(entity(a, "河源振华医疗器械有限公司").aliases()).isEmpty();
    }

    @Test
    void aTownsGovernmentIsNamedThoughItsNameOpensWithACount() {
        ArticleExtraction a = extract("签约仪式上，三个庄子镇人民政府与石河子大学签署合作协议。");

        assertThat(entity(a, "三个庄子镇人民政府").type()).isEqualTo(EntityType.Government);
    }

    @Test
    void aTownsGovernmentWrittenAfterItsCountyIsNamedThoughTheTownsNameOpensWithACount() {
        ArticleExtraction a = extract("河北农业大学与承德县三家镇人民政府签订协议，共建板栗科技示范园。");

        assertThat(entity(a, "三家镇人民政府").type()).isEqualTo(EntityType.Government);
    }

    @Test
    void aZoneIsNamedAfterACountysShortFormThatIsAVerbWhereTheTextNamesTheCountyInFull() {
        ArticleExtraction a = extract("新建区今年主攻航空配套产业。江西翼岚精密部件有限公司投资2.4亿元，在新建经济开发区建设机加工车间。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target)
                .contains(tuple("新建经济开发区", "新建区"));
    }

    @Test
    void aCountyRightBeforeOneOfItsTownsIsTheCountyThoughItsLevelWordOpensAWordWithTheTown() {
        ArticleExtraction a = extract("江西澄穗米业有限公司投资1.6亿元，在进贤县长山晏乡新建稻米加工厂。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("长山晏乡", "进贤县"));
    }

    @Test
    void aCooperativesNameMayOpenOnAVerbAfter的() {
        ArticleExtraction a = extract("石楠村的兴农蔬菜种植专业合作社今年扩种甘蓝八百亩。");

        assertThat(entity(a, "兴农蔬菜种植专业合作社").type()).isEqualTo(EntityType.Enterprise);
    }

    @Test
    void aTownJoinedBy与ToAnInstitutesShortNameOpensNoInstitute() {
        ArticleExtraction a = extract("杭州市西湖区龙坞镇与茶叶研究所共建了高标准示范茶园。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("杭州市", "西湖区", "龙坞镇");
    }

    @Test
    void 同GluedToAUniversityAfterACompanyIsAPrepositionNotPartOfTheName() {
        ArticleExtraction a = extract("在技术上，该公司同华南农业大学园艺学院共建实验室。这家企业同湖南农业大学园艺学院共建基地。");

        assertThat(a.entities()).extracting(Entity::name).containsExactlyInAnyOrder("华南农业大学园艺学院", "华南农业大学",
                "湖南农业大学园艺学院", "湖南农业大学");
    }

    @Test
    void aQuotedWayOfWorkingEndingIn村IsNoVillage() {
        ArticleExtraction a = extract("县里推行“干部包村”机制，每名干部联系一个村。");

        assertThat(a.entities()).extracting(Entity::type).doesNotContain(EntityType.Place);
    }

    @Test
    void 海And哈OpenHuiFamilyNames() {
        ArticleExtraction a = extract("同心镇党委书记海青山说，今年还要扩种。自治区农业农村厅副厅长哈文杰表示，将加快推广。");

        assertThat(entity(a, "海青山").type()).isEqualTo(EntityType.Person);
        assertThat(entity(a, "哈文杰").type()).isEqualTo(EntityType.Person);
    }

    @Test
    void aNewTownOfTwoCharactersRightAfterItsCityIsAPlaceInIt() {
        ArticleExtraction a = extract("济南市汉峪新城的软件园今年扩建。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("汉峪新城", "济南市"));
    }

    @Test
    void aCooperativeReadInOneTermWithThe的BeforeItIsNamedFromAfterThe的() {
        ArticleExtraction a = extract("这家民宿并与村内的临安青岚竹笋专业合作社一起设计采笋研学路线。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("临安青岚竹笋专业合作社");
    }

    @Test
    void 和AfterATownReferredToOpensAVillagesName() {
        ArticleExtraction a = extract("东平镇今年引进米业项目。江苏禾米食品有限公司投资1亿元，在该镇和兴村建设加工厂。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("和兴村", "东平镇"));
    }

    @Test
    void aCountOfWorksCarriedOutNamesNoProgram() {
        ArticleExtraction a = extract("省林业局印发《浙江省油茶产业发展方案》，明确推进四项重点工程。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("浙江省油茶产业发展方案");
    }

    @Test
    void aCollegeATeamOfItsSiblingWorksWithIsACollegeOfTheSameUniversity() {
        ArticleExtraction a = extract("华中农业大学近日发布消息，该校园艺学院柑橘育种团队与植物科学技术学院合作选育出早熟新品系。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("华中农业大学园艺学院", "华中农业大学"),
                        tuple("华中农业大学植物科学技术学院", "华中农业大学"));
    }

    @Test
    void aManagementDistrictAtTownLevelIsATown() {
        ArticleExtraction a = extract("潜江市今年扩种水稻。贷款已发放到熊口镇、总口管理区的种植大户。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target)
                .containsExactlyInAnyOrder(tuple("熊口镇", "潜江市"), tuple("总口管理区", "潜江市"));
    }

    @Test
    void aFamilyNameBeforeAMongolianNameMakesOneName() {
        ArticleExtraction a = extract("锡林郭勒盟林草局局长韩巴特尔介绍，禁牧面积已扩大。");

        assertThat(entity(a, "韩巴特尔").type()).isEqualTo(EntityType.Person);
    }

    @Test
    void 同ReadWithACountysFullNameIsAPrepositionBeforeTheName() {
        ArticleExtraction a = extract("该公司同眉县金穗果蔬专业合作社订立了收购合同。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("眉县金穗果蔬专业合作社");
    }

    @Test
    void 和ReadWithACountysFullNameIsAConjunctionBeforeTheName() {
        ArticleExtraction a = extract("山东莘禾农业科技有限公司还将和莘县瓜菜种植专业合作社共享育苗技术。");

        assertThat(a.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("山东莘禾农业科技有限公司", "莘县瓜菜种植专业合作社");
    }

    @Test
    void aTownsGovernmentAfterItsProvinceCityAndCountyIsNamedThoughItsNameOpensWithACount() {
        ArticleExtraction a = extract("河北省承德市承德县三家镇人民政府组织召开板栗产业推进会。");

        assertThat(entity(a, "三家镇人民政府").type()).isEqualTo(EntityType.Government);
    }

    @Test
    void aCountOfNewTownsNamesNone() {
        ArticleExtraction a = extract("湖北省武汉市两个新城同时开工。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("两个新城");
    }

    @Test
    void aQuotedVillagesOwnNameBeforeTheWordForItsModelIsAVillage() {
        ArticleExtraction a = extract("“余村”模式在全国推广。");

        assertThat(entity(a, "余村").type()).isEqualTo(EntityType.Place);
    }

    @Test
    void aProgramWhoseNameCountsCountsIsNamed() {
        ArticleExtraction a = extract("山东省实施三个一百人才工程。");

        assertThat(a.entities()).extracting(Entity::name).contains("三个一百人才工程");
    }

    @Test
    void aLocalOrVocationalCollegeASiblingWorksWithIsNoUnitOfItsUniversity() {
        ArticleExtraction a = extract("湖南农业大学园艺学院与当地农业职业学院签订实习基地协议。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("湖南农业大学当地农业职业学院");
    }

    @Test
    void aVerbGluedToTheProvinceOpeningAnInstitutesNameIsNoPartOfIt() {
        ArticleExtraction a = extract("茶园将种植福建省农业科学院茶叶研究所选育的良种。");

        assertThat(a.entities()).extracting(Entity::name).contains("福建省农业科学院茶叶研究所");
    }

    @Test
    void whatIsPlantedBeforeAProvincesAcademyOpensNoInstitutesName() {
        ArticleExtraction a = extract("基地将种植广东省农业科学院作物研究所选育的花生。");

        assertThat(a.entities()).extracting(Entity::name).contains("广东省农业科学院作物研究所")
                .doesNotContain("种植广东省农业科学院作物研究所");
    }

    @Test
    void aUnionOfCooperativesGoesBy联合社AfterItsBrand() {
        ArticleExtraction a = extract("克山县禾垄马铃薯种植专业合作社联合社日前成立。禾垄联合社与北大荒薯业有限公司签订收购协议。");

        assertThat(entity(a, "克山县禾垄马铃薯种植专业合作社联合社").aliases()).containsExactly("禾垄联合社");
    }

    @Test
    void aStateForestFarmIsACompanyNamedAfterItsCountyAndGoesByItsNameWithout国有() {
        ArticleExtraction a = extract("宜春市铜鼓县国有龙门林场与江西农业大学签约。龙门林场经营面积18万亩，是省属国有林场之一。");

        assertThat(entity(a, "铜鼓县国有龙门林场").type()).isEqualTo(EntityType.Enterprise);
        assertThat(entity(a, "铜鼓县国有龙门林场").aliases()).containsExactly("龙门林场");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("省属国有林场");
    }

    @Test
    void aTownTheCodesLackIsATownOfTheCountyItIsWrittenAfter() {
        ArticleExtraction a = extract("位于新化县汉寿镇的冷链物流中心投入运营。汉寿镇的农户从中受益。");

        assertThat(entity(a, "汉寿镇").type()).isEqualTo(EntityType.Place);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("汉寿镇", RelationType.LOCATED_IN, "新化县"));
    }

    @Test
    void aTownTheCodesLackIsATownOfItsCountyThoughTheSegmenterReadsItInPieces() {
        ArticleExtraction a = extract("江苏淮泱农业发展有限公司投资3000万元，在盱眙县维桥乡建设稻虾共养基地。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactlyInAnyOrder(tuple("维桥乡", RelationType.LOCATED_IN, "盱眙县"),
                        tuple("江苏淮泱农业发展有限公司", RelationType.INVESTS_IN, "维桥乡"));
    }

    @Test
    void aDemonstrationZoneNamedByAPlaceTheDictionaryKnowsIsAPlace() {
        ArticleExtraction a = extract("陕西秦岫种业有限公司计划在杨凌示范区投资8000万元建设玉米育种中心。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactly(tuple("陕西秦岫种业有限公司", RelationType.INVESTS_IN, "杨凌示范区"));
    }

    @Test
    void aPilotZoneNamedByAPlaceTheDictionaryKnowsAndTheNounsOfItsTradeIsAPlace() {
        ArticleExtraction a = extract("青海昆澈新材料有限公司计划在柴达木循环经济试验区投资6亿元建设碳酸锂生产线。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .containsExactly(tuple("青海昆澈新材料有限公司", RelationType.INVESTS_IN, "柴达木循环经济试验区"));
    }

    @Test
    void aDemonstrationZoneNamedByAPlaceIsAPlaceThoughTheSegmenterGluesItToTheWordsAfter() {
        assertThat(extract("企业将在杨凌示范区建设研发中心。").entities()).extracting(Entity::name).containsExactly("杨凌示范区");
    }

    @Test
    void aDemonstrationZoneOfACountryIsAKindOfZoneNotAPlace() {
        assertThat(extract("全县正努力建设成为中国生态农业示范区。").entities()).isEmpty();
    }

    @Test
    void aPilotZoneNamedByAPlaceTheDictionaryKnowsIsAPlaceAfterAVerbOfSettling() {
        assertThat(extract("今年，青海昆岫锂业有限公司的项目落户柴达木循环经济试验区。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactly("柴达木循环经济试验区");
    }

    @Test
    void aDemonstrationZoneNamedByTwoCharactersIsTheZoneOfThatNameWrittenInFullLater() {
        ArticleExtraction a = extract("杨凌示范区今年新引进农业科技企业12家。"
                + "其中，陕西秦岫种业有限公司落户陕西杨凌农业高新技术产业示范区。");

        assertThat(entity(a, "陕西杨凌农业高新技术产业示范区").aliases()).containsExactly("杨凌示范区");
    }

    @Test
    void aWordForAPartOfACountyBeforeTheLevelWordOpensNoTown() {
        assertThat(extract("涟水县东部镇的道路全部完成改造。").entities()).extracting(Entity::name).containsExactly("涟水县");
    }

    @Test
    void aVerbOpeningAWordAfterACountyOpensNoTown() {
        ArticleExtraction a = extract("永顺县举行镇村干部培训班，二百余人参加。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("永顺县");
    }

    @Test
    void aVerbBeforeAnInstitutionTheSegmenterReadWholeIsNoPartOfItsUnit() {
        ArticleExtraction a = extract("双方签署协议，由企业每年出资800万元，委托省农科院土壤肥料研究所开展耕地质量提升研究。");

        assertThat(a.entities()).extracting(Entity::name).contains("省农科院土壤肥料研究所")
                .doesNotContain("委托省农科院土壤肥料研究所");
    }

    @Test
    void aPilotTestBaseAndACompanysPostdoctoralStationAreResearchBodies() {
        ArticleExtraction a = extract("由长春市人民政府和长春工业大学共同建设的长春市生物基材料中试基地揭牌运行。"
                + "吉林禾润生物科技有限公司博士后科研工作站同日设立，长春一企业博士后工作站也在筹建。");

        assertThat(entity(a, "长春市生物基材料中试基地").type()).isEqualTo(EntityType.ResearchTeam);
        assertThat(entity(a, "吉林禾润生物科技有限公司博士后科研工作站").type()).isEqualTo(EntityType.ResearchTeam);
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("长春一企业博士后工作站");
    }

    @Test
    void aNewTownWrittenAfterAZoneIsAnAreaOfThatZone() {
        ArticleExtraction a = extract("陕西秦峰材料科技有限公司计划投资2亿元，在西咸新区沣西新城建设生产线。沣西新城还将配套建设厂房。");

        assertThat(entity(a, "沣西新城").type()).isEqualTo(EntityType.Place);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("沣西新城", RelationType.LOCATED_IN, "西咸新区"),
                        tuple("陕西秦峰材料科技有限公司", RelationType.INVESTS_IN, "沣西新城"));
    }

    @Test
    void anAcademicianStationNamedAfterItsHostCompanyIsAResearchBody() {
        ArticleExtraction a = extract("6月18日，鞍山华镁耐火材料股份有限公司院士工作站在海城市揭牌运行。");

        assertThat(entity(a, "鞍山华镁耐火材料股份有限公司院士工作站").type()).isEqualTo(EntityType.ResearchTeam);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("鞍山华镁耐火材料股份有限公司院士工作站", RelationType.LOCATED_IN, "海城市"));
    }

    @Test
    void aStationNamedAfterItsCompanysDeclaredShortNameIsTheCompanysResearchBody() {
        ArticleExtraction a = extract("株洲华钛硬质合金股份有限公司（以下简称“华钛硬质”）成立于2008年。"
                + "华钛硬质院士工作站与中南大学合作完成一项研究。");

        assertThat(entity(a, "株洲华钛硬质合金股份有限公司院士工作站").aliases()).contains("华钛硬质院士工作站");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("株洲华钛硬质合金股份有限公司院士工作站", RelationType.PART_OF, "株洲华钛硬质合金股份有限公司"));
    }

    @Test
    void aNameBeforeAWayOfDoingTwoThingsAtOnceIsAPersons() {
        ArticleExtraction a = extract("在示范园里，山西农业大学园艺学院硕士研究生刘心悦一边测量果径一边告诉记者。");

        assertThat(entity(a, "刘心悦").type()).isEqualTo(EntityType.Person);
    }

    @Test
    void aCadreOnSecondmentIsNamedAfterTheWordForCadre() {
        ArticleExtraction a = extract("镇坪县人民政府副县长、苏州市挂职干部陆启航介绍，两地已共建产业园3个。");

        assertThat(entity(a, "陆启航").type()).isEqualTo(EntityType.Person);
    }

    @Test
    void aVerbOrACommonWordBefore新城NamesNoNewTown() {
        ArticleExtraction a = extract("西咸新区打造新城，长沙经济技术开发区产业新城建设提速。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("打造新城", "产业新城");
    }

    @Test
    void aCompanysNameAndAVerbMakeNoPilotBase() {
        ArticleExtraction a = extract("吉林禾润生物科技有限公司建成中试基地。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("吉林禾润生物科技有限公司");
    }

    @Test
    void aCompanyWhoseStationBearsItsNameIsNamedToo() {
        ArticleExtraction a = extract("6月18日，鞍山华镁耐火材料股份有限公司院士工作站在海城市揭牌运行。该公司与东北大学签订合作协议。");

        assertThat(entity(a, "鞍山华镁耐火材料股份有限公司").type()).isEqualTo(EntityType.Enterprise);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("鞍山华镁耐火材料股份有限公司院士工作站", RelationType.PART_OF, "鞍山华镁耐火材料股份有限公司"),
                        tuple("鞍山华镁耐火材料股份有限公司", RelationType.PARTNERS_WITH, "东北大学"));
    }

    @Test
    void aTownshipWrittenWithItsPeoplesIsTheTownTheCodesListWithoutThem() {
        ArticleExtraction a = extract("汤原县汤旺朝鲜族乡的水稻今年全部实现机械化插秧。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("汤旺朝鲜族乡", RelationType.LOCATED_IN, "汤原县"));
    }

    @Test
    void aStationWrittenRightAfterItsCompanysDeclarationIsTheCompanys() {
        ArticleExtraction a = extract("河南恒禾精密机械有限公司（以下简称“恒禾精机”）博士后科研工作站与郑州大学联合攻关。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("河南恒禾精密机械有限公司博士后科研工作站", RelationType.PARTNERS_WITH, "郑州大学"),
                        tuple("河南恒禾精密机械有限公司博士后科研工作站", RelationType.PART_OF, "河南恒禾精密机械有限公司"));
    }

    @Test
    void aUnitWrittenRightAfterItsInstitutionsDeclarationIsTheInstitutions() {
        ArticleExtraction a = extract("江苏省农业科学院（以下简称“江苏农科院”）蔬菜研究所今年新建温室4栋。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("江苏省农业科学院蔬菜研究所", RelationType.PART_OF, "江苏省农业科学院"));
    }

    @Test
    void aCompanysStationByItsShortNameAndByItsFullNameIsOneStation() {
        ArticleExtraction a = extract("河南恒禾精密机械有限公司（以下简称“恒禾精机”）今年扩产。恒禾精机博士后工作站已招收博士后5人，"
                + "河南恒禾精密机械有限公司博士后科研工作站还与郑州大学联合攻关。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("河南恒禾精密机械有限公司博士后科研工作站", "郑州大学");
    }

    @Test
    void aResearchBodyNamedAfterItsPlaceIsTheSameWrittenWithoutIt() {
        ArticleExtraction a = extract("双方将共建曲阳石雕艺术研究院。根据协议，石雕艺术研究院设在曲阳经济开发区。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("曲阳石雕艺术研究院", RelationType.LOCATED_IN, "曲阳经济开发区"));
    }

    @Test
    void aSystemIsNoShortNameOfTheWorkPlanThatCarriesItOut() {
        ArticleExtraction a = extract("这是江西深化“林长制”的又一举措。省林业局印发的《江西省林长制工作方案》明确了各级林长的职责。");

        assertThat(a.entities()).extracting(Entity::name).contains("林长制", "江西省林长制工作方案");
    }

    @Test
    void aProvincesScienceCourtyardsAreNoOneCourtyard() {
        ArticleExtraction a = extract("浙江科技小院增至120家，浙江大学园艺学院与龙泉市共建的龙泉香菇科技小院已运行两年。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("浙江科技小院");
    }

    @Test
    void aMeasureCharacterRightBeforeTheLegalFormIsACharacterOfTheName() {
        ArticleExtraction a = extract("芜湖华涛汽车线束有限公司则追加投资1.2亿元扩建产线。");

        assertThat(a.entities()).extracting(Entity::name).contains("芜湖华涛汽车线束有限公司");
    }

    @Test
    void theUnitOfADateInDigitsOpensNoVillagesName() {
        ArticleExtraction a = extract("变化始于2023年松溪村股份经济合作社与浙江远山文旅发展有限公司签订的协议。");

        assertThat(a.entities()).extracting(Entity::name).contains("松溪村股份经济合作社").doesNotContain("年松溪村");
    }

    @Test
    void aZoneNamedAfterATownsShortNameIsAZoneWhereTheTextNamesTheTown() {
        ArticleExtraction a = extract("12月10日，位于嘉兴市南湖区凤桥镇的凤桥味园食品产业园举行项目集中签约仪式。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("凤桥味园食品产业园", RelationType.LOCATED_IN, "凤桥镇"));
    }

    @Test
    void aStationAfterAReferenceToItsCompanyIsNamedAfterTheCompany() {
        ArticleExtraction a = extract("近日，天津博岳传动科技有限公司传来消息：该公司博士后科研工作站与河北工业大学机械工程学院"
                + "联合研发的减速器通过成果评价。");

        assertThat(entity(a, "天津博岳传动科技有限公司博士后科研工作站").type()).isEqualTo(EntityType.ResearchTeam);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("天津博岳传动科技有限公司博士后科研工作站", RelationType.PARTNERS_WITH, "河北工业大学机械工程学院"))
                .doesNotContain(tuple("天津博岳传动科技有限公司", RelationType.PARTNERS_WITH,
                        "天津博岳传动科技有限公司博士后科研工作站"));
    }

    @Test
    void aRegisteredNameRunsFromItsCountyAcrossLoneCharactersReadAsVerbs() {
        ArticleExtraction a = extract("清河县盛源绒毛分梳有限公司与河北雪羊绒制品集团有限公司签有长期供货协议。");

        assertThat(a.entities()).extracting(Entity::name).contains("清河县盛源绒毛分梳有限公司");
    }

    @Test
    void aRegisteredNameRunsFromNoPlaceAcrossAClause() {
        ArticleExtraction a = extract("嘉善县姚庄镇则迎来上海芯川半导体有限公司。");

        assertThat(a.entities()).extracting(Entity::name).contains("上海芯川半导体有限公司", "姚庄镇");
    }

    @Test
    void theUnitsOfTwoParentsWrittenAfterTheirDeclarationsStayTwo() {
        ArticleExtraction a = extract("陕西渭禾农业科技有限公司（以下简称“渭禾农业”）院士工作站和榆林星岚智能科技有限公司（以下简称"
                + "“星岚智能”）院士工作站同时获批。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("陕西渭禾农业科技有限公司院士工作站", "榆林星岚智能科技有限公司院士工作站");
    }

    @Test
    void aVerbAfterADeclarationOpensNoUnit() {
        ArticleExtraction a = extract("陕西渭禾农业科技有限公司（以下简称“渭禾农业”）计划建设研究院。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("陕西渭禾农业科技有限公司");
    }

    @Test
    void aPeopleBefore乡村IsNoTownship() {
        ArticleExtraction a = extract("陕西渭禾农业科技有限公司投资5000万元发展西江苗族乡村旅游。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("西江苗族乡");
    }

    @Test
    void aVocationalSchoolIsAResearchBodyNamedAfterItsCounty() {
        ArticleExtraction a = extract("本月，六安市舒城县职业技术学校与安徽宁江机械有限公司签订校企合作协议。");

        assertThat(entity(a, "六安市舒城县职业技术学校").type()).isEqualTo(EntityType.ResearchTeam);
        assertThat(a.entities()).extracting(Entity::name).contains("六安市");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("六安市舒城县职业技术学校", RelationType.PARTNERS_WITH, "安徽宁江机械有限公司"));
    }

    @Test
    void aRankAndADesignationNameNoUnit() {
        ArticleExtraction a = extract("河北省发展和改革委员会公布新一批省级工程研究中心名单，依托河北冀青化工股份有限公司建设的"
                + "河北省盐化工工程研究中心入选。全省省级工程研究中心已达120家。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("河北省盐化工工程研究中心");
    }

    @Test
    void aResearchUnitsNameHoldsNoVerbThatHasAUnitForItsObject() {
        ArticleExtraction a = extract("# 冀青化工获批省级工程研究中心\n\n河北冀青化工股份有限公司（以下简称“冀青化工”）"
                + "建设的河北省盐化工工程研究中心入选。");

        assertThat(a.entities()).extracting(Entity::name).doesNotContain("冀青化工获批省级工程研究中心");
    }

    @Test
    void aUniversitysScienceParkIsAZoneNamedAfterIt() {
        ArticleExtraction a = extract("南京农业大学国家大学科技园位于南京市玄武区，入驻企业已达120家。");

        assertThat(entity(a, "南京农业大学国家大学科技园").type()).isEqualTo(EntityType.Place);
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("南京农业大学国家大学科技园", RelationType.LOCATED_IN, "玄武区"))
                .doesNotContain(tuple("南京农业大学", RelationType.LOCATED_IN, "玄武区"));
    }

    @Test
    void aUniversitysInstituteOfTwoFieldsRunsBackToTheUniversity() {
        ArticleExtraction a = extract("宁波海川能源科技有限公司与浙江大学海洋与能源技术研究院签订合作协议。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("宁波海川能源科技有限公司", RelationType.PARTNERS_WITH, "浙江大学海洋与能源技术研究院"),
                        tuple("浙江大学海洋与能源技术研究院", RelationType.PART_OF, "浙江大学"));
    }

    @Test
    void aUniversityAndATeamBeforeALinkStayParties() {
        ArticleExtraction a = extract("华中农业大学团队与武汉市农业科学研究院合作。");

        assertThat(a.entities()).extracting(Entity::name).contains("华中农业大学", "武汉市农业科学研究院");
    }

    @Test
    void anAgriculturalHighTechZoneIsAZoneByItsOwnName() {
        ArticleExtraction a = extract("该团队已与位于杨凌农业高新技术产业示范区的陕西禾垦种业有限公司签署协议。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("陕西禾垦种业有限公司", RelationType.LOCATED_IN, "杨凌农业高新技术产业示范区"));
    }

    @Test
    void innovationVouchersAreAProgramByTheirFullName() {
        ArticleExtraction a = extract("绍兴市今年继续实施科技创新券政策。浙江锦泰电子有限公司凭创新券与浙江大学合作研制传感器。");

        assertThat(entity(a, "科技创新券").aliases()).contains("创新券");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("绍兴市", RelationType.IMPLEMENTS, "科技创新券"),
                        tuple("浙江锦泰电子有限公司", RelationType.PARTNERS_WITH, "浙江大学"));
    }

    @Test
    void aTownTheCodesListAfterItsCountyGoesByItsOwnName() {
        ArticleExtraction a = extract("宜昌市当阳市两河镇的湖北禾源米业有限公司扩建生产线。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("两河镇", RelationType.LOCATED_IN, "当阳市"),
                        tuple("湖北禾源米业有限公司", RelationType.LOCATED_IN, "两河镇"));
    }

    @Test
    void aDesignatedLaboratorysFieldsMayBeJoinedBy及() {
        ArticleExtraction a = extract("陕西汉云数据科技有限公司与西安交通大学网络计算理论及关键技术国家重点实验室签订合作协议。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("陕西汉云数据科技有限公司", RelationType.PARTNERS_WITH,
                        "西安交通大学网络计算理论及关键技术国家重点实验室"));
    }

    @Test
    void noTransliteratedNameOpensOnAVerb() {
        ArticleExtraction a = extract("近日，江西省人力资源和社会保障厅公布新一批博士后创新实践基地名单。");

        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.Person);
    }

    @Test
    void theSchoolsOfPlacesCountedAreNoOneSchool() {
        ArticleExtraction a = extract("云南省昆明市、曲靖市两地职业学校与云南滇工机械有限公司签订合作协议。");

        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.ResearchTeam);
    }

    @Test
    void aCompanyEnteringAUniversityParkStaysACompany() {
        ArticleExtraction a = extract("苏州恒瑞光电科技有限公司入驻苏州大学科技园。");

        assertThat(a.entities()).extracting(Entity::name).contains("苏州恒瑞光电科技有限公司");
    }

    @Test
    void aProvincesKeyLaboratoryOfTwoFieldsOpensOnTheProvince() {
        ArticleExtraction a = extract("湖北省农业科学院下属的湖北省茶树育种与加工重点实验室今年与湖北恩施玉露茶业有限公司"
                + "签订合作协议。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("湖北省茶树育种与加工重点实验室", RelationType.PARTNERS_WITH, "湖北恩施玉露茶业有限公司"),
                        tuple("湖北省茶树育种与加工重点实验室", RelationType.PART_OF, "湖北省农业科学院"));
    }

    @Test
    void whatWasBuiltIsNoPlantsName() {
        ArticleExtraction a = extract("宁夏丰禾能源集团有限公司此前已在西北地区建成生物质电厂6座。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("宁夏丰禾能源集团有限公司");
    }

    @Test
    void aSeedProducingCooperativeIsNamedAfter由() {
        ArticleExtraction a = extract("果园的日常管护由阜康市三坪玉米制种专业合作社负责。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("阜康市三坪玉米制种专业合作社");
    }

    @Test
    void aGovernmentsNameHoldsNoCompanysLegalForm() {
        ArticleExtraction a = extract("本次增资中，衡阳市交通建设投资有限公司代表市人民政府出资6000万元。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("衡阳市交通建设投资有限公司");
    }

    @Test
    void aScienceCourtyardIsNamedAfterItsVillageWithoutTheWordForVillage() {
        ArticleExtraction a = extract("洛川县后子头村的后子头苹果科技小院由西北农林科技大学建设。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("后子头苹果科技小院", RelationType.LOCATED_IN, "后子头村"));
    }

    @Test
    void aVerbBetweenAPlaceAndACourtyardNamesNone() {
        ArticleExtraction a = extract("梨树县今年在梨树再建科技小院3个。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("梨树县");
    }

    @Test
    void aKeyLaboratorysSecondFieldMayHoldAVerb() {
        ArticleExtraction a = extract("南阳师范学院下属的河南省土壤污染防控与修复重点实验室今年与河南南能环境科技有限公司签约。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("河南省土壤污染防控与修复重点实验室", RelationType.PARTNERS_WITH, "河南南能环境科技有限公司"),
                        tuple("河南省土壤污染防控与修复重点实验室", RelationType.PART_OF, "南阳师范学院"));
    }

    @Test
    void anInstitutionsNameAndADesignationNameNoLaboratory() {
        ArticleExtraction a = extract("# 南阳师范学院省重点实验室联合企业攻关\n\n南阳师范学院今年新增科研平台3个。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("南阳师范学院");
    }

    @Test
    void 建成InsideAWordOfANameLeavesTheNameWhole() {
        ArticleExtraction a = extract("福建成功农业集团与福建农林大学签订战略合作协议。");

        assertThat(a.entities()).extracting(Entity::name).contains("福建成功农业集团");
    }

    @Test
    void aStreetTheCodesListAfterItsCountysGovernmentGoesByItsOwnName() {
        ArticleExtraction a = extract("赤峰市敖汉旗新州街道的内蒙古禾丰杂粮有限公司扩建生产线。");

        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("新州街道", RelationType.LOCATED_IN, "敖汉旗"));
    }

    @Test
    void thePeopleACourtyardServesNameNoCourtyard() {
        ArticleExtraction a = extract("在梨树县，梨树研究生科技小院与吉林梨丰种业有限公司合作。");

        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.ResearchTeam);
    }

    @Test
    void preparedFoodIsATradeInsideACompanysName() {
        ArticleExtraction a = extract("梨树丰泽预制菜食品有限公司落户经开区。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("梨树丰泽预制菜食品有限公司");
    }


    private static List<String> people(String text) {
        return extract(text).entities().stream().filter(e -> e.type() == EntityType.Person).map(Entity::name).toList();
    }

    @Test
    void qiuIsAFamilyName() {
        assertThat(people("嘉应学院教授丘永川带领学生下乡调研。")).containsExactly("丘永川");
    }

    @Test
    void aTechnicianIsNamedByTheTitle() {
        assertThat(people("合作社技术员龙晓峰正在大棚里调试滴灌设备。")).containsExactly("龙晓峰");
    }

    @Test
    void aNameMayBeFollowedByAlready() {
        assertThat(people("驻村第一书记林永川已在村里工作两年。")).containsExactly("林永川");
    }

    @Test
    void aNameMayBeFollowedByBeingEngaged() {
        assertThat(people("华南农业大学教授石长青受聘为合作社技术顾问。")).containsExactly("石长青");
    }

    @Test
    void aNameMayBeFollowedByTogether() {
        assertThat(people("首席技术官严柏川共同完成了样机测试。")).containsExactly("严柏川");
    }

    @Test
    void aCityAfterAVerbOfSitingIsAPlaceWhereverTheSegmenterCutsIt() {
        assertThat(extract("这家总部位于成都的饲料企业今年在资阳市新建工厂。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("成都市", "资阳市");
    }


    @Test
    void compoundAndSouthwesternFamilyNamesOpenNames() {
        assertThat(people("德阳市科技局副局长鲜于明说，今年将新增科技型企业100家。合作社理事长卯德清说，今年辣椒亩产提高了两成。"))
                .containsExactlyInAnyOrder("鲜于明", "卯德清");
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsAfterAReferenceToItsInstituteOpensAfterTheReference() {
        ArticleExtraction a = extract("中国科学院大连化学物理研究所与大连海融化工有限公司签约，依托该所分子筛与催化材料国家重点实验室开展攻关。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("中国科学院大连化学物理研究所", "分子筛与催化材料国家重点实验室");
    }


    @Test
    void aFamilyFarmIsAnEnterprise() {
        ArticleExtraction a = extract("宁陵县丰庆果蔬家庭农场位于石桥镇，今年梨园收成不错。");

        assertThat(entity(a, "宁陵县丰庆果蔬家庭农场").type()).isEqualTo(EntityType.Enterprise);
    }

    @Test
    void familyFarmsCountedAreNoEnterprise() {
        assertThat(extract("全县培育家庭农场200家，省级示范家庭农场15家，家庭农场主收入明显提高。"
                + "四川省大力培育家庭农场。湄潭县家庭农场数量达到860家。遵义市家庭农场协会与贵州大学签订合作协议。").entities())
                .noneMatch(e -> e.type() == EntityType.Enterprise);
    }

    @Test
    void aRoadNamedAfterACityIsNoPlace() {
        assertThat(extract("上海佳农食品有限公司位于长春路176号，主营进口水果批发。").entities())
                .noneMatch(e -> e.type() == EntityType.Place);
    }

    @Test
    void aNameEndsBeforeAFunctionWordOrAParticleAndHoldsNoTitle() {
        assertThat(people("县农技站站长丘红已在基层工作了二十多年。县委书记和县长共同出席了开工仪式。")).containsExactly("丘红");
    }

    @Test
    void aPersonsNameAfterATitleMayOpenOnACitysShortForm() {
        ArticleExtraction a = extract("研究员安阳明说，要久久为功。");

        assertThat(a.entities()).extracting(Entity::name).containsExactly("安阳明");
    }

    @Test
    void aCooperativeIsNamedByTheLivestockItRaises() {
        assertThat(extract("郏县丰犊养牛专业合作社与平顶山牧原食品有限公司签订回收协议。全县养殖专业合作社达到120家。")
                .entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("郏县丰犊养牛专业合作社", "平顶山牧原食品有限公司");
    }

    @Test
    void villagesSpokenOfAsVillagesAreNoVillage() {
        assertThat(extract("合作社带动了附近村子的老人增收，隔壁村子也来取经。").entities()).isEmpty();
    }

    @Test
    void aBodyDescribedAsTheFirstOfItsKindIsNotNamed() {
        assertThat(extract("六盘水首个煤化工中试基地昨天投用。").entities()).extracting(Entity::name)
                .containsExactly("六盘水市");
    }

    @Test
    void aChainLeadersNameStartsAfterTheWordsCallingItSo() {
        assertThat(extract("新能源汽车产业链链主合肥皖驰汽车集团有限公司今年将投资12亿元。").entities())
                .extracting(Entity::name).containsExactly("合肥皖驰汽车集团有限公司");
    }

    @Test
    void theCooperativesOfAWholeDistrictAreNoCompany() {
        assertThat(extract("去年全区农民专业合作社发展到300家。").entities()).isEmpty();
    }

    @Test
    void aUnitNamedRightAfterAProfessorsTitleIsThePersonsPost() {
        ArticleExtraction a = extract("大连海洋大学水产与生命学院教授邱立新任实验室主任。");

        assertThat(a.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("大连海洋大学水产与生命学院", "大连海洋大学", "邱立新");
    }

    @Test
    void strengtheningVillagesIsNoVillage() {
        assertThat(extract("在西湖区双浦镇，双浦强村公司首年分红186万元。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("西湖区", "双浦镇");
    }

    @Test
    void aListedGovernmentAndTheCompanyAfterItsConjunctionAreTwoBodies() {
        ArticleExtraction a = extract("园区由山西临港物流集团有限公司、临汾市人民政府和山西尧都冷链物流有限公司合作建设。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("山西临港物流集团有限公司", "山西尧都冷链物流有限公司");
    }

    @Test
    void aThreeCharacterNameMayEndOnTheCharacterTheSegmenterGluesToSpeech() {
        assertThat(people("西北工业大学副校长韩立言说，学校将扩大招生。")).containsExactly("韩立言");
    }

    @Test
    void aNamesThirdCharacterGluedTo说AsTheWordForSayingPlainlyIsTheNames() {
        assertThat(people("“新品种很抗旱。”研究员孙卓明说。")).containsExactly("孙卓明");
    }

    @Test
    void aWordOfSpeechUsedInNewsFollowsANameOfTwo() {
        assertThat(people("公司技术员王海解说，这套设备能省一半人工。")).containsExactly("王海");
    }

    @Test
    void aCompanysNameMayOpenOnACountysShortNameTheSegmenterReadAsAVerb() {
        assertThat(extract("种植基地由青岭药业全资子公司化隆青岭中药材种植有限公司运营。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("化隆青岭中药材种植有限公司");
    }

    @Test
    void aLaboratoryNamedAfterAnAcademysInstituteIsAUnitOfTheInstitute() {
        ArticleExtraction a = extract("该工艺来自中国科学院大连化学物理研究所催化基础国家重点实验室。");

        assertThat(a.entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("中国科学院大连化学物理研究所", "催化基础国家重点实验室");
    }

    @Test
    void aPrepositionTheSegmenterGluesToACountyOpensNoCompanysName() {
        assertThat(extract("资金用于厂房建设，由来安县城市建设投资有限公司代建。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("来安县城市建设投资有限公司");
    }

    @Test
    void aUniversitysNameOpensOnTheLoneCharacterBeforeIt() {
        assertThat(extract("吉林市一家企业与北华大学林学院共建了木材改性实验室。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("吉林市", "北华大学林学院", "北华大学");
    }

    @Test
    void twoWordsAcrossADistrictsNameAreNoDistrict() {
        assertThat(extract("这种菌适宜在东北林区的阔叶林下种植。").entities()).isEmpty();
    }

    @Test
    void aProvinceAndADesignationNameNoLaboratory() {
        assertThat(extract("河南省重点实验室与企业联合发表论文。").entities()).extracting(Entity::name)
                .containsExactly("河南省");
    }

    @Test
    void plantsRunInProvincesCountedAreNoCompany() {
        assertThat(extract("该集团在江苏、安徽两省运营垃圾焚烧电厂12座。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aZonesNameHoldsNoVerbOfSettling() {
        assertThat(extract("华锂电池宁夏基地落户银川经济技术开发区。").entities()).extracting(Entity::name)
                .contains("银川经济技术开发区").noneMatch(name -> name.contains("落户"));
    }

    @Test
    void aPlantsWordRightAfterACompanysWholeNameIsTheCompanysPlant() {
        assertThat(extract("甘肃陇禾饲料有限公司厂区内车来车往。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("甘肃陇禾饲料有限公司");
    }

    @Test
    void aNameEndsBeforeTheConjunctionOfItsTeam() {
        assertThat(people("中国工程院院士、江南大学食品学院教授罗振衡及其团队将进站工作。")).containsExactly("罗振衡");
    }

    @Test
    void numberedDivisionsOtherThanTwoAreWordsOfANameNotACount() {
        assertThat(extract("上海市第一市政工程有限公司承建了滨江大道二期。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("上海市第一市政工程有限公司");
    }

    @Test
    void aDivisionsProjectOfAYearIsAProgram() {
        assertThat(extract("宁县2026年高标准农田改造提升项目昨天开工。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("宁县2026年高标准农田改造提升项目");
    }

    @Test
    void aLongQuotedNameAndTheActionAfterItAreOneProgram() {
        assertThat(extract("省农业农村厅正在实施“数字技术赋能山区特色农业提质增效”专项行动。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("数字技术赋能山区特色农业提质增效专项行动");
    }

    @Test
    void aCompanysRoleInAProjectIsNoPartOfItsName() {
        assertThat(extract("项目实施主体定南赣岭稀土材料有限公司是去年设立的全资子公司。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("定南赣岭稀土材料有限公司");
    }

    @Test
    void aNameEndsBeforeAnAdverb() {
        assertThat(people("由该所提供菌种，研究员邵晓岚还担任企业技术顾问。")).containsExactly("邵晓岚");
    }

    @Test
    void joiningVillagesIntoACompanyNamesNoVillage() {
        assertThat(extract("这是临泽县组建的首家联村公司。").entities()).extracting(Entity::name)
                .containsExactly("临泽县");
    }

    @Test
    void aQuotedSentenceBeforeASpeakersTitleIsNoProgram() {
        assertThat(extract("“这条生产线从设计到投产只用了十个月。”项目负责人王立新说。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).isEmpty();
    }

    @Test
    void aWorkstationJoinedToACollegeIsNoDisciplineOfIt() {
        assertThat(extract("工作站与材料学院联合撰写的论文已发表于《材料导报》。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).isEmpty();
    }

    @Test
    void aCountryOpeningAPersonsNameAfterATitleIsNoPlace() {
        assertThat(extract("施工方项目经理韩国平说，工程已完成六成。").entities()).extracting(Entity::name)
                .containsExactly("韩国平");
    }

    @Test
    void aTownPlanningToBuildAParkNamesNoPark() {
        assertThat(extract("该市将在丙安镇规划建设竹产业园。").entities()).extracting(Entity::name)
                .containsExactly("丙安镇");
    }

    @Test
    void theWordForAVillageInsideATownsNameNamesNoVillage() {
        assertThat(extract("项目覆盖建德市杨村桥镇的12个村。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("建德市", "杨村桥镇");
    }

    @Test
    void theWordReferringToTheUniversityIsNoPartOfItsLaboratorysName() {
        assertThat(extract("据西华大学介绍，该校果蔬加工及贮藏四川省重点实验室与企业签订了协议。").entities())
                .extracting(Entity::name).contains("果蔬加工及贮藏四川省重点实验室")
                .noneMatch(name -> name.startsWith("该校"));
    }

    @Test
    void aYearsBatchOfProjectsIsNoProgram() {
        assertThat(extract("醴陵市2025年新建项目31个，总投资86亿元。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).isEmpty();
    }

    @Test
    void divisionsCountedAfterTheirCityNameNoBody() {
        assertThat(extract("常德市四县农村信用合作联社今年发放贷款12亿元。").entities())
                .filteredOn(e -> e.type() != EntityType.Place).isEmpty();
    }

    @Test
    void aTailOfItsOwnAfterALongQuoteIsTheProgramsName() {
        assertThat(extract("该县实施“家庭农场—农民合作社—农业产业化联合体”梯次培育计划。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("梯次培育计划");
    }

    @Test
    void aDeclaredShortNameBeforeByOpensNoPartysName() {
        ArticleExtraction a = extract("该中心由湖州云岭算力科技有限公司（以下简称“云岭算力”）投资建设。"
                + "云岭算力由华东光纤集团有限公司浙江分公司与德清县城投集团有限公司合资成立。");

        assertThat(a.entities()).extracting(Entity::name).contains("华东光纤集团有限公司浙江分公司")
                .noneMatch(name -> name.contains("由"));
    }

    @Test
    void aBranchAfterItsGroupsWholeNameIsPartOfTheGroupWithItsLegalForm() {
        ArticleExtraction a = extract("今年，华东光纤集团有限公司浙江分公司与湖州市签订合作协议。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.PART_OF)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("华东光纤集团有限公司浙江分公司", "华东光纤集团有限公司"));
    }

    @Test
    void aPronounOpeningAVillagesNameTheTextWritesOpensTheCooperativeNamedAfterIt() {
        ArticleExtraction a = extract("冷链车从百色市田阳区本禄村出发。该基地由广西果通贸易有限公司与田阳区本禄芒果种植专业合作社共同建设。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("广西果通贸易有限公司", "田阳区本禄芒果种植专业合作社");
    }

    @Test
    void anOrganisationNamedAfterAChainOfPlacesGoesByTheNameFromItsTown() {
        ArticleExtraction a = extract("由梅州市平远县仁居镇供销合作社与该镇三个村共同出资组建的平远县仁居农业服务有限公司挂牌运营。"
                + "仁居镇供销合作社出资300万元。");

        assertThat(entity(a, "梅州市平远县仁居镇供销合作社").aliases()).containsExactly("仁居镇供销合作社");
    }

    @Test
    void aCountOfBodiesInDigitsNamesNoVillage() {
        assertThat(extract("该县计划再在两个镇组建5家村社合作公司。").entities()).isEmpty();
    }

    @Test
    void aTownOfTwoCharactersRightAfterItsCountyIsTheTown() {
        ArticleExtraction a = extract("在寿光市侯镇北李村，服务点设在超市里。");

        assertThat(a.entities()).extracting(Entity::name).containsExactlyInAnyOrder("寿光市", "侯镇", "北李村");
    }

    @Test
    void aWordOpeningABodysNameBeforeATitleIsNoPerson() {
        assertThat(extract("该站经人力资源社会保障部、全国博士后管委会批准设立。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).isEmpty();
    }

    @Test
    void aVerbCharacterOpeningTheFieldOfAUniversitysCentreIsTheCentres() {
        assertThat(extract("县里与中国农业大学食药同源教育部工程研究中心签约。").entities()).extracting(Entity::name)
                .contains("中国农业大学食药同源教育部工程研究中心").doesNotContain("药同源教育部工程研究中心");
    }

    @Test
    void aResearchAndDevelopmentCentreIsAResearchTeam() {
        ArticleExtraction a = extract("甘肃省马铃薯研究发展中心研究员王立新带领团队驻村指导。");

        assertThat(entity(a, "甘肃省马铃薯研究发展中心").type()).isEqualTo(EntityType.ResearchTeam);
    }

    @Test
    void barePlatformsCountedUnquotedAreNoPrograms() {
        assertThat(extract("该中心建有细胞培养、药物筛选和中试放大三大平台。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).isEmpty();
    }

    @Test
    void naIsAFamilyNameOfTheHui() {
        ArticleExtraction a = extract("同心县农业农村局局长纳国华说，今年全县新建冷库12座。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("纳国华");
    }

    @Test
    void aTownRegisteredWithTheCharacterForMouthIsWrittenWithTheEverydayOne() {
        ArticleExtraction a = extract("黄冈市团风县总路嘴镇的板栗今年卖上了好价钱。");

        assertThat(entity(a, "总路咀镇").aliases()).containsExactly("总路嘴镇");
    }

    @Test
    void aVocationalCollegeIsNoUnitOfTheUniversityTheTextNames() {
        ArticleExtraction a = extract("该联盟由延边职业技术学院牵头。吉林农业大学动物科学技术学院教授李红担任主任。"
                + "“企业缺人。”延边职业技术学院院长金哲说。");

        assertThat(a.entities()).extracting(Entity::name).contains("延边职业技术学院")
                .doesNotContain("吉林农业大学延边职业技术学院");
    }

    @Test
    void anOfficeCalledByBanIsAGovernmentBody() {
        ArticleExtraction a = extract("今年3月，江苏省扶贫办与陕西省扶贫办签署劳务协作协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactlyInAnyOrder("江苏省扶贫办", "陕西省扶贫办");
    }

    @Test
    void aVillageCrossedNamesNoVillage() {
        assertThat(extract("南丰县有一家跨村联营的强村公司。").entities()).extracting(Entity::name)
                .containsExactly("南丰县");
    }

    @Test
    void aFarmOwnerBeforeANameMarksAPerson() {
        assertThat(extract("家庭农场主王建国今年流转土地300亩。").entities()).extracting(Entity::name)
                .containsExactly("王建国");
    }

    @Test
    void aShortFormInsideAWordOfItsOwnBeforeAZoneWordIsNoPlaceOfTheZone() {
        assertThat(extract("今年，一家医疗企业在松山湖高新区新建了实验室。").entities()).extracting(Entity::name)
                .containsExactly("松山湖高新技术产业开发区");
    }

    @Test
    void aCooperativeAndVillagesJoinedNameNoVillage() {
        assertThat(extract("该镇组建了一家社村合作的农业服务公司。").entities()).isEmpty();
    }

    @Test
    void aCollegeNamedByARegionAloneIsNoUnitOfTheUniversityListedBefore() {
        ArticleExtraction a = extract("张掖市与兰州大学草地农业科技学院、河西学院签订合作协议。");

        assertThat(a.entities()).extracting(Entity::name).contains("河西学院").doesNotContain("兰州大学河西学院");
    }

    @Test
    void aPersonsNameBeforeAConjunctionIsNoFieldOfTheUnitAfterIt() {
        ArticleExtraction a = extract("论文第一作者为南京农业大学农学院博士研究生李梅，张立新与水稻研究所研究员王强为共同通讯作者。");

        assertThat(a.entities()).extracting(Entity::name).noneMatch(name -> name.contains("张立新与"));
    }

    @Test
    void aNameOpeningOnACitysShortFormIsTheOneWrittenWithTheCityInFull() {
        ArticleExtraction a = extract("福州市新材料中试基地近日启用。福州新材料中试基地由福州大学负责运营。");

        assertThat(entity(a, "福州市新材料中试基地").aliases()).containsExactly("福州新材料中试基地");
    }

    @Test
    void aTownOfTwoCharactersBeforeAVillageIsTheTownWhereTheTextNamedItsCounty() {
        ArticleExtraction a = extract("该合作社与寿光市洛城街道东斟灌村、侯镇北李村签订蔬菜收购协议。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target)
                .contains(tuple("侯镇", "寿光市"), tuple("北李村", "侯镇"));
    }

    @Test
    void everyVillageNamesNoVillage() {
        assertThat(extract("该县提出“组组通硬化路、村村有服务站”。").entities()).isEmpty();
    }

    @Test
    void aCooperativeAndVillagesGrowingRichTogetherNameNoVillage() {
        assertThat(extract("两个乡镇都在探索社村共富的路子。").entities()).isEmpty();
    }

    @Test
    void aVillageNamedWithTheCharacterForAcrossIsAVillage() {
        ArticleExtraction a = extract("湖南省张家界市永定区的马跨村与张家界旅游集团股份有限公司合作开发乡村民宿。");

        assertThat(a.entities()).extracting(Entity::name).contains("马跨村");
    }

    @Test
    void aTitleRunningOnIntoAnotherMarksNoNameBeforeIt() {
        assertThat(extract("江苏省农垦集团黄海农场主任张德华介绍，农场今年小麦单产创历史新高。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name).containsExactly("张德华");
    }

    @Test
    void aCountysShortFormOpeningAZoneRightAfterItsCityIsTheCounty() {
        assertThat(extract("湖北省黄石市大冶湖高新区与大冶特殊钢有限公司签约。").entities()).extracting(Entity::name)
                .contains("大冶市");
    }

    @Test
    void aFarmsMainWorkAfterItsNameMarksNoPerson() {
        ArticleExtraction a = extract("北大荒农垦集团周湖农场主要负责人刘振宇说，农场主导产业是大豆。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .containsExactly("刘振宇");
    }

    @Test
    void aCommitteeStudyingHowToDevelopTheCentralDistrictIsNoResearchCentre() {
        ArticleExtraction a = extract("甘肃省委常委会议研究发展中心城市综合承载能力，兰州市将与兰州大学合作。");

        assertThat(a.entities()).extracting(Entity::name).containsExactlyInAnyOrder("甘肃省委", "甘肃省", "兰州市",
                "兰州大学");
    }

    @Test
    void aLiaisonOfficeIsNoInvestmentOffice() {
        assertThat(extract("县招商办事处设在深圳，近期与深圳华强集团达成合作意向。").entities()).extracting(Entity::name)
                .doesNotContain("县招商办");
    }

    @Test
    void aSupervisorIsNamedByTheTitle() {
        assertThat(extract("西北农林科技大学教授、刘晓的博士后合作导师韩建平介绍了试验结果。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name).containsExactly("韩建平");
    }

    @Test
    void aCommonNounAndAVerbBeforeATitleAreNoName() {
        assertThat(extract("“企业出题目，高校出教授。”该县科技局局长说。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).isEmpty();
    }

    @Test
    void aVerbTheAdjectiveBeforeItQualifiesBelongsToALaboratorysField() {
        assertThat(extract("该公司与依托东北大学建设的矿物资源有效利用国家重点实验室签订合作协议。").entities())
                .extracting(Entity::name).contains("矿物资源有效利用国家重点实验室");
    }

    @Test
    void aUniversityMakingGoodUseOfALaboratorysEquipmentNamesNoUnit() {
        assertThat(extract("湖南农业大学高效利用国家重点实验室的大型仪器设备开展研究。").entities()).extracting(Entity::name)
                .containsExactly("湖南农业大学");
    }

    @Test
    void whatALoanIsForIsNoPartOfItsQuotedName() {
        assertThat(extract("这项贷款分为面向种粮大户的“粮农贷”和面向合作社的“社员贷”。").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("粮农贷", "社员贷");
    }

    @Test
    void aBankFoundInsideItsDeclaredShortNameIsTheBank() {
        assertThat(extract("贷款来自四川金秋农村商业银行股份有限公司（以下简称“金秋农商银行”）。金秋农商银行行长王建介绍了情况。")
                .entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("四川金秋农村商业银行股份有限公司", "王建");
    }

    @Test
    void aTownWrittenAfterItsCountyIsInItThoughTheCodesListANamesakeInAnotherProvince() {
        assertThat(extract("进入冬季，牡丹江市海林市三道河子镇迎来大批游客。").relations())
                .extracting(Relation::source, Relation::target).contains(tuple("三道河子镇", "海林市"));
    }

    @Test
    void buildingAPlantNamesNoPlant() {
        assertThat(extract("“这里原料充足，这是我们来忻州建厂的原因。”").entities()).isEmpty();
    }

    @Test
    void theVerbOfFoundingGluedToAnInstitutesPlaceOpensNoName() {
        assertThat(extract("双方将共建常州智能制造协同创新研究院，开展技术攻关。").entities()).extracting(Entity::name)
                .containsExactly("常州智能制造协同创新研究院");
    }

    @Test
    void aTitleAfterATitleIsNoName() {
        assertThat(extract("# 专家进村 果农有了“教授顾问”\n\n专家团队每月进村一次。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).isEmpty();
    }

    @Test
    void aNameAfterItsTitleEndsBeforeTogether() {
        assertThat(extract("他和华中农业大学园艺林学学院教授段立华一起走访了果园。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name).containsExactly("段立华");
    }

    @Test
    void theAverageIncomePerVillageNamesNoVillage() {
        assertThat(extract("新组建的联营公司将带动村均集体收入增加20万元。").entities()).isEmpty();
    }

    @Test
    void aSeasonsCharacterAfterAPlaceOpensACompanysBrand() {
        assertThat(extract("西吉县莲花镇的宁夏秋供果业有限公司今年收购苹果2000吨。").entities()).extracting(Entity::name)
                .contains("宁夏秋供果业有限公司");
    }

    @Test
    void aTitleInBookMarksRightAfterAJournalIsAJournal() {
        assertThat(extract("团队的论文先后发表在《作物学报》《植物营养与肥料工程》等期刊上。").entities())
                .extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                        tuple("作物学报", EntityType.Journal), tuple("植物营养与肥料工程", EntityType.Journal));
    }

    @Test
    void movingAPlantWholeNamesNoPlant() {
        assertThat(extract("# 东部企业整厂迁至陇南\n\n去年以来，已有5家企业落户。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aServiceCentresBranchNamedAfterTheCentralDistrictKeepsTheCentre() {
        assertThat(extract("浏阳市政务服务中心城区分中心今天揭牌。").entities()).extracting(Entity::name)
                .contains("浏阳市政务服务中心");
    }

    @Test
    void aResearchCentresBaseNamedAfterTheCentralDistrictKeepsTheCentre() {
        assertThat(extract("江西省农业科学院农产品加工研究中心城区示范基地建成投用。").entities()).extracting(Entity::name)
                .contains("江西省农业科学院农产品加工研究中心");
    }

    @Test
    void anOfficeCalledBy办BeforeAWordOnIsTheOffice() {
        assertThat(extract("县外事办事项办理时限缩短一半。").entities()).extracting(Entity::name)
                .containsExactly("县外事办");
    }

    @Test
    void aGivenNameMayEndOnAVerbBeforeATitle() {
        assertThat(extract("省林业局林业成局长介绍了情况。").entities()).extracting(Entity::name)
                .contains("林业成");
    }

    @Test
    void centralMinistriesAreKnownByTheirOfficialShortNames() {
        assertThat(extract("人力资源社会保障部、住房城乡建设部和海关总署近日联合发文。").entities())
                .extracting(Entity::name, Entity::type).containsExactlyInAnyOrder(
                        tuple("人力资源和社会保障部", EntityType.Government),
                        tuple("住房和城乡建设部", EntityType.Government), tuple("海关总署", EntityType.Government));
    }

    @Test
    void aNamesLastCharacterReadAsAVerbBeforeAPostIsTheName() {
        assertThat(extract("该院院长吴浩升兼任联盟理事长。").entities()).extracting(Entity::name).contains("吴浩升");
    }

    @Test
    void aLightVerbBetweenANameAndItsTaskIsNoPartOfTheName() {
        assertThat(extract("该院由院长吴浩来负责联盟工作。").entities()).extracting(Entity::name).contains("吴浩");
    }

    @Test
    void aCitysNameRightAfterATownOpensAVillagesName() {
        assertThat(extract("记者来到石门镇铜川堡村。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("石门镇", "铜川堡村");
    }

    @Test
    void aVillageThatFoundsSomethingIsStillAVillage() {
        assertThat(extract("清水镇梨沟村组建了劳务合作社。").entities()).extracting(Entity::name).contains("梨沟村");
    }

    @Test
    void aDivisionsCommissionByItsContractionGoesByItsRegisteredName() {
        assertThat(extract("市经信委和区卫健委联合发文。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("市经济和信息化委员会", "区卫生健康委员会");
    }

    @Test
    void aDistrictAZoneIsNamedAfterIsNoPlaceTheTextNames() {
        assertThat(extract("项目落户邗江经济技术开发区。").entities()).extracting(Entity::name)
                .containsExactly("邗江经济技术开发区");
    }

    @Test
    void aCityAZoneIsNamedAfterIsAPlaceTheTextNames() {
        assertThat(extract("项目落户赣州高新技术产业开发区。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("赣州高新技术产业开发区", "赣州市");
    }

    @Test
    void aConjunctionBeforeATitleEndsAListOfThingsNotAName() {
        assertThat(extract("合作社负责组织农户，企业则配备农机、农药和技术员。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).isEmpty();
    }

    @Test
    void aDesignatedLaboratorysLongFirstFieldBeforeItsConjunctionIsPartOfItsName() {
        assertThat(extract("该公司与华南农业大学岭南果树种质资源保护与利用国家重点实验室签约。").entities())
                .extracting(Entity::name).contains("华南农业大学岭南果树种质资源保护与利用国家重点实验室");
    }

    @Test
    void quotedProgrammesListedOneAfterAnotherAreEachAProgramme() {
        assertThat(extract("运城市印发《运城市人才振兴行动方案》。方案下设“高端人才引领计划”“青年人才成长计划”“乡村工匠培养计划”"
                + "三个子计划。").entities()).filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactlyInAnyOrder("运城市人才振兴行动方案", "高端人才引领计划", "青年人才成长计划", "乡村工匠培养计划");
    }

    @Test
    void aScienceAndTechnologyCommissionerIsATitle() {
        assertThat(extract("带队的是河北省科技特派员吕振川。").entities()).extracting(Entity::name).contains("吕振川");
    }

    @Test
    void aUniversitysContractionBeforeATitleIsNoName() {
        assertThat(extract("# 华农大科技特派员走进从化\n\n华南农业大学选派专家驻村。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).isEmpty();
    }

    @Test
    void countedParksAreNoParkOfTheirOwn() {
        assertThat(extract("企业在两个园区投资建厂。").entities()).filteredOn(e -> e.type() == EntityType.Place).isEmpty();
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsOpensAfterTheVerbOfWorkingThroughIt() {
        assertThat(extract("课题组依托果树种质创新与高效栽培国家重点实验室开展了三年试验。").entities()).extracting(Entity::name)
                .containsExactly("果树种质创新与高效栽培国家重点实验室");
    }

    @Test
    void aDesignatedLaboratoryBuiltOnAUniversityOpensAfter的() {
        assertThat(extract("依托西北农林科技大学建设的旱区作物逆境生物学与分子育种国家重点实验室近日揭牌。").entities())
                .extracting(Entity::name)
                .contains("西北农林科技大学", "旱区作物逆境生物学与分子育种国家重点实验室");
    }

    @Test
    void aNameBetweenTwoTitlesIsWhole() {
        assertThat(extract("“要让成果尽快落地。”中心主任周敬衡教授表示。").entities()).extracting(Entity::name)
                .containsExactly("周敬衡");
    }

    @Test
    void aNameAfterItsTitleMayBeFollowedBy被() {
        assertThat(extract("农学院讲师张宁安被市农业农村局聘为产业顾问。").entities()).extracting(Entity::name)
                .contains("张宁安");
    }

    @Test
    void aDistrictsScienceCommissionByItsContractionGoesByItsRegisteredName() {
        assertThat(extract("据嘉定区科委透露，今年新认定高新技术企业120家。").entities()).extracting(Entity::name)
                .contains("嘉定区科学技术委员会");
    }

    @Test
    void aMinistrysNameInsideAWordItsLastCharacterOpensIsNoMinistry() {
        assertThat(extract("全市公安部署开展夏季治安打击整治行动。").entities())
                .filteredOn(e -> e.type() == EntityType.Government).isEmpty();
    }

    @Test
    void aModalVerbBeforeADutyIsNoPartOfTheName() {
        assertThat(extract("村党支部书记周平愿负责全村的卫生保洁监督。").entities()).extracting(Entity::name)
                .contains("周平");
    }

    @Test
    void aUniversitysOneCharacterContractionBeforeATitleIsNoName() {
        assertThat(extract("郑大科技特派员团队深入企业开展技术服务。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).isEmpty();
    }

    @Test
    void quotedProgrammesOpeningAnArticleAreEachAProgramme() {
        assertThat(extract("“青苗计划”“沃野计划”“丰收计划”三个子计划覆盖全市所有乡镇。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("青苗计划", "沃野计划", "丰收计划");
    }

    @Test
    void quotedNamesOfWorkingGroupsAreNoProgrammes() {
        assertThat(extract("“清廉村居”建设行动下设“党建引领”“产业振兴”“生态宜居”三个专项小组。").entities())
                .extracting(Entity::name).containsExactly("清廉村居建设行动");
    }

    @Test
    void aProvincesShortFormBefore和OpensARegisteredName() {
        assertThat(extract("来自东莞的广东和鑫电器科技有限公司计划新建一条生产线。").entities()).extracting(Entity::name)
                .contains("广东和鑫电器科技有限公司");
    }

    @Test
    void twoProvincesShortFormsJoinedBy和AreTwoParties() {
        assertThat(extract("公司与北京和天津海河农业科技有限公司签约。").entities()).extracting(Entity::name)
                .contains("天津海河农业科技有限公司");
    }

    @Test
    void settingUpACompanyNamesNone() {
        assertThat(extract("# 五村抱团办公司 竹林变金山\n\n永嘉县四个村共同组建了联村公司。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).isEmpty();
    }

    @Test
    void aParkNamedByItsTradeIsNoPlace() {
        assertThat(extract("鑫瑞科技有限公司今年在双创园区投资建设了研发中心。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).isEmpty();
    }

    @Test
    void aMinistryMayBeGluedToTheWordsOf分批() {
        assertThat(extract("农业农村部分三批下达了高标准农田建设中央补助资金。").entities()).extracting(Entity::name)
                .contains("农业农村部");
    }

    @Test
    void aThreeCharacterNameEndingIn大IsAName() {
        assertThat(extract("刘光大教授从事小麦育种研究40余年。").entities()).extracting(Entity::name).contains("刘光大");
    }

    @Test
    void aQuotedProgrammeHoldingAListCommaIsOneProgramme() {
        assertThat(extract("“人人持证、技能社会”“技能晋军”两个专项行动深入推进。").entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("人人持证、技能社会", "技能晋军");
    }

    @Test
    void quotedNamesOfInspectionTeamsAreNoProgrammes() {
        assertThat(extract("全县组建“森林防火”“汛期巡查”两个专项督导组，对重点区域开展巡查。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).isEmpty();
    }

    @Test
    void aCentreJoinedTo省级重点实验室By与IsNoLaboratorysField() {
        assertThat(extract("依托企业建设的研发中心与省级重点实验室实现了设备共享。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .doesNotContain("研发中心与省级重点实验室");
    }

    @Test
    void aCompanysRoleInADealIsNoPartOfItsName() {
        assertThat(extract("软件由运营商江苏云峰信息技术有限公司提供。").entities()).extracting(Entity::name)
                .contains("江苏云峰信息技术有限公司");
    }

    @Test
    void aDocumentsTitleBeforeACountOfItsPartsIsNoPart() {
        assertThat(extract("《若干措施》设立两个子项目：“英才安居工程”由市住建局负责。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .doesNotContain("《若干措施》设立");
    }

    @Test
    void aDesignatedLaboratorysFieldsJoinedBy及GoBackToItsUniversity() {
        assertThat(extract("华北电力大学储能技术及转换材料国家重点实验室与保定英利新能源有限公司签署协议。").entities())
                .extracting(Entity::name).contains("华北电力大学储能技术及转换材料国家重点实验室")
                .doesNotContain("材料国家重点实验室");
    }

    @Test
    void aCompanyNamedAfter本溪KeepsThePronounsCharacterOfItsCity() {
        assertThat(extract("沈阳市的沈阳禾川机械有限公司、本溪市的本溪岭峰药业有限公司签署合作协议。").entities())
                .extracting(Entity::name).contains("本溪岭峰药业有限公司").doesNotContain("溪岭峰药业有限公司");
    }

    @Test
    void aCooperativeNamedAfterItsCityAndCountyGoesByItsCountysNameTooAndBothArePlaces() {
        var extraction = extract("12月2日，庆阳市西峰区青禾苹果种植专业合作社与甘肃农业大学园艺学院签约。");
        assertThat(extraction.entities()).extracting(Entity::name, Entity::aliases)
                .contains(tuple("庆阳市西峰区青禾苹果种植专业合作社", List.of("西峰区青禾苹果种植专业合作社")));
        assertThat(extraction.entities()).filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("庆阳市", "西峰区");
        assertThat(extraction.relations()).filteredOn(r -> r.type() == RelationType.LOCATED_IN)
                .extracting(Relation::source, Relation::target).containsExactly(tuple("西峰区", "庆阳市"));
    }

    @Test
    void aVillageRightAfterItsTownMayOpenWith向() {
        assertThat(extract("湖南禾乡农业有限公司投资300万元，在会同县连山乡向阳村建设育苗大棚。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name).contains("向阳村")
                .doesNotContain("阳村");
    }

    @Test
    void aVillageRightAfterItsTownMayOpenWith于() {
        assertThat(extract("山东丰谷农业有限公司在平度市店子镇于家村流转土地500亩。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name).contains("于家村")
                .doesNotContain("家村");
    }

    @Test
    void aNameAfterABodyCalledByItsKindAloneIsAPerson() {
        assertThat(extract("双方签约后，学院韩文博教授团队将驻厂指导。").entities()).extracting(Entity::name, Entity::type)
                .containsExactly(tuple("韩文博", EntityType.Person));
    }

    @Test
    void aBrandOfThreeCharactersAfterAWordJoiningAPartyNamesItsCompany() {
        assertThat(extract("长沙禾渔湾食品科技有限公司在南县建设加工厂。华容县青湖渔业专业合作社随后与禾渔湾签下了两年供货合同。")
                .entities()).extracting(Entity::name, Entity::aliases)
                .contains(tuple("长沙禾渔湾食品科技有限公司", List.of("禾渔湾")));
    }

    @Test
    void aNationalTouristResortIsAZone() {
        assertThat(extract("浙江禾湾文旅有限公司落户湖州太湖旅游度假区。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("湖州太湖旅游度假区");
    }

    @Test
    void aZoneOfHighTechnologyIsOneWithItsHighTechZoneName() {
        assertThat(extract("福建鹭禾电子有限公司的研发中心设在厦门火炬高技术产业开发区，后来又在厦门火炬高新区新建了产线。")
                .entities()).extracting(Entity::name, Entity::aliases)
                .contains(tuple("厦门火炬高技术产业开发区", List.of("厦门火炬高新区")));
    }

    @Test
    void aCompanysUndeclaredShortNameEndsBeforeACopulaTheSegmenterGluedToIt() {
        assertThat(extract("大连禾川精细化工股份有限公司拟扩建产线。禾川精细化工系辽宁禾盛控股集团有限公司控股的企业。").entities())
                .extracting(Entity::name, Entity::aliases).contains(tuple("大连禾川精细化工股份有限公司", List.of("禾川精细化工")));
    }

    @Test
    void aCompanysUndeclaredShortNameEndsBeforeAPrepositionTheSegmenterGluedToIt() {
        assertThat(extract("江西赣禾源果业有限公司在信丰县建厂。赣禾源果业由深圳市禾途控股有限公司控股，主营脐橙分选。")
                .entities()).extracting(Entity::name, Entity::aliases)
                .contains(tuple("江西赣禾源果业有限公司", List.of("赣禾源果业")));
    }

    @Test
    void aRegisteredNameOpeningWithAProvinceAnd和AfterADescriptionKeepsBoth() {
        assertThat(extract("宜兴本地企业江苏和岚环保科技有限公司随后与该镇签约。").entities()).extracting(Entity::name)
                .contains("江苏和岚环保科技有限公司").doesNotContain("岚环保科技有限公司");
    }

    @Test
    void aJointlyBuiltLaboratoryWithoutItsInstitutionBeforeItIsNamedFromItsDesignation() {
        assertThat(extract("学校的省部共建黄土高原土壤侵蚀国家重点实验室将新建观测站。").entities()).extracting(Entity::name)
                .containsExactly("省部共建黄土高原土壤侵蚀国家重点实验室");
    }

    @Test
    void aVerbEndingIn于BeforeAGroupsNameIsNoPartOfIt() {
        assertThat(extract("成都禾翎食品科技有限公司在新津区建厂。禾翎食品隶属于四川宏禾实业集团有限公司。").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("成都禾翎食品科技有限公司", "四川宏禾实业集团有限公司", "新津区");
    }

    @Test
    void aWhollyOwnedEnterprisesDescriptionIsNoPartOfItsName() {
        assertThat(extract("今年春天，西北农林科技大学全资企业杨凌禾农科创发展有限公司在扶风县建起试验站。").entities())
                .extracting(Entity::name).contains("杨凌禾农科创发展有限公司");
    }

    @Test
    void aPrepositionBeforeAVillageItPointsToOpensNoName() {
        assertThat(extract("大竹园镇向七堰村捐赠了一批农机具。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .containsExactlyInAnyOrder("大竹园镇", "七堰村");
    }

    @Test
    void aHoldingWordInsideARegisteredNameStaysInIt() {
        assertThat(extract("宁波华越控股企业管理有限公司与宁波大学签约。").entities()).extracting(Entity::name)
                .contains("宁波华越控股企业管理有限公司");
    }

    @Test
    void aNationalCentreIsNamedByItsFieldAfter国家() {
        assertThat(extract("国家重点研发计划支持下，国家耐盐碱水稻技术创新中心取得突破。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("国家耐盐碱水稻技术创新中心");
    }

    @Test
    void aKindOfNationalCentreIsNoCentre() {
        assertThat(extract("全省已建成3家国家技术创新中心。").entities()).isEmpty();
    }

    @Test
    void quotedWorksADocumentDeploysUnderTheirCountAreProgramsOfTheirOwn() {
        assertThat(extract("浙江省印发《浙江省茶产业振兴方案》。《方案》部署了“茶园提档”“精制加工”“品牌联创”三大工程。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .contains("茶园提档工程", "精制加工工程", "品牌联创工程");
    }

    @Test
    void aReportersNameInTheLeadsBracketIsNoPartOfTheInstituteAfterIt() {
        assertThat(extract("本报讯（记者 周文军）四川农业大学小麦研究所联合西南大学开展的抗病育种成果，近日发表在《作物学报》上。")
                .entities()).extracting(Entity::name).contains("四川农业大学小麦研究所").doesNotContain("周文军");
    }

    @Test
    void aDirectorsAssistantIsATitleOfItsOwn() {
        assertThat(extract("湖南省农业科学院园艺研究所所长助理韩晓宇介绍，团队已选出三个新品种。").entities())
                .filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name).containsExactly("韩晓宇");
    }

    @Test
    void quotedWorksClosedByTheirCountAreProgramsNamedWithTheirKind() {
        ArticleExtraction a = extract("宁波市政府印发《宁波市海洋经济发展规划》。《规划》部署了“渔港升级”和“海岛民宿提质”两项重点工程。");

        assertThat(entity(a, "渔港升级工程").aliases()).containsExactly("渔港升级");
        assertThat(entity(a, "海岛民宿提质工程").aliases()).containsExactly("海岛民宿提质");
    }

    @Test
    void quotedWorksEndingInAProgramWordKeepTheirNames() {
        assertThat(extract("《方案》确定了“集群培育计划”和“技改提速工程”两项重点工程。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .contains("集群培育计划", "技改提速工程").doesNotContain("集群培育计划工程");
    }

    @Test
    void aCitysShortFormBeforeOneOfItsCountiesIsTheCityThoughTheSegmenterGluedThem() {
        assertThat(extract("5月8日，苏州昆山市周市镇人民政府与苏州大学签署合作协议。").relations())
                .filteredOn(r -> r.type() == RelationType.LOCATED_IN).extracting(Relation::source, Relation::target)
                .contains(tuple("昆山市", "苏州市"));
    }

    @Test
    void theSchoolsCollegesAreOfTheUniversityNamedBeforeThoughAnotherIsNamedAfter() {
        assertThat(extract("9月8日，河北农业大学与保定神农制药有限公司签约共建实训基地。根据约定，学校园艺学院和农学院派出教师授课。"
                + "王强说，今后还将联合河北大学化学与材料科学学院攻关提取工艺。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .contains("河北农业大学园艺学院", "河北农业大学农学院").doesNotContain("园艺学院", "农学院");
    }

    @Test
    void aZoneOfChinaAndAPartnerAbroadIsNamedWithBoth() {
        assertThat(extract("广西北港新材料有限公司今年在中国—马来西亚钦州产业园区投资5亿元建设生产线。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name)
                .contains("中国—马来西亚钦州产业园区").doesNotContain("钦州产业园区", "马来西亚");
    }

    @Test
    void whatIsDoneForAZoneIsNoPartOfItsName() {
        assertThat(extract("中国农业银行赤峰市分行已为工业园企业授信3亿元。").entities())
                .extracting(Entity::name).contains("中国农业银行赤峰市分行").doesNotContain("赤峰市分行已为工业园");
    }

    @Test
    void aVillageAfterForIsAVillage() {
        assertThat(extract("浙江龙泉茶业有限公司出资500万元为石门村铺设了灌溉管道。").entities())
                .filteredOn(e -> e.type() == EntityType.Place).extracting(Entity::name).containsExactly("石门村");
    }

    @Test
    void theseVillagesAreNoVillage() {
        assertThat(extract("茶叶加工已成为这些村增收的主要来源。").entities()).isEmpty();
    }

    @Test
    void theAspectMarkerAfterAVerbOfFundingIsNoPartOfTheFundsName() {
        assertThat(extract("该课题先后得到了国家自然科学基金和“山东省海洋生物技术攻关行动”的资助。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactlyInAnyOrder("国家自然科学基金", "山东省海洋生物技术攻关行动");
    }

    @Test
    void aNationalCropImprovementCentreIsAResearchUnitOfItsInstitution() {
        assertThat(extract("华中农业大学与南京农业大学国家大豆改良中心合作开展研究。").relations())
                .filteredOn(r -> r.type() == RelationType.PART_OF).extracting(Relation::source, Relation::target)
                .containsExactly(tuple("南京农业大学国家大豆改良中心", "南京农业大学"));
    }

    @Test
    void aTwoCharacterTownAfterAtIsTheTownOfTheCountyNamedBefore() {
        assertThat(extract("陕西渭川果业有限公司总部设在眉县。去年，这家企业投入900万元在齐镇新建冷库。").relations())
                .filteredOn(r -> r.type() == RelationType.LOCATED_IN).extracting(Relation::source, Relation::target)
                .contains(tuple("齐镇", "眉县"));
    }

    @Test
    void shortQuotedTasksAreGoalsNotPrograms() {
        assertThat(extract("会议部署了“稳产”和“增收”两项重点任务。").entities()).isEmpty();
    }

    @Test
    void theSchoolAfterTwoUniversitiesOfOneSentenceIsItsSubject() {
        assertThat(extract("华中农业大学与武汉大学合作开展研究，学校园艺林学学院承担主要任务。").entities())
                .extracting(Entity::name).contains("华中农业大学园艺林学学院").doesNotContain("武汉大学园艺林学学院");
    }

    @Test
    void aDepartmentNamedByTwoFieldsJoinedBy和OpensWithItsDivision() {
        assertThat(extract("杭州市绿化和市容管理局副局长陈明表示，全市正在推进垃圾分类。").entities())
                .extracting(Entity::name).contains("杭州市绿化和市容管理局");
    }

    @Test
    void aBodyBefore和AndAGovernmentAfterItAreTwo() {
        assertThat(extract("该项目由梧州学院和苍梧县人民政府共同推进。").entities())
                .extracting(Entity::name).contains("梧州学院", "苍梧县人民政府");
    }

    @Test
    void anIndustrialCityIsAZone() {
        assertThat(extract("江苏锦川纺织有限公司在库尔勒纺织工业城投产。").entities())
                .extracting(Entity::name).contains("库尔勒纺织工业城");
    }

    @Test
    void aLaboratoryOfTwoFieldsListedAfterAnotherUnitIsNamedWhole() {
        assertThat(extract("项目依托华南农业大学园艺学院和作物遗传与种质创新国家重点实验室。").entities())
                .extracting(Entity::name).contains("作物遗传与种质创新国家重点实验室")
                .doesNotContain("种质创新国家重点实验室");
    }

    @Test
    void aCitysShortFormRightBeforeOneOfItsCountiesIsTheCity() {
        assertThat(extract("3月5日，清远连州市举行签约仪式。").relations())
                .extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("连州市", RelationType.LOCATED_IN, "清远市"));
    }

    @Test
    void aDayAndAPrepositionGluedToAUniversityOpenNoName() {
        assertThat(extract("记者10月20日从江南大学获悉，该校生物工程学院选育出新菌株。").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("江南大学", "江南大学生物工程学院");
    }

    @Test
    void anAdverbBeforeALinkEndsTheSubjectNotAField() {
        assertThat(extract("他说，宁夏大学农学院将与林业科学院联合开展育种。").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("宁夏大学农学院", "宁夏大学");
    }

    @Test
    void quotedWorksOfWhichOnlyTheLastFollows和AreCountedToo() {
        assertThat(extract("""
                # 标题

                近日，云南省人民政府办公厅印发《云南省咖啡产业发展行动方案》（以下简称《方案》）。\
                《方案》部署了“精品庄园”“初加工提升”和“品牌营销”三大工程。""").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactlyInAnyOrder("云南省咖啡产业发展行动方案", "精品庄园工程", "初加工提升工程", "品牌营销工程");
    }

    @Test
    void aPrepositionAfterAnAdverbOpensNoName() {
        assertThat(extract("为解决技术难题，鄂渔公司已同华中农业大学水产学院达成合作。").entities())
                .extracting(Entity::name).contains("华中农业大学水产学院").doesNotContain("同华中农业大学水产学院");
    }

    @Test
    void aLaboratoryOfTwoFieldsAfter作为IsNamedWhole() {
        assertThat(extract("作为作物生理与生态全国重点实验室的依托单位，该所将在德州市建设试验站。").entities())
                .extracting(Entity::name).contains("作物生理与生态全国重点实验室");
    }

    @Test
    void aUniversityOpeningOn同AfterAnAdverbKeepsItsName() {
        assertThat(extract("市教委将同济大学、复旦大学列入首批试点高校。").entities())
                .extracting(Entity::name).contains("同济大学", "复旦大学");
    }

    @Test
    void aVerbRightBeforeTheInstitutesWordClosesItsField() {
        assertThat(extract("通讯作者为河北省秸秆利用研究所研究员王立新。").entities())
                .extracting(Entity::name).contains("河北省秸秆利用研究所");
    }

    @Test
    void 和RightAfterABodyJoinsItToTheCountysNextBody() {
        assertThat(extract("平武县近日出台茶产业扶持办法，由县林业局和县文化旅游局具体落实。").entities())
                .extracting(Entity::name).contains("平武县林业局", "平武县文化旅游局").doesNotContain("和县");
    }

    @Test
    void 和RightAfterABodyOpensNoCountyOfThatName() {
        assertThat(extract("旺苍县今年推出黄茶品牌提升措施，由县农业农村局和县商务局共同组织。").entities())
                .extracting(Entity::name).contains("旺苍县农业农村局", "旺苍县商务局").doesNotContain("和县");
    }

    @Test
    void aNationalLaboratoryIsNamedByTheWordsBefore国家() {
        assertThat(extract("该公司与鹏城国家实验室、华南农业大学签署合作协议。").entities())
                .extracting(Entity::name).contains("鹏城国家实验室", "华南农业大学");
    }

    @Test
    void aBanksBranchEndsBefore为AndWhomItActsFor() {
        assertThat(extract("中国建设银行天水分行为果农合作社发放了专项贷款。").entities())
                .extracting(Entity::name).contains("中国建设银行天水分行").noneMatch(name -> name.contains("为"));
    }

    @Test
    void aCollegeOfTwoFieldsAfterTheWordForItsUniversityIsNamedWhole() {
        assertThat(extract("西北农林科技大学表示，该校资源与环境科学学院张伟研究员将牵头开展示范。").entities())
                .extracting(Entity::name).contains("西北农林科技大学资源与环境科学学院").doesNotContain("环境科学学院");
    }

    @Test
    void aGarmentMakersTradeIsPartOfItsRegisteredName() {
        assertThat(extract("在南康区龙岭镇，南康区锦丰制衣有限公司投资8000万元新建服装车间。").entities())
                .extracting(Entity::name).contains("南康区锦丰制衣有限公司");
    }

    @Test
    void aVillageAfterTheWordForInTheTownIsNamedWithoutIt() {
        assertThat(extract("合作社在彭泽县黄花镇投资600万元，带动镇上桃红村等村的农户增收。").entities())
                .extracting(Entity::name).contains("桃红村").doesNotContain("上桃红村", "镇上桃红村");
    }

    @Test
    void aKeyLaboratorysFieldHoldsTheWordsQualifyingItsUse() {
        assertThat(extract("中国科学院秸秆资源综合高效利用重点实验室与沈阳农业大学开展合作。").entities())
                .extracting(Entity::name).contains("中国科学院秸秆资源综合高效利用重点实验室");
    }

    @Test
    void aUniversitysCampusInAnotherCityIsAUnitOfItsOwn() {
        assertThat(extract("山东大学威海校区与威海市人民政府签署合作协议。").relations())
                .filteredOn(r -> r.type() == RelationType.PART_OF).extracting(Relation::source, Relation::target)
                .contains(tuple("山东大学威海校区", "山东大学"));
    }

    @Test
    void aCollegeAfterTheWordForTheCampusIsTheUniversitys() {
        assertThat(extract("哈尔滨工业大学威海校区与荣成市签约。校区海洋工程与技术学院将派出专家团队。").entities())
                .extracting(Entity::name).contains("哈尔滨工业大学海洋工程与技术学院");
    }

    @Test
    void aMongolianNameAfterATitleIsAPersonWithoutAFamilyName() {
        assertThat(extract("内蒙古农业大学教授额尔敦巴特尔、副教授乌云其木格说，项目进展顺利。").entities())
                .extracting(Entity::name).contains("额尔敦巴特尔", "乌云其木格");
    }

    @Test
    void aVillageNamedElsewhereStandsWithoutTheVerbBeforeIt() {
        assertThat(extract("合作社设在锡林郭勒盟正蓝旗上都镇乌兰查干嘎查。企业出资300万元，帮助乌兰查干嘎查修建棚圈。")
                .entities()).extracting(Entity::name).contains("乌兰查干嘎查").doesNotContain("帮助乌兰查干嘎查");
    }

    @Test
    void aVerbOfJoiningBeforeABankOpensNoCountyOfItsName() {
        assertThat(extract("县农业农村局还会同中国建设银行岳池县支行推出“稻渔贷”。").entities())
                .extracting(Entity::name).contains("中国建设银行岳池县支行").noneMatch(name -> name.startsWith("会同"));
    }

    @Test
    void aJournalIsNamedWhereAVerbComesBetween上AndThePublishing() {
        assertThat(extract("两家单位此前还在《中国果树》上联合发表了苹果矮化砧木评价的论文。").entities())
                .extracting(Entity::name, Entity::type).contains(tuple("中国果树", EntityType.Journal));
    }

    @Test
    void aPlaceTakingTheLeadIsNoProgram() {
        assertThat(extract("省农业农村厅印发《甘肃省中药材产业提质行动方案》。\n\n陇西县首阳镇率先行动。").entities())
                .extracting(Entity::name).noneMatch(name -> name.endsWith("率先行动"));
    }

    @Test
    void aStorageInstitutesFieldHoldsTheVerbOfStoring() {
        assertThat(extract("西南大学食品科学学院与四川省农业科学院农产品贮藏加工研究所签署合作协议。").entities())
                .extracting(Entity::name).contains("四川省农业科学院农产品贮藏加工研究所");
    }

    @Test
    void aJournalIsNamedWherePublishingJointlyFollowsIt() {
        assertThat(extract("两家单位已在《中国南方果树》联合发表多篇论文。").entities())
                .extracting(Entity::name, Entity::type).contains(tuple("中国南方果树", EntityType.Journal));
    }

    @Test
    void aNationalKeyLaboratoryOfTwoFieldsEndingInAVerbIsNamedWhole() {
        assertThat(extract("近日，华中农业大学作物遗传与种质创制全国重点实验室联合湖北省农业科学院取得新进展。").entities())
                .extracting(Entity::name).contains("华中农业大学作物遗传与种质创制全国重点实验室");
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsAfterATitleInAChainOfPostsIsNamedWhole() {
        assertThat(extract("园艺学院副院长、果树逆境生物学与分子育种国家重点实验室研究员周海涛介绍了进展。").entities())
                .extracting(Entity::name).contains("果树逆境生物学与分子育种国家重点实验室");
    }

    @Test
    void 会同RightAfterABodyAndAnAdverbOpensNoCounty() {
        assertThat(extract("泗阳县近日出台意杨产业扶持办法，县林业局正会同县商务局抓好政策兑现。").entities())
                .extracting(Entity::name).contains("泗阳县商务局").doesNotContain("会同县");
    }

    @Test
    void anotherUniversitysCollegeAfter和IsNamedWithItsOwnUniversity() {
        assertThat(extract("据介绍，甘肃农业大学园艺学院和西北农林科技大学葡萄酒学院联合申报了省级科研项目。").entities())
                .extracting(Entity::name).contains("西北农林科技大学葡萄酒学院")
                .noneMatch(name -> name.startsWith("甘肃农业大学西北"));
    }

    @Test
    void aCountysNameWhoseFirstCharacterClosesAWordBeforeIsNoCounty() {
        assertThat(extract("全州确定两个区县为首批示范县（区），每县补助500万元。").entities())
                .extracting(Entity::name).doesNotContain("范县");
    }

    @Test
    void aCollegeOpeningOnAPlaceIsAnInstitutionOfItsOwnNotTheUniversitys() {
        assertThat(extract("企业与南开大学化学学院共建联合实验室。按照协议，天津农学院将派出专家团队常驻镇里。").entities())
                .extracting(Entity::name).contains("天津农学院").noneMatch(name -> name.equals("南开大学天津农学院"));
    }

    @Test
    void aVerbOfTeamingUpGluedToAnInstitutionsNameIsNoPartOfIt() {
        assertThat(extract("明年，广东省农业科学院果树研究所（以下简称“果树所”）还将联合仲恺农业工程学院园艺园林学院"
                + "开展龙眼保鲜试验。").entities())
                .extracting(Entity::name).contains("仲恺农业工程学院园艺园林学院")
                .noneMatch(name -> name.startsWith("联合"));
    }

    @Test
    void aNationalModernAgriculturalParkIsAZoneNamedAfterItsDivision() {
        assertThat(extract("四川蜀香食品有限公司拟投资3亿元，在眉山市东坡区国家现代农业产业园建设泡菜生产基地。").entities())
                .extracting(Entity::name).contains("东坡区国家现代农业产业园");
    }

    @Test
    void aParkAPlaceIsAllowedToBuildHasNoNameOfItsOwnYet() {
        assertThat(extract("今年，蒲江县凭借猕猴桃产业获批创建国家现代农业产业园。").entities())
                .extracting(Entity::name).noneMatch(name -> name.contains("获批"));
    }

    @Test
    void aFieldOrATradeDescribedBefore国家NamesNoNationalLaboratory() {
        assertThat(extract("我国首个林业领域国家实验室近日在北京揭牌，省里也将争取布局一个渔业国家实验室。").entities())
                .extracting(Entity::type).doesNotContain(EntityType.ResearchTeam);
    }

    @Test
    void aModernAgriculturalParkIsNamedAfterTheLastDivisionOfItsChain() {
        assertThat(extract("甘肃张掖市甘州区国家现代农业产业园入驻企业40家。").entities())
                .extracting(Entity::name).contains("张掖市", "甘州区", "甘州区国家现代农业产业园");
    }

    @Test
    void aDocumentComingOutIsNoJournal() {
        assertThat(extract("《关于加快推进设施渔业发展的意见》刊出后，各地纷纷制定配套措施。").entities())
                .extracting(Entity::type).doesNotContain(EntityType.Journal);
    }

    @Test
    void aTwoCharacterVillageNamedElsewhereLeavesALongerVillageWhole() {
        assertThat(extract("城关镇新村和胜利新村的村民共同参加了技能培训。").entities())
                .extracting(Entity::name).contains("胜利新村");
    }

    @Test
    void aUnitAppliedForNamesNoUnit() {
        assertThat(extract("学院正与企业联合申报省级果蔬保鲜工程研究中心，力争明年建成。").entities())
                .extracting(Entity::name).noneMatch(name -> name.contains("申报"));
    }

    @Test
    void aNameTheSegmenterCutBefore和IsNoFieldOfTheUnitAfter() {
        assertThat(extract("论文通讯作者为周晓岚和土壤肥料研究所副研究员陈立航。").entities())
                .extracting(Entity::name).noneMatch(name -> name.startsWith("周晓岚和"));
    }

    @Test
    void 的AfterANameGivenAfterItsTitleEndsTheName() {
        assertThat(people("西北农林科技大学教授王海的团队在牧场开展监测。")).containsExactly("王海");
    }

    @Test
    void anOfficialZonesOwnNameAfterTheCityReferredBackToNamesAZone() {
        assertThat(extract("今年3月，湖南茶禾油脂有限公司斥资2亿元落户该县金洞经济开发区，建设生产线。").entities())
                .extracting(Entity::name, Entity::type).contains(tuple("金洞经济开发区", EntityType.Place));
    }

    @Test
    void aParkNamedAfterTheZoneCalledByItsKindIsAZoneOfItsOwnButNotOneNamedByItsTrade() {
        assertThat(extract("新疆煦禾碳材料有限公司投资12亿元的针状焦项目落户开发区红沙泉产业园，另一个项目落户开发区光伏产业园。")
                .entities()).extracting(Entity::name)
                .contains("红沙泉产业园").doesNotContain("光伏产业园");
    }

    @Test
    void 和ClosingAMongolianElementIsASyllableOfAPasturesName() {
        assertThat(extract("内蒙古蒙禾新能源有限公司与呼和乌素嘎查开展合作。").entities())
                .extracting(Entity::name, Entity::type).contains(tuple("呼和乌素嘎查", EntityType.Place));
    }

    @Test
    void aLaboratoryCalledByAProperNameOfItsOwnReadAsOneTermIsNamed() {
        assertThat(extract("广东锐禾智能装备有限公司昨天与仙湖实验室签订了合作协议。").entities())
                .extracting(Entity::name, Entity::type).contains(tuple("仙湖实验室", EntityType.ResearchTeam));
    }

    @Test
    void aLaboratoryOpeningOnAVerbOrACountNamesNone() {
        assertThat(extract("科研成果要走出实验室，两校实验室将向企业开放。").entities())
                .extracting(Entity::name).noneMatch(name -> name.endsWith("实验室"));
    }

    @Test
    void aKeyLaboratoryOfTwoFieldsAfterACopulaOrAfterTheLinkOfAPartyIsNamedWhole() {
        assertThat(extract("王立新同时是作物遗传改良与种质创新国家重点实验室的骨干成员。禾润种业与小麦种质资源保护与利用全国重点实验室"
                + "共建测试站。").entities())
                .extracting(Entity::name).contains("作物遗传改良与种质创新国家重点实验室", "小麦种质资源保护与利用全国重点实验室");
    }

    @Test
    void aBodyInsideAJournalsTitleIsNoBodyTheTextNames() {
        assertThat(extract("两家单位的论文日前发表于《美国国家科学院院刊》。").entities())
                .extracting(Entity::name, Entity::type).contains(tuple("美国国家科学院院刊", EntityType.Journal))
                .noneMatch(t -> t.toList().get(1) == EntityType.ResearchTeam);
    }

    @Test
    void aKeyLaboratoryOfTwoFieldsAfterItsInstitutesShortNameIsNamedWhole() {
        assertThat(extract("论文第一作者为沈阳生态所森林与土壤生态全国重点实验室副研究员贺砚舟。").entities())
                .extracting(Entity::name).contains("森林与土壤生态全国重点实验室");
    }

    @Test
    void aCountryInsideAJournalsTitleIsNoPlaceTheTextNames() {
        assertThat(extract("该课题组的催化剂论文刊发于《德国应用化学》，第一作者为博士生陈砚秋。").entities())
                .extracting(Entity::name, Entity::type).containsExactly(tuple("德国应用化学", EntityType.Journal),
                        tuple("陈砚秋", EntityType.Person));
    }

    @Test
    void aDottedNameEndsBeforeTheVerbOfTakingAPost() {
        assertThat(people("根据协议，塔里木大学农学院教授阿依古丽·吐尔逊出任研究院首任院长。")).containsExactly("阿依古丽·吐尔逊");
    }

    @Test
    void aPersonsNameAnd和GluedToTheBodyAfterThemOpenNoName() {
        assertThat(extract("通讯作者为王立新和省农科院水稻研究所研究员刘明。").entities())
                .extracting(Entity::name).noneMatch(name -> name.startsWith("王立新和"));
    }

    @Test
    void aParkAfterAZoneWordCalledByACountATradeOrItsSideNamesNoZone() {
        assertThat(extract("项目落户开发区两个产业园。企业落户高新区生物医药产业园。该项目选址高新区北部园区。").entities())
                .extracting(Entity::name).noneMatch(name -> name.endsWith("园") || name.endsWith("园区"));
    }

    @Test
    void 和AfterAPlaceEndingInAMongolianElementIsAConjunction() {
        assertThat(extract("来自江苏和巴彦嘎查的代表参加了交流会。").entities())
                .extracting(Entity::name).contains("巴彦嘎查");
    }

    @Test
    void aLaboratoryWhoseOwnNameEndsInAVerbNamesNone() {
        assertThat(extract("学生们走出实验室，走进田间地头。").entities()).isEmpty();
    }

    @Test
    void aResearchWordAfter以IsABareWordNoNameGluedToThePlaceBeforeIt() {
        assertThat(extract("县长表示，沭阳将以研究院为依托，发展花木产业。").entities())
                .extracting(Entity::name).noneMatch(name -> name.endsWith("研究院"));
    }

    @Test
    void aVillageWhoseNameEndsIn让IsNamedRightAfterItsTown() {
        assertThat(extract("在墨脱县背崩乡达让村，茶农们正在采摘春茶。").entities())
                .extracting(Entity::name).contains("达让村");
    }

    @Test
    void anAdverbAnd让AfterATownNameNoVillage() {
        assertThat(extract("背崩乡还让村集体参与茶园管护。").entities())
                .extracting(Entity::name).noneMatch(name -> name.endsWith("村"));
    }

    @Test
    void aPlaceActingAtOnceNamesNoProgram() {
        assertThat(extract("自治区发布《内蒙古自治区奶业振兴行动方案》。\n\n呼和浩特市随即行动。\n\n").entities())
                .extracting(Entity::name).containsExactlyInAnyOrder("内蒙古自治区奶业振兴行动方案", "内蒙古自治区", "呼和浩特市");
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsAfter依托MayHaveALongFirstField() {
        assertThat(extract("该成果依托青藏高原作物种质资源挖掘与利用国家重点实验室取得。").entities())
                .extracting(Entity::name).contains("青藏高原作物种质资源挖掘与利用国家重点实验室");
    }

    @Test
    void aNameAfterATitleEndsBefore作为() {
        assertThat(people("山西农业大学教授郑春林作为产业顾问长住村里。")).containsExactly("郑春林");
    }

    @Test
    void aQuotedFundingProgramAfterTheBodyThatSetItUpIsNamedWithoutTheBody() {
        assertThat(extract("该研究得到江苏省科学技术厅“现代农业重点研发专项”支持。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .containsExactly("现代农业重点研发专项");
    }

    @Test
    void aMongolianNameOfOneElementAfterATitleIsAPersonBeforeAVerbOfSpeaking() {
        assertThat(people("锡林郭勒盟农牧局副局长朝鲁表示，今年将扩大良种补贴范围。")).containsExactly("朝鲁");
    }

    @Test
    void aDottedNameEndsBeforeAWordThatFollowsNames() {
        assertThat(people("新疆农业大学副教授古丽米拉·艾买提负责样品检测。")).containsExactly("古丽米拉·艾买提");
    }

    @Test
    void aVillageOfTwoCharactersEndingIn和IsNamedRightAfterItsTown() {
        assertThat(extract("合作社在高邮市临泽镇太和村流转土地800亩。").entities())
                .extracting(Entity::name).contains("太和村");
    }

    @Test
    void aDesignatedLaboratoryOpensAfter依托ThoughItsClauseOpensBefore() {
        assertThat(extract("研究依托作物基因资源与种质创制全国重点实验室完成。").entities())
                .extracting(Entity::name).containsExactly("作物基因资源与种质创制全国重点实验室");
    }

    @Test
    void 会同AfterABodyAndATimeJoinsTheNextBodyAndOpensNoCounty() {
        assertThat(extract("县林业局今年会同县财政局联合出台了扶持办法。").entities())
                .extracting(Entity::name).doesNotContain("会同县");
    }

    @Test
    void aNameAfterATitleEndsBefore常驻() {
        assertThat(people("省茶叶研究所研究员李春雯常驻村里指导。")).containsExactly("李春雯");
    }

    @Test
    void aBookTitleBefore刊出IsAJournal() {
        assertThat(extract("相关论文已于今年5月在《植物保护》刊出。").entities())
                .filteredOn(e -> e.type() == EntityType.Journal).extracting(Entity::name).containsExactly("植物保护");
    }

    @Test
    void aDaiMansNameOpeningOn岩IsAPersonsAfterATitle() {
        assertThat(people("勐海县农业农村局局长岩庄表示，今年将扩大茶园绿色防控面积。")).containsExactly("岩庄");
    }

    @Test
    void aVillageAfter当地IsNamedWithoutIt() {
        assertThat(extract("该合作社与当地石桥村签订了土地流转协议。").entities())
                .extracting(Entity::name).contains("石桥村");
    }

    @Test
    void aCopulaInsideATermBeforeACompanysPlaceOpensTheNameAfterIt() {
        assertThat(extract("稻源数农是湖南湘禾实业集团有限公司控股的子公司。").entities())
                .extracting(Entity::name).contains("湖南湘禾实业集团有限公司")
                .noneMatch(name -> name.contains("是"));
    }

    @Test
    void aMongolianNameBetweenTwoTitlesIsAPerson() {
        assertThat(people("动物科学学院院长朝克图教授表示，新方法已在三个牧场推广。")).containsExactly("朝克图");
    }

    @Test
    void aVillageWhoseSecondCharacterIs和IsNamedRightAfterItsTown() {
        assertThat(extract("该公司投资8000万元，在高邮市临泽镇中和堡村建设稻米加工厂。").entities())
                .extracting(Entity::name).contains("中和堡村").doesNotContain("堡村");
    }

    @Test
    void aLawOrPlanComingOutWithNo在BeforeItIsNoJournal() {
        assertThat(extract("《中华人民共和国黑土地保护法》刊出后，各地组织干部学习。《全国现代设施农业建设规划》刊载了多项重点任务。")
                .entities()).extracting(Entity::type).doesNotContain(EntityType.Journal);
    }

    @Test
    void aTownThenTwoVillagesJoinedBy和AreNoOneVillage() {
        assertThat(extract("城南镇东和南塘村都种上了早熟梨。").entities())
                .extracting(Entity::name).contains("南塘村").doesNotContain("东和南塘村");
    }

    @Test
    void theTownAndVillageAVillagesCollectiveIsNamedAfterArePlaces() {
        assertThat(extract("签约的另一方是港口镇青溪村股份经济合作社。").entities())
                .extracting(Entity::name).contains("港口镇", "青溪村", "港口镇青溪村股份经济合作社");
    }

    @Test
    void theFormerVillagesCollectiveNamesNoVillage() {
        assertThat(extract("合并后，原村经济合作社更名为港口镇青溪村股份经济合作社。").entities())
                .extracting(Entity::name).doesNotContain("原村");
    }

    @Test
    void aVillageAfter其中IsNamedWithoutIt() {
        assertThat(extract("公司与6个村签订协议，其中龙潭村的茶叶合作社今年交售鲜叶300吨。").entities())
                .extracting(Entity::name).contains("龙潭村").doesNotContain("其中龙潭村");
    }

    @Test
    void aNameAfterATitleEndsBeforeASecondTitle() {
        assertThat(people("园艺学院副院长韩雪岚教授介绍，示范园将试验水肥一体化技术。")).containsExactly("韩雪岚");
    }

    @Test
    void villagesBeyondThoseNamedAreNoVillage() {
        assertThat(extract("明年将把桃源村的做法推广到更多村，并在其他村试种新品种。").entities())
                .extracting(Entity::name).contains("桃源村").doesNotContain("更多村", "其他村");
    }

    @Test
    void anInstituteOfTwoJoinedFieldsRightAfterItsAcademyIsNamedWhole() {
        assertThat(extract("该团队联合中国水产科学研究院渔业机械与仪器研究所开展试验。本研究由中国农业科学院农业资源与农业区划研究所和"
                + "中国农业科学院农业环境与可持续发展研究所共同完成。").entities())
                .extracting(Entity::name).contains("中国农业科学院农业环境与可持续发展研究所")
                .doesNotContain("可持续发展研究所");
    }

    @Test
    void aVerbAnd于BeforeANameOpenNone() {
        assertThat(extract("这家企业脱胎于江南大学食品科学与技术国家重点实验室，团队至今仍在无锡办公。").entities())
                .extracting(Entity::name).contains("江南大学食品科学与技术国家重点实验室", "江南大学")
                .noneMatch(name -> name.contains("脱胎") || name.startsWith("于"));
    }

    @Test
    void 于OpeningACountysNameAfterAVerbStaysInTheName() {
        assertThat(extract("一家纺织企业将携手于田县城乡建设投资集团有限公司建设纺纱车间。").entities())
                .extracting(Entity::name).contains("于田县城乡建设投资集团有限公司");
    }

    @Test
    void aDepartmentTheSegmenterGluedToTheEndOfItsUniversityIsNamedWhole() {
        assertThat(extract("这套模型由中国科学技术大学自动化系研发。").entities())
                .extracting(Entity::name).contains("中国科学技术大学自动化系", "中国科学技术大学");
    }

    @Test
    void aVerbOfBuildingTogetherOpensNoUnitsName() {
        assertThat(extract("公司还与东南大学签署合作协议，将与其共建先进陶瓷联合实验室。").entities())
                .extracting(Entity::name).noneMatch(name -> name.contains("共建"));
    }

    @Test
    void villagesAroundThoseNamedAreNoVillage() {
        assertThat(extract("合作社以石桥村为中心，基地还带动了周边村农户增收。").entities())
                .extracting(Entity::name).contains("石桥村").doesNotContain("周边村");
    }

    @Test
    void anInstituteOfAResearchAcademyGoesByItsOwnNameAfter() {
        ArticleExtraction a = extract("中国水产科学研究院渔业机械仪器研究所牵头开展试验。渔业机械仪器研究所研究员田海燕介绍，"
                + "试验进展顺利。");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("田海燕", RelationType.AFFILIATED_WITH, "中国水产科学研究院渔业机械仪器研究所"));
    }

    @Test
    void aNameEndsBefore常年() {
        assertThat(people("学院讲师庞文博常年驻守在试验田里。")).containsExactly("庞文博");
    }

    @Test
    void aQuotedCampaignAndTheWorkListedWithItAreProgramsOfTheDocument() {
        ArticleExtraction a = extract("《吉林省苏打盐碱地治理实施方案》部署了“盐碱良田”科技会战、“稻渔共生千村行”两项重点工程。");
        assertThat(a.entities()).extracting(Entity::name).contains("盐碱良田科技会战");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("盐碱良田科技会战", RelationType.PART_OF, "吉林省苏打盐碱地治理实施方案"));
    }

    @Test
    void aPrefecturesAdministrationIsAGovernmentAndItsCommissionerAPerson() {
        ArticleExtraction a = extract("和田地区行政公署副专员买买提·艾力介绍，地区将扩大红枣种植保险覆盖面。");
        assertThat(a.relations()).extracting(Relation::source, Relation::type, Relation::target)
                .contains(tuple("买买提·艾力", RelationType.AFFILIATED_WITH, "和田地区行政公署"));
    }

    @Test
    void aVillageAfterTheWordForInsideTheTownIsNamed() {
        assertThat(extract("合作社在镇上建起烘干中心，并带动镇内石槽沟村种植高粱。").entities())
                .extracting(Entity::name).contains("石槽沟村");
    }

    @Test
    void 会同AfterABodyLeadingTheWorkJoinsTheCountysNextBody() {
        assertThat(extract("涞源县印发《涞源县中药材产业提升方案》。方案由涞源县农业农村局牵头，会同县林业局组织实施。").entities())
                .extracting(Entity::name).contains("涞源县林业局").doesNotContain("会同县林业局", "会同县");
    }

    @Test
    void workCountedAfterAVerbOfPushingAreNamedWithoutIt() {
        assertThat(extract("方案提出，重点推进良种繁育、仓储冷链和品牌营销三大工程。").entities())
                .extracting(Entity::name).contains("良种繁育工程", "仓储冷链工程", "品牌营销工程");
    }

    @Test
    void aRegisteredNameWhoseTradeIsAVerbIsNamedWhole() {
        assertThat(extract("此外，绥化市的黑龙江谷丰粮食烘干有限公司计划新建烘干塔。").entities())
                .extracting(Entity::name).contains("黑龙江谷丰粮食烘干有限公司");
    }

    @Test
    void aVerbAfterAQualifyingWordBeforeAUniversityOpensNoName() {
        assertThat(extract("示范园的技术力量主要来自西南大学园艺园林学院。").entities())
                .extracting(Entity::name).contains("西南大学园艺园林学院", "西南大学")
                .noneMatch(name -> name.contains("来自"));
    }

    @Test
    void aQuotedWorkTakenAsWhatDrivesTheWorkIsAProgram() {
        assertThat(extract("县里将以“光伏+特色种养业融合发展示范工程”为抓手，带动农户增收。").entities())
                .extracting(Entity::name).contains("光伏+特色种养业融合发展示范工程");
    }

    @Test
    void aQuotedNicknameThenAVerbOfReceivingAProjectIsNoProgram() {
        assertThat(extract("“橙乡”迎来果汁加工大项目。").entities())
                .extracting(Entity::type).doesNotContain(EntityType.Program);
    }

    @Test
    void aNameOfThreeTheSegmenterCutBeforeItsLastCharacterIsWhole() {
        assertThat(people("副研究员王晓萌和张立国为论文共同通讯作者。")).contains("王晓萌").doesNotContain("王晓");
    }

    @Test
    void aVillageOfOneCharacterAnd乡RightAfterItsTownIsNamed() {
        assertThat(extract("沙集镇桃乡村的苗木基地由一家电商企业投资建设。").entities())
                .extracting(Entity::name).contains("桃乡村");
    }

    @Test
    void theCountrysideAfterACountyIsNoVillage() {
        assertThat(extract("德清县数字乡村建设走在前列。").entities())
                .extracting(Entity::name).doesNotContain("数字乡村");
    }

    @Test
    void aLongRestOfAProgramsNameAfterItsQuoteIsPartOfIt() {
        assertThat(extract("两部门同步推出“闽货出海”水产品冷链出口提升计划。").entities())
                .extracting(Entity::name).contains("闽货出海水产品冷链出口提升计划");
    }

    @Test
    void 和RightAfterAPlaceBeforeALongerDivisionJoinsTwoPlaces() {
        assertThat(extract("规划提出周口市和新乡市延津县先行布局面粉产业园。").entities())
                .extracting(Entity::name).contains("周口市", "新乡市", "延津县").doesNotContain("和新乡", "和新镇");
    }

    @Test
    void aGansuFamilyNameOpensAName() {
        assertThat(people("甘肃农业大学草业学院副教授颉志强带队驻村。")).containsExactly("颉志强");
    }

    @Test
    void quotedWorksCountedAsSpecialProgramsArePrograms() {
        assertThat(extract("方案明确在南丰等5个县实施“蜜橘良种繁育”和“果园宜机化改造”两大专项。").entities())
                .extracting(Entity::name).contains("蜜橘良种繁育专项", "果园宜机化改造专项")
                .doesNotContain("果园宜机化改造两大专项");
    }

    @Test
    void shortNamesListedBeforeACountOfMainProducingCountiesAreCounties() {
        assertThat(extract("赣州市在会昌、瑞金、于都等8个主产县推广脱毒种苗。").entities())
                .extracting(Entity::name).contains("会昌县", "瑞金市", "于都县");
    }

    @Test
    void anAcademysInstituteOfATwoCharacterFieldGoesByItsOwnNameAfterAConjunction() {
        ArticleExtraction a = extract("中国农业科学院茶叶研究所与万州区签约共建茶园。西南大学园艺园林学院和茶叶研究所将轮流"
                + "派出专家驻点。");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("西南大学茶叶研究所");
        assertThat(a.relations()).extracting(Relation::source, Relation::type)
                .doesNotContain(tuple("西南大学茶叶研究所", RelationType.PART_OF));
    }

    @Test
    void aVerbOfOrganisingGluedToTheBodiesAfterItOpensNoName() {
        assertThat(extract("实验室将牵头组织华中农业大学植物科学技术学院等单位开展攻关。").entities())
                .extracting(Entity::name).contains("华中农业大学植物科学技术学院")
                .noneMatch(name -> name.startsWith("组织"));
    }

    @Test
    void aZoneOfAProvinceAndAPartnerAbroadIsNamedWithBoth() {
        assertThat(extract("这家糖业集团计划在广西—东盟经济技术开发区投产一条纸浆模塑生产线。").entities())
                .extracting(Entity::name).contains("广西—东盟经济技术开发区").doesNotContain("东盟经济技术开发区");
    }

    @Test
    void aPrepositionTheSegmenterTagsAsANounOpensNoName() {
        assertThat(extract("依据四川省农业农村厅印发的方案，各县编制了实施计划。").entities())
                .extracting(Entity::name).contains("四川省农业农村厅");
    }

    @Test
    void aQuotedNicknameThenAVerbOfHavingDoneIsNoProgram() {
        assertThat(extract("经过三年试验，“盐碱滩”有了治理新方案。").entities())
                .extracting(Entity::type).doesNotContain(EntityType.Program);
    }

    @Test
    void aQuotedProjectRankedAsAWorkIsNamedWithoutTheRanking() {
        assertThat(extract("全县把“林果一体化”项目列为今年县级重点工程。").entities())
                .extracting(Entity::name).contains("林果一体化项目").noneMatch(name -> name.contains("列为"));
    }

    @Test
    void aVillageAfterAVerbOfStayingIsNamedWithoutItsLastCharacter() {
        assertThat(extract("农学院讲师孙丽已连续两年驻点石桥村。").entities())
                .extracting(Entity::name).contains("石桥村").doesNotContain("点石桥村");
    }

    @Test
    void aSeasonsFieldWorkCalledACampaignIsNoProgram() {
        assertThat(extract("全镇干部群众打响了“秋收”会战。").entities())
                .extracting(Entity::type).doesNotContain(EntityType.Program);
    }

    @Test
    void aNewCountrysideAfterATownIsNoVillage() {
        assertThat(extract("开慧镇新乡村示范点通过验收。").entities())
                .extracting(Entity::name).doesNotContain("新乡村");
    }

    @Test
    void aLongRestOfAProgramsNameAfterItsQuoteIsNotCutShort() {
        assertThat(extract("浙江省启动“浙农优品”农产品品牌培育提升行动计划。").entities())
                .extracting(Entity::name).contains("浙农优品农产品品牌培育提升行动计划")
                .doesNotContain("浙农优品农产品品牌培育提升行动");
    }

    @Test
    void aNameOfTwoBeforeAVerbOfComingIsNotRunIntoIt() {
        assertThat(people("省政府特派专员张明来到企业调研。")).containsExactly("张明");
    }

    @Test
    void aDoctoralStudentIsNamedAfterTheShortTitle() {
        assertThat(people("南开大学化学学院博士生赵一鸣是这篇论文的第一作者。")).contains("赵一鸣");
    }

    @Test
    void aCampaignASloganIsTheThemeOfIsNoProgram() {
        assertThat(extract("公司开展了一场以“节约用水”为主题的宣传月活动。").entities())
                .extracting(Entity::type).doesNotContain(EntityType.Program);
    }

    @Test
    void anIndustrysInstituteBuiltTogetherIsNamedByItsFieldAlone() {
        assertThat(extract("当天，会宁县和甘肃农业大学签署协议，双方将在会宁共建旱塬花椒产业研究院，开展品种选育。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("甘肃农业大学", "旱塬花椒产业研究院");
    }

    @Test
    void anInstituteBuiltTogetherIsNoneWhenOnlyItsRankOrItsGenericWordsNameIt() {
        assertThat(extract("双方将共建省级产业研究院，并共建产业技术研究院。").entities())
                .extracting(Entity::type).doesNotContain(EntityType.ResearchTeam);
    }

    @Test
    void aVillageAndABuildingVerbAfterAWordForTheTownNameNoBody() {
        assertThat(extract("安徽皖峦茶业有限公司与岭下镇人民政府签约，将在该镇下洋村建设红茶精制厂，年加工干茶500吨。").entities())
                .extracting(Entity::name)
                .containsExactlyInAnyOrder("安徽皖峦茶业有限公司", "岭下镇人民政府", "岭下镇", "下洋村");
    }

    @Test
    void anAdverbAfterACompanysShortNameIsNoPartOfTheInstituteNamedAfterIt() {
        assertThat(extract("宝鸡钛峰精密钛材有限公司（以下简称“宝鸡钛峰”）已投产。宝鸡钛峰已与昆明贵金属研究所签订协议。")
                .entities()).extracting(Entity::name).contains("昆明贵金属研究所")
                .noneMatch(name -> name.contains("已与"));
    }

    @Test
    void anAdverbTheSegmenterGluedToANameIsNoPartOfIt() {
        assertThat(people("研究员乌力吉巴特尔将牵头攻关，副院长孙萌则负责推广。")).containsExactly("乌力吉巴特尔", "孙萌");
    }

    @Test
    void aMongolianNameOfTwoShortPartsEndsBeforeAnAdverb() {
        assertThat(people("研究员巴特尔将牵头攻关。")).containsExactly("巴特尔");
    }

    @Test
    void aTransliteratedNameEndsBeforeAnAdverbBeforeItsVerbOfSpeech() {
        assertThat(people("副院长孟瑶则负责推广。教授朝鲁还表示，项目进展顺利。")).doesNotContain("朝鲁还");
    }

    @Test
    void aCollegeNamedInFullBeforeIsItselfAfterAPrepositionGluedToIt() {
        ArticleExtraction a = extract("近日，南京农业大学动物科技学院团队在《畜牧兽医学报》发表论文。该论文第一作者为动物科技学院硕士研究生周沐言。");

        assertThat(a.relations()).filteredOn(r -> r.type() == RelationType.AFFILIATED_WITH)
                .extracting(Relation::source, Relation::target)
                .containsExactly(tuple("周沐言", "南京农业大学动物科技学院"));
    }

    @Test
    void aLaboratoryNamedByACroppingCountedInSeasonsIsNamedWhole() {
        assertThat(extract("近日，由华中农业大学牵头建设的油菜水稻两熟绿色生产全国重点实验室发布新成果。").entities())
                .extracting(Entity::name).contains("油菜水稻两熟绿色生产全国重点实验室");
    }

    @Test
    void aCompanyGoesByTwoWordsOfItsTradeWrittenByTheirFirstCharacters() {
        ArticleExtraction a = extract("厦门鹭汀创业投资有限公司今年设立首期基金。鹭汀创投已投资12家初创企业。");

        assertThat(entity(a, "厦门鹭汀创业投资有限公司").aliases()).containsExactly("鹭汀创投");
    }

    @Test
    void aContractionOfTheTradeMayOpenOnTheCharacterAfterTheBrand() {
        ArticleExtraction a = extract("黑龙江垦麦粮食贸易有限公司在绥化市建设粮库。垦麦粮贸今年收购水稻8万吨。");

        assertThat(entity(a, "黑龙江垦麦粮食贸易有限公司").aliases()).containsExactly("垦麦粮贸");
    }

    @Test
    void worksListedAfterTheirCountAndAColonArePrograms() {
        assertThat(extract("《若干措施》明确三项重点工程：智能座舱配套工程、车规芯片攻关工程和整车测试平台工程。").entities())
                .filteredOn(e -> e.type() == EntityType.Program).extracting(Entity::name)
                .contains("智能座舱配套工程", "车规芯片攻关工程", "整车测试平台工程");
    }

    @Test
    void aCooperativeOfACountyNamedWith州IsNoCooperativeOfAWholePrefecture() {
        ArticleExtraction a = extract("桂林湘漓食品有限公司与全州县稻岭香米专业合作社签订收购协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("桂林湘漓食品有限公司", "全州县稻岭香米专业合作社");
    }

    @Test
    void aPrepositionTheSegmenterGluedToAUniversityOpensNoName() {
        assertThat(extract("舟山岱渔科技有限公司的育苗工艺包由上海海洋大学水产与生命学院提供。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("上海海洋大学水产与生命学院", "上海海洋大学");
    }

    @Test
    void teamingUpRightAfterADeclaredShortNameOpensNoLaboratorysName() {
        assertThat(extract("近日，中国科学院南京土壤研究所（以下简称“南京土壤所”）联合紫金山实验室，在土壤传感芯片研发上取得进展。")
                .entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("中国科学院南京土壤研究所", "紫金山实验室");
    }

    @Test
    void aJointlyBuiltLaboratoryEndsBeforeTheUniversityItBelongsTo() {
        assertThat(extract("本次试验依托的省部共建作物逆境适应与改良国家重点实验室隶属河南大学。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("省部共建作物逆境适应与改良国家重点实验室", "河南大学");
    }

    @Test
    void aCooperativeNamedAfterAVillageTheSegmenterCutApartKeepsTheWholeName() {
        assertThat(extract("在宁河区潘庄镇前柳坨村的稻田里，农机正在作业。天津津岚米业有限公司已同前柳坨粳稻专业合作社签了为期三年的订单。")
                .entities()).filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactlyInAnyOrder("天津津岚米业有限公司", "前柳坨粳稻专业合作社");
    }

    @Test
    void theOwnerOfASiteIsNoWordOfTheCompanysName() {
        assertThat(extract("园区里最大的那座连栋大棚，主人寿光岚汐蔬菜科技有限公司今年又投入了800万元。").entities())
                .filteredOn(e -> e.type() == EntityType.Enterprise).extracting(Entity::name)
                .containsExactly("寿光岚汐蔬菜科技有限公司");
    }

    @Test
    void aDevelopmentZoneCalledByTheBareWordIsTheEconomicZoneNamedInFull() {
        ArticleExtraction a = extract("江西赣锋锂岳科技有限公司落户新余经济开发区。新余开发区今年新签约项目25个。");

        assertThat(entity(a, "新余经济开发区").aliases()).containsExactly("新余开发区");
    }

    @Test
    void aCommitteeCalledByItsZonesKindIsTheCommitteeOfTheOneZoneOfThatKind() {
        ArticleExtraction a = extract("沈阳经济技术开发区发布智能制造三年计划。当天，辽宁鑫峦重工集团有限公司与经开区管委会签订了入园协议。");

        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.Government).extracting(Entity::name)
                .containsExactly("沈阳经济技术开发区管理委员会");
    }

    @Test
    void aGroupGoesByTheTwoCharactersAfterItsBrandsFirstTwo() {
        ArticleExtraction a = extract("岭川乳业是成都蓉溪康澍食品集团股份有限公司的控股子公司。今年3月，康澍集团向其增资6000万元。");

        assertThat(entity(a, "成都蓉溪康澍食品集团股份有限公司").aliases()).containsExactly("康澍集团");
    }

    @Test
    void aFieldStationNamedAfterItsPlaceIsAResearchBody() {
        assertThat(extract("该团队依托黑龙江海伦农田生态系统国家野外科学观测研究站开展长期定位试验。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("黑龙江海伦农田生态系统国家野外科学观测研究站");
    }

    @Test
    void aNationalInstituteCalled研究总院IsAResearchBody() {
        assertThat(extract("北京科技大学冶金与生态工程学院与钢铁研究总院共同承担的课题成果发表于《钢铁》。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("北京科技大学冶金与生态工程学院", "北京科技大学", "钢铁研究总院");
    }

    @Test
    void aDesignatedLaboratoryOfAFieldOfSystemsAfterItsInstituteIsNamedWhole() {
        assertThat(extract("研究依托该所的湿地生态系统与环境全国重点实验室完成。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("湿地生态系统与环境全国重点实验室");
    }

    @Test
    void aDesignatedLaboratoryOfTwoFieldsJoinedBy和AfterACollegesLinkIsNamedWhole() {
        assertThat(extract("近日，沈阳农业大学园艺学院与设施园艺和蔬菜育种全国重点实验室联合团队在番茄耐冷研究中取得进展。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactlyInAnyOrder("沈阳农业大学园艺学院", "沈阳农业大学", "设施园艺和蔬菜育种全国重点实验室");
    }

    @Test
    void aShortNameTheTextDeclaredBeforeAConjunctionIsNoFieldOfTheCollegeAfterIt() {
        assertThat(extract("福建农林大学与安溪县签约。福建闽川茶业有限公司（以下简称“闽川茶业”）今年落户安溪。闽川茶业与园艺学院合作开发乌龙茶饮。")
                .entities()).filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("福建农林大学");
    }

    @Test
    void aResearchBodysNameStartsAfter由GluedToTheWordBeforeIt() {
        assertThat(extract("示范方由国家玉米工程技术研究中心与梨树县人民政府共建。").entities())
                .filteredOn(e -> e.type() == EntityType.ResearchTeam).extracting(Entity::name)
                .containsExactly("国家玉米工程技术研究中心");
    }
}
