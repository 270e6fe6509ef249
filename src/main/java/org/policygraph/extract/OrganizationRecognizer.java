package org.policygraph.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds enterprises, research institutions and government bodies by the suffix that ends their names
 * (有限公司, 大学, 商务厅...) and finds where the name begins by walking left over the segmenter's terms until
 * a function word, a verb or punctuation. The segmenter's own organisation tags are only used as a hint
 * that a name is proper, since they misfire on this domain.
 */
final class OrganizationRecognizer {

    /** A name ending; {@code strict} ones (有限公司) make any two-character prefix a name. */
    private record Suffix(String text, EntityType type, boolean strict, String notFollowedBy) {
    }

    /** After a party committee's name: its members (委员) and departments (组织部, 宣传部, 统战部) are no end of it. */
    private static final String NOT_AFTER_COMMITTEE = "员组宣统";

    /** After an office called by 办: 办法, 办理 and 办学 are other words. */
    private static final String NOT_AFTER_BAN = "法理学";

    /** Adjectives, and words that only qualify (高效/b), before a verb of a research field. */
    private static final Set<String> QUALIFYING_NATURES = Set.of("a", "b");
    private static final String CENTRE = "中心";
    /** Research centres whose words also read as studying how to develop (研究发展, 研究开发). */
    private static final Set<String> STUDYING_DEVELOPMENT = Set.of("研究发展中心", "研究开发中心");
    /** 办事处 (a liaison office elsewhere) after an office called by 办: X招商办事处. */
    private static final String LIAISON_OFFICE_TAIL = "事处";
    private static final List<String> CENTRAL_DISTRICTS = List.of("中心城区", "中心城市", "中心商务区");
    private static final String FOREST_FARM = "林场";
    private static final String PLANT = "厂";
    private static final String LIMITED_COMPANY = "有限公司";
    private static final String BUILT = "建成";
    /** A pilot-scale test base, a research body (X中试基地). */
    private static final String PILOT_BASE = "中试基地";
    static final String PEOPLES_GOVERNMENT = "人民政府";
    /** Vocational schools' words, longest first. */
    private static final List<String> SCHOOLS = List.of("职业技术学校", "职业学校", "技工学校", "中等专业学校");
    /** Places counted before a kind of body: 两地, 三省, 5县. */
    private static final Pattern COUNTED_PLACES = Pattern.compile("[两二三四五六七八九十几多\\d]+[地省市县区]$");
    private static final String SCIENCE_COURTYARD = "科技小院";
    /** People a courtyard serves or houses, no crop it is named by: 梨树农民科技小院. */
    private static final Pattern COURTYARD_PEOPLE = Pattern.compile("农民|农户|研究生|学生|专家");
    /** The most characters of a crop between a courtyard's place and 科技小院 (后子头|苹果|科技小院). */
    private static final int MAX_COURTYARD_CROP = 4;
    /** A company's postdoctoral research station (X博士后科研工作站) opens with this. */
    static final String POSTDOCTORAL = "博士后";
    private static final String FAMILY_FARM = "家庭农场";

    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("股份有限公司", EntityType.Enterprise, true, ""),
            new Suffix("有限责任公司", EntityType.Enterprise, true, ""),
            new Suffix("有限公司", EntityType.Enterprise, true, ""),
            // Joint-stock companies abroad, as news translates them: 越南X物流股份公司.
            new Suffix("股份公司", EntityType.Enterprise, true, ""),
            new Suffix("株式会社", EntityType.Enterprise, true, ""),   // a Japanese joint-stock company
            // Funds registered as partnerships: X产业投资基金合伙企业（有限合伙）.
            new Suffix("合伙企业（有限合伙）", EntityType.Enterprise, true, ""),
            new Suffix("合伙企业(有限合伙)", EntityType.Enterprise, true, ""),
            new Suffix("合伙企业", EntityType.Enterprise, true, ""),
            // or named as a fund with the partnership's form after it: X创新创业投资基金（有限合伙）.
            new Suffix("基金（有限合伙）", EntityType.Enterprise, true, ""),
            new Suffix("基金(有限合伙)", EntityType.Enterprise, true, ""),
            // A union of cooperatives (X专业合作社联合社, X专业合作联社) is a registered body of its own.
            new Suffix("专业合作社联合社", EntityType.Enterprise, true, ""),
            new Suffix("合作社联合社", EntityType.Enterprise, true, ""),
            new Suffix("专业合作联社", EntityType.Enterprise, true, ""),
            new Suffix("专业合作社", EntityType.Enterprise, true, ""),
            new Suffix("合作社", EntityType.Enterprise, false, ""),
            // A village's collective: X村股份经济合作联社, X村经济合作联社, X村股份经济合作联合社.
            new Suffix("经济合作联社", EntityType.Enterprise, false, ""),
            new Suffix("经济合作联合社", EntityType.Enterprise, false, ""),
            new Suffix("分公司", EntityType.Enterprise, false, ""),
            // An insurer's branches: X保险股份有限公司朔州中心支公司.
            new Suffix("支公司", EntityType.Enterprise, false, ""),
            new Suffix("公司", EntityType.Enterprise, false, ""),
            // Exchanges are companies: X产权交易所, X数据交易所.
            new Suffix("交易所", EntityType.Enterprise, false, ""),
            new Suffix("集团", EntityType.Enterprise, false, "化军"),
            new Suffix("银行", EntityType.Enterprise, false, "业卡家"),
            new Suffix("分行", EntityType.Enterprise, false, "长"),
            new Suffix("支行", EntityType.Enterprise, false, "长"),
            new Suffix("矿", EntityType.Enterprise, false, "工区山场业产井石物藏泉长务库渣权"),
            new Suffix(PLANT, EntityType.Enterprise, false, "长房区商家矿"),
            new Suffix(FOREST_FARM, EntityType.Enterprise, false, "长"),   // a state forest farm: X国有Y林场
            // A family farm, registered as a business of its own (X县Y家庭农场); not its owner (家庭农场主), nor an
            // association of farms (家庭农场协会, 家庭农场联合会).
            new Suffix(FAMILY_FARM, EntityType.Enterprise, false, "主协联"),
            new Suffix("大学", EntityType.ResearchTeam, false, "生"),
            new Suffix("学院", EntityType.ResearchTeam, false, "派生"),
            // Vocational schools, which train for the companies they partner (X县职业技术学校, X技工学校); other
            // schools (中学, 党校) are kept by no type.
            new Suffix(SCHOOLS.get(0), EntityType.ResearchTeam, false, ""),
            new Suffix(SCHOOLS.get(1), EntityType.ResearchTeam, false, ""),
            new Suffix(SCHOOLS.get(2), EntityType.ResearchTeam, false, ""),
            new Suffix(SCHOOLS.get(3), EntityType.ResearchTeam, false, ""),
            // A university's department (茶学系, 化学系); not 系统 or 系列.
            new Suffix("学系", EntityType.ResearchTeam, false, "统列"),
            // A university's faculty: X大学医学部 (学部委员 is an academician's old title).
            new Suffix("学部", EntityType.ResearchTeam, false, "委分门署长"),
            new Suffix("研究所", EntityType.ResearchTeam, false, ""),
            new Suffix("研究院", EntityType.ResearchTeam, false, ""),
            new Suffix("研究生院", EntityType.ResearchTeam, false, ""),
            new Suffix("研究总院", EntityType.ResearchTeam, true, ""),   // 钢铁研究总院: a national institute's own word
            new Suffix("观测研究站", EntityType.ResearchTeam, false, ""),   // a field station: X野外科学观测研究站
            new Suffix("研究中心", EntityType.ResearchTeam, false, ""),
            // 省马铃薯研究发展中心, X研究开发中心: a research centre that also develops and extends what it finds.
            new Suffix("研究发展中心", EntityType.ResearchTeam, false, ""),
            new Suffix("研究开发中心", EntityType.ResearchTeam, false, ""),
            new Suffix("研究室", EntityType.ResearchTeam, false, ""),
            new Suffix("科研中心", EntityType.ResearchTeam, false, ""),
            new Suffix("创新中心", EntityType.ResearchTeam, false, ""),
            new Suffix("科学中心", EntityType.ResearchTeam, false, ""),   // 国家空间科学中心, 国家纳米科学中心
            // 国家玉米改良中心, 国家油料作物改良中心: the state's crop improvement centres, seated at institutions.
            new Suffix("改良中心", EntityType.ResearchTeam, false, ""),
            new Suffix("院士工作站", EntityType.ResearchTeam, false, ""),
            new Suffix(POSTDOCTORAL + "科研工作站", EntityType.ResearchTeam, false, ""),
            new Suffix(POSTDOCTORAL + "工作站", EntityType.ResearchTeam, false, ""),
            new Suffix(PILOT_BASE, EntityType.ResearchTeam, false, ""),
            new Suffix("示范站", EntityType.ResearchTeam, false, ""),
            new Suffix("试验站", EntityType.ResearchTeam, false, ""),
            new Suffix("实验站", EntityType.ResearchTeam, false, ""),
            new Suffix("实验室", EntityType.ResearchTeam, false, ""),
            new Suffix("科学院", EntityType.ResearchTeam, false, ""),
            new Suffix("分院", EntityType.ResearchTeam, false, ""),
            new Suffix("分校", EntityType.ResearchTeam, false, ""),   // a university's campus elsewhere: 哈尔滨工业大学威海分校
            new Suffix("工程院", EntityType.ResearchTeam, false, ""),
            new Suffix("植物园", EntityType.ResearchTeam, false, ""),
            // Stations where a university's teachers and students live and work among farmers (X科技小院).
            new Suffix(SCIENCE_COURTYARD, EntityType.ResearchTeam, false, ""),
            // A university's courtyard of experts in a county (X大学Y县茉莉花农业专家大院), kept as its stations are.
            new Suffix("专家大院", EntityType.ResearchTeam, false, ""),
            new Suffix(PEOPLES_GOVERNMENT, EntityType.Government, false, ""),
            new Suffix("政府", EntityType.Government, false, ""),
            // A prefecture's administration (X地区行政公署), the province's agency for a region that is no city.
            new Suffix("行政公署", EntityType.Government, false, ""),
            new Suffix("委员会", EntityType.Government, false, ""),
            new Suffix("发展改革委", EntityType.Government, false, ""),
            new Suffix("发改委", EntityType.Government, false, ""),
            new Suffix("经济信息化委", EntityType.Government, false, ""),
            new Suffix("经信委", EntityType.Government, false, ""),
            new Suffix("卫生健康委", EntityType.Government, false, ""),
            new Suffix("卫健委", EntityType.Government, false, ""),
            new Suffix("农业农村委", EntityType.Government, false, ""),
            new Suffix("科委", EntityType.Government, false, ""),
            new Suffix("国资委", EntityType.Government, false, ""),
            new Suffix("管委会", EntityType.Government, false, ""),
            new Suffix("党委", EntityType.Government, false, ""),
            // A village's party branch (X村党支部, X村党总支) leads the village as a town's 党委 leads the town.
            new Suffix("党总支", EntityType.Government, false, ""),
            new Suffix("党支部", EntityType.Government, false, ""),
            new Suffix("党工委", EntityType.Government, false, ""),
            // The supply and marketing cooperatives' federation of a division works as one of its bodies.
            new Suffix("供销合作社联合社", EntityType.Government, false, ""),
            // A rural credit union (X县农村信用合作联社) is a bank, a company as banks are.
            new Suffix("信用合作联社", EntityType.Enterprise, false, ""),
            // A party committee named by its division (监利市委, 安化县委); the place must open the name.
            new Suffix("省委", EntityType.Government, false, NOT_AFTER_COMMITTEE),
            new Suffix("地委", EntityType.Government, false, NOT_AFTER_COMMITTEE),
            new Suffix("市委", EntityType.Government, false, NOT_AFTER_COMMITTEE),
            new Suffix("县委", EntityType.Government, false, NOT_AFTER_COMMITTEE),
            new Suffix("区委", EntityType.Government, false, NOT_AFTER_COMMITTEE),
            new Suffix("州委", EntityType.Government, false, NOT_AFTER_COMMITTEE),
            new Suffix("旗委", EntityType.Government, false, NOT_AFTER_COMMITTEE),
            // A party committee's departments (中共X县委组织部).
            new Suffix("组织部", EntityType.Government, false, ""),
            new Suffix("宣传部", EntityType.Government, false, ""),
            new Suffix("统战部", EntityType.Government, false, ""),
            new Suffix("新闻办", EntityType.Government, false, ""),
            // Offices news calls by 办 (X市支援合作办, 省扶贫办, 市金融办, 县政府办): the 办公室 of their work.
            new Suffix("合作办", EntityType.Government, false, NOT_AFTER_BAN),
            new Suffix("扶贫办", EntityType.Government, false, NOT_AFTER_BAN),
            new Suffix("金融办", EntityType.Government, false, NOT_AFTER_BAN),
            new Suffix("招商办", EntityType.Government, false, NOT_AFTER_BAN),
            new Suffix("外事办", EntityType.Government, false, NOT_AFTER_BAN),
            new Suffix("政府办", EntityType.Government, false, NOT_AFTER_BAN),
            new Suffix("办公室", EntityType.Government, false, ""),
            new Suffix("海关", EntityType.Government, false, ""),
            new Suffix("促进中心", EntityType.Government, false, ""),
            new Suffix("服务中心", EntityType.Government, false, ""),
            new Suffix("指挥部", EntityType.Government, false, ""),
            new Suffix("厅", EntityType.Government, false, "长堂"),
            new Suffix("局", EntityType.Government, false, "面长势部限"));

    /** First characters of the suffixes: most text positions can be passed over with one lookup. */
    private static final String SUFFIX_STARTS = SUFFIXES.stream().map(x -> x.text().substring(0, 1)).distinct()
            .reduce("", String::concat);
    /** Units of a larger organisation: a name ending so, starting with a group's name, is PART_OF it. */
    static final List<String> UNIT_SUFFIXES = List.of("分公司", "支公司", "子公司", "分行", "支行", "矿", "厂");
    /** Units named after the place they serve: 建行晋城分行 is the bank's branch for 晋城. */
    static final List<String> BRANCH_SUFFIXES = List.of("分公司", "支公司", "分行", "支行");

    /** A branch's name (X公司宁夏分公司), which news calls 分公司, never 公司 alone. */
    static boolean isBranch(String name) {
        return BRANCH_SUFFIXES.stream().anyMatch(name::endsWith);
    }
    private static final Set<String> BRANCH_AREAS = Set.of("province", "city", "county");
    /** Divisions organisations in general are named after (a county short form is too often a word). */
    private static final Set<String> NAMING_AREAS = Set.of("province", "city");
    private static final Set<String> PROVINCES = Set.of("province");
    /** The longest province or city name a registered name opens with (内蒙古自治区 aside): 黑龙江省. */
    private static final int MAX_WIDER_NAME = 4;
    private static final String CENTRAL_BANK = "中国人民银行";
    /** The longest own name of a family farm after its places (湄潭县|田家沟|家庭农场). */
    private static final int MAX_FARM_NAME = 6;
    /** Words of a farm's rank or of counting farms, no farm's own name: 省级示范性, 首批. */
    private static final Pattern FARM_RANK = Pattern.compile("级|示范|首批|一批");
    /** Words describing a body as the first or only one of its kind: 首个, 首家, 第一个, 唯一. */
    private static final Pattern FIRST_OF_KIND = Pattern.compile("首个|首家|第一个|唯一");
    /** Titles of scholars, which no research unit's name holds: 教授, 研究员. */
    private static final List<String> SCHOLARS_TITLES = List.of("教授", "研究员");
    /** 全 before a level word: the whole division (全县, 全市). */
    private static final char WHOLE = '全';
    /** What a zone's committee is of: X开发区管理委员会. */
    private static final String MANAGING = "管理";
    private static final List<String> PARENT_SUFFIXES = List.of("集团", "公司", "银行");
    /** Verbs that occur inside company and agency names (农业发展有限公司, 控股集团, 国有资产监督管理委员会). */
    private static final Set<String> NAME_VERBS = Set.of("发展", "控股", "开发", "投资", "建设", "服务", "种植",
            "育种", "制种", "制衣", "制茶", "繁育", "育苗", "预制", "酿造", "贮藏", "储藏", "冶炼", "铸造", "仓储", "配送", "租赁", "创业",
            // 上海市对口支援新疆工作前方指挥部: the bodies of counterpart assistance.
            "对口", "支援", "工作",
            "养殖", "种养", "养牛", "养羊", "养猪", "养鸡", "养鸭", "养鱼", "养蜂",
            "加工", "制造", "研究", "设计", "咨询", "管理", "贸易", "运输", "创新", "生产", "经营", "销售",
            "检测", "培训", "物流", "旅游", "环保", "工程", "实业", "技术", "科技", "电子", "信息", "能源",
            // 国有资产监督管理委员会, 市场监督管理局: the words of agencies' names.
            "国有", "监督", "监督管理");
    /** 为 opening a term that runs into a name's suffix: the copula (作者为X研究所), no part of the name. */
    private static final String COPULA_FOR = "为";
    private static final Set<String> STOP_WORDS = Set.of("的", "和", "与", "及", "以及", "等", "由", "在", "从",
            "对", "向", "为", "是", "系", "据", "将", "把", "被", "让", "给", "其", "该", "本", "这", "那", "此", "各", "每",
            "近日", "目前", "记者", "全省", "全市", "全县", "全国", "我国", "首笔", "一家", "这家", "成立",
            // 依据X厅印发的方案: a preposition the segmenter tags as a noun.
            "依据", "根据", "按照", "依照",
            // 投资方X公司: the party a company is to the deal, written before its name.
            "投资方", "出资方", "合作方", "承建方", "运营方");
    /** 那, a demonstrative, opens many place names of Guangxi too (那坡县, 那桐镇, 那楼镇). */
    private static final char ZHUANG_PLACE_HEAD = '那';
    /** The stop words of two characters or more, looked for inside what lies between a place and a name. */
    private static final List<String> WORD_STOPS = STOP_WORDS.stream().filter(w -> w.length() > 1).toList();
    /** Words for the institution a unit written right after them belongs to (该校农学院). */
    private static final String CAMPUS_WORD = "校区";
    private static final Set<String> CITIES = Set.of("city");
    private static final List<String> INSTITUTION_REFERENCES = List.of("该校", "该院", "该所", "该大学", "学校",
            CAMPUS_WORD);
    /** Never the first character of a name, though the segmenter may glue one to it (其车辆工程学院). */
    /** Where a company named after its place may open even with a pronoun's character: 本溪市的|本溪X公司. */
    private static final String PLACE_NAME_OPENS = "的、，,与和及";
    private static final Set<String> PRONOUNS = Set.of("其", "该", "本", "此", "这", "那", "各", "每", "据");
    /** What makes the suffix after it a bare word, no name's end: 该合作社, 为研究院, (将)以研究院(为依托). */
    private static final String BEFORE_BARE_WORD = "该其此这为向对给以";
    /** Words of cropping counted in seasons or lines, which name fields (一年两熟, 双季稻, 三系杂交): no counts. */
    private static final List<String> CROPPING_SEASONS = List.of("两熟", "三熟", "双季", "两系", "三系");
    /** Prepositions the segmenter may glue to a unit's bare name after them (为|农学院), which opens none. */
    private static final String GLUED_TO_UNIT = "为与由在对";
    /** Prepositions the segmenter may glue to a place opening a name: 同岳阳, 于西安, 由来|凤县. */
    private static final String GLUED_TO_PLACE = "同于由";
    /** Those prepositions and the conjunctions glued to a place opening a name: 同眉县, 和威县. */
    private static final String LINKS_BEFORE_PLACE = GLUED_TO_PLACE + "和与";
    /** The shortest name of its own after 的 inside one term with the suffix (村内的|临安青岚竹笋|专业合作社). */
    private static final int MIN_NAME_AFTER_PARTICLE = 4;
    /** The longest province's full name. */
    private static final int LONGEST_PROVINCE = "新疆维吾尔自治区".length();
    /** What a province's or city's full name opens: its academy (农业科学院) or a university. */
    private static final Pattern INSTITUTION_OPENED = Pattern.compile("科学院|大学");
    /** The longest adverb and verb glued before a province opening a name: 将种植(福建省…). */
    private static final int MAX_VERB_BEFORE_PLACE = 3;
    /** 同 as a preposition: (该公司)同(X大学共建). */
    private static final char WITH = '同';
    /** The shortest body's name after 同 read as a preposition (同X大学), so that 同济 stays a name's word. */
    private static final int MIN_BODY_AFTER_WITH = 3;
    /** What a body is said to be, before its name: 作为(X实验室的依托单位). */
    private static final String AS = "作为";
    /** Adverbs before a preposition, which then opens no name: 已(同), 还(同), 将(由). */
    private static final String ADVERBS_BEFORE_PREPOSITION = "已还也将并均曾又再都";
    /**
     * Prepositions the segmenter may glue between the words before a name and the name: 资金向X公司, 企业同X公司,
     * (工艺)包由X大学.
     */
    private static final String INNER_PREPOSITIONS = "向对从同由";
    private static final char COPULA_CHARACTER = '是';
    /** Words of position the segmenter may glue to a name after them (辖|内阳城支行 for 辖内|阳城支行). */
    private static final Set<String> POSITION_WORDS = Set.of("内", "外", "中", "下", "上");
    /**
     * Verbs that join two parties and so end the name before them (与X学院共建Y中心, A联合B组成...). Research
     * names take nominal verbs along, so these must stop a walk even where the segmenter tags them vn.
     */
    private static final Set<String> PARTY_VERBS = Set.of("共建", "联合", "签订", "签署", "签约", "合作", "携手",
            "联手", "牵手", "开展", "组建", "设立", "依托", "借力", "借助", "牵头", "组织", "建设", "共同", "协同", "会同", "挂靠",
            "隶属");
    /** A day, and a preposition after it, glued to the name that follows: 20日从(江南大学). */
    private static final Pattern DATE_BEFORE_NAME = Pattern.compile("\\d{1,2}日[从在与向由对于]?");
    /** A verb and 于 before a name (脱胎于, 受益于): the segmenter may read 于 and the place after it as a person's. */
    private static final Pattern VERB_OF_于 = Pattern.compile("(\\p{IsHan}{2})于");
    /** A character of a field of a department's name: (浦东新区)科技(和)经济(委员会). */
    private static final String FIELD_CHARACTER = "[\\p{IsHan}&&[^的与和及在由向对从]]";
    private static final Pattern FIELD = Pattern.compile(FIELD_CHARACTER + "+");
    private static final int FIELD_MAX = 6;
    private static final int SECOND_FIELD_MAX = 6;
    /** The second of two fields joined by 和, right before the department's word: 和经济(委员会). */
    private static final Pattern SECOND_FIELD = Pattern.compile(
            "和" + FIELD_CHARACTER + "{1," + SECOND_FIELD_MAX + "}$");
    /** Divisions with departments of their own. */
    private static final Set<Object> DEPARTMENT_LEVELS = Set.of("province", "city", "county");
    /** A department after another in a list, sharing its division: 、商务厅, 和水利局. */
    private static final Pattern LISTED_DEPARTMENT = Pattern.compile(
            "[、和及]((?:\\p{IsHan}(?![、和及]))\\p{IsHan}{1,9}?(?:厅|局|委员会|办公室))(?![长面势部限堂])");
    /** Where a thing is built, below a city (在阳城县润城镇建设…), and the verbs of building there. */
    private static final Set<String> SITE_LEVELS = Set.of("county", "town", "village", "zone");
    private static final Set<String> LOCAL_LEVELS = Set.of("town", "village");
    /** 在 right before a building site, or before a word referring to the division it is in: 在, 在该镇, 在当地. */
    private static final Pattern AT_SITE = Pattern.compile("在(?:该[县区市镇乡村]|当地)?$");
    private static final int AT_SITE_REACH = 4;
    private static final Pattern SITE_BUILDING = Pattern.compile("建设|新建|兴建|建成|扩建|打造|投资|投建");
    private static final String JOINTLY_BUILT = "省部共建";
    /** The longest field a jointly built laboratory names between 省部共建 and its designation. */
    private static final int MAX_LAB_FIELD = 24;
    private static final Pattern INSTITUTION_END = Pattern.compile("(?:大学|学院|科学院|研究院|研究所)$");
    /** Colleges that are institutions of their own, never a university's unit: X职业技术学院, X技师学院. */
    private static final Pattern VOCATIONAL_COLLEGE = Pattern.compile("(?:职业技术|职业|技师)学院$");
    private static final Pattern UNIVERSITY_END = Pattern.compile("(?:大学|学院)$");
    private static final String DEPARTMENT = "系";
    /** The longest department word after a university (计算机科学技术系). */
    private static final int MAX_DEPARTMENT = 10;
    /** Words ending in 系 that name no department: 体系, 关系, 派系, 直系. */
    private static final Set<String> DEPARTMENT_WORDS = Set.of("体系", "关系", "派系", "直系", "联系", "水系", "星系",
            "谱系", "品系", "父系", "母系", "菌系", "根系");
    /** A department named by two disciplines after its university: (复旦大学)环境科学与工程系. */
    private static final Pattern JOINED_DEPARTMENT = Pattern.compile("[\\p{IsHan}&&[^与和及的在]]{2,6}与\\p{IsHan}{1,6}?系");
    /**
     * The words between a university or medical school and 医院 in its hospital's name: its medical school, 附属,
     * an ordinal, a short name of its own (湘雅医学院附属湘雅, 第一, 附属北京朝阳, 总); what has a verb among them
     * says what the school does for a hospital (帮助当地医院).
     */
    private static final Pattern HOSPITAL_OF = Pattern.compile(
            "(?:\\p{IsHan}{0,2}医学院|医学部)?(?:附属)?(?:第[一二三四五六七八九十]+(?:附属)?)?\\p{IsHan}{0,4}?医院");
    private static final String AFFILIATED = "附属";
    private static final Pattern UNIVERSITY_OR_SCHOOL_END = Pattern.compile("(?:大学|医学院)$");
    /** A city's central hospital and a province's people's hospital, research hospitals as universities' are. */
    private static final String CENTRAL_HOSPITAL = "中心医院";
    private static final String PEOPLES_HOSPITAL = "人民医院";
    private static final String PROVINCE = "省";
    private static final Pattern INSTITUTION_INSIDE = Pattern.compile("大学|学院|研究院|研究所");
    /** A designation that makes a research unit's name proper even without a place (X国家重点实验室). */
    private static final Pattern DESIGNATION = Pattern.compile(
            "(?:国家|全国|省部共建|省级?|市级?)?重点$|国家工程(?:技术)?$|工程技术$|(?:国家|省)?工程$");
    private static final Pattern INSTITUTION_ENDING = Pattern.compile("(?:大学|学院|研究院|研究所|科学院)$");
    private static final String NATIONAL = "国家";
    /** The field a national centre names after 国家 (生猪技术, 耐盐碱水稻): not 技术 alone, nor a rank (级). */
    private static final Pattern NATIONAL_FIELD = Pattern.compile("(?!(?:工程)?技术$|级)\\p{IsHan}{2,12}");
    /** The rank of a designated unit, before its suffix: 全国(实验室), 全国重点(实验室), 国家, 省级. */
    private static final String NATIONAL_KEY = "全国重点";
    /** Words describing the field or the count of a unit, no part of its name: 领域, 行业, 首个, 一个, 种业. */
    private static final Pattern FIELD_DESCRIBED = Pattern.compile("领域|行业|方面|首个|一个|我国|业$");
    private static final Pattern RANK = Pattern.compile("(?:全国|国家|省部共建|省级?|市级?)(?:重点)?");
    /** The rank a designation is given (省级工程研究中心, 国家级重点实验室), which names no unit. */
    private static final Pattern RANK_ENDING = Pattern.compile("(?:国家级|省部级|省级|市级|县级|国家|省|市)$");
    /** Parents a research unit is written after: X大学Y学院. (An academy and its institutes stay one name.) */
    private static final List<String> RESEARCH_PARENTS = List.of("大学");
    private static final Set<String> CONJUNCTIONS = Set.of("与", "和", "及");
    /** 农学与资源环境学院, 茶与食品科技学院: two disciplines, the first maybe one noun character (group 1). */
    private static final Pattern TWO_DISCIPLINES = Pattern.compile("(\\p{IsHan}{1,6})与\\p{IsHan}{2,6}学院");
    private static final Pattern REFERRING_TO_INSTITUTION = Pattern.compile("该[校院所]");
    private static final Pattern BODY_WORD_ENDING = Pattern.compile("(?:站|所|室|院|局|厂|中心|公司|基地|团队)$");
    private static final String FACTORY = "工厂";
    private static final String COMPANY = "公司";
    /** Dashes joining the partners in a joint unit's name (X大学—Y联合实验室). */
    private static final String JOINING_DASHES = "—-－–";
    private static final String JOINT = "联合";
    /** Verbs opening a subtitle after its dash: ——访X, ——记X. */
    private static final Set<String> SUBTITLE_VERBS = Set.of("访", "记", "专访");
    private static final Set<String> TOWN = Set.of("town");
    /** The longest town name read before a branch's suffix, without 镇 or 乡. */
    private static final int MAX_TOWN_NAME = 4;
    /** What may stand before a name in a list or opening a clause. */
    private static final String BEFORE_LISTED_NAME = "、，,：:；;和及与";
    private static final String COLLEGE = "学院";
    private static final String CHINA = "中国";
    private static final String ACADEMICIAN_STATION = "院士工作站";
    static final String POSTDOCTORAL_STATION = POSTDOCTORAL + "科研工作站";
    /** Stations a company hosts, named after it alone. */
    static final List<String> HOSTED_STATIONS = List.of(ACADEMICIAN_STATION, POSTDOCTORAL_STATION,
            POSTDOCTORAL + "工作站");
    /**
     * A unit written right after its parent's declared short name, its own name first: 博士后科研工作站, 作物研究所.
     * The shortest run of characters ending in a unit's word is the unit.
     */
    private static final Pattern UNIT_AFTER_DECLARATION = Pattern.compile("\\p{IsHan}{0,8}?(?:"
            + String.join("|", HOSTED_STATIONS) + "|" + PILOT_BASE + "|研究院|研究所|研究中心|实验室|学院|技术中心)");
    /** Kinds of words no unit's name opens with: verbs, prepositions, adverbs, conjunctions, pronouns, times. */
    private static final String NOT_OPENING_UNIT = "vpdcrtmqfu";
    /** The rest of a college's name, opening a unit's (资源学院|土壤污染修复实验室); not an academy (科学院). */
    private static final Pattern COLLEGE_OPENING = Pattern.compile("\\p{IsHan}{1,6}?(?<!科)学院");
    private static final Pattern NAMED_UNIVERSITY = Pattern.compile("(\\p{IsHan}{2,8})大学");
    static final String UNIVERSITY = "大学";
    private static final String ACADEMY = "科学院";
    /** The longest discipline written between a university and 与 in a college's name (资源与环境科学学院). */
    private static final int MAX_DISCIPLINE = 6;
    /** Words for bodies and parties, which no field of research is named with. */
    private static final Set<String> NO_FIELD_WORDS = Set.of("企业", "学校", "团队", "公司", "政府", "双方", "单位", "高校",
            "医院", "部门", "机构", "集团", "课题组");
    /** The designation of a key laboratory, right before its suffix: 国家重点实验室. */
    private static final String KEY = "重点";
    /**
     * The longest field before 与 in a designated laboratory's name: 水稻和小麦种质资源 opening a clause, 资源昆虫高效养殖
     * after its university.
     */
    private static final int MAX_JOINED_FIELD = 12;
    /** What follows 部 in words it opens (部门, 部署, 部队): no ministry ends there. */
    private static final String MINISTRY_NOT_BEFORE = "门署队";
    /** A company's role in a deal or a site, written before its name (本地服务商X公司, 基地的主人X公司): no word of it. */
    private static final Set<String> TRADE_ROLES = Set.of("服务商", "供应商", "运营商", "承建商", "承包商", "开发商",
            "经销商", "代理商", "投资商", "制造商", "生产商", "主人", "业主", "运营方", "建设方", "承建方", "投资方", "合作方");
    /** One-character verbs of setting up a company right before 公司 (办 is {@link #SET_UP}): 建, 开, 创, 组. */
    private static final String FOUNDING_VERBS = "建开创组";
    private static final char SET_UP = '办';
    /** The levels of divisions whose short forms open registered names (广东, 北京, 佛山). */
    private static final Set<String> SHORT_FORM_LEVELS = Set.of("province", "city");
    /** Verbs of working with or through a body, right before its name: 依托, 联合, 携手, 牵手, 依靠. */
    private static final List<String> THROUGH_BODY_VERBS = List.of("依托", "联合", "携手", "牵手", "依靠");
    /** The most characters of a laboratory's second field the walk may have stopped inside (与|转换|材料). */
    private static final int MAX_SECOND_FIELD = 4;
    /** Trades that describe a company of no name when nothing else comes before 公司 (冷链物流公司). */
    private static final Set<String> GENERIC_TRADES = Set.of("冷链", "物流", "加工", "销售", "贸易", "投资", "科技",
            "食品", "运营", "供应链", "电商", "电子商务", "开发", "发展", "实业", "建设", "管理", "咨询");
    /**
     * Readings of a word as a name or abbreviation, which no common word before a place has: a place, person,
     * organisation, other proper name, letters (nx), or an abbreviation (新 for 新疆).
     */
    private static final List<String> NAME_NATURES = List.of("ns", "nr", "nt", "nz", "nx", "j");
    private static final String SUBSIDIARY = "子公司";
    private static final String MINE = "矿";
    private static final char BY = '由';
    /** What every declaration of a short name holds (简称, 下称, 以下称). */
    private static final String SHORT_NAME_DECLARED = "称";
    private static final String CUSTOMS = "海关";
    /** The longest city or port a customs office is named after (乌鲁木齐). */
    private static final int MAX_CUSTOMS_PLACE = 4;
    private static final String COAL_MINE = "煤矿";
    /** The fewest characters a mine's own name has (红岭 of 红岭煤矿). */
    private static final int MIN_OWN_MINE_NAME = 2;
    /** Complements of direction after a verb: 运进, 销往, 迁入, 卖给, 产自. */
    private static final String DIRECTIONS = "进出入往到回给至自";
    /** Words ending in 矿 that name ore or mining work, not a mine. */
    private static final Pattern MINING_WORDS = Pattern.compile("(?:原|采|选|找|探)矿$");
    /** Research bodies whose names may join two fields with 与 (遗传与发育生物学研究所). */
    private static final Set<String> INSTITUTE_SUFFIXES = Set.of("研究所", "研究院", "研究中心");
    /** Bodies an institute may be named under: 自然资源部, 中国科学院. */
    private static final Pattern PARENT_BODY = Pattern.compile("(?:部|科学院)$");
    /**
     * An institute's own name (group 1) after the academy or ministry it is named under: 中国科学院水利部|水土保持研究所,
     * 中国林业科学研究院|亚热带林业研究所.
     */
    private static final Pattern OWN_NAME_AFTER_PARENT = Pattern.compile(
            "\\p{IsHan}{2,10}(?:科学院|研究院|部)(\\p{IsHan}{2,12}(?:研究所|研究中心))");
    /**
     * What may stand right before an institute written by its own name alone: a clause break or 和 (与 and 及 join
     * fields inside names, 土壤侵蚀与水土保持研究所, unless a person's name stands before them).
     */
    private static final String BEFORE_OWN_NAME = "，,。；;：:、和\n";
    /** Verbs of building a unit together, which open no unit's name: (将与其)共建(X联合实验室). */
    private static final List<String> BUILDING_TOGETHER = List.of("共建", "共同建设", "联合建设", "合作建设", "共同组建",
            "联合组建");
    private static final Pattern BUILDING_TOGETHER_OPENING = Pattern.compile(String.join("|", BUILDING_TOGETHER));
    /**
     * An industry's institute built together and named by its field (旱塬花椒产业研究院). Laboratories and centres so
     * named are mostly facilities the parties equip, which readers keep apart from the parties.
     */
    private static final Pattern UNIT_BUILT_TOGETHER = Pattern.compile(
            "(\\p{IsHan}{2,12}?)产业(?:技术)?研究院(?=[，。；、和及（]|$)");
    /** The field naming an institute built together: a word of its own (旱塬花椒, 苎麻), no rank or count (省级, 一个). */
    private static final Pattern BUILT_FIELD = Pattern.compile("[^级个家批座所该其这一两]{2,}");
    /** What says the unit after it was built by the parties before: 共建的, 联合组建的. */
    private static final List<String> JOINTLY_BUILT_BEFORE = BUILDING_TOGETHER.stream().map(verb -> verb + "的")
            .toList();
    private static final int MAX_DROPPED_AFTER_BUILT = 2;
    /** A branch of a bureau after the bureau's name: the place it serves, then 分局. */
    /** A campus after its university: the city or county it is in, then 校区 (盘锦校区). */
    private static final Pattern CAMPUS = Pattern.compile("(\\p{IsHan}{2,4}?)" + CAMPUS_WORD);
    private static final Pattern BUREAU_BRANCH = Pattern.compile("(\\p{IsHan}{2,5}?)分局");
    /** The first characters of the verbs of joining a funding round: 领投, 跟投, 参投. */
    private static final String ROUND_VERB_STARTS = "领跟参";
    /** The levels of places abroad (PlaceRecognizer's countries, their provinces and cities). */
    private static final Set<String> FOREIGN_LEVELS = Set.of("country", "province", "city");
    /** Things built, listed with an organisation's word after them (基地和加工厂): no part of its name. */
    private static final Set<String> FACILITIES = Set.of("基地", "园区", "车间", "生产线", "项目", "仓库", "冷库", "大棚");
    /** A time the segmenter glued to a name after it (今年一季度|合作社): no name opens so. */
    private static final Pattern TIME_OPENING = Pattern.compile("[一二三四五六七八九十两上下首前\\d]+(?:季度|月份?|年度?|期)");
    /** A count of organisations: 6个, 两家, 几所. */
    private static final String COUNT = "(?:[\\d一二三四五六七八九十两百千几多][个家所座]|两[省市县])";
    /** Divisions counted after the places or division they are (益阳三市, 郴州市三县, 湘鄂赣三省), not opening a name. */
    private static final String COUNTED_DIVISIONS = "(?<=[\\p{IsHan}&&[^第]])[三四五六七八九十][省市县]";
    /**
     * A count inside what precedes a suffix (正安三个县级支行, 运营4座污水处理厂, 河南两省运营X电厂, 郴州市三县X联社): a
     * kind counted, no name. (Numbered divisions opening a name, or after 第, are its words: 第一市政, 三省坡, 一县一品.)
     */
    private static final Pattern COUNT_INSIDE = Pattern.compile(COUNT + "|" + COUNTED_DIVISIONS);
    /** The most places a chain of divisions holds: province, city, county, town. */
    private static final int MAX_CHAIN = 4;
    /** A school of its own, never a university's college: 当地(X学院), 本地(X学院), X职业(学院). */
    private static final Pattern SCHOOL_OF_ITS_OWN = Pattern.compile("^(?:当地|本地|地方)|职业");
    /** What a laboratory a province or city designates ends with, after the division: 北京市|重点实验室. */
    private static final String DESIGNATED_KEY = "重点";
    /** The longest field a designated laboratory is named by before its division. */
    private static final int MAX_FIELD = 16;
    /** Verbs whose object a name is (担任X主任, 依托X): they end the walk over a laboratory's field. */
    private static final Set<String> GOVERNING_VERBS = Set.of("担任", "兼任", "任", "获批", "入选", "成立", "建立",
            "认定", "主持", "申报", "争创");
    /**
     * Words right before which a designated laboratory's name opens: a verb of working through a body, a verb of two
     * characters whose object it is, or a word of where or whence (来自, 在, 得到, 其).
     */
    private static final List<String> LAB_OPENERS = Stream.of(THROUGH_BODY_VERBS.stream(),
            GOVERNING_VERBS.stream().filter(v -> v.length() > 1), Stream.of("来自", "在", "得到", "其"))
            .flatMap(w -> w).toList();
    /** The fewest characters of a designated laboratory's first field after a party's link (X与|小麦种质资源保护与…). */
    private static final int MIN_LINKED_FIELD = 4;
    /** What gives a role to the names after it: (通讯作者)为, a list's 、. */
    private static final String ROLE_GIVEN_BEFORE = "为、";
    /** Words for organisations that end a description written before a name (龙头企业X公司). */
    static final List<String> DESCRIPTOR_ENDS = List.of("企业", "单位", "机构", "链主");
    /** A party's role in a project, written before its name as no part of it: 园区运营方X公司, 实施主体X公司. */
    static final List<String> ROLE_WORDS = List.of("运营方", "投资方", "建设方", "承建方", "合作方", "实施主体",
            "运营主体", "建设主体", "投资主体");
    /**
     * Titles no name carries, so the name starts after them: 龙头企业X公司, 全资子公司X公司, 区属国企X公司,
     * 控股股东X集团, 国有平台X公司, 项目公司X公司, 上市公司X股份有限公司, 项目业主X公司 (业主 alone may be a
     * name's, 物业主管), 园区运营方X公司, 投资方X集团, 旗下有X公司, 合资公司X公司, 全资企业X公司.
     */
    private static final List<String> NO_NAME_STARTS = Stream.concat(Stream.of("龙头企业", "子公司", "母公司", "所属",
            "国企", "国有企业", "股东", "国有平台", "投资者", "项目公司", "上市公司", "项目业主", "旗下有",
            "合资公司", "全资企业", "本地企业", "当地企业", "民营企业"),
            ROLE_WORDS.stream()).toList();
    /** Prepositions that make the place after them where something happens (在X镇建设...). */
    private static final String LOCATIVES = "在于";
    private static final String STOP_NATURES = "pcudrmqtfyeo";
    private static final Set<String> ERAS = Set.of("近代", "现代", "当代", "古代");
    private static final String GOVERNMENT_STARTS = "国家|国务院|中共|中央";
    /** Level words that name the article's own division when a body's name starts with them (省商务厅). */
    static final String BARE_LEVELS = "省市县区州";
    /** 和 between a body's word and a level word opening the next body's name: (林业局)和(县商务局). */
    /** A verb of teaming up, then an institution's name and maybe a unit of it: 联合(仲恺农业工程学院)园艺园林学院. */
    private static final Pattern TEAMING_UP_BEFORE_INSTITUTION = Pattern.compile(
            "^(?:联合|携手|会同|联手|牵手)\\p{IsHan}{2,}?(?:大学|学院|研究院|科学院)(?:\\p{IsHan}{2,})?$");
    /** A bank's branch, then 为 and the rest of a name the segmenter glued on: (X银行Y分行)为合作社. */
    private static final Pattern BRANCH_BEFORE_FOR = Pattern.compile("银行\\p{IsHan}{0,8}?([分支]行)为");
    private static final Pattern BODIES_JOINED = Pattern.compile("(?<=[局委厅办])和(?=[" + BARE_LEVELS + "])");
    /** The level word of an autonomous region's bodies, named by it alone (自治区人民政府, 自治区商务厅). */
    static final String AUTONOMOUS_REGION = "自治区";
    /**
     * A party committee named by its level word alone and written with a title after a break ("，省委常委、副省长X",
     * "县委书记X"): group 1 is the committee.
     */
    private static final Pattern BARE_PARTY_COMMITTEE = Pattern.compile(
            "(?<=^|[，,。；;、：:\\n“（(])([省市县]委)(?:常委|书记|副书记|委员)");
    private static final int MAX_PREFIX = 16;
    /** The longest name of its own a branch has after its company's registered name (朔州中心). */
    private static final int MAX_BRANCH_OWN_NAME = 8;
    /** The longest place name read in brackets inside a company's name (内蒙古自治区). */
    private static final int MAX_BRACKETED_PLACE = 6;
    /** Words in brackets, as a place inside a company's name is written: （沧州）. */
    private static final Pattern BRACKETED_WORDS = Pattern.compile("[（(]\\p{IsHan}{2,6}[)）]");
    private static final int MAX_ANCHOR_GAP = 3;
    /** The same for a registered name, whose trade name and trade run longer before the legal form. */
    private static final int MAX_REGISTERED_ANCHOR_GAP = 6;
    /** How far before a registered name's walked start a split place's name may begin (上海星岚感知|科技). */
    private static final int MAX_SPLIT_PLACE_GAP = 6;
    /** The most characters between a listed company's place and where the walk stopped (优达到家). */
    private static final int MAX_LISTED_GAP = 6;
    private static final List<String> GROUP_MARKERS = List.of("（集团）", "(集团)");
    /** Characters that make 局 after them a word (布局, 格局, 结局, 大局, 全局, 开局, 变局, 新局, 僵局, 破局, 当局). */
    private static final String NOT_BUREAU = "布格结大全开变新僵破当";
    /** Bureaus and departments news names by a contraction, with their registered names. */
    private static final Map<String, String> BODY_CONTRACTIONS = Map.ofEntries(Map.entry("科技厅", "科学技术厅"),
            Map.entry("科技局", "科学技术局"), Map.entry("工信厅", "工业和信息化厅"), Map.entry("工信局", "工业和信息化局"),
            Map.entry("人社厅", "人力资源和社会保障厅"), Map.entry("人社局", "人力资源和社会保障局"),
            Map.entry("市场监管局", "市场监督管理局"), Map.entry("经济信息化委", "经济和信息化委员会"),
            Map.entry("经信委", "经济和信息化委员会"), Map.entry("卫生健康委", "卫生健康委员会"),
            Map.entry("卫健委", "卫生健康委员会"), Map.entry("农业农村委", "农业农村委员会"), Map.entry("科委", "科学技术委员会"));
    /** A contraction right after a division's level word, ending the name (市科技局). */
    private static final Pattern CONTRACTED_BODY = Pattern.compile(
            "(?<=[省市县区州旗])(?:" + String.join("|", BODY_CONTRACTIONS.keySet()) + ")$");
    /** The committees that run a zone, named by the zone's short name (稀土高新区管委会, X经开区党工委). */
    static final Pattern ZONE_COMMITTEE = Pattern.compile(
            "([\\p{IsHan}&&[^与及]]{2,12}(?:高新区|开发区|经开区|园区|产业园|工业园|新区))(管委会|管理委员会|党工委)");
    /** A zone's committee called by the zone's kind alone (经开区管委会). */
    private static final Pattern BARE_ZONE_COMMITTEE = Pattern.compile("(经开区|高新区|开发区)(?:管委会|管理委员会)");
    /** What may stand right before a committee called by its zone's kind alone: a link, a preposition, a verb. */
    private static final String BEFORE_BARE_COMMITTEE = "与和及、在由同向对是为将还";
    /** A title of a zone's party working committee, then its 管委会: (委员、)(管委会)副主任. */
    private static final Pattern TITLE_THEN_COMMITTEE = Pattern.compile(
            "(?:副?书记|委员|常务副书记)、(管委会)");
    /** A university's name or contraction inside a college's name. */
    private static final Pattern UNIVERSITY_IN_NAME = Pattern.compile(
            "大学|[农师科工医]大");
    /** What opens the name of units counted after their institution: X大学|两(学院), X科学院|三个(研究所). */
    private static final Pattern COUNTED_UNITS = Pattern.compile(".*(?:大学|学院|科学院|研究院)[两二三四五六七八九十几多各]个?");
    private static final String LABORATORY = "实验室";
    /** The shortest opening of a laboratory named by its own name and its trade: 神农|种业. */
    private static final int MIN_NAMED_LABORATORY = 4;
    private static final Pattern INSTITUTE_INSIDE = Pattern.compile("研究所|研究院");
    /** Units that set up units of their own named after a place (X研究所东乡县Y示范站). */
    private static final List<String> PARENT_UNITS = List.of("研究所", "研究中心", LABORATORY);
    /** Characters after which a unit's name may start: a clause's function words, no conjunction. */
    private static final String OPENS_UNIT_NAME = "、的在由为将对向从据是经";
    private static final Pattern COUNTED = Pattern.compile(COUNT + "$");
    /** What a farmers' cooperative's registered kind says: (种植)专业(合作社). */
    private static final String SPECIALISED = "专业";
    /** What may stand right before a cooperative's name opening on a verb: 的, 与, 和, a list's mark. */
    private static final String COOPERATIVE_NAME_OPENS = "的与和、";
    /** The longest trade between a cooperative's own name and its kind (中药材种植). */
    private static final int MAX_COOPERATIVE_TRADE = 6;
    /** Trades of registered names: what a company does, never which company it is. */
    static final Set<String> TRADES = Set.of("技术", "科技", "设备", "材料", "新材料", "能源", "新能源",
            "电子", "信息", "生物", "医药", "食品", "农业", "发展", "实业", "贸易", "物流", "制造", "装备", "机械",
            "工程", "环保", "智能", "数字", "供应链", "管理", "服务", "氢能", "储能", "光伏", "电池", "半导体", "化工",
            "纺织", "服饰", "家纺", "牧业", "茶业", "果业", "种业", "药业", "米业", "粮油", "乳业", "酒业", "医疗", "器械", "汽车", "电机", "电气",
            "软件", "网络", "文旅", "旅游", "冷链", "仓储", "建材", "矿业", "金属", "精密", "制品", "电子商务",
            "集团", "控股", "股份", "担保", "融资担保");
    private static final Set<String> ANCHORING_LEVELS = Set.of("province", "city", "county");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    OrganizationRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * 中心 opening the central city or business district after 研究发展 or 研究开发 (研究发展中心城区: studying how to
     * develop the central district) ends no research centre's name; other centres may have a unit named after the
     * district (政务服务中心城区分中心, X研究中心城区示范基地).
     */
    private static boolean centralDistrict(String s, int end, Suffix suffix) {
        return STUDYING_DEVELOPMENT.contains(suffix.text()) && CENTRAL_DISTRICTS.stream()
                .anyMatch(d -> s.startsWith(d, end - CENTRE.length()));
    }

    /** 来忻州建厂, 企业整/v|厂迁至: building or moving a plant (建厂/v, 办厂) names none; 厂 spans [at, end). */
    private static boolean buildingPlant(Passage p, int at, int end) {
        Term plantWord = p.termAt(at);
        Term verbBefore = plantWord != null && plantWord.offset == at ? p.termAt(at - 1) : null;
        return plantWord != null && plantWord.offset + plantWord.word.length() == end && plantWord.word.length() == 2
                && plantWord.nature.toString().startsWith("v")
                || verbBefore != null && verbBefore.word.length() == 1 && verbBefore.nature.toString().startsWith("v");
    }

    /** 五村抱团办|公司, 合作社建|公司: setting up a company (办公司, 建公司) names none; 公司 starts at {@code at}. */
    private static boolean foundingCompany(Passage p, int at) {
        Term verb = p.termAt(at - 1);
        // 办 ends no company's brand, even glued to what precedes it (四村一社合资办 as one term).
        return verb != null && (p.charAt(at - 1) == SET_UP || verb.offset == at - 1 && verb.word.length() == 1
                && FOUNDING_VERBS.indexOf(verb.word.charAt(0)) >= 0 && verb.nature.toString().startsWith("v"));
    }

    /** 县招商办事处: a liaison office, no 招商办 (but 县外事办事项办理: the office, then 事项). */
    private static boolean liaisonOffice(String s, int end, Suffix suffix) {
        return suffix.text().endsWith("办") && s.startsWith(LIAISON_OFFICE_TAIL, end);
    }

    /** {@code places} are the passage's place mentions: a government name must start with one. */
    List<Mention> find(Passage p, List<Mention> places) {
        List<Mention> found = new ArrayList<>();
        Map<Integer, Mention> placeAt = new HashMap<>();
        places.forEach(place -> placeAt.putIfAbsent(place.start(), place));
        String s = p.full();
        for (int i = 0; i < s.length(); i++) {
            if (SUFFIX_STARTS.indexOf(s.charAt(i)) < 0) {
                continue;
            }
            for (Suffix suffix : SUFFIXES) {
                if (!s.startsWith(suffix.text(), i)) {
                    continue;
                }
                int end = i + suffix.text().length();
                if (suffix.text().equals("局") && i > 0 && NOT_BUREAU.indexOf(s.charAt(i - 1)) >= 0) {
                    continue;   // 布局, 格局, 全局: words, not bureaus
                }
                // 公司 inside 有限公司 was judged already as part of the longer suffix.
                boolean judged = found.stream().anyMatch(f -> f.end() == end);
                // 大学生, 学院派, 局长: a word the suffix opens; 学院|派驻, a word after the name, is none; but 副局长
                // is a title however the segmenter cuts it (副|局|长次仁多吉), and so is the head's title after
                // the name (农业农村局局/nt|长田建: the bureau ends at its first 局).
                boolean titleAfterName = s.startsWith(suffix.text(), i - suffix.text().length());
                // X有限公司厂|区内: a plant's word right after a company's whole name is the company's plant.
                boolean companysPlant = suffix.text().equals(PLANT) && endsLegalForm(p, i);
                boolean buildingPlant = suffix.text().equals(PLANT) && buildingPlant(p, i, end)
                        || suffix.text().equals(COMPANY) && foundingCompany(p, i);
                if (judged || companysPlant || buildingPlant || centralDistrict(s, end, suffix)
                        || liaisonOffice(s, end, suffix) || suffix.notFollowedBy().indexOf(p.charAt(end)) >= 0
                        && (!p.isBoundary(end) || p.charAt(i - 1) == '副' || titleAfterName)) {
                    continue;
                }
                Mention m = candidate(p, i, end, suffix, places, placeAt);
                if (m != null && (endsInsidePlace(end, places) || buildingSite(p, m, placeAt))) {
                    continue;
                }
                if (m != null) {
                    found.add(m);
                    break;
                }
            }
        }
        found = gluedNamesApart(found);
        found.addAll(unitsAfterDeclaration(p, found));
        found.addAll(unitsBuiltTogether(p, found));
        found.addAll(courtyardsOfPlaces(p, places));
        found.addAll(listedDepartments(p, found, places));
        found.addAll(bureauBranches(p, found));
        found.addAll(campuses(p, found));
        found.addAll(shortForms(p));
        found.addAll(institutesByOwnName(p, found));
        found.addAll(departments(p, found));
        found.addAll(researchHospitals(p, found, places));
        found.addAll(committeesInTitleChains(p, found));
        found.addAll(barePartyCommittees(p));
        found.addAll(committeesOfTheOneZone(p, found, places));
        found.removeIf(m -> m.type() == EntityType.ResearchTeam && joinsTwoUnits(m));
        List<Mention> kept = withSubUnits(p, outermost(found));
        List<Mention> out = new ArrayList<>();
        for (Mention m : kept) {
            out.addAll(withParts(withCanonical(m, placeAt)).stream().map(OrganizationRecognizer::asStateOrgan).toList());
        }
        List<Mention> institutions = institutions(out, places);
        List<Mention> resolved = new ArrayList<>(out.stream()
                .map(m -> institutions.stream().anyMatch(i -> i.name().equals(m.name())) ? m
                        : withUniversityOfPronoun(p, m, institutions, out)).toList());
        resolved.addAll(siblingUnits(p, resolved));
        return resolved;
    }

    /**
     * 中国科学院水利部水土保持研究所, later 水土保持研究所研究员X: an academy's or ministry's institute named in full
     * goes by its own name after, where that name stands alone (after a clause break or a conjunction).
     */
    private static List<Mention> institutesByOwnName(Passage p, List<Mention> found) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (Mention full : found) {
            Matcher parent = full.type() == EntityType.ResearchTeam ? OWN_NAME_AFTER_PARENT.matcher(full.name()) : null;
            if (parent == null || !parent.matches()) {
                continue;
            }
            String own = parent.group(1);
            for (int at = s.indexOf(own, full.end()); at >= 0; at = s.indexOf(own, at + 1)) {
                int from = at;
                int to = at + own.length();
                // X教授与水土保持研究所研究员Y: 与 after a person's name joins people, no fields.
                Term person = p.termAt(at - 2);
                boolean afterPerson = "与及".indexOf(s.charAt(at - 1)) >= 0 && person != null
                        && person.offset + person.word.length() == at - 1 && person.nature.toString().startsWith("nr");
                if ((BEFORE_OWN_NAME.indexOf(s.charAt(at - 1)) >= 0 || afterPerson)
                        && found.stream().noneMatch(m -> m.start() < to && from < m.end())) {
                    out.add(new Mention(own, full.canonical(), EntityType.ResearchTeam, from, to, Map.of()));
                }
            }
        }
        return out;
    }

    /**
     * 在后子头村共建后子头苹果科技小院: a science courtyard is named after its village or county, written without 村 or 县,
     * and its crop; the text names the place in full.
     */
    private static List<Mention> courtyardsOfPlaces(Passage p, List<Mention> places) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (int k = s.indexOf(SCIENCE_COURTYARD); k >= 0; k = s.indexOf(SCIENCE_COURTYARD, k + 1)) {
            int end = k + SCIENCE_COURTYARD.length();
            for (Mention place : places) {
                String name = place.canonical();
                String stem = name.substring(0, name.length() - 1);
                int start = s.lastIndexOf(stem, k);
                boolean named = (name.endsWith("村") || name.endsWith("县")) && stem.length() >= 2 && start >= 0
                        && k - start - stem.length() <= MAX_COURTYARD_CROP && start != place.start()
                        && nounsOnly(p, start + stem.length(), k)
                        && !COURTYARD_PEOPLE.matcher(s).region(start + stem.length(), k).find();
                if (named) {
                    out.add(new Mention(s.substring(start, end), EntityType.ResearchTeam, start, end));
                    break;
                }
            }
        }
        return out;
    }

    /** Only nouns between {@code from} and {@code to} (a crop: 茶叶, 小麦; not 梨树|再建|科技小院). */
    private static boolean nounsOnly(Passage p, int from, int to) {
        for (int i = from; i < to; i++) {
            Term t = p.termAt(i);
            if (t == null || !t.nature.toString().startsWith("n")) {
                return false;
            }
        }
        return true;
    }

    /**
     * X有限公司（以下简称“Y”）博士后科研工作站, X农业科学院（以下简称“Y”）作物研究所: a unit written right after the
     * short name its company or institution declares is theirs, and goes by their name and its own.
     */
    private static List<Mention> unitsAfterDeclaration(Passage p, List<Mention> found) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (Mention parent : found) {
            boolean company = parent.type() == EntityType.Enterprise;
            Matcher declared = company || parent.type() == EntityType.ResearchTeam
                    ? AliasResolver.declarationAt(s, parent.end()) : null;
            Matcher unit = declared == null ? null
                    : UNIT_AFTER_DECLARATION.matcher(s).region(declared.end(), s.length());
            if (unit == null || !unit.lookingAt() || !namesAUnit(p, unit.start(), unit.end())) {
                continue;
            }
            String name = unit.group();
            // A company hosts stations, pilot bases and research units of its own name; an institution, units.
            boolean kept = name.length() > 2 && (company ? HOSTED_STATIONS.contains(name) || name.equals(PILOT_BASE)
                    || !name.endsWith(COLLEGE) && namesResearchUnit(name) : namesResearchUnit(name));
            if (kept) {
                out.add(new Mention(name, parent.name() + name, EntityType.ResearchTeam, unit.start(), unit.end(),
                        Map.of()));
            }
        }
        return out;
    }

    /**
     * 双方将共建旱塬花椒产业研究院，…: an industry's institute named after a verb of building together, by its field
     * alone and up to a clause's end or the next party, is the unit the parties build, though no place or quote marks
     * it.
     */
    private static List<Mention> unitsBuiltTogether(Passage p, List<Mention> found) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        Matcher verb = BUILDING_TOGETHER_OPENING.matcher(s);
        while (verb.find()) {
            Matcher unit = UNIT_BUILT_TOGETHER.matcher(s).region(verb.end(), s.length());
            int from = verb.end();
            if (!unit.lookingAt() || !BUILT_FIELD.matcher(unit.group(1)).matches() || !namesAUnit(p, from, unit.end(1))
                    || found.stream().anyMatch(m -> m.start() < unit.end() && from < m.end())) {
                continue;
            }
            out.add(new Mention(unit.group(), EntityType.ResearchTeam, from, unit.end()));
        }
        return out;
    }

    /**
     * [from, to) reads as a unit's name: no function word opens it, nor a word that may be a verb (计划建设研究院),
     * and no verb stands in it (专家走进…学院), though a verbal noun may (分子育种).
     */
    private static boolean namesAUnit(Passage p, int from, int to) {
        Term first = p.termAt(from);
        // (The segmenter may read the whole unit as one term: 计划建设研究院/nt opens on 计划 all the same.)
        String opening = p.full().substring(from, Math.min(to, from + 2));
        if (first == null || NOT_OPENING_UNIT.indexOf(first.nature.toString().charAt(0)) >= 0
                || first.word.length() > 1 && dictionaryTags(first.word, "v") || dictionaryTags(opening, "v")) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Term t = p.termAt(i);
            String nature = t == null ? "w" : t.nature.toString();
            if (t == null || nature.startsWith("v") && !nature.equals("vn") || nature.equals("nnt")) {
                return false;
            }
        }
        return true;
    }

    /** The central bank and its branches (中国人民银行X分行) are organs of the state, though named as banks. */
    private static Mention asStateOrgan(Mention m) {
        return m.type() == EntityType.Enterprise && m.canonical().startsWith(CENTRAL_BANK)
                ? new Mention(m.name(), m.canonical(), EntityType.Government, m.start(), m.end(), m.properties()) : m;
    }

    /**
     * "自治区工业和信息化厅、商务厅", "晋城市农业农村局和水利局": departments listed after one named with its
     * division (or level word) share that division: 商务厅 is 自治区商务厅.
     */
    private static List<Mention> listedDepartments(Passage p, List<Mention> found, List<Mention> places) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (Mention first : found) {
            if (first.type() != EntityType.Government) {
                continue;
            }
            Mention place = places.stream().filter(pl -> pl.start() == first.start() && pl.end() < first.end())
                    .findFirst().orElse(null);
            String division = place != null ? s.substring(first.start(), place.end())
                    : first.name().startsWith(AUTONOMOUS_REGION) ? AUTONOMOUS_REGION
                    : BARE_LEVELS.indexOf(first.name().charAt(0)) >= 0 ? first.name().substring(0, 1) : null;
            for (Matcher next = LISTED_DEPARTMENT.matcher(s).region(first.end(), s.length());
                 division != null && next.lookingAt(); next.region(next.end(), s.length())) {
                int start = next.start(1);
                boolean named = found.stream().anyMatch(f -> f.start() == start)
                        || places.stream().anyMatch(pl -> pl.start() == start);
                if (named || BARE_LEVELS.indexOf(s.charAt(start)) >= 0) {
                    break;
                }
                out.add(new Mention(next.group(1), division + next.group(1), EntityType.Government, start,
                        next.end(1), Map.of()));
            }
        }
        return out;
    }

    /**
     * Names the segmenter glued to words around them, taken apart: 县林业局和县商务局 (和 right after a body's word,
     * before a level word, joins two bodies of the division), X银行Y分行为合作社… (a bank's branch ends before 为)
     * and 联合X学院 (a verb of teaming up opens no name).
     */
    private static List<Mention> gluedNamesApart(List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            Matcher joined = BODIES_JOINED.matcher(m.name());
            Matcher branch = BRANCH_BEFORE_FOR.matcher(m.name());
            if (m.type() == EntityType.Government && joined.find()) {
                String first = m.name().substring(0, joined.start());
                String second = m.name().substring(joined.end());
                out.add(new Mention(first, first, m.type(), m.start(), m.start() + first.length(), m.properties()));
                out.add(new Mention(second, second, m.type(), m.start() + joined.end(), m.end(), m.properties()));
            } else if (m.type() == EntityType.ResearchTeam && TEAMING_UP_BEFORE_INSTITUTION.matcher(m.name()).find()) {
                // 联合X农业工程学院Y学院 as the segmenter's one name: the verb of teaming up opens none.
                String name = m.name().substring(JOINT.length());
                out.add(new Mention(name, name, m.type(), m.start() + JOINT.length(), m.end(), m.properties()));
            } else if (branch.find()) {
                // X银行Y分行为合作社…: a bank's branch acting for whom 为 opens; the rest is no name.
                String bank = m.name().substring(0, branch.end(1));
                out.add(new Mention(bank, bank, EntityType.Enterprise, m.start(), m.start() + bank.length(), Map.of()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** 遵化市铁厂镇: a suffix (厂) inside a place's name ends no organisation. */
    private static boolean endsInsidePlace(int end, List<Mention> places) {
        return places.stream().anyMatch(place -> place.start() < end && end < place.end());
    }

    /**
     * "在阳城县润城镇建设…标杆工厂": after 在, a place and a verb of building say where something is built; they
     * open no name.
     */
    private static boolean buildingSite(Passage p, Mention m, Map<Integer, Mention> placeAt) {
        // (在该镇下洋村建设: the division referred to before the place says where too.)
        if (!AT_SITE.matcher(p.full()).region(Math.max(0, m.start() - AT_SITE_REACH), m.start()).find()) {
            return false;
        }
        Mention last = null;
        for (Mention place = placeAt.get(m.start()); place != null; place = placeAt.get(place.end())) {
            last = place;
        }
        return last != null && last.end() < m.end() && SITE_LEVELS.contains(String.valueOf(last.properties().get("level")))
                && SITE_BUILDING.matcher(p.full()).region(last.end(), m.end()).lookingAt();
    }

    /**
     * "X经开区党工委委员、管委会副主任": 管委会 in the titles after a zone's party working committee is the
     * zone's committee, named by the zone as the working committee is.
     */
    private static List<Mention> committeesInTitleChains(Passage p, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention partyCommittee : found) {
            Matcher zone = ZONE_COMMITTEE.matcher(partyCommittee.name());
            if (partyCommittee.type() != EntityType.Government || !zone.matches() || !zone.group(2).equals("党工委")) {
                continue;
            }
            Matcher chained = TITLE_THEN_COMMITTEE.matcher(p.full()).region(partyCommittee.end(), p.full().length());
            if (chained.lookingAt()) {
                out.add(new Mention("管委会", zone.group(1) + "管委会", EntityType.Government, chained.start(1),
                        chained.end(1), Map.of()));
            }
        }
        return out;
    }

    /**
     * "A公司与经开区管委会签约": a committee called by its zone's kind alone is the committee of the one zone of that
     * kind the text names (北京经济技术开发区管理委员会); where it names none or several, it says nothing.
     */
    private static List<Mention> committeesOfTheOneZone(Passage p, List<Mention> found, List<Mention> places) {
        List<Mention> out = new ArrayList<>();
        Matcher m = BARE_ZONE_COMMITTEE.matcher(p.full());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            char before = p.charAt(start - 1);
            if (Chars.isHan(before) && BEFORE_BARE_COMMITTEE.indexOf(before) < 0
                    || found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                continue;
            }
            // The kind in full, as zones are named (经开区: 经济技术开发区); 开发区 is any development zone.
            String kind = PlaceRecognizer.ZONE_FULL_FORMS.getOrDefault(m.group(1), m.group(1));
            Set<String> zones = places.stream().filter(z -> "zone".equals(z.properties().get("level"))
                    && z.canonical().endsWith(kind)).map(Mention::canonical).collect(Collectors.toSet());
            if (zones.size() == 1) {
                out.add(new Mention(m.group(), zones.iterator().next() + "管理委员会", EntityType.Government, start, end,
                        Map.of()));
            }
        }
        return out;
    }

    /** 省委 of "省委常委、副省长X": the party committee of the article's province, named as the alias step finds it. */
    private static List<Mention> barePartyCommittees(Passage p) {
        List<Mention> out = new ArrayList<>();
        Matcher m = BARE_PARTY_COMMITTEE.matcher(p.full());
        while (m.find()) {
            out.add(new Mention(m.group(1), EntityType.Government, m.start(1), m.end(1)));
        }
        return out;
    }

    /**
     * 重庆理工大学依托其车辆工程学院: a unit written after 其 is the unit of the university before it in the
     * sentence, and goes by its full name.
     */
    private static Mention withUniversityOfPronoun(Passage p, Mention m, List<Mention> institutions,
                                                   List<Mention> found) {
        if (m.type() != EntityType.ResearchTeam || m.name().contains("大学")) {
            return m;
        }
        if (p.charAt(m.start() - 1) != '其') {
            // 产业学院 after “沁县X产业学院”: the unit named in full before, not a new college of the school.
            Mention named = found.stream().filter(u -> u.type() == EntityType.ResearchTeam && u.end() <= m.start()
                    && u.name().length() > m.name().length() && u.name().endsWith(m.name())).findFirst().orElse(null);
            return named != null
                    ? new Mention(m.name(), named.canonical(), m.type(), m.start(), m.end(), m.properties())
                    : bareCollege(p, m) ? withTheOneUniversity(p, m, institutions) : m;
        }
        Sentences.Sentence sentence = p.sentenceAt(m.start());
        if (sentence == null) {
            return m;
        }
        return institutions.stream().filter(u -> u.start() >= sentence.start() && u.end() < m.start())
                .reduce((first, second) -> second)
                .map(u -> new Mention(m.name(), u.name() + m.name(), m.type(), m.start(), m.end(), m.properties()))
                .orElse(m);
    }

    /**
     * The bodies that have colleges: the universities (X大学) the passage names, or, where it names none, the
     * colleges named after their place (运城学院), which a university's college (园艺学院) is not.
     */
    private static List<Mention> institutions(List<Mention> found, List<Mention> places) {
        List<Mention> universities = found.stream()
                .filter(m -> m.type() == EntityType.ResearchTeam && m.name().endsWith("大学")).toList();
        return !universities.isEmpty() ? universities : found.stream().filter(m -> m.type() == EntityType.ResearchTeam
                && m.name().endsWith("学院") && !m.name().endsWith("科学院") && !m.name().contains("大学")
                && places.stream().anyMatch(pl -> pl.start() == m.start())).toList();
    }

    /**
     * 学校园艺学院, 该校农学院, and a college named alone (资源环境学院则与...): a college of the one institution
     * the article names, by its full name. With two named, the word for the school refers to the one named last
     * before it; a college named alone keeps the name it is given.
     */
    private static Mention withTheOneUniversity(Passage p, Mention m, List<Mention> institutions) {
        List<String> names = institutions.stream().map(Mention::name).distinct().toList();
        String university = names.size() == 1 ? names.get(0)
                : afterWordForSchool(p, m) ? schoolReferredTo(p, m, institutions) : null;
        return university == null ? m
                : new Mention(m.name(), university + m.name(), m.type(), m.start(), m.end(), m.properties());
    }

    /**
     * The university 学校 or 该校 before {@code m} refers to: of those the nearest sentence naming any before it names,
     * the first, its subject (A与B合作，学校X学院 is A's), or null.
     */
    private static String schoolReferredTo(Passage p, Mention m, List<Mention> institutions) {
        Mention last = institutions.stream().filter(u -> u.end() <= m.start()).reduce((first, second) -> second)
                .orElse(null);
        Sentences.Sentence sentence = last == null ? null : p.sentenceAt(last.start());
        return last == null ? null : sentence == null ? last.name() : institutions.stream()
                .filter(u -> u.start() >= sentence.start() && u.end() <= m.start()).findFirst().orElse(last).name();
    }

    private static boolean afterWordForSchool(Passage p, Mention m) {
        return p.full().startsWith("学校", m.start() - 2) || p.full().startsWith("该校", m.start() - 2)
                || p.full().startsWith(CAMPUS_WORD, m.start() - 2);
    }

    /**
     * A college written without its university: after 学校 or 该校, or opening a clause as the segmenter's one
     * name. Academies (科学院) are institutions of their own.
     */
    private static boolean bareCollege(Passage p, Mention m) {
        if (!m.name().endsWith("学院") || m.name().endsWith("科学院") || !m.name().equals(m.canonical())
                || UNIVERSITY_IN_NAME.matcher(m.name()).find() || VOCATIONAL_COLLEGE.matcher(m.name()).find()
                || dictionaryTags(m.name().substring(0, m.name().length() - COLLEGE.length()), "ns")
                || firstTagged(m.name().substring(0, 2), "ns")) {
            // 山西农大园艺学院 names its university already; a vocational college, and one named by a region alone
            // (河西学院) or opening on a place (天津农学院), is an institution of its own
            return false;
        }
        return collegeOpeningClause(p, m) || afterWordForSchool(p, m);
    }

    /**
     * 资源环境学院则与...: a college the segmenter reads as one name, or one of two disciplines, right after a
     * clause break.
     */
    private static boolean collegeOpeningClause(Passage p, Mention m) {
        boolean oneName = oneOrganisationTerm(p, m);
        // 生物|工程学院汤敏副教授: a college named by nouns of two characters or more, a discipline's words.
        String prefix = m.name().substring(0, m.name().length() - COLLEGE.length());
        boolean disciplines = prefix.length() >= 2 && !startsWithPlaceWord(prefix)
                && Lexicon.composedOf(prefix, w -> w.length() >= 2 && dictionaryTags(w, "n"));
        // 成交最高的是材料学院X教授团队的专利: after the copula too, a college may open what the clause says.
        return (oneName || twoDisciplines(m.name()) || disciplines)
                && (Chars.isPunctuation(p.charAt(m.start() - 1)) || p.charAt(m.start() - 1) == '是');
    }

    /**
     * "；农学与资源环境学院则与…": a college named by two disciplines joined by 与, opening a clause. (A party
     * before 与 would be a name of its own, which a discipline is not.)
     */
    private static boolean collegeOfTwoDisciplines(Passage p, Mention m, Suffix suffix) {
        return suffix.text().equals("学院") && Chars.isPunctuation(p.charAt(m.start() - 1)) && twoDisciplines(m.name());
    }

    /**
     * The name is of two disciplines; a one-character first one is a noun first (茶), not a word like 并 or 则;
     * a body's word (工作站与X学院) makes the first a party, no discipline.
     */
    private static boolean twoDisciplines(String name) {
        Matcher two = TWO_DISCIPLINES.matcher(name);
        if (!two.matches() || BODY_WORD_ENDING.matcher(two.group(1)).find()) {
            return false;
        }
        return two.group(1).length() > 1 || firstTagged(two.group(1), "n");
    }

    /** 园艺学院和茶学院 is two units, not one name: a conjunction inside it follows a research suffix. */
    private static boolean joinsTwoUnits(Mention m) {
        for (int k = 1; k < m.name().length(); k++) {
            int at = k;
            if ("和及与、".indexOf(m.name().charAt(k)) >= 0 && SUFFIXES.stream().anyMatch(x -> x.type() == EntityType.ResearchTeam
                    && m.name().startsWith(x.text(), at - x.text().length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * X大学园艺学院和林学院, X农林科学院蔬菜研究所、林业果树研究所: units listed after a unit written with its
     * university or academy are units of the same one, though written without it; they go by their full name
     * (X大学林学院).
     */
    private List<Mention> siblingUnits(Passage p, List<Mention> found) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (Mention first : found) {
            if (first.type() != EntityType.ResearchTeam || first.end() >= s.length()) {
                continue;
            }
            // Written with its university (X大学园艺学院和林学院) or after 学校/该校 (学校资源与环境学院、机械学院).
            // An academy's unit is one name to the recogniser (X农林科学院蔬菜研究所): the academy is what ends at 科学院.
            int academyEnd = first.name().indexOf(ACADEMY) + ACADEMY.length();
            String university = found.stream().filter(u -> u.type() == EntityType.ResearchTeam && u.start() == first.start()
                    && u.end() < first.end() && u.name().endsWith(UNIVERSITY)).findFirst().map(Mention::name)
                    .orElse(first.canonical().endsWith(first.name()) && first.canonical().length() > first.name().length()
                            ? first.canonical().substring(0, first.canonical().length() - first.name().length())
                            : academyEnd > ACADEMY.length() && academyEnd < first.name().length()
                            ? first.name().substring(0, academyEnd) : null);
            int at = first.end();
            while (university != null && at < s.length() && "和及、".indexOf(s.charAt(at)) >= 0) {
                int end = researchUnitEnd(s, at + 1);
                int from = at + 1;
                if (end < 0 || found.stream().anyMatch(m -> m.start() < end && from < m.end())) {
                    break;
                }
                String unit = s.substring(from, end);
                if (unit.contains(UNIVERSITY)) {
                    break;   // X大学A学院和Y大学B学院: another university opens a name of its own
                }
                out.add(new Mention(unit, university + unit, EntityType.ResearchTeam, from, end, Map.of()));
                at = end;
            }
            // 该校园艺学院(X团队)与植物科学技术学院合作: a college its sibling (or a team of it) works with is a college of
            // the same university too, unless a place opens its name (与西藏农牧学院: a college of its own), or it is
            // a local or vocational school (当地X学院, X职业学院).
            Matcher partner = university == null || !university.endsWith(UNIVERSITY) ? null
                    : SiblingPartner.PATTERN.matcher(s).region(first.end(), s.length());
            int from = partner != null && partner.lookingAt() ? partner.end() : -1;
            int end = from < 0 ? -1 : researchUnitEnd(s, from);
            if (end > 0 && s.startsWith(COLLEGE, end - COLLEGE.length())
                    && !s.substring(from, end).contains(UNIVERSITY) && !gazetteer.namesAt(s, from, NAMING_AREAS)
                    && !SCHOOL_OF_ITS_OWN.matcher(s.substring(from, end)).find()
                    && found.stream().noneMatch(m -> m.start() < end && from < m.end())) {
                String unit = s.substring(from, end);
                out.add(new Mention(unit, university + unit, EntityType.ResearchTeam, from, end, Map.of()));
            }
        }
        return out;
    }

    /** Places written one after another from {@code start} end at {@code end}, the last a registered division. */
    private static boolean registeredChainUpTo(List<Mention> places, int start, int end) {
        int at = start;
        Mention last = null;
        for (int guard = 0; guard < MAX_CHAIN && at < end; guard++) {
            int from = at;
            last = places.stream().filter(pl -> pl.start() == from && pl.end() <= end)
                    .max(Comparator.comparingInt(Mention::end)).orElse(null);
            if (last == null) {
                return false;
            }
            at = last.end();
        }
        return at == end && last != null && last.properties().containsKey("divisionCode");
    }

    /**
     * What stands between a university's unit and a college it works with: (X学院)(苹果栽培团队)与. Held apart so
     * that it is built on first use, after the resolver whose team words it reads.
     */
    private static final class SiblingPartner {
        static final Pattern PATTERN = Pattern.compile(
                "(?:\\p{IsHan}{0,8}?(?:" + String.join("|", ReferenceResolver.PERSON_TEAM_WORDS) + "))?与");
    }

    /** The end of a unit's name (林学院, 资源环境学院) starting at {@code from}: Han characters up to a research suffix. */
    private static int researchUnitEnd(String s, int from) {
        for (int end = from + 2; end <= Math.min(s.length(), from + 10) && Chars.isHan(s.charAt(end - 1)); end++) {
            int stop = end;
            boolean suffix = SUFFIXES.stream().anyMatch(x -> x.type() == EntityType.ResearchTeam
                    && s.startsWith(x.text(), stop - x.text().length()) && stop - x.text().length() > from);
            if (suffix && "和及、".indexOf(s.charAt(from)) < 0) {
                return end;
            }
        }
        return -1;
    }

    /**
     * The name ending in the suffix at [suffixStart, end), or null. When the walk stops at a conjunction and
     * what it found is no name on its own (发育生物学研究所), the conjunction is inside the name
     * (遗传与发育生物学研究所) and the walk goes on once.
     */
    private Mention candidate(Passage p, int suffixStart, int end, Suffix suffix, List<Mention> places,
                              Map<Integer, Mention> placeAt) {
        boolean research = suffix.type() == EntityType.ResearchTeam;
        Set<String> levels = BRANCH_SUFFIXES.contains(suffix.text()) ? BRANCH_AREAS : NAMING_AREAS;
        // X食品科技（集团）股份有限公司: the group marker in brackets belongs to the legal form.
        int walkFrom = suffix.strict() ? groupMarkerStart(p.full(), suffixStart) : suffixStart;
        int start = withPlacePrefix(p, nameStart(p, walkFrom, walkFrom, research, places), walkFrom, levels);
        // A registered legal form (有限公司) always has a trade name before it: a lone character the segmenter
        // reads as a verb (合肥澄/驰热管理系统有限公司) is part of it.
        start = fromAnchoringPlace(p, start, places, suffix.strict());
        start = suffix.strict() ? fromPlaceTheSegmenterSplit(p, start, places) : start;
        start = suffix.strict() ? listedAfterLikeName(p, start, suffix, places) : start;
        start = acrossInnerConjunction(p, start, suffixStart, suffix, research, places);
        start = afterLocativeClause(p, start, suffix, placeAt);
        start = afterDescriptor(p, start, suffixStart, placeAt);
        start = research ? acrossDisciplines(p, start, suffixStart, suffix, places) : start;
        start = research ? acrossJoinedFields(p, start, suffixStart, suffix, places, placeAt) : start;
        start = research ? quoteOpening(p, start, end) : start;
        start = research ? afterParentUnit(p, start, suffixStart, placeAt) : start;
        start = suffix.text().endsWith(LABORATORY) ? afterParentCutShort(p, start, suffixStart) : start;
        start = research ? beforeDesignatingPlace(p, start, suffixStart) : start;
        start = research ? afterDesignatingPlace(p, start, suffixStart, places) : start;
        start = research ? jointlyBuiltLab(p, start, suffixStart, places) : start;
        start = research ? afterJointlyBuilt(p, start) : start;
        start = suffix.strict() ? acrossVerbBeforeTrade(p, start, walkFrom, places) : start;   // up to （晋城）有限公司
        Mention company = BRANCH_SUFFIXES.contains(suffix.text())
                ? companyBefore(p, suffixStart, places, placeAt) : null;
        start = company != null ? Math.min(start, company.start()) : start;
        start = suffix.type() == EntityType.Government ? fromDivisionGoverned(p, start, suffixStart, places) : start;
        start = suffix.type() == EntityType.Government ? fromDivisionOfJoinedFields(p, start, suffixStart, places)
                : start;
        start = BRANCH_SUFFIXES.contains(suffix.text()) ? fromTownNamingBranch(p, start, suffixStart) : start;
        start = fromWiderPlace(p, start, suffixStart, places);
        start = suffix.text().equals(FOREST_FARM) ? fromNarrowestPlace(start, suffixStart, places) : start;
        start = p.full().startsWith(COAL_MINE, end - COAL_MINE.length()) ? afterTownOfMine(start, suffixStart, places)
                : start;
        start = suffix.strict() ? afterCommonWordsBeforePlace(p, start, walkFrom)
                : suffix.type() == EntityType.Enterprise ? afterVerbOfDirection(p, start, walkFrom) : start;
        // 北|华大学林学院: no university is named by one character, so a lone one the walk stopped at opens it.
        Term lone = start > 0 ? p.termAt(start - 1) : null;
        start = research && p.full().startsWith(UNIVERSITY, start + 1) && lone != null && loneCharacter(lone)
                && Chars.isHan(p.charAt(start - 1)) ? start - 1 : start;
        // 该校X及Y重点实验室: the word referring to the institution is no part of its unit's name.
        start = research && REFERRING_TO_INSTITUTION.matcher(p.full()).region(start, suffixStart).lookingAt()
                ? start + 2 : start;
        // (与其)共建|X联合实验室: a verb of building together opens the unit's name when nothing the walk knows
        // stopped it (其 does not).
        Matcher builtTogether = BUILDING_TOGETHER_OPENING.matcher(p.full()).region(start, suffixStart);
        start = research && builtTogether.lookingAt() ? builtTogether.end() : start;
        start = afterDeclaredShortName(p, start, suffixStart);
        start = research ? afterGluedBy(p.full(), start, suffixStart) : start;
        // 20日从|江南大学 as one term: a date and a preposition the segmenter glued to the name open none.
        Matcher dated = DATE_BEFORE_NAME.matcher(p.full()).region(start, suffixStart);
        start = dated.lookingAt() ? dated.end() : start;
        // (企业)脱胎/于华东/理工大学: a verb and 于 glued to the name (于华东 read as a person's) open none, wherever
        // the walk stopped before them (与于都县X公司: but not the 于 opening a place's name).
        Matcher verbOf于 = VERB_OF_于.matcher(p.full()).region(Math.max(0, start - 2), suffixStart);
        while (verbOf于.find()) {
            if (dictionaryVerb(verbOf于.group(1)) && !namesDivisionAt(p, verbOf于.end() - 1)) {
                start = Math.max(start, verbOf于.end());
            }
        }
        // 由来|凤县X公司: a preposition the segmenter glued into a word with the place after it opens no name; nor
        // does one after an adverb, glued into a place's word (已同华中|农业大学; not 将同济大学, a name of its own).
        int opening = start;
        Term glued = p.termAt(start);
        boolean afterAdverb = start > 0 && ADVERBS_BEFORE_PREPOSITION.indexOf(p.charAt(start - 1)) >= 0
                && glued != null && glued.offset == start && glued.nature.toString().startsWith("ns");
        start = GLUED_TO_PLACE.indexOf(p.charAt(start)) >= 0 && (afterAdverb || placeAt.containsKey(start + 1)
                && places.stream().noneMatch(pl -> pl.start() == opening)) ? start + 1 : start;
        // 第一作者为动物科技学院/nt|硕士研究生: nor one glued to a unit named without its institution.
        start = research && start == opening && GLUED_TO_UNIT.indexOf(p.charAt(start)) >= 0 && glued != null
                && glued.offset == start && glued.nature.toString().startsWith("nt") ? start + 1 : start;
        // 种植|广东省农业科学院作物研究所: a province's or city's academy or university opens the name; a word before
        // the province is the clause's (what is planted), no field of the unit.
        start = research ? atProvincialInstitution(p, start, suffixStart) : start;
        // 为|王立新和省农科院/nt: a person's name and 和, glued to the body after them, open no name.
        int and = p.full().indexOf('和', start);
        start = and > start + 1 && and <= start + 3 && and < suffixStart - 1
                && lexicon.isPersonName(p.full().substring(start, and))
                && ROLE_GIVEN_BEFORE.indexOf(p.charAt(start - 1)) >= 0 ? and + 1 : start;
        for (int tries = 0; tries < 2 && start < suffixStart; tries++) {
            Mention m = new Mention(p.full().substring(start, end), suffix.type(), start, end);
            if (accept(p, m, suffix, places)) {
                return withDeclaredStem(p, m, suffixStart, research, places);
            }
            if (isGeneric(m, suffix)) {
                return null;
            }
            Term conjunction = p.termAt(start - 1);
            // 张立新与水稻研究所研究员: a person's name before the conjunction is no field of the unit's.
            Term joined = conjunction == null ? null : p.termAt(conjunction.offset - 1);
            // X学院将与Y科学院联合: an adverb before the conjunction ends a clause's subject, no field.
            if (conjunction == null || !CONJUNCTIONS.contains(conjunction.word)
                    || joined != null && (joined.nature.toString().startsWith("nr") || splitNameEnd(p, joined))
                    || endsClauseSubject(joined)
                    || endsName(p, conjunction.offset, places) || endsFacility(p, conjunction.offset)
                    || research && endsOrganisationTerm(p, conjunction.offset)
                    || research && opensInstitution(p, conjunction.offset + conjunction.word.length(), suffixStart,
                            suffix)) {
                return null;
            }
            start = afterDescriptor(p, nameStart(p, conjunction.offset, suffixStart, research, places), suffixStart,
                    placeAt);
            // 农行X支行现场与Y集团, 禾川果业与园艺学院 (a short name the text declared): the conjunction joins two
            // parties.
            String before = p.full().substring(start, conjunction.offset);
            if (holdsAnotherName(before, false) || AliasResolver.declaresShortName(p.full(), before)) {
                return null;
            }
        }
        return null;
    }

    /**
     * 联合太原理工大学, 山西晋丰酒业集团, 旗下沁水分公司: the segmenter may cut a place's name at the start of
     * an organisation's (太/原理/工/大学, 山/西晋/丰..., 沁/水分/公司) and tag the piece as a word that ends the
     * walk. A division of {@code levels} read across that cut begins the name.
     */
    private int withPlacePrefix(Passage p, int start, int suffixStart, Set<String> levels) {
        Term stop = p.termAt(start - 1);
        if (stop == null || stop.offset + stop.word.length() != start) {
            return start;   // the walk stopped inside a term (at a party verb), not at a cut
        }
        if (beginsWithPlace(p, start, levels)) {
            return start;   // 从|江苏X银行: the cut is right where a place opens the name (从江 is a county too)
        }
        if (PARTY_VERBS.contains(stop.word)) {
            return start;   // 会同|中国农业银行: a verb of joining before the name opens none (会同 is a county too)
        }
        String s = p.full();
        for (int from = stop.offset; from >= Math.max(0, stop.offset - 2); from--) {
            for (int end = stop.offset + 1; end <= Math.min(from + 4, suffixStart); end++) {
                boolean han = s.substring(from, end).chars().allMatch(Chars::isHan);
                if (han && end - from >= 2 && gazetteer.names(s.substring(from, end), levels)) {
                    return from;
                }
            }
        }
        return start;
    }

    /**
     * 四川家和智造家居有限公司: a registered name may hold a conjunction (家和). When the walk stopped at one that
     * ends no name before it, and the text before it starts with a province or city, the name starts there.
     */
    private int acrossInnerConjunction(Passage p, int start, int suffixStart, Suffix suffix, boolean research,
                                       List<Mention> places) {
        Term conjunction = p.termAt(start - 1);
        // 湖南省地质调查勘查院与湖南锂源…有限公司: a province or city opening what follows the conjunction opens a
        // name of its own, as a registered name does.
        if (!suffix.strict() || conjunction == null || !CONJUNCTIONS.contains(conjunction.word)
                || endsName(p, conjunction.offset, places) && !opensClauseElsewhere(p, conjunction.offset, suffixStart)
                && shortPlaceEndingAt(conjunction.offset, places) == null
                || beginsWithPlace(p, start)) {
            return start;
        }
        // (本地企业浙江和X公司: the walk past the short form ran into the description before it.)
        Mention shortPlace = shortPlaceEndingAt(conjunction.offset, places);
        int walked = nameStart(p, conjunction.offset, suffixStart, research, places);
        walked = shortPlace == null ? walked : Math.max(walked, shortPlace.start());
        int longer = walked < conjunction.offset ? walked : fromAnchoringPlace(p, conjunction.offset, places);
        // 云南大学还与X公司: a name of any kind, or an adverb, before the conjunction makes it a link.
        String before = p.full().substring(longer, conjunction.offset);
        return longer < conjunction.offset && (beginsWithPlace(p, longer) || anchoringPlaceAt(longer, places))
                && !holdsAnotherName(before, true) && !adverbEndsAt(p, conjunction.offset)
                ? longer : start;
    }

    /**
     * 广东和鑫电器科技有限公司: a province or city by its short form right before the conjunction joins no party to
     * the company after it (a text writes 广东省和X公司); it opens the company's registered name. That place, or null.
     */
    private static Mention shortPlaceEndingAt(int pos, List<Mention> places) {
        return places.stream().filter(pl -> pl.end() == pos && !pl.name().equals(pl.canonical())
                && SHORT_FORM_LEVELS.contains(String.valueOf(pl.properties().get("level")))).findFirst().orElse(null);
    }

    /** Whether the text writes {@code name} somewhere not followed by {@code suffix}. */
    private static boolean namedAlone(String s, String name, String suffix) {
        for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
            if (!s.startsWith(suffix, at + name.length())) {
                return true;
            }
        }
        return false;
    }

    /** An adverb ends at {@code pos}: "云南大学还|与X公司" joins a party named before it. */
    private static boolean adverbEndsAt(Passage p, int pos) {
        Term before = pos > 0 ? p.termAt(pos - 1) : null;
        return before != null && before.offset + before.word.length() == pos && before.nature.toString().startsWith("d");
    }

    /**
     * 、蔡家支行: a rural bank's branch named after a town, by the town's name without 镇, which the segmenter
     * may cut apart (孤/家/子支行); the name starts at the town's where a list or a clause puts a break before it.
     */
    private int fromTownNamingBranch(Passage p, int start, int suffixStart) {
        for (int len = MAX_TOWN_NAME; len >= 2; len--) {
            int from = suffixStart - len;
            if (from < start && from > 0 && BEFORE_LISTED_NAME.indexOf(p.charAt(from - 1)) >= 0
                    && gazetteer.names(p.full().substring(from, suffixStart), TOWN)) {
                return from;
            }
        }
        return start;
    }

    /**
     * 自然资源部青岛海水淡化与综合利用研究所: an institute's name may join two fields with 与. A place and a field
     * right before 与 (青岛海水淡化), no name of their own, open the name; so does a ministry or academy the
     * segmenter read as one name right before the place, or before a place and field read as one name.
     */
    private int acrossJoinedFields(Passage p, int start, int suffixStart, Suffix suffix, List<Mention> places,
                                   Map<Integer, Mention> placeAt) {
        String s = p.full();
        int conjunction = start - 1;
        // (宝鸡X已|与Y研究院签订: an adverb before 与 ends the subject of a clause, joining no fields.)
        if (!INSTITUTE_SUFFIXES.contains(suffix.text()) || conjunction < 0 || s.charAt(conjunction) != '与'
                || opensInstitution(p, start, suffixStart, suffix) || endsClauseSubject(p.termAt(conjunction - 1))) {
            return start;
        }
        for (Mention place : places) {
            // (杭州市西湖区X镇与茶叶研究所: a field holds no place of its own; 与 joins the town to the institute.)
            boolean placeInField = places.stream().anyMatch(o -> o.start() >= place.end() && o.start() < conjunction);
            if (place.end() < conjunction && plainFieldBetween(p, place.end(), conjunction) && anchors(place)
                    && !placeInField) {
                Term before = parentBodyEndingAt(p, place.start());
                boolean parent = before != null;
                // 中国/农业/科学院/成都草地与畜牧研究所: an academy the segmenter cut into words is the parent too.
                boolean academy = !parent && PARENT_BODY.matcher(s.substring(Math.max(0, place.start() - 3),
                        place.start())).find();
                return parent ? before.offset
                        : academy ? nameStart(p, place.start(), suffixStart, true, places) : place.start();
            }
        }
        // 中国科学院/上海微系统/与信息技术研究所: a place and a field the segmenter read as one name, right after
        // the academy or ministry the institute is named under.
        Term joined = p.termAt(conjunction - 1);
        Term parent = joined == null ? null : parentBodyEndingAt(p, joined.offset);
        if (parent != null && joined.offset + joined.word.length() == conjunction
                && joined.nature.toString().startsWith("nt") && joined.word.length() <= MAX_DISCIPLINE
                && beginsWithPlace(p, joined.offset)) {
            return parent.offset;
        }
        // 中国农业科学院农业环境与可持续发展研究所: a field alone right after the academy or ministry, no place
        // (署名单位中国科学院…: nor the description before the academy).
        for (int fieldStart = conjunction - 2; fieldStart >= Math.max(1, conjunction - MAX_DISCIPLINE); fieldStart--) {
            if (PARENT_BODY.matcher(s.substring(Math.max(0, fieldStart - 3), fieldStart)).find()
                    && plainFieldBetween(p, fieldStart, conjunction)) {
                return afterDescriptor(p, nameStart(p, fieldStart, suffixStart, true, places), suffixStart, placeAt);
            }
        }
        return start;
    }

    /** The words in [from, to) are a field of study alone: no name, no little word of a clause (青岛|海水淡化). */
    private boolean plainFieldBetween(Passage p, int from, int to) {
        String field = p.full().substring(from, to);
        return field.length() >= 2 && to - from <= MAX_DISCIPLINE && field.chars().allMatch(Chars::isHan)
                && !holdsAnotherName(field, true) && !beginsWithPlace(p, from)
                && field.chars().noneMatch(c -> STOP_WORDS.contains(String.valueOf((char) c)));
    }

    /** X学院将|与Y科学院联合: an adverb before a conjunction ends a clause's subject, and opens no field. */
    private static boolean endsClauseSubject(Term t) {
        return t != null && t.nature.toString().startsWith("d");
    }

    /** The ministry or academy read as one name (nt) that ends right at {@code pos}, or null. */
    private static Term parentBodyEndingAt(Passage p, int pos) {
        Term t = p.termAt(pos - 1);
        return t != null && t.offset + t.word.length() == pos && t.nature.toString().startsWith("nt")
                && PARENT_BODY.matcher(t.word).find() ? t : null;
    }

    /**
     * 南京农业大学资源与环境科学学院: a college of two disciplines joined by 与, written right after its university;
     * the walk stopped at 与 and goes on to the university's start. So does the walk from a unit of that college,
     * or from a designated laboratory.
     */
    private int acrossDisciplines(Passage p, int start, int suffixStart, Suffix suffix, List<Mention> places) {
        String s = p.full();
        int conjunction = start - 1;
        if (conjunction > 0 && endsClauseSubject(p.termAt(conjunction - 1))) {
            return start;
        }
        // 扬州大学农学院 after 与 is a name of its own; so is what follows a title and a name (教授X与…).
        // A unit of such a college (X大学环境与资源学院Y实验室) goes back to the university too.
        boolean ofCollege = suffix.type() == EntityType.ResearchTeam
                && COLLEGE_OPENING.matcher(s).region(start, suffixStart).lookingAt();
        // X大学作物遗传与改良国家重点实验室: so does a designated laboratory of two fields.
        boolean designatedLab = suffix.type() == EntityType.ResearchTeam
                && DESIGNATION.matcher(s).region(start, suffixStart).find();
        // X省A与转换材料重点实验室: the walk stopped at a verb of the field after 与 or 及 (转换), which goes on to it.
        int fieldsJoined = designatedLab ? Math.max(s.lastIndexOf('与', start - 1), s.lastIndexOf('及', start - 1)) : -1;
        if (fieldsJoined >= 0 && start - fieldsJoined <= MAX_SECOND_FIELD && conjunction != fieldsJoined
                && isFieldName(s.substring(fieldsJoined + 1, start), false)) {
            conjunction = fieldsJoined;
        }
        // X大学海洋与能源技术研究院: so does a university's institute of two fields.
        boolean institute = INSTITUTE_SUFFIXES.contains(suffix.text())
                && isFieldName(s.substring(start, suffixStart), false);
        // X学院与A和B全国重点实验室联合: a designated laboratory's fields may be joined by 和 where a link after a
        // research body opens its name.
        int linkedOpening = designatedLab && conjunction > 0 && s.charAt(conjunction) == '和'
                ? designatedLabOpening(p, conjunction) : -1;
        int link = linkedOpening - 1;
        if (linkedOpening > 0 && "与同".indexOf(s.charAt(link)) >= 0 && SUFFIXES.stream().anyMatch(
                x -> x.type() == EntityType.ResearchTeam && s.startsWith(x.text(), link - x.text().length()))) {
            return linkedOpening;
        }
        // (X大学A理论及B技术国家重点实验室: a designated laboratory's fields may be joined by 及.)
        if (!suffix.text().equals(COLLEGE) && !ofCollege && !designatedLab && !institute || conjunction < 0
                || s.charAt(conjunction) != '与' && !(designatedLab && s.charAt(conjunction) == '及')
                || s.substring(start, suffixStart).contains(UNIVERSITY)) {
            return start;
        }
        // (X公司与Y大学Z国家重点实验室: after 与 stands a body's own name, and 与 joins two parties.)
        int opening = designatedLab && s.startsWith(KEY, suffixStart - KEY.length())
                && !holdsAnotherName(s.substring(start, suffixStart), true) ? designatedLabOpening(p, conjunction) : -1;
        if (opening >= 0) {
            return opening;
        }
        // (A designated laboratory's first field may run longer: 资源昆虫高效养殖与利用.)
        int longestField = designatedLab ? MAX_JOINED_FIELD : MAX_DISCIPLINE;
        for (int universityEnd = conjunction - 1; universityEnd >= Math.max(2, conjunction - longestField);
             universityEnd--) {
            if (!Chars.isHan(s.charAt(universityEnd))) {
                return start;
            }
            String discipline = s.substring(universityEnd, conjunction);
            // 依托X大学建设的A与B国家重点实验室, 作为A与B全国重点实验室的依托单位: after 的 or 作为, the laboratory's
            // own name opens.
            boolean opensName = s.charAt(universityEnd - 1) == '的' || s.startsWith(AS, universityEnd - AS.length());
            if (designatedLab && opensName && isFieldName(discipline, false) && !discipline.contains(CENTRE)) {
                return universityEnd;
            }
            // X学院和资源与环境学院, X学院和作物遗传与改良国家重点实验室: listed after another unit, the
            // name opens after the list's mark.
            // (X学院副院长、A与B国家重点实验室研究员Y: so after a title of a chain of posts.)
            int mark = universityEnd - 1;
            if ((designatedLab || suffix.text().equals(COLLEGE)) && "和、".indexOf(s.charAt(mark)) >= 0
                    && isFieldName(discipline, false) && (SUFFIXES.stream().anyMatch(x -> x.type()
                            == EntityType.ResearchTeam && s.startsWith(x.text(), mark - x.text().length()))
                    || s.charAt(mark) == '、' && lexicon.personTitles.stream()
                            .anyMatch(t -> s.startsWith(t, mark - t.length())))) {
                return universityEnd;
            }
            if (lexicon.personTitles.stream().anyMatch(discipline::contains)
                    || discipline.length() > MAX_DISCIPLINE && !isFieldName(discipline, false)) {
                return start;
            }
            if (s.startsWith(UNIVERSITY, universityEnd - UNIVERSITY.length())
                    && (!institute || isFieldName(discipline, false))) {
                int universityStart = nameStart(p, universityEnd - UNIVERSITY.length(),
                        universityEnd - UNIVERSITY.length(), true, places);
                return universityStart < universityEnd - UNIVERSITY.length() ? universityStart : start;
            }
            // X研究所（简称“Y”）应用光学与光谱技术国家重点实验室: a designated laboratory after its institute's
            // name, after the short name declared for it, or after a word referring to it (依托该所), opens right there.
            int disciplineStart = universityEnd;
            boolean afterReference = INSTITUTION_REFERENCES.stream()
                    .anyMatch(r -> s.startsWith(r, disciplineStart - r.length()));
            // (东北地理所A与B全国重点实验室: an institute's short name ends in 所 alone.)
            boolean afterInstitute = afterReference || "）)所".indexOf(s.charAt(disciplineStart - 1)) >= 0
                    || INSTITUTE_SUFFIXES.stream().anyMatch(i -> s.startsWith(i, disciplineStart - i.length()));
            // (该校A与B学院: so does a college of two fields after the word referring to its university.)
            if ((designatedLab && afterInstitute || suffix.text().equals(COLLEGE) && afterReference)
                    && isFieldName(discipline, false)) {
                return universityEnd;
            }
        }
        return start;
    }

    /**
     * 近日，水稻和小麦种质资源与遗传改良国家重点实验室: a designated laboratory of two fields opening its clause
     * starts at the clause's start, when the words before 与 are dictionary words of a field (和 may join two),
     * naming no body of their own. -1 otherwise.
     */
    private int designatedLabOpening(Passage p, int conjunction) {
        String s = p.full();
        int from = conjunction;
        while (from > 0 && conjunction - from < MAX_JOINED_FIELD && Chars.isHan(s.charAt(from - 1))) {
            from--;
        }
        // 团队依托A与B国家重点实验室: after a verb of working with or through a body, the laboratory opens (its first
        // field as long as a field may be), though the clause opens before the verb (研究依托A与B…). So it does
        // after a verb whose object it is (Y担任A与B全国重点实验室副主任), and after a word of where or whence
        // (数据来自A与B…, 研究在A与B…完成, 依托其A与B…).
        int earliestFieldStart = Math.max(2, conjunction - MAX_JOINED_FIELD);
        for (int fieldStart = conjunction - 2; fieldStart >= earliestFieldStart; fieldStart--) {
            int at = fieldStart;
            if (LAB_OPENERS.stream().anyMatch(v -> s.startsWith(v, at - v.length()))
                    && isFieldName(s.substring(fieldStart, conjunction), true)) {
                return fieldStart;
            }
        }
        boolean opensClause = from == 0 || PlaceRecognizer.CLAUSE_OPENERS.indexOf(s.charAt(from - 1)) >= 0;
        if (opensClause && isFieldName(s.substring(from, conjunction), true)) {
            return from;
        }
        // X科学院下属的湖北省A与B重点实验室: a province's or city's laboratory opens on the division that names it.
        for (int fieldStart = conjunction - 2; fieldStart > from; fieldStart--) {
            int division = divisionEndingAt(s, fieldStart, true);
            if (division >= 0 && isFieldName(s.substring(fieldStart, conjunction), true)) {
                return division;
            }
        }
        // X公司与A与B全国重点实验室签约, X同时是A与B国家重点实验室的研究人员: after the word linking a party before
        // it, or after a copula, the laboratory opens, its first field being words of a field.
        for (int fieldStart = conjunction - 2; fieldStart >= from + 1; fieldStart--) {
            int link = fieldStart - 1;
            boolean linked = "与和、".indexOf(s.charAt(link)) >= 0 && conjunction - fieldStart >= MIN_LINKED_FIELD;
            if ((linked || s.charAt(link) == '是') && isFieldName(s.substring(fieldStart, conjunction), true)) {
                return fieldStart;
            }
        }
        return -1;
    }

    /**
     * Where a province's or city's name ending at {@code end} starts, in full (吉林省, 黑龙江省) or, unless
     * {@code inFull}, short (山西); -1 where none ends there.
     */
    private int divisionEndingAt(String s, int end, boolean inFull) {
        for (int len = inFull ? 3 : 2; len <= Math.min(4, end); len++) {
            String name = s.substring(end - len, end);
            if ((!inFull || name.endsWith(PROVINCE) || name.endsWith("市")) && gazetteer.names(name, NAMING_AREAS)) {
                return end - len;
            }
        }
        return -1;
    }

    /**
     * Words of a field of research (水稻和小麦种质资源, 超快光学), 和 joining two, naming no body, time or title
     * (企业与…, 近日与…, 团队与… are parties and times before a link); where nothing but a clause break comes
     * before them, all words the dictionary knows ({@code known}).
     */
    private boolean isFieldName(String field, boolean known) {
        for (int i = 0; i < field.length(); i++) {
            for (int j = i + 2; j <= Math.min(field.length(), i + 4); j++) {
                String word = field.substring(i, j);
                if (NO_FIELD_WORDS.contains(word) || dictionaryTags(word, "t")) {
                    return false;
                }
            }
        }
        return field.length() >= 2 && !holdsAnotherName(field, true)
                && lexicon.personTitles.stream().noneMatch(field::contains)
                && IntStream.range(0, field.length()).noneMatch(i -> field.charAt(i) != '和'
                        && STOP_WORDS.contains(String.valueOf(field.charAt(i))) && !insideNoun(field, i))
                && (!known || Lexicon.composedOf(field, w -> CoreDictionary.get(w) != null));
    }

    /** The character at {@code i} opens a noun of two characters the dictionary knows: 系 of 地球系统. */
    private static boolean insideNoun(String field, int i) {
        return i + 2 <= field.length() && dictionaryTags(field.substring(i, i + 2), "n");
    }

    /**
     * 新疆和棉家纺有限公司, later 其中，和棉家纺由...: the words from the conjunction on open a clause elsewhere in the
     * text, so they are a name (和棉家纺), not a second party after a place.
     */
    private static boolean opensClauseElsewhere(Passage p, int from, int to) {
        String stem = p.full().substring(from, to);
        for (int at = p.full().indexOf(stem); stem.length() >= 3 && at >= 0; at = p.full().indexOf(stem, at + 1)) {
            if (at != from && (at == 0 || Chars.isPunctuation(p.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A county, city or province recognised at {@code pos}: 确山县佳和...合作社 opens with its county. */
    private static boolean anchoringPlaceAt(int pos, List<Mention> places) {
        return places.stream().anyMatch(pl -> pl.start() == pos && anchors(pl));
    }

    /** A county, city or province: the places a registered name starts with. */
    private static boolean anchors(Mention place) {
        return ANCHORING_LEVELS.contains(String.valueOf(place.properties().get("level")));
    }

    /**
     * 代表|运城市人民政府|作: where the segmenter glues words before a government to its division, the government's
     * name opens with the division (and the divisions chained right before it), not with the glued words, unless
     * those hold a place of their own; an official and their title (市长X) are never part of the name.
     */
    private int fromDivisionGoverned(Passage p, int start, int suffixStart, List<Mention> places) {
        int chainStart = chainStart(places, suffixStart, start);
        // 宁夏贺兰山东麓葡萄酒产业园区管理委员会: a zone's committee is named after the whole zone and the places
        // before it, though the walk stopped inside them.
        int governedEnd = p.full().startsWith(MANAGING, suffixStart - MANAGING.length())
                ? suffixStart - MANAGING.length() : suffixStart;   // X开发区管理|委员会
        Mention governed = placeEndingAt(places, governedEnd);
        if (governed != null && governed.start() < start && "zone".equals(governed.properties().get("level"))) {
            return chainStart(places, governedEnd, 0);
        }
        int glued = chainStart;
        boolean placeInGlued = places.stream().anyMatch(pl -> pl.start() >= start && pl.end() <= glued);
        return chainStart < suffixStart && chainStart > start
                && (!placeInGlued || holdsTitledPerson(p, start, chainStart)) ? chainStart : start;
    }

    /**
     * 浦东新区科技和经济委员会, 深圳市乡村振兴和协作交流局: a division's department named by two fields joined
     * by 和 opens with the division, which the walk, stopping at the conjunction, did not reach. A body's word
     * before 和 (市财政局和水利局) makes two bodies.
     */
    private static int fromDivisionOfJoinedFields(Passage p, int start, int suffixStart, List<Mention> places) {
        Matcher second = SECOND_FIELD.matcher(p.full()).region(Math.max(0, suffixStart - SECOND_FIELD_MAX - 1),
                suffixStart);
        int conjunction = second.find() ? second.start() : -1;
        for (int firstStart = conjunction - 2; conjunction > 0 && firstStart >= conjunction - FIELD_MAX
                && firstStart > 0; firstStart--) {
            String first = p.full().substring(firstStart, conjunction);
            Mention division = placeEndingAt(places, firstStart);
            if (!FIELD.matcher(first).matches() || division == null) {
                continue;
            }
            // 梧州职业学院和藤县人民政府: a body's word before 和, or a place after it, makes two bodies.
            boolean twoBodies = SUFFIXES.stream().anyMatch(x -> first.endsWith(x.text()))
                    || places.stream().anyMatch(pl -> pl.start() > conjunction && pl.start() < suffixStart);
            return division.start() >= start || twoBodies
                    || !DEPARTMENT_LEVELS.contains(division.properties().get("level")) ? start
                    : chainStart(places, division.end(), 0);
        }
        return start;
    }

    /**
     * 密云区冯家峪镇北京X合作社: a registered name opens with its widest place, so a province or city written right
     * after a county or town opens the name; the places before it say where the body is. So it does after 系
     * (X科技系上海Y集团的子公司), a copula the walk read as a department.
     */
    private int fromWiderPlace(Passage p, int start, int suffixStart, List<Mention> places) {
        for (Mention narrow : places) {
            Object level = narrow.properties().get("level");
            // Not where the county's name opens a mountain's (贺兰|山东麓 of 贺兰山).
            if (narrow.start() >= start && narrow.end() < suffixStart && ("county".equals(level) || "town".equals(level))
                    && opensWithNamingArea(p, narrow.end(), suffixStart)
                    && !PlaceRecognizer.closesPlaceWord(p.full(), narrow.end())) {
                return narrow.end();
            }
        }
        for (int at = start + 1; at < suffixStart - 2; at++) {
            if (p.charAt(at) == '系' && opensWithNamingArea(p, at + 1, suffixStart)) {
                return at + 1;
            }
        }
        return start;
    }

    /**
     * 宜春市铜鼓县国有龙门林场: a state forest farm goes by the narrowest of the places written before it, mostly
     * its county; the wider ones say where that place is.
     */
    private static int fromNarrowestPlace(int start, int suffixStart, List<Mention> places) {
        int from = start;
        for (Mention place = placeStartingAt(places, from); place != null && place.end() < suffixStart; ) {
            Mention next = placeStartingAt(places, place.end());
            if (next == null || next.end() >= suffixStart) {
                break;
            }
            from = next.start();
            place = next;
        }
        return from;
    }

    private static Mention placeStartingAt(List<Mention> places, int start) {
        return places.stream().filter(pl -> pl.start() == start).findFirst().orElse(null);
    }

    /** {@code prefix} is a company's registered name, or a short name the text declares (以下简称“X”). */
    private static boolean namesCompany(Passage p, String prefix) {
        return AliasResolver.LEGAL_FORMS.stream().anyMatch(prefix::endsWith)
                || AliasResolver.declaresShortName(p.full(), prefix);
    }

    /** A province's or city's name, full or short, opens the text at {@code pos}, ending before {@code limit}. */
    private boolean opensWithNamingArea(Passage p, int pos, int limit) {
        for (int len = Math.min(MAX_WIDER_NAME, limit - pos - 1); len >= 2; len--) {
            if (gazetteer.names(p.full().substring(pos, pos + len), NAMING_AREAS)) {
                return true;
            }
        }
        return false;
    }

    /** Where the chain of places written one after another and ending at {@code end} starts, not before {@code floor}. */
    private static int chainStart(List<Mention> places, int end, int floor) {
        int start = end;
        for (Mention before = placeEndingAt(places, start); before != null && before.start() >= floor;
             before = placeEndingAt(places, start)) {
            start = before.start();
        }
        return start;
    }

    private static Mention placeEndingAt(List<Mention> places, int end) {
        return places.stream().filter(pl -> pl.end() == end).findFirst().orElse(null);
    }

    /**
     * A、北京优达到家供应链有限公司: in a list of companies, an item opening with a province or city right after
     * 、 and a name of the same legal form runs from that place, though the walk stopped at a verb (达到) inside;
     * not across a particle (A、沈阳市浑南区的B有限公司: the place says where B is), nor across a conjunction after
     * another body's name (A、临汾市人民政府和B有限公司: the government is the list's next item).
     */
    private static int listedAfterLikeName(Passage p, int start, Suffix suffix, List<Mention> places) {
        String s = p.full();
        for (Mention place : places) {
            int gap = start - place.end();
            int separator = place.start() - 1;
            if (gap >= 1 && gap <= MAX_LISTED_GAP && anchors(place) && separator > 0 && s.charAt(separator) == '、'
                    && s.startsWith(suffix.text(), separator - suffix.text().length())
                    && s.substring(place.end(), start).chars().allMatch(c -> Chars.isHan(c) && c != '的')
                    && IntStream.range(place.end() + 1, start).noneMatch(k ->
                            CONJUNCTIONS.contains(s.substring(k, k + 1)) && endsName(p, k, places))) {
                return place.start();
            }
        }
        return start;
    }

    /**
     * 白朗县嘎东青稞种植专业合作社: the segmenter may tag a transliterated name's characters as words that end the
     * walk (嘎/o 东/f). A county, city or province named at most three plain characters before where it stopped
     * opens the name.
     */
    private static int fromAnchoringPlace(Passage p, int start, List<Mention> places) {
        return fromAnchoringPlace(p, start, places, false);
    }

    /** As above; {@code acrossVerbs} where the name is known to go on (佳木斯北/垦/优选食品: 垦 is no verb there). */
    private static int fromAnchoringPlace(Passage p, int start, List<Mention> places, boolean acrossVerbs) {
        // 新和华锦纺织科技有限公司: a county whose short form ends in a stop word (和) stops the walk at its end.
        Term last = p.termAt(start - 1);
        for (Mention place : places) {
            if (place.end() == start && last != null && last.offset > place.start() && anchors(place)) {
                return place.start();
            }
            // A registered name runs on further: 清河县|恒丰绒毛分/梳|有限公司.
            int gap = start - place.end();
            int maxGap = acrossVerbs ? MAX_REGISTERED_ANCHOR_GAP : MAX_ANCHOR_GAP;
            String between = gap >= 1 && gap <= maxGap ? p.full().substring(place.end(), start) : "";
            // (在南昌|成立|X有限公司: a stop word of two characters, 成立 or 目前, is no part of a name either.)
            boolean plain = !between.isEmpty() && between.chars().allMatch(Chars::isHan)
                    && !stopCharacterBetween(p, place.end(), start)
                    && WORD_STOPS.stream().noneMatch(between::contains)
                    && PARTY_VERBS.stream().noneMatch(between::endsWith)   // 万柏林区共建|X研究院 as one term
                    && (acrossVerbs && (gap <= MAX_ANCHOR_GAP || noWordOfAClauseBetween(p, place.end(), start))
                    || noVerbBetween(p, place.end(), start));
            if (plain && anchors(place)) {
                return place.start();
            }
        }
        return start;
    }

    /**
     * Whether a character of [from, to), after a place's name at {@code from}, is a stop word (在, 由, 那). 那 right
     * after the place is none (隆安县|那桐香蕉…合作社): no demonstrative follows a county's name, and many villages and
     * towns of Guangxi are named so, in the Zhuang way.
     */
    private static boolean stopCharacterBetween(Passage p, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean placeNamedSo = i == from && p.charAt(i) == ZHUANG_PLACE_HEAD;
            if (STOP_WORDS.contains(String.valueOf(p.charAt(i))) && !placeNamedSo) {
                return true;
            }
        }
        return false;
    }

    /**
     * 对上|海星|岚|感知科技有限公司: a province's or city's name the segmenter split,
     * a few plain characters before where the walk stopped, opens a registered name; so does the short form of a
     * county the text names in full (融|安桔香…有限公司 after 融安县). A verb of joining there
     * (山西大学联合|太原X有限公司), or a stop word (在南昌成立|X有限公司), is where the walk rightly stopped.
     */
    private int fromPlaceTheSegmenterSplit(Passage p, int start, List<Mention> places) {
        String s = p.full();
        for (int from = start - 1; from >= Math.max(0, start - MAX_SPLIT_PLACE_GAP); from--) {
            char c = s.charAt(from);
            int at = from;
            if (!Chars.isHan(c) || STOP_WORDS.contains(String.valueOf(c))
                    || PARTY_VERBS.stream().anyMatch(v -> s.startsWith(v, at))
                    || WORD_STOPS.stream().anyMatch(w -> s.startsWith(w, at))) {
                return start;
            }
            if (p.isBoundary(from) && (beginsWithPlace(p, from) || namedCountyShortFormAt(s, from, places))) {
                return from;
            }
        }
        return start;
    }

    /**
     * 新厂房|距离|合肥X有限公司: common words (ones the dictionary knows, no proper names or abbreviations) right
     * before a province or city open no registered name; the place does. Where a word is no common one, a verb and
     * its direction or 由 glued before the place may still end the words before it ({@link #afterVerbOfDirection}).
     */
    private int afterCommonWordsBeforePlace(Passage p, int start, int nameEnd) {
        for (int pos = start; pos < nameEnd; ) {
            Term t = p.termAt(pos);
            CoreDictionary.Attribute known = t == null || t.offset != pos ? null : CoreDictionary.get(t.word);
            String usual = known == null ? "" : known.nature[0].toString();   // the commonest reading
            boolean common = !usual.isEmpty() && NAME_NATURES.stream().noneMatch(usual::startsWith)
                    || t != null && t.offset == pos && isVerbOfDirection(t.word);
            if (!common) {
                return afterVerbOfDirection(p, start, nameEnd);
            }
            pos += t.word.length();
            if (pos < nameEnd && beginsWithPlace(p, pos)) {
                return pos;
            }
        }
        return start;
    }

    /**
     * 王陶镇红岭煤矿, 王陶镇的红岭煤矿: a coal mine (a company's working, where a metal ore's 矿 may be a deposit)
     * of two or more characters of its own written right after its town, or after a place and 的.
     */
    private static boolean mineOfPlace(Passage p, Mention m, List<Mention> places) {
        int ownEnd = m.end() - COAL_MINE.length();
        if (!m.name().endsWith(COAL_MINE) || ownEnd - m.start() < MIN_OWN_MINE_NAME) {
            return false;
        }
        int placeEnd = p.charAt(m.start() - 1) == '的' ? m.start() - 1 : m.start();
        return places.stream().anyMatch(pl -> pl.end() == placeEnd
                && (placeEnd < m.start() || "town".equals(pl.properties().get("level"))));
    }

    /**
     * 沁源县王陶镇红岭煤矿: a coal mine is named by its own site, after the town it lies in, which the text names as
     * a place of its own.
     */
    private static int afterTownOfMine(int start, int suffixStart, List<Mention> places) {
        int after = start;
        for (Mention place : places) {
            if (place.start() >= start && place.end() <= suffixStart - MIN_OWN_MINE_NAME
                    && "town".equals(place.properties().get("level"))) {
                after = Math.max(after, place.end());
            }
        }
        return after;
    }

    /**
     * 这批农机产|自洛阳X有限公司, X公司由|西藏Y集团控股: a verb and its direction, or 由, right before a province or
     * city end the words before a name, however the segmenter cut them (the last such place, nearest the name);
     * else {@code start}.
     */
    private int afterVerbOfDirection(Passage p, int start, int nameEnd) {
        for (int pos = nameEnd - 1; pos >= start + 1; pos--) {
            boolean glued = p.charAt(pos - 1) == BY || pos >= start + 2 && isVerbOfDirection(p.full().substring(pos - 2, pos));
            if (glued && beginsWithPlace(p, pos)) {
                return pos;
            }
        }
        return start;
    }

    /**
     * 运进, 销往, 卖给: a verb and the direction it goes in, which the dictionary may not know as one word and the
     * segmenter then reads as a name.
     */
    private static boolean isVerbOfDirection(String word) {
        return word.length() == 2 && DIRECTIONS.indexOf(word.charAt(1)) >= 0 && dictionaryTags(word.substring(0, 1), "v");
    }

    /** The short form of a county the text names in full (融安 of 融安县) begins at {@code pos}. */
    private static boolean namedCountyShortFormAt(String s, int pos, List<Mention> places) {
        return places.stream().anyMatch(pl -> "county".equals(pl.properties().get("level"))
                && pl.canonical().length() >= 3 && s.startsWith(pl.canonical().substring(0, pl.canonical().length() - 1), pos));
    }

    private static boolean verbEndsAt(Passage p, int pos) {
        Term before = p.termAt(pos - 1);
        return before != null && before.offset + before.word.length() == pos && before.nature.toString().startsWith("v");
    }

    /**
     * No verb of two characters or more, adverb, preposition, conjunction or particle lies in [from, to): lone
     * characters the segmenter reads as verbs may be a trade's (绒毛分/梳), 则迎来 is a clause.
     */
    private static boolean noWordOfAClauseBetween(Passage p, int from, int to) {
        for (int i = from; i < to; i++) {
            Term t = p.termAt(i);
            char kind = t == null ? 'w' : t.nature.toString().charAt(0);
            if (t == null || "dpcuw".indexOf(kind) >= 0 || kind == 'v' && t.word.length() > 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean noVerbBetween(Passage p, int from, int to) {
        for (int i = from; i < to; i++) {
            Term t = p.termAt(i);
            if (t == null || "vpcu".indexOf(t.nature.toString().charAt(0)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * 在渔泽镇建设杂粮加工厂: a plant or mine is said to be built or run at a place with the place as a locative
     * (在/于 + place + verb). The place and the verb are then the clause, not the start of a name, which can
     * only follow the verb (在渔泽镇建设晋丰食品厂).
     */
    private static int afterLocativeClause(Passage p, int start, Suffix suffix, Map<Integer, Mention> placeAt) {
        boolean facility = suffix.text().equals("厂") || suffix.text().equals(MINE);
        Mention place = placeAt.get(start);
        if (!facility || place == null || start == 0 || LOCATIVES.indexOf(p.charAt(start - 1)) < 0) {
            return start;
        }
        // By the dictionary, not the terms: the segmenter may have glued the verb into one term with the name
        // (城镇建设红星食品厂 as one nt). A one-character verb counts only right before the suffix (在泽州县建矿):
        // elsewhere it may be a name's first character (在高平市开元化工厂).
        for (int length = 3; length >= 1; length--) {
            int verbEnd = place.end() + length;
            boolean verbPlace = length > 1 || p.full().startsWith(suffix.text(), verbEnd);
            if (verbPlace && verbEnd <= p.full().length()
                    && dictionaryTags(p.full().substring(place.end(), verbEnd), "v")) {
                return verbEnd;
            }
        }
        return start;
    }

    /**
     * 小米加工企业敖汉旗惠隆杂粮种植专业合作社: a description ending in a word for organisations stands before the
     * name it describes, which starts at the place after that word; after 龙头企业 or 子公司 (titles no name
     * carries) it starts right away.
     */
    private int afterDescriptor(Passage p, int start, int suffixStart, Map<Integer, Mention> placeAt) {
        if (start >= suffixStart) {
            return start;
        }
        int titled = afterNoNameStart(p, start, suffixStart);
        if (titled > start) {
            return titled;
        }
        for (int at = suffixStart - 1; at > start; at--) {
            int placeStart = at;
            // 技术支撑单位中国科学院X研究所: a national body opens the name as a place would; so does the short form
            // of the place the descriptor names (两江新区本地企业两江X公司).
            if (DESCRIPTOR_ENDS.stream().anyMatch(word -> p.full().startsWith(word, placeStart - word.length()))
                    && (placeAt.containsKey(at) || beginsWithPlace(p, at, BRANCH_AREAS)
                    || p.full().startsWith(CHINA, at) || opensWithPlaceBefore(p, at, placeAt))) {
                return at;
            }
        }
        return start;
    }

    /** The name at {@code at} opens with the first two characters of a place named shortly before it. */
    private static boolean opensWithPlaceBefore(Passage p, int at, Map<Integer, Mention> placeAt) {
        if (at + 2 > p.full().length()) {
            return false;
        }
        String opening = p.full().substring(at, at + 2);
        for (int i = Math.max(0, at - MAX_PREFIX); i < at; i++) {
            Mention place = placeAt.get(i);
            if (place != null && place.end() <= at && place.name().startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /** After the last title no name carries (全资子公司, 龙头企业) in [start, end), or {@code start}. */
    private static int afterNoNameStart(Passage p, int start, int end) {
        // Within the name only: a search back through the whole passage for every suffix would be quadratic.
        String name = p.full().substring(start, end);
        for (String title : NO_NAME_STARTS) {
            int leader = name.lastIndexOf(title);
            if (leader >= 0 && start + leader + title.length() < end) {
                return start + leader + title.length();
            }
            // 运营|方南宁X公司, 实施|主体|X公司: a title whose last characters the walk took as the name's first,
            // the title itself starting a word (not 入股|东方…, where 股东 is no title at all).
            for (int k = 1; k < title.length(); k++) {
                if (p.full().startsWith(title, start - k) && start - k + title.length() < end
                        && p.isBoundary(start - k)) {
                    return start - k + title.length();
                }
            }
        }
        return start;
    }

    /**
     * A company's or a government body's suffix (or, with {@code research}, a research body's too) inside the
     * text: a name of its own stands there.
     */
    private static boolean holdsAnotherName(String text, boolean research) {
        return SUFFIXES.stream().anyMatch(x -> (research || x.type() != EntityType.ResearchTeam)
                && text.contains(x.text()));
    }

    /** 种植基地和精深加工厂: a facility before the conjunction is a second thing built, not part of a name. */
    private static boolean endsFacility(Passage p, int pos) {
        return FACILITIES.stream().anyMatch(f -> p.full().startsWith(f, pos - f.length()));
    }

    /** A company's legal form (有限公司, 专业合作社) ends at {@code pos}: a whole name ends there. */
    private static boolean endsLegalForm(Passage p, int pos) {
        return SUFFIXES.stream().anyMatch(s -> s.strict() && p.full().startsWith(s.text(), pos - s.text().length()));
    }

    /**
     * X与中南大学Y研究中心, X与天津工业大学: what follows the conjunction is an institution's own name (a university,
     * or a unit named after its institution), so the conjunction joins two parties; fields joined inside a name
     * (遗传与发育生物学研究所, 材料与化学工程学院) hold no institution.
     */
    private static boolean opensInstitution(Passage p, int from, int suffixStart, Suffix suffix) {
        return suffix.text().equals(UNIVERSITY) || from < suffixStart
                && INSTITUTION_INSIDE.matcher(p.full().substring(from, suffixStart)).find();
    }

    /**
     * 青岚网业/nt与X大学: a word the segmenter tags as an organisation's name is another party, not a field; unless
     * it holds an institution, whose unit's name it opens (X学院汽车/nt与交通工程学院).
     */
    private static boolean endsOrganisationTerm(Passage p, int pos) {
        Term before = pos == 0 ? null : p.termAt(pos - 1);
        return before != null && before.offset + before.word.length() == pos
                && before.nature.toString().startsWith("nt") && !INSTITUTION_INSIDE.matcher(before.word).find();
    }

    /**
     * A place, an organisation suffix or a team ends at {@code pos}: "宁晋县与X公司", "X教授团队与Y公司" join two
     * parties.
     */
    private static boolean endsName(Passage p, int pos, List<Mention> places) {
        return places.stream().anyMatch(pl -> pl.end() == pos)
                || SUFFIXES.stream().anyMatch(s -> p.full().startsWith(s.text(), pos - s.text().length()))
                || ReferenceResolver.PERSON_TEAM_WORDS.stream().anyMatch(w -> p.full().startsWith(w, pos - w.length()));
    }

    /**
     * Walks left from {@code from} over terms that can be part of a name ending at {@code suffixStart}.
     * Research names take intransitive and nominal verbs along (遗传与发育生物学研究所). The segmenter sometimes
     * glues a particle to the name's first word (的晋北) or splits a name's first character off (上|党晶芯...):
     * the walk cuts the particle off, keeps a lone character that opens a clause, and never stops inside a
     * place name (猗|氏镇政府).
     */
    private int nameStart(Passage p, int from, int suffixStart, boolean research, List<Mention> places) {
        int cur = from;
        while (cur > 0 && suffixStart - cur < MAX_PREFIX) {
            Term t = p.termAt(cur - 1);
            // A word longer than a whole name (a run of letters or digits) is no part of one; taking it would
            // make names of any length, which no index can hold and whose checks cost more than linear time.
            // A term running on past the suffix (X有限公司建设冷库 as one nt) counts up to the suffix only.
            if (t == null || Math.min(t.word.length(), suffixStart - t.offset) > MAX_PREFIX) {
                break;
            }
            boolean straddlesSuffix = t.offset + t.word.length() > suffixStart;
            int bracketOpen = straddlesSuffix ? -1 : placeBracketOpening(p, t);
            if (bracketOpen >= 0) {
                cur = bracketOpen;   // 鼎川（沧州）化工新材料有限公司: the place in brackets is part of the name
                continue;
            }
            String nature = t.nature.toString();
            // 孙德|明和|中国科学院…, 丰|禾是|上海…: a name's last character glued to a conjunction or to 是 ends the
            // walk after it; so does 在 (曾在 read as a name).
            String lastChar = t.word.substring(t.word.length() - 1);
            if (!straddlesSuffix && nature.startsWith("nr") && t.word.length() >= 2
                    && (CONJUNCTIONS.contains(lastChar) || lastChar.equals("是") || LOCATIVES.contains(lastChar))) {
                cur = t.offset + t.word.length();
                break;
            }
            // 委托|山西农业大学: a verb before a place's name that opens the name is no discipline of it; nor
            // before an institution the segmenter read whole (委托|省农科院|作物研究所).
            int afterVerb = t.offset + t.word.length();
            Term next = p.termAt(afterVerb);
            boolean institutionNext = next != null && next.offset == afterVerb && next.nature.startsWith("nt")
                    && afterVerb + next.word.length() < suffixStart;
            boolean disciplineVerb = research && (nature.equals("vn") || nature.equals("vi"))
                    && !opensWithPlace(p, afterVerb, suffixStart) && !institutionNext
                    || research && (fieldOpensOnVerb(p, t, next) || verbClosingField(p, t, suffixStart)
                    // (技术主要来自|中国农业大学…: not a verb before a place opening a name of its own.)
                    || modifiedVerbOfField(p, t) && !opensWithPlace(p, afterVerb, suffixStart));
            // 组织|山西农业大学: a word that may be a verb, read as a noun, ends the walk before a place's name too.
            if (research && !straddlesSuffix && !nature.startsWith("v") && dictionaryTags(t.word, "v")
                    && opensWithPlace(p, t.offset + t.word.length(), suffixStart)) {
                break;
            }
            // 由省|农业农村厅: a preposition glued to a level word opening the name, whatever the dictionary says.
            boolean gluedLevel = t.word.length() == 2 && BARE_LEVELS.indexOf(t.word.charAt(1)) >= 0;
            // 同岳阳, 于西安 as one term: the preposition before a place (but 同济 is a name's word, 于都 a county).
            // (同眉县 as one term: or a county's full name after the preposition; 于都县 is a county's own name.)
            boolean withPlace = GLUED_TO_PLACE.indexOf(t.word.charAt(0)) >= 0
                    && (beginsWithPlace(p, t.offset + 1) || namesDivisionAt(p, t.offset + 1))
                    && !beginsWithPlace(p, t.offset) && !namesDivisionAt(p, t.offset);
            // 该公司|同华南农业大学: 同 glued to the name of the body a body works with, right after the first body.
            withPlace = withPlace || t.word.charAt(0) == WITH && t.word.length() > MIN_BODY_AFTER_WITH
                    && endsOrganisationTerm(p, t.offset);
            // X学院|院和西北/ns|农林科技大学…: a name's last character, a conjunction and a place or a university's
            // first characters as one term; the name opens after the conjunction.
            if (t.word.length() > 2 && CONJUNCTIONS.contains(t.word.substring(1, 2)) && t.offset + 2 < suffixStart
                    && (beginsWithPlace(p, t.offset + 2) || p.full().substring(t.offset + 2, suffixStart)
                            .contains(UNIVERSITY))
                    && SUFFIXES.stream().anyMatch(x -> p.full().startsWith(x.text(),
                            t.offset + 1 - x.text().length()))) {
                cur = t.offset + 2;
                break;
            }
            // 将种植福建省农业科学院|茶叶研究所 as one term: a verb, maybe after an adverb, glued to the province or city
            // opening the name is no part of it.
            int afterGlued = straddlesSuffix ? -1 : afterGluedVerb(p, t, suffixStart);
            if (afterGlued > 0) {
                cur = afterGlued;
                break;
            }
            // 记者从|西南大学 as one term: the stop words it opens with, one after another, are no part of it.
            int stopped = leadingStopWords(t.word);
            if (!straddlesSuffix && t.word.length() > 1 && (stopped > 0 || withPlace)
                    && (CoreDictionary.get(t.word) == null || gluedLevel)) {
                cur = t.offset + Math.max(1, Math.min(stopped, t.word.length() - 1));
                break;
            }
            // 和山西大学, 和东北师范大学, 其车辆工程学院, 的洛川X公司, 辖|内阳城支行 as one term: a pronoun, the particle 的, or a
            // conjunction or a word of position before a place that begins the name, is not part of it
            // (和顺县..., 内乡县..., places of their own, are); nor is a preposition after a company's whole name
            // (X有限公司|向Y合作社), or a conjunction after any name (市商务局|和市供销合作社联合社).
            String head = t.word.substring(0, 1);
            int termStart = t.offset;
            // 找|上西北农林科技大学, 领|投合肥X有限公司 as one term: a character completing the verb before it (找上,
            // 搭上, 领投, 跟投) is no part of the name.
            boolean completesVerb = head.equals("上") && verbEndsAt(p, t.offset)
                    || head.equals("投") && ROUND_VERB_STARTS.indexOf(p.charAt(t.offset - 1)) >= 0;
            if (completesVerb && t.word.length() > 1 && !beginsWithPlace(p, t.offset)
                    && opensWithPlace(p, t.offset + 1, suffixStart)) {
                cur = t.offset + 1;
                break;
            }
            // 该公司|同眉县X合作社, 将|和威县X合作社 as one term running into the suffix: the preposition or conjunction
            // before the place opens no name.
            if (straddlesSuffix && t.offset + 1 < suffixStart && LINKS_BEFORE_PLACE.indexOf(t.word.charAt(0)) >= 0
                    && namesDivisionAt(p, t.offset + 1) && !beginsWithPlace(p, t.offset)
                    && !namesDivisionAt(p, t.offset)) {
                cur = t.offset + 1;
                break;
            }
            // 共建常州X研究院 as one term running into the suffix: the verb of founding before the place opens no name.
            if (straddlesSuffix && t.offset + 2 < suffixStart && PARTY_VERBS.contains(t.word.substring(0, 2))
                    && beginsWithPlace(p, t.offset + 2) && !beginsWithPlace(p, t.offset)) {
                cur = t.offset + 2;
                break;
            }
            // 记者从西南大学, 为金属研究所 as one term running into the suffix: words such as 记者, 从 and 为 open no
            // name.
            boolean copula = t.word.startsWith(COPULA_FOR);
            // (全国重点实验室 as one term: 全国 is the designation's, no stop word.)
            boolean nationalKey = t.word.startsWith(NATIONAL_KEY);
            if (straddlesSuffix && (stopped >= 2 && !nationalKey || copula) && t.offset + stopped < suffixStart - 1) {
                cur = t.offset + stopped;
                break;
            }
            // 牵头社|甘泉县X合作社: a lone noun before a division's full name that opens the name is a word of the
            // clause (牵头社, the leading cooperative), not of the name.
            if (!straddlesSuffix && t.word.length() == 1 && nature.startsWith("n") && namesDivisionAt(p, cur)
                    && cur == t.offset + 1 && !beginsWithPlace(p, t.offset)) {
                break;
            }
            // 上榜的佛山X有限公司, 村内的余杭|X合作社: a term holding the particle and the place after it; the name
            // opens with the place. 村内的X竹笋专业合作社 as one term: or with a name of its own long enough before
            // the suffix.
            int particle = t.offset + t.word.lastIndexOf('的', Math.min(t.word.length(), suffixStart - t.offset) - 1);
            if (particle > t.offset && (beginsWithPlace(p, particle + 1)
                    || straddlesSuffix && suffixStart - particle - 1 >= MIN_NAME_AFTER_PARTICLE)) {
                cur = particle + 1;
                break;
            }
            boolean placeOpens = places.stream().anyMatch(pl -> pl.start() == termStart);   // 本庙村X合作社
            // (的本溪X公司: a pronoun's character that opens a division's name after 的 or a list's mark is the name's.)
            if (straddlesSuffix && !placeOpens && (PRONOUNS.contains(head) && !afterNoun(p, t)
                    && !(beginsWithPlace(p, t.offset) && PLACE_NAME_OPENS.indexOf(p.charAt(t.offset - 1)) >= 0)
                    || head.equals("的")
                    || STOP_WORDS.contains(head) && !beginsWithPlace(p, t.offset)
                    && (beginsWithPlace(p, t.offset + 1) || research && startsWithPlaceWord(t.word.substring(1))
                    || endsLegalForm(p, t.offset) || CONJUNCTIONS.contains(head) && endsName(p, t.offset, places))
                    || POSITION_WORDS.contains(head) && beginsWithPlace(p, t.offset + 1, BRANCH_AREAS)
                    && !beginsWithPlace(p, t.offset, BRANCH_AREAS))) {
                cur = t.offset + 1;
                break;
            }
            // (这家|企业同湖南农业大学|园艺学院: so does a term before the suffix's.)
            int afterPreposition = afterInnerPreposition(p, t, suffixStart);
            if (afterPreposition > 0) {
                cur = afterPreposition;   // 以自有资金|向晋中X有限公司 as one term: the name opens with the place
                break;
            }
            // X|农是江西Y|集团有限公司: a copula inside a term before the suffix's, then a place, opens the name there.
            int copulaAt = straddlesSuffix ? -1 : t.word.indexOf(COPULA_CHARACTER, 1);
            if (copulaAt > 0 && copulaAt < t.word.length() - 2 && beginsWithPlace(p, t.offset + copulaAt + 1)) {
                cur = t.offset + copulaAt + 1;
                break;
            }
            if (straddlesSuffix && t.offset < suffixStart - 1 && BEFORE_BARE_WORD.indexOf(p.charAt(suffixStart - 1)) >= 0) {
                // 乌审旗将该合作社 as one term: 该合作社 refers back, and names nothing; 三年内为研究院: nor does a
                // preposition before the bare word.
                cur = suffixStart;
                break;
            }
            if (straddlesSuffix && research && t.word.startsWith("学校") && suffixStart - t.offset > 2) {
                cur = t.offset + 2;   // 学校园艺学院, 学校农学院 as one term: the school's college
                break;
            }
            // 省部共建X国家重点实验室: the designation, not a verb of joining.
            boolean designation = t.word.equals("共建") && p.full().startsWith(JOINTLY_BUILT, t.offset - 2);
            // X联合实验室, X联合研究中心: 联合 right before a research unit's word is part of its name.
            boolean jointUnit = research && t.word.equals(JOINT) && t.offset + JOINT.length() == suffixStart;
            if (!straddlesSuffix && PARTY_VERBS.contains(t.word) && !(isEnterpriseWord(t.word) && !research)
                    && !designation && !jointUnit) {
                break;
            }
            if (!straddlesSuffix && research && INSTITUTION_REFERENCES.contains(t.word)) {
                break;   // 学校|资源与环境学院, 校区|X学院: the word for the school says whose unit follows
            }
            int verbEnd = partyVerbEnd(p, t, Math.min(cur, suffixStart), research);
            if (verbEnd > 0) {
                cur = verbEnd;
                break;
            }
            // ——访X管委会主任: the verb of an interview's subtitle after its dash opens no name.
            if (!straddlesSuffix && SUBTITLE_VERBS.contains(t.word) && t.offset > 0
                    && "—-－:：".indexOf(p.charAt(t.offset - 1)) >= 0) {
                break;
            }
            // 华南理工大学—粤澜智能传感联合实验室: a dash after a body's name joins the partners of a joint unit.
            if (!straddlesSuffix && research && t.word.length() == 1 && JOINING_DASHES.indexOf(t.word.charAt(0)) >= 0
                    && p.full().startsWith(JOINT, suffixStart - JOINT.length())
                    && SUFFIXES.stream().anyMatch(x -> p.full().startsWith(x.text(), t.offset - x.text().length()))) {
                cur = t.offset;
                continue;
            }
            // 日常管护由X合作社负责: 由 read as a word of its own opens the party, never a name.
            if (!straddlesSuffix && t.word.length() == 1 && t.word.charAt(0) == BY) {
                break;
            }
            // 油菜水稻两熟|绿色生产…实验室: a word of cropping counted in seasons (两熟, 双季) is a field's, no count.
            int termEnd = t.offset + t.word.length();
            String cropping = research && !straddlesSuffix ? CROPPING_SEASONS.stream()
                    .filter(w -> p.full().startsWith(w, termEnd - w.length())).findFirst().orElse(null) : null;
            if (cropping != null) {
                cur = termEnd - cropping.length();
                continue;
            }
            boolean nationalLab = t.word.equals("全国") && p.full().startsWith("重点实验室", t.offset + 2);
            if (!straddlesSuffix && !disciplineVerb && !nationalLab && !jointUnit && stops(t) && !verbCharInsideName(p, t)
                    && !timeCharAfterPlace(p, t)
                    && !nameVerbSplit(p, t)
                    && !particleInsideName(p, t) && !endsNounSplitBefore(p, t) && !opensTradeWord(p, t, suffixStart)
                    && (research || !tradeCharAfterPlace(t, places)) && !inLocalPlaceName(p, t, places)) {
                // ——访江苏X集团, ——记中国X研究所: a lone character before a division's name, or a verb after a dash
                // before a word the segmenter tags as a place, is the verb of a subtitle (三|江源 is a name's start,
                // and so is 达|木沟 after a comma: 达木沟锂辉石矿).
                boolean subtitleVerb = beginsWithPlace(p, t.offset + 1) || t.nature.toString().startsWith("v")
                        && placeTermAt(p, t.offset + 1) && JOINING_DASHES.indexOf(p.charAt(t.offset - 1)) >= 0;
                // X有限公司达|木沟锂辉石矿: so does a lone character opening a unit's name after its company's.
                boolean opensUnit = loneVerbCharacter(t) && endsLegalForm(p, t.offset) && placeTermAt(p, t.offset + 1);
                // 来自新加坡的汇|岚环境科技私人有限公司: and one after 的, which no name's character follows.
                boolean afterParticle = loneVerbCharacter(t) && p.charAt(t.offset - 1) == '的' && !PRONOUNS.contains(t.word);
                if ((opensClauseAlone(p, t) || opensUnit || afterParticle) && !subtitleVerb
                        || countWordAfterPartyVerb(p, t) || opensCountyShortName(p, t)
                        || opensCooperativeName(p, t, suffixStart)) {
                    cur = t.offset;
                }
                break;
            }
            int listed = afterListedName(t);
            // (X有限公司那曲中心支公司: 那 opening a place's name is no pronoun.)
            if (listed > 0 && t.offset + listed < suffixStart && !beginsWithPlace(p, t.offset + listed - 1, BRANCH_AREAS)) {
                cur = t.offset + listed;   // 研究所和华中农业大学 as one term: the name before 和 is another
                break;
            }
            cur = t.offset;
        }
        int start = cur;
        return places.stream().filter(pl -> pl.start() < start && start < pl.end()).mapToInt(Mention::start)
                .min().orElse(start);
    }

    /**
     * Where a province's or city's full name opens an academy or university in [start + 1, suffixStart), a few
     * characters after {@code start} (种植|广东省农业科学院…), or {@code start}.
     */
    private int atProvincialInstitution(Passage p, int start, int suffixStart) {
        String s = p.full();
        for (int at = start + 1; at <= Math.min(suffixStart - 1, start + MAX_VERB_BEFORE_PLACE); at++) {
            int from = at;
            boolean fullName = IntStream.rangeClosed(3, LONGEST_PROVINCE).anyMatch(len -> from + len <= suffixStart
                    && gazetteer.byName(s.substring(from, from + len)).stream()
                            .anyMatch(d -> NAMING_AREAS.contains(d.level())));
            if (fullName && INSTITUTION_OPENED.matcher(s).region(at, suffixStart).find()
                    && !gazetteer.namesAt(s, start)) {
                return at;
            }
        }
        return start;
    }

    /**
     * Where a province or city opens the name after a verb of two characters inside {@code t}, maybe after an
     * adverb (将种植|福建省农业科学院), or -1.
     */
    private int afterGluedVerb(Passage p, Term t, int suffixStart) {
        for (int k = 2; k <= MAX_VERB_BEFORE_PLACE && k < t.word.length() - 1 && t.offset + k < suffixStart; k++) {
            String before = t.word.substring(0, k - 2);
            if (dictionaryVerb(t.word.substring(k - 2, k)) && beginsWithPlace(p, t.offset + k)
                    && before.chars().allMatch(c -> ADVERBS_BEFORE_PREPOSITION.indexOf(c) >= 0)) {
                return t.offset + k;
            }
        }
        return -1;
    }

    /** Where a place opens the name after a preposition inside {@code t} (资金向晋中…公司), or -1. */
    private int afterInnerPreposition(Passage p, Term t, int suffixStart) {
        for (int k = 1; k < t.word.length() - 2 && t.offset + k < suffixStart; k++) {
            if (INNER_PREPOSITIONS.indexOf(t.word.charAt(k)) >= 0 && beginsWithPlace(p, t.offset + k + 1)) {
                return t.offset + k + 1;
            }
        }
        return -1;
    }

    /**
     * Where a term holding a name's end and a conjunction or preposition (研究所和华中农业大学,
     * 股份有限公司向X合作社) goes on past both, or 0.
     */
    private static int afterListedName(Term t) {
        for (int k = 1; k < t.word.length() - 1; k++) {
            int at = k;
            if (STOP_WORDS.contains(t.word.substring(k, k + 1))
                    && SUFFIXES.stream().anyMatch(x -> t.word.startsWith(x.text(), at - x.text().length()))) {
                return k + 1;
            }
        }
        return 0;
    }

    /** A province's or city's name, full or short, begins at {@code pos}. */
    private boolean beginsWithPlace(Passage p, int pos) {
        return beginsWithPlace(p, pos, NAMING_AREAS);
    }

    /** The name of a division at one of {@code levels}, full or short, begins at {@code pos}. */
    private boolean beginsWithPlace(Passage p, int pos, Set<String> levels) {
        return gazetteer.namesAt(p.full(), pos, levels);
    }

    /** A division's full name (会同县) begins at {@code pos}. */
    private boolean namesDivisionAt(Passage p, int pos) {
        String s = p.full();
        for (int end = pos + 2; end <= Math.min(s.length(), pos + 4); end++) {
            if (!gazetteer.byName(s.substring(pos, end)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The segmenter's organisation tag sometimes glues a party verb into one term with the name after it
     * (X学院共建Y中心 as one nt): the end of the last such verb inside the term before {@code limit}, or -1.
     */
    private int partyVerbEnd(Passage p, Term t, int limit, boolean research) {
        if (t.word.length() < 4) {
            return -1;
        }
        String head = t.word.substring(0, Math.max(0, Math.min(t.word.length(), limit - t.offset)));
        int best = -1;
        for (String verb : PARTY_VERBS) {
            int k = head.lastIndexOf(verb);
            // At the term's start too (共建X研究院 as one nt), except words that also open names (联合实验室),
            // unless a province or city follows (联合山西大学 as one nt: the verb, then the university).
            // Right before the suffix it is a word of the name as well (杂粮营养化学联合实验室).
            boolean nameWord = verb.equals("联合") || verb.equals("共同");
            // 山西晋粮联合食品集团 as one nt (or 山|西晋|粮联合…): inside a company's name that opens with its place,
            // unless a place follows (X集团联合山西大学).
            int after = t.offset + k + verb.length();
            // 联合燕山大学, 联合燕山大学农学院 as one nt: no university's name opens with the verb, whatever follows it;
            // nor does a national body's (联合交通运输部X研究院).
            boolean university = t.word.indexOf(UNIVERSITY, JOINT.length()) > 0 && !t.word.contains(JOINT + UNIVERSITY);
            boolean nationalBody = k == 0 && verb.equals(JOINT) && ofNationalBody(p.full().substring(after, limit));
            // X研究所（以下简称“Y”）联合Z实验室 as one nt: right after a body, the verb joins the next one to it.
            boolean joinsBodyBefore = k == 0 && verb.equals(JOINT) && head.length() - verb.length() >= 2
                    && t.offset > 0 && (p.charAt(t.offset - 1) == '）' || PlaceRecognizer.afterBody(p.full(), t.offset));
            boolean opensName = k == 0 && nameWord && !beginsWithPlace(p, t.offset + verb.length()) && !university
                    && !nationalBody && !joinsBodyBefore
                    || k > 0 && nameWord && k + verb.length() == head.length()
                    || k > 0 && nameWord && !research && placeOpensBrand(p, t.offset, t.offset + k)
                    && !opensWithPlace(p, after, limit);
            // 会同县农业农村局 is a county's bureau; 局会同市卫生健康委员会, the verb before the next body, and so is
            // 会同 after a body (局今年会同县X局, 由X局牵头，会同县Y局).
            boolean joinsNextBody = k >= 0 && PlaceRecognizer.afterBody(p.full(), t.offset + k);
            if (k >= 0 && !opensName && (!namesDivisionAt(p, t.offset + k) || joinsNextBody)
                    && !(isEnterpriseWord(verb) && !research)) {
                best = Math.max(best, t.offset + k + verb.length());
            }
        }
        return best;
    }

    /** A province or city opens the text at most a few characters before {@code from}, or up to {@code to}. */
    private boolean placeOpensBrand(Passage p, int from, int to) {
        for (int at = Math.max(0, from - MAX_WIDER_NAME); at < to - 1; at++) {
            if (beginsWithPlace(p, at)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that are words of company names (建设银行, 合作社 are handled by their suffixes). */
    private static boolean isEnterpriseWord(String word) {
        return word.equals("建设") || word.equals("合作");
    }

    /**
     * 宁夏/ns|秋/tg|供/vi|果业有限公司: a lone character the segmenter reads as a time (a season, a dynasty) right after
     * a place is the first of the brand.
     */
    private static boolean timeCharAfterPlace(Passage p, Term t) {
        Term before = p.termAt(t.offset - 1);
        return t.word.length() == 1 && t.nature.toString().equals("tg") && before != null
                && before.offset + before.word.length() == t.offset && before.nature.toString().startsWith("ns");
    }

    /**
     * A one-character verb or measure word right after a noun is a character of the name the segmenter split
     * off (华晟/氢/能/装备: 氢能; 汽车/线/束: 线束), not a word that ends the phrase before the name.
     */
    private static boolean verbCharInsideName(Passage p, Term t) {
        String own = t.nature.toString();
        // (A measure word only right before the legal form: 雪垠|种/q|薯 is a walk to stop.)
        Term next = p.termAt(t.offset + 1);
        boolean measureBeforeForm = own.equals("q") && next != null && next.offset == t.offset + 1
                && AliasResolver.LEGAL_FORMS.stream().anyMatch(next.word::startsWith);
        if (t.word.length() != 1 || !own.startsWith("v") && !measureBeforeForm || STOP_WORDS.contains(t.word)
                || t.nature.toString().equals("vyou")) {
            return false;   // 是, 有 and the like are never characters of a name (投资方是X公司, 百色有铝土矿)
        }
        Term before = p.termAt(t.offset - 1);
        String nature = before == null ? "" : before.nature.toString();
        // After a title or a whole name the verb is one (副总裁兼X公司董事长, 金穗集团获银行授信): names hold
        // neither.
        return before != null && !STOP_WORDS.contains(before.word) && !nature.equals("nnt")
                && SUFFIXES.stream().noneMatch(x -> before.word.endsWith(x.text()))
                && (nature.startsWith("n") || nature.startsWith("j"));
    }

    /**
     * 化工资源/n|有效/a|利用/v 国家重点实验室: a verb the adjective before it qualifies (有效利用, 高效/b|利用) belongs to
     * the field a research unit is named after, when a common noun says what is used (not X大学|高效利用…实验室的设备:
     * the university making good use of the laboratory's equipment).
     */
    private static boolean modifiedVerbOfField(Passage p, Term t) {
        Term before = p.termAt(t.offset - 1);
        Term object = before == null ? null : p.termAt(before.offset - 1);
        // 资源/n|综合/vn|高效/b|利用: the verbal noun before the adjective qualifies the use as well.
        if (object != null && object.word.length() == 2 && object.nature.toString().equals("vn")) {
            object = p.termAt(object.offset - 1);
        }
        return t.word.length() == 2 && t.nature.toString().equals("v") && before != null
                && before.word.length() == 2 && QUALIFYING_NATURES.contains(before.nature.toString())
                && object != null && object.nature.toString().equals("n");
    }

    /**
     * 辽宁省|盐碱地/n|利用/v|研究所: a verb right before the unit's word, after the noun of what it does, closes the
     * field the unit is named after (资源利用, 土壤改良), when a place opens the name before the noun.
     */
    private static boolean verbClosingField(Passage p, Term t, int suffixStart) {
        Term object = p.termAt(t.offset - 1);
        Term place = object == null || object.offset == 0 ? null : p.termAt(object.offset - 1);
        // (食品科学与资源/n|挖掘/v|全国重点实验室: so does one closing the second of two fields.)
        int verbEnd = t.offset + t.word.length();
        boolean atSuffix = verbEnd == suffixStart
                || verbEnd < suffixStart && RANK.matcher(p.full()).region(verbEnd, suffixStart).matches();   // 全国
        return t.word.length() == 2 && t.nature.toString().equals("v") && atSuffix
                && place != null && object.nature.toString().equals("n")
                && (place.nature.toString().startsWith("ns") || CONJUNCTIONS.contains(place.word));
    }

    /**
     * X大学食/v|药/n 同源工程研究中心: a lone verb character between a university's or institute's name and a noun
     * opens the field its unit is named after.
     */
    private static boolean fieldOpensOnVerb(Passage p, Term t, Term next) {
        return t.word.length() == 1 && t.nature.toString().startsWith("v")
                && INSTITUTION_END.matcher(p.full()).region(0, t.offset).find()
                && next != null && next.nature.toString().equals("n");
    }

    /**
     * 本|禄芒果合作社, 前|柳|坨粳稻合作社 where the text names 本禄村, 前柳坨村: a word the segmenter cut out of a
     * village's or town's name the text writes elsewhere (a pronoun, a verb, a measure word) belongs to that name, as
     * local companies and cooperatives are named after it.
     */
    private static boolean inLocalPlaceName(Passage p, Term t, List<Mention> places) {
        int termEnd = t.offset + t.word.length();
        return places.stream().anyMatch(pl -> {
            String stem = pl.canonical().substring(0, pl.canonical().length() - 1);
            if (!LOCAL_LEVELS.contains(String.valueOf(pl.properties().get("level"))) || stem.length() < 2
                    || stem.length() <= t.word.length()) {
                return false;
            }
            // (Looked for only where it would hold the term: a search of the whole text at every term is quadratic.)
            for (int at = Math.max(0, termEnd - stem.length()); at <= t.offset; at++) {
                if (p.full().startsWith(stem, at)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * 龙江寒/地/作物…实验室: 地 read as the adverbial particle after a noun or a bound adjective character (寒/ag)
     * and before a noun is a character of the name (寒地, 基地); 的 never is. So is 之 between nouns, a word of
     * brands (山/之/韵食品有限公司).
     */
    private static boolean particleInsideName(Passage p, Term t) {
        Term before = p.termAt(t.offset - 1);
        Term after = p.termAt(t.offset + 1);
        return (t.word.equals("地") || t.word.equals("之")) && before != null && after != null
                && (before.nature.toString().startsWith("n") || before.nature.toString().equals("ag"))
                && after.nature.toString().startsWith("n") && !STOP_WORDS.contains(before.word);
    }

    /** How many characters of stop words {@code word} opens with (记者从X: 3), or 0 if it opens with none. */
    private static int leadingStopWords(String word) {
        int at = 0;
        while (at < word.length()) {
            int from = at;
            at = STOP_WORDS.contains(word.substring(from, Math.min(word.length(), from + 2))) ? from + 2
                    : STOP_WORDS.contains(word.substring(from, from + 1)) ? from + 1 : from;
            if (at == from) {
                break;
            }
        }
        return at;
    }

    /**
     * 公共/大数/据/国家重点实验室: a lone preposition that ends a noun with the character before it (数据), the
     * segmenter having cut the noun apart, is a character of the name.
     */
    private static boolean endsNounSplitBefore(Passage p, Term t) {
        Term before = p.termAt(t.offset - 1);
        if (t.word.length() != 1 || before == null || before.word.length() < 2 || !t.nature.toString().startsWith("p")) {
            return false;
        }
        CoreDictionary.Attribute noun = CoreDictionary.get(p.full().substring(t.offset - 1, t.offset + 1));
        return noun != null && noun.nature[0].toString().startsWith("n");
    }

    /**
     * 阳城县|连|旺小米种植专业合作社: a lone character right after a place, read as a particle or an adverb, is
     * the first of a trade name. Words that join or point (与, 在, 该) are not.
     */
    private static boolean tradeCharAfterPlace(Term t, List<Mention> places) {
        return t.word.length() == 1 && !STOP_WORDS.contains(t.word) && !PRONOUNS.contains(t.word)
                && !POSITION_WORDS.contains(t.word) && !t.nature.toString().startsWith("w")
                && places.stream().anyMatch(place -> place.end() == t.offset);
    }

    /**
     * Where the bracket closed by {@code t} opens when it holds a county, city or province and a word of the
     * name stands before it (鼎川（沧州）化工…), or -1.
     */
    private int placeBracketOpening(Passage p, Term t) {
        if (!t.word.equals("）") && !t.word.equals(")")) {
            return -1;
        }
        String s = p.full();
        int from = Math.max(0, t.offset - MAX_BRACKETED_PLACE - 1);
        String near = s.substring(from, t.offset);
        int open = Math.max(near.lastIndexOf('（'), near.lastIndexOf('(')) + from;
        boolean placeInside = open >= from && t.offset - open > 2
                && gazetteer.names(s.substring(open + 1, t.offset), BRANCH_AREAS);
        Term before = placeInside ? p.termAt(open - 1) : null;
        // The name goes on before the bracket; a name never opens with one.
        if (before != null && Chars.isHan(p.charAt(open - 1)) && !stops(before)) {
            return open;
        }
        // 湘/g 能/v （湖南）: a brand of two characters the segmenter read one by one opens the name.
        Term first = before == null || before.word.length() != 1 ? null : p.termAt(open - 2);
        boolean splitBrand = first != null && first.word.length() == 1 && Chars.isHan(p.charAt(open - 2))
                && Chars.isHan(p.charAt(open - 1)) && !STOP_WORDS.contains(first.word) && !STOP_WORDS.contains(before.word)
                && !PRONOUNS.contains(first.word);
        return splitBrand ? open - 2 : -1;
    }

    /** 金葵/种/业有限公司: a character the segmenter read as a measure word that opens a trade (种业) of the name. */
    private static boolean opensTradeWord(Passage p, Term t, int suffixStart) {
        return TRADES.stream().anyMatch(trade -> trade.length() > t.word.length() && p.full().startsWith(trade, t.offset)
                && t.offset + trade.length() <= suffixStart);
    }

    /**
     * 联合|天/qt|盾财产保险股份有限公司: a lone measure word with no number before it, right after a verb of
     * joining, is a name's first character the segmenter cut off.
     */
    private static boolean countWordAfterPartyVerb(Passage p, Term t) {
        Term before = p.termAt(t.offset - 1);
        return t.word.length() == 1 && t.nature.toString().startsWith("q") && before != null
                && before.offset + before.word.length() == t.offset && PARTY_VERBS.contains(before.word);
    }

    private static boolean opensClauseAlone(Passage p, Term t) {
        return loneCharacter(t) && !t.nature.toString().startsWith("w")
                && (t.offset == 0 || Chars.isPunctuation(p.charAt(t.offset - 1)));
    }

    /**
     * 北京朗川资|本管理有限公司: a pronoun's character right after a noun or a place, glued to
     * the rest of the name, is a character of the name; pronouns follow a verb, a preposition or a break.
     */
    private static boolean afterNoun(Passage p, Term t) {
        Term before = t.offset == 0 ? null : p.termAt(t.offset - 1);
        return before != null && before.offset + before.word.length() == t.offset && before.word.length() > 1
                && (before.nature.toString().startsWith("n") && !before.nature.toString().startsWith("nnt"));
    }

    /** 华|程控|股|集团: a word of names the segmenter cut across two terms (控股 as 程控|股) stops no walk. */
    private static boolean nameVerbSplit(Passage p, Term t) {
        return t.word.length() == 1 && t.offset > 0
                && NAME_VERBS.contains(p.full().substring(t.offset - 1, t.offset + 1));
    }

    /** A term of one Chinese character that is no function word. */
    private static boolean loneCharacter(Term t) {
        return t.word.length() == 1 && Chars.isHan(t.word.charAt(0)) && !STOP_WORDS.contains(t.word);
    }

    /**
     * The name is one term the segmenter tags an organisation's, or one after the lone character opening a
     * university's name (北|华大学林学院).
     */
    private static boolean oneOrganisationTerm(Passage p, Mention m) {
        Term first = p.termAt(m.start());
        int from = first != null && loneCharacter(first) && p.full().startsWith(UNIVERSITY, m.start() + 2)
                ? m.start() + 1 : m.start();
        Term whole = p.termAt(from);
        return whole != null && whole.offset == from && whole.word.length() == m.end() - from
                && whole.nature.toString().startsWith("nt");
    }

    /**
     * 子公司化|隆青岭X有限公司: a lone verb's character and the organisation's term after it that together open
     * with a county's short name (化隆) start the name there.
     */
    private boolean opensCountyShortName(Passage p, Term t) {
        Term next = p.termAt(t.offset + 1);
        return loneVerbCharacter(t) && next != null && next.offset == t.offset + 1
                && next.nature.toString().startsWith("nt")
                && gazetteer.byShortName(p.full().substring(t.offset, t.offset + 2)).stream()
                        .anyMatch(d -> d.level().equals("county"));
    }

    /**
     * 与X村的兴农|蔬菜种植专业合作社: a verb of two characters right after 的, a conjunction or a list's mark, a few
     * characters of trade before a farmers' cooperative's registered kind, is the cooperative's own name (兴农, 富民),
     * no predicate: nothing after those marks would take a verb there.
     */
    private static boolean opensCooperativeName(Passage p, Term t, int suffixStart) {
        return t.word.length() == 2 && t.nature.toString().startsWith("v") && t.offset > 0
                && COOPERATIVE_NAME_OPENS.indexOf(p.charAt(t.offset - 1)) >= 0
                && p.full().startsWith(SPECIALISED, suffixStart)
                && suffixStart - t.offset - t.word.length() <= MAX_COOPERATIVE_TRADE;
    }

    /** A term of one Chinese character the segmenter reads as a verb (达|桑沟, 汇|岚): maybe a name's first. */
    private static boolean loneVerbCharacter(Term t) {
        return loneCharacter(t) && t.nature.toString().startsWith("v");
    }

    /** A function word (由, 和, 在) stands right before {@code pos}, glued to the level word after it (由省). */
    private static boolean afterFunctionWord(Passage p, int pos) {
        return pos > 0 && STOP_WORDS.contains(String.valueOf(p.charAt(pos - 1)));
    }

    private static boolean placeTermAt(Passage p, int pos) {
        Term t = p.termAt(pos);
        return t != null && t.offset == pos && t.nature.toString().startsWith("ns");
    }

    private static boolean stops(Term t) {
        String nature = t.nature.toString();
        if (t.word.equals("前方")) {
            return false;   // X工作前方指挥部: the command post at the front, a word of the name
        }
        if (ERAS.contains(t.word)) {
            return false;   // 中国科学院近代物理研究所: an era names a field (近代物理, 现代农业), though a time word
        }
        if (nature.startsWith("w") || nature.equals("nnt") || STOP_WORDS.contains(t.word)
                || TRADE_ROLES.contains(t.word)) {
            return true;
        }
        if (nature.startsWith("v")) {
            return !NAME_VERBS.contains(t.word);
        }
        return STOP_NATURES.indexOf(nature.charAt(0)) >= 0 && !nature.startsWith("nr");
    }

    /**
     * The text's own short name (X(以下简称“果然香公司”)) shows where the name begins when the walk stopped
     * inside it (果然 read as an adverb left 香食品有限公司): the name then starts at the short name's stem at
     * the latest, and the walk goes on from there.
     */
    private Mention withDeclaredStem(Passage p, Mention m, int suffixStart, boolean research,
                                            List<Mention> places) {
        String s = p.full();
        Matcher d = AliasResolver.declarationAt(s, m.end());
        if (d == null) {
            return m;
        }
        String stem = stem(d.group(1));
        int at = stem.length() < 2 || m.name().contains(stem) ? -1 : s.lastIndexOf(stem, m.start());
        if (at < 0 || at + stem.length() < m.start() || m.start() - at > MAX_PREFIX) {
            return m;
        }
        int start = nameStart(p, at, suffixStart, research, places);
        return new Mention(s.substring(start, m.end()), m.type(), start, m.end());
    }

    /**
     * 鸿远科技由X集团有限公司与Y出资成立: a short name the text declares, then 由, opens a clause whose party is
     * named after 由, though the segmenter glued 由 into a word with the characters around it.
     */
    private static int afterDeclaredShortName(Passage p, int start, int suffixStart) {
        String s = p.full();
        if (!s.contains(SHORT_NAME_DECLARED)) {
            return start;   // the text declares no short name: no scans on every walk
        }
        for (int by = s.lastIndexOf(BY, suffixStart - 1); by > start; by = s.lastIndexOf(BY, by - 1)) {
            for (int from = start; from < by - 1; from++) {
                if (AliasResolver.declaresShortName(s, s.substring(from, by))) {
                    return by + 1;
                }
            }
        }
        return start;
    }

    /**
     * 示范方由|国家小麦工程技术研究中心: no research body's name holds 由 (but 自由), so one the segmenter glued to
     * the word before it closes what the sentence opens on, and the unit's name starts after it.
     */
    private static int afterGluedBy(String s, int start, int suffixStart) {
        int by = s.lastIndexOf(BY, suffixStart - 1);
        return by >= start && (by == 0 || s.charAt(by - 1) != '自') ? by + 1 : start;
    }

    /** A short name without its organisation word: 果然香公司 -> 果然香. */
    private static String stem(String shortName) {
        for (Suffix suffix : SUFFIXES) {
            if (shortName.endsWith(suffix.text()) && shortName.length() > suffix.text().length()) {
                return shortName.substring(0, shortName.length() - suffix.text().length());
            }
        }
        return shortName;
    }

    /** "6个村级肉牛养殖专业合作社": a count before a kind that opens with a generic word names no one. */
    private boolean countedKind(Passage p, Mention m, String prefix) {
        boolean counted = COUNTED.matcher(p.full().substring(Math.max(0, m.start() - 4), m.start())).find();
        for (int len = 2; counted && len <= Math.min(4, prefix.length()); len++) {
            if (lexicon.isGenericModifier(prefix.substring(0, len))) {
                return true;
            }
        }
        // 5家茶叶种植专业合作社: cooperatives counted by their trade, no place or name opening it, are a kind.
        return counted && m.name().endsWith(ReferenceResolver.COOPERATIVE) && !beginsWithPlace(p, m.start())
                && !startsWithPlaceWord(prefix) && m.name().contains(SPECIALISED);
    }

    /** 农民专业合作社, 相关企业: a kind of organisation, not a name; no conjunction before it changes that. */
    private boolean isGeneric(Mention m, Suffix suffix) {
        String prefix = m.name().substring(0, m.name().length() - suffix.text().length());
        // 辖|内农民专业合作社: a position word the segmenter cut from its verb leaves the kind as generic as before.
        boolean afterPosition = prefix.length() > 1 && POSITION_WORDS.contains(prefix.substring(0, 1))
                && lexicon.isGenericModifier(prefix.substring(1));
        // 合资组建冷链物流公司: a company described by its trade alone is a kind of company, not one named.
        return lexicon.isGenericModifier(prefix) || afterPosition || suffix.text().equals(COMPANY)
                && Lexicon.composedOf(prefix, w -> GENERIC_TRADES.contains(w) || lexicon.isGenericModifier(w));
    }

    /**
     * Where a bracket before the legal form starts: X食品科技（集团）股份有限公司, and the place a company was
     * registered for, at home or abroad: X智能装备（泉州）有限公司, X农机（泰国）有限公司. Without one,
     * {@code suffixStart}.
     */
    private int groupMarkerStart(String s, int suffixStart) {
        for (String marker : GROUP_MARKERS) {
            if (s.startsWith(marker, suffixStart - marker.length())) {
                return suffixStart - marker.length();
            }
        }
        int open = Math.max(s.lastIndexOf('（', suffixStart - 1), s.lastIndexOf('(', suffixStart - 1));
        boolean closed = suffixStart > 0 && "）)".indexOf(s.charAt(suffixStart - 1)) >= 0;
        if (!closed || open < 0 || suffixStart - open > MAX_BRACKETED_PLACE + 2) {   // the place and its brackets
            return suffixStart;
        }
        String place = s.substring(open + 1, suffixStart - 1);
        return gazetteer.names(place, BRANCH_AREAS) || lexicon.countries.contains(place)
                || lexicon.worldCities.contains(place) ? open : suffixStart;
    }

    /** Where the places written one after another from {@code start} end (宁陵县石桥镇|), or {@code start}. */
    private static int afterPlaces(int start, List<Mention> places) {
        int at = start;
        for (Mention place = placeStartingAt(places, at); place != null; place = placeStartingAt(places, at)) {
            at = place.end();
        }
        return at;
    }

    private static boolean namesFamilyFarm(String ownName) {
        return ownName.length() >= 2 && ownName.length() <= MAX_FARM_NAME && !FARM_RANK.matcher(ownName).find()
                && !holdsVerb(ownName);
    }

    private boolean accept(Passage p, Mention m, Suffix suffix, List<Mention> places) {
        // 新材料工厂, 蔬菜加工厂: a factory described, not named; 控股子公司: a kind of company, not its name;
        // 采选原矿, 圈定找矿: ore and the work of mining, no mine.
        if (m.name().endsWith(FACTORY) || m.name().endsWith(SUBSIDIARY) || MINING_WORDS.matcher(m.name()).find()) {
            return false;
        }
        // 全县养殖专业合作社, 全区农民专业合作社: the division's cooperatives of a kind are no company of its name
        // (全州县X合作社 is one of 全州县's).
        int level = p.charAt(m.start() - 1) == WHOLE ? m.start() : p.charAt(m.start()) == WHOLE ? m.start() + 1 : -1;
        if (suffix.type() == EntityType.Enterprise && level >= 0 && BARE_LEVELS.indexOf(p.charAt(level)) >= 0
                && places.stream().noneMatch(place -> place.start() < level && level < place.end())) {
            return false;
        }
        int suffixStart = m.end() - suffix.text().length();
        // 湄潭县田家沟家庭农场: a family farm has a short name of its own after its places, no verb (大力发展) and no
        // rank (省级示范性); 吉林省家庭农场 is the province's farms.
        if (suffix.text().equals(FAMILY_FARM) && !namesFamilyFarm(
                p.full().substring(Math.min(afterPlaces(m.start(), places), suffixStart), suffixStart))) {
            return false;
        }
        int prefixEnd = suffix.strict() ? groupMarkerStart(p.full(), suffixStart) : suffixStart;
        String prefix = p.full().substring(m.start(), prefixEnd);
        // 贵阳首个磷化工中试基地: a body described as the first of its kind somewhere, not named.
        if (FIRST_OF_KIND.matcher(prefix).find()) {
            return false;
        }
        // 教授X任实验室(主任): a unit's name neither holds nor follows a professor's or researcher's title.
        if (suffix.type() == EntityType.ResearchTeam && !HOSTED_STATIONS.contains(suffix.text())
                && SCHOLARS_TITLES.stream().anyMatch(t -> prefix.contains(t) || p.full().startsWith(t,
                        m.start() - t.length()))) {
            return false;
        }
        if (suffix.type() == EntityType.Government && prefix.length() == 1
                && (suffix.text().length() >= 3 || suffix.text().equals("政府"))
                && BARE_LEVELS.indexOf(prefix.charAt(0)) >= 0
                && (p.isBoundary(m.start()) || afterFunctionWord(p, m.start()))) {
            // 省发展改革委, 县政府, 和|市供销合作社联合社, 由省|发展改革委: a body of the article's province or county
            // named by its level word
            return true;
        }
        // 格尔木一企业博士后工作站: a station is named after its company, not after a description of one; X有限公司
        // 建成中试基地: nor is a base or station what a company's name and a verb make.
        boolean station = HOSTED_STATIONS.contains(suffix.text());
        if ((station || suffix.text().equals(PILOT_BASE)) && (prefix.endsWith("企业") || AliasResolver.LEGAL_FORMS
                .stream().anyMatch(form -> prefix.contains(form) && !prefix.endsWith(form)))) {
            return false;
        }
        // X有限公司院士工作站, 华钛硬质博士后科研工作站: a station is named after the company that hosts it, by its
        // registered or declared short name; 谭立明院士工作站: or after its academician, whom the text names on
        // their own too.
        if (station && namesCompany(p, prefix)) {
            return true;
        }
        if (suffix.text().equals(ACADEMICIAN_STATION)) {
            return lexicon.isPersonName(prefix) && namedAlone(p.full(), prefix, ACADEMICIAN_STATION);
        }
        // A place in brackets (鼎川（沧州）化工…) is the only punctuation a name holds, with the dash joining a joint
        // unit's partners (X大学—Y联合实验室); the walk crosses no other.
        String unbracketed = BRACKETED_WORDS.matcher(prefix).replaceAll("");
        unbracketed = m.name().contains(JOINT) ? unbracketed.chars().filter(c -> JOINING_DASHES.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                : unbracketed;
        // 该校农学院: a college of one character's discipline, written after the word for its university, or after a
        // preposition glued to it once the text has named it in full.
        if (prefix.length() == 1 && suffix.text().equals("学院") && Chars.isHan(prefix.charAt(0))
                && (unitOfNamedInstitution(p, m, suffix) || unitNamedInFullBefore(p, m, suffix))) {
            return true;
        }
        // 江苏科技小院(增至186家): a province's science courtyards are a network of them, no one courtyard.
        if (suffix.text().equals(SCIENCE_COURTYARD) && gazetteer.names(prefix, PROVINCES)) {
            return false;
        }
        // 三个庄子镇人民政府: a registered division's name may open with a count, and counts nothing; so may a town's
        // written after the divisions it lies in (X省Y市Z县三家镇人民政府).
        boolean registeredDivision = registeredChainUpTo(places, m.start(), prefixEnd);
        if (prefix.length() < 2 || unbracketed.chars().anyMatch(c -> !Chars.isHan(c) && !Character.isLetterOrDigit(c))
                || isGeneric(m, suffix) || TIME_OPENING.matcher(prefix).lookingAt()
                || Character.isDigit(p.charAt(m.start() - 1)) && TIME_OPENING.matcher("1" + prefix).lookingAt()   // 2024|年度
                || !registeredDivision && (countedKind(p, m, prefix) || COUNT_INSIDE.matcher(prefix).find())) {
            return false;
        }
        // 已在西北地区建成生物质电厂6座: what was built is a kind of plant; a name loosely suffixed holds no 建成
        // opening a word (福建成功农业集团 does).
        int built = prefix.indexOf(BUILT);
        Term builtTerm = built < 0 || suffix.strict() ? null : p.termAt(m.start() + built);
        if (builtTerm != null && builtTerm.offset == m.start() + built && builtTerm.word.startsWith(BUILT)) {
            return false;
        }
        // X有限公司代表县人民政府入股: a government's name holds no company's legal form.
        if (suffix.type() == EntityType.Government && prefix.contains(LIMITED_COMPANY)) {
            return false;
        }
        // 曲靖市两地职业学校: the schools of places counted are no one school.
        if (SCHOOLS.contains(suffix.text()) && COUNTED_PLACES.matcher(prefix).find()) {
            return false;
        }
        // 南阳师范学院省重点实验室: an institution's name and a designation say which kind of its units, naming none.
        Matcher designation = DESIGNATION.matcher(prefix);
        if (suffix.type() == EntityType.ResearchTeam && designation.find() && designation.group().contains(KEY)
                && INSTITUTION_ENDING.matcher(ownNameBefore(prefix, designation)).find()) {
            return false;
        }
        // 山西省重点实验室(联合企业发文): a division and a designation say which kind of unit, naming none.
        if (suffix.type() == EntityType.ResearchTeam && designation.reset().find() && designation.group().contains(KEY)
                && gazetteer.names(ownNameBefore(prefix, designation))) {
            return false;
        }
        // X获批省级工程研究中心, 入选…: a research unit's name holds no verb that has a unit for its object.
        if (suffix.type() == EntityType.ResearchTeam
                && GOVERNING_VERBS.stream().anyMatch(v -> v.length() > 1 && prefix.contains(v))) {
            return false;
        }
        // 泉州海关, 拱北海关: a customs office goes by its city or port alone (…基地获|海关 is none).
        if (suffix.text().equals(CUSTOMS) && prefix.length() > MAX_CUSTOMS_PLACE) {
            return false;
        }
        if (suffix.text().equals("党委") && ofInstitution(prefix)) {
            return false;
        }
        // 北京科技大学国家大学|科技园: no university's name holds another university's.
        if (suffix.text().equals(UNIVERSITY) && prefix.contains(UNIVERSITY)) {
            return false;
        }
        if (suffix.type() == EntityType.ResearchTeam && COUNTED_UNITS.matcher(prefix).matches()) {
            return false;   // 江南大学两学院, X大学三个研究所: units of an institution counted, none named
        }
        if (prefix.length() == 2 && prefix.endsWith("全") && dictionaryTags(prefix.substring(0, 1), "v")) {
            return false;   // 已占|全集团的四成: a verb and the whole group, though the segmenter reads 占全 as a name
        }
        boolean startsWithPlace = places.stream().anyMatch(pl -> pl.start() == m.start());
        if (!suffix.strict() && placeThatHas(p, m.start())) {
            return false;   // 晋城有煤矿: the place has a mine, no company is named
        }
        if (suffix.text().startsWith("党") && places.stream().anyMatch(pl -> pl.name().equals(prefix))) {
            return true;   // 花茂村党总支 of the 花茂村 the text names, which the village reader leaves unread here
        }
        if (holdsTitledPerson(p, m.start(), prefixEnd)) {
            return false;   // 市长X|代表市人民政府作政府, 县长X和Y公司: a body's name holds no official and their title
        }
        if (suffix.type() == EntityType.Government) {
            // 浙江援疆指挥部, 祁县人民政府 as one term: the province (or county) opens the name though no place
            // was cut out of it.
            return startsWithPlace || beginsWithPlace(p, m.start(), BRANCH_AREAS) || prefix.matches("^(" + GOVERNMENT_STARTS + ").*") || ofBareLevel(p, m, prefix)
                    || ofNationalBody(prefix) || ZONE_COMMITTEE.matcher(m.name()).matches();
        }
        return suffix.strict() || startsWithPlace || startsWithPlaceWord(prefix) || branchOfPlace(prefix, suffix, places)
                || BRANCH_SUFFIXES.contains(suffix.text()) && gazetteer.names(prefix, TOWN)   // 蔡家支行
                || branchOfNamedCompany(prefix, suffix)
                || startsWithNamedDivision(prefix, places)
                || designatedUnit(prefix, suffix) || unitOfNamedInstitution(p, m, suffix) || knownUniversity(p, m, suffix)
                || quotedUnit(p, m, suffix) || jointlyBuiltUnit(p, m, suffix) || repeatedUnit(p, m, suffix)
                || unitNamedInFullBefore(p, m, suffix)
                || collegeOfTwoDisciplines(p, m, suffix)
                || hasProperTerm(p, m.start(), m.end() - suffix.text().length()) || mineOfPlace(p, m, places)
                || tradeNamedFactory(p, m, suffix) || collegeNamedAsOneTerm(p, m, suffix)
                || collegeOfDivision(p, m, suffix) || laboratoryNamedAsOneTerm(p, m, suffix)
                || lexicon.shortForms.keySet().stream().anyMatch(prefix::startsWith);
    }

    /**
     * A personal name (nr) in [from, to) right after a title: a word the segmenter reads as one (nnt), or one the
     * lexicon knows (县长 cut as 县县|长).
     */
    private boolean holdsTitledPerson(Passage p, int from, int to) {
        for (int i = from; i < to; ) {
            var name = p.termAt(i);
            if (name == null || name.word.isEmpty()) {
                i++;
                continue;
            }
            int start = name.offset;
            if (start >= from && name.nature.toString().startsWith("nr")) {
                // The title may stand right before the walk's start (县长|王立平和菌香公司).
                var before = start > 0 ? p.termAt(start - 1) : null;
                if (before != null && before.nature.toString().equals("nnt") || lexicon.titleEndsAt(p.full(), start)) {
                    return true;
                }
            }
            i = Math.max(i + 1, start + name.word.length());
        }
        return false;
    }

    /**
     * 省农业科学院党委, 南阳分行党委: the party committee inside an institution or a company is no body of
     * government; its members' titles (党委委员、副院长) belong to the institution.
     */
    private static boolean ofInstitution(String prefix) {
        return SUFFIXES.stream().anyMatch(x -> x.type() != EntityType.Government && prefix.endsWith(x.text()));
    }

    /** A place's name at {@code pos}, then 有 ("has") opening no word of names (有色金属, 有机). */
    private boolean placeThatHas(Passage p, int pos) {
        for (int end = pos + 2; end <= Math.min(p.full().length(), pos + 4); end++) {
            if (p.charAt(end) == '有' && "色机限".indexOf(p.charAt(end + 1)) < 0
                    && gazetteer.names(p.full().substring(pos, end), BRANCH_AREAS)) {
                return true;
            }
        }
        return false;
    }

    /** 工业和信息化部中小企业局: a bureau of a ministry the lexicon knows. */
    private boolean ofNationalBody(String prefix) {
        return lexicon.shortForms.entrySet().stream().anyMatch(e -> prefix.startsWith(e.getKey())
                && prefix.length() > e.getKey().length() && typeOf(e.getValue()) == EntityType.Government);
    }

    /**
     * 省商务厅, 市农业农村局: a body of the article's own province or city, named by the level word alone. The
     * word must stand alone as the name's first word (省/工业, not 市场监督管理局), or follow a party verb or a
     * preposition the segmenter glued to it (会同市卫生健康委员会 as one term, 由省|农业农村厅).
     */
    private static boolean ofBareLevel(Passage p, Mention m, String prefix) {
        boolean glued = PARTY_VERBS.stream().anyMatch(v -> p.full().startsWith(v, m.start() - v.length()))
                || afterFunctionWord(p, m.start());
        // 省市场监督管理局: the level word's next two characters may be a word of their own (市场), though the
        // level word and the next one make another (省市).
        boolean wordAfterLevel = prefix.length() >= 3 && CoreDictionary.get(prefix.substring(1, 3)) != null;
        return (p.isBoundary(m.start()) || glued) && (prefix.startsWith(AUTONOMOUS_REGION)
                || BARE_LEVELS.indexOf(prefix.charAt(0)) >= 0
                && (CoreDictionary.get(prefix.substring(0, 2)) == null || wordAfterLevel));
    }

    /**
     * 青禾茶厂, 丰源食品厂: a factory is commonly named by a trade name, a product and 厂. When the segmenter's
     * organisation recogniser reads the whole candidate as one name and it splits into two characters the
     * dictionary does not know as a common word, then a noun, the two characters are a trade name. A common
     * word there (集体茶厂, 乡镇砖厂) makes a kind of factory, not a name.
     */
    private static boolean tradeNamedFactory(Passage p, Mention m, Suffix suffix) {
        if (!suffix.text().equals("厂") || !readAsOneName(p, m)) {
            return false;
        }
        String prefix = m.name().substring(0, m.name().length() - suffix.text().length());
        String tradeName = prefix.substring(0, 2);
        String product = prefix.substring(2);
        return product.length() >= 1 && product.length() <= 2 && dictionaryTags(product, "n")
                && (CoreDictionary.get(tradeName) == null || dictionaryTags(tradeName, "nz"));
    }

    /** The segmenter reads the whole candidate {@code m} as one organisation's name (nt). */
    private static boolean readAsOneName(Passage p, Mention m) {
        Term whole = p.termAt(m.start());
        return whole != null && whole.offset == m.start() && whole.word.length() == m.name().length()
                && whole.nature.toString().startsWith("nt");
    }

    /** 吴晓/nr|岚/nz: the last character of a name the segmenter cut off its first two. */
    private static boolean splitNameEnd(Passage p, Term t) {
        Term before = t.word.length() == 1 ? p.termAt(t.offset - 1) : null;
        return before != null && before.word.length() == 2 && before.nature.toString().startsWith("nr");
    }

    /**
     * 仲恺农业工程学院: a college or university the segmenter reads as one organisation's name, opening on two
     * characters that are no common word (a founder's or a place's old name), and at least two more before its
     * suffix.
     */
    private static boolean collegeNamedAsOneTerm(Passage p, Mention m, Suffix suffix) {
        String prefix = m.name().substring(0, m.name().length() - suffix.text().length());
        // Not a preposition the segmenter glued on (为|西农园艺学院), nor a unit of a university the text names,
        // called by its contraction (哈工大机电工程学院 of 哈尔滨工业大学).
        return (suffix.text().equals(COLLEGE) || suffix.text().equals(UNIVERSITY)) && readAsOneName(p, m)
                && prefix.length() >= 4
                && CoreDictionary.get(prefix.substring(0, 2)) == null && !dictionaryTags(prefix.substring(0, 1), "p")
                && !contractsANamedUniversity(p, prefix.substring(0, 2));
    }

    /**
     * 仙湖实验室 as one term: a laboratory called by a proper name of its own, two or three characters no dictionary
     * knows (not a field, 种子实验室; nor a joint laboratory's contraction, which ends in a word: X联合实验室), opening
     * on a character of names, holding no verb or count (走出实验室, 们|走出实验室, 两校实验室); or by such a name and
     * its trade's noun or a trade in 业 (崖州湾种子实验室, 神农种业实验室).
     */
    private static boolean laboratoryNamedAsOneTerm(Passage p, Mention m, Suffix suffix) {
        String prefix = m.name().substring(0, m.name().length() - suffix.text().length());
        if (!suffix.text().equals(LABORATORY) || !readAsOneName(p, m)) {
            return false;
        }
        String trade = prefix.length() < MIN_NAMED_LABORATORY ? "" : prefix.substring(prefix.length() - 2);
        String own = prefix.substring(0, prefix.length() - trade.length());
        boolean ownAndTrade = !trade.isEmpty() && (dictionaryTags(trade, "n") || trade.endsWith(AliasResolver.TRADE))
                && nameNoWordHolds(own);
        return ownAndTrade || nameNoWordHolds(prefix)
                && CoreDictionary.get(prefix.substring(prefix.length() - 2)) == null
                && CoreDictionary.get(prefix.substring(0, 1)) != null;
    }

    /** Two or three characters no dictionary word holds, whole or by its first two, and no verb among them. */
    private static boolean nameNoWordHolds(String name) {
        return name.length() >= 2 && name.length() <= 3 && CoreDictionary.get(name) == null
                && CoreDictionary.get(name.substring(0, 2)) == null
                && name.chars().noneMatch(c -> dictionaryTags(String.valueOf((char) c), "v"));
    }

    /** 红河学院, 文山学院 as one term: a college named after its prefecture or county, no place cut out of it. */
    private boolean collegeOfDivision(Passage p, Mention m, Suffix suffix) {
        String prefix = m.name().substring(0, m.name().length() - suffix.text().length());
        return suffix.text().equals(COLLEGE) && readAsOneName(p, m) && gazetteer.names(prefix, BRANCH_AREAS);
    }

    /** Whether the two characters stand, in order, in the name of a university the text names (西农: 西北农林科技大学). */
    private static boolean contractsANamedUniversity(Passage p, String opening) {
        Matcher university = NAMED_UNIVERSITY.matcher(p.full());
        while (university.find()) {
            int first = university.group(1).indexOf(opening.charAt(0));
            if (first >= 0 && university.group(1).indexOf(opening.charAt(1), first + 1) > first) {
                return true;
            }
        }
        return false;
    }

    /**
     * The company whose whole registered name ends a few plain characters before a branch's suffix
     * (X保险股份有限公司|朔州中心|支公司), however long that name is; null if none.
     */
    private Mention companyBefore(Passage p, int suffixStart, List<Mention> places, Map<Integer, Mention> placeAt) {
        String s = p.full();
        for (int k = suffixStart; k >= Math.max(0, suffixStart - MAX_BRANCH_OWN_NAME); k--) {
            for (Suffix legal : SUFFIXES) {
                if (legal.strict() && s.startsWith(legal.text(), k - legal.text().length())) {
                    // 在园区设立宁夏分公司: a clause, not a branch's own name, may stand between.
                    boolean plain = s.substring(k, suffixStart).chars().allMatch(Chars::isHan)
                            && noVerbBetween(p, k, suffixStart) && s.substring(k, suffixStart).chars()
                            .noneMatch(c -> STOP_WORDS.contains(String.valueOf((char) c)));
                    return plain ? candidate(p, k - legal.text().length(), k, legal, places, placeAt) : null;
                }
            }
        }
        return null;
    }

    /** X保险股份有限公司朔州中心支公司: a branch written after its company's whole registered name. */
    private static boolean branchOfNamedCompany(String prefix, Suffix suffix) {
        return BRANCH_SUFFIXES.contains(suffix.text())
                && SUFFIXES.stream().anyMatch(x -> x.strict() && prefix.indexOf(x.text()) >= 2);
    }

    /**
     * 湄潭分公司, 西峡支行, X银行阳城支行: a branch named by the county (or city, province) it serves, short form
     * included; or by a town the text names in full (唐兴镇 … 唐兴支行), as rural banks name their branches.
     */
    private boolean branchOfPlace(String prefix, Suffix suffix, List<Mention> places) {
        if (!BRANCH_SUFFIXES.contains(suffix.text())) {
            return false;
        }
        // X银行阳城支行: the place the branch serves follows its bank's name.
        int parentEnd = PARENT_SUFFIXES.stream().mapToInt(w -> prefix.lastIndexOf(w) < 0 ? -1
                : prefix.lastIndexOf(w) + w.length()).max().orElse(-1);
        String place = parentEnd >= 4 ? prefix.substring(parentEnd) : prefix;
        return gazetteer.names(prefix, BRANCH_AREAS) || parentEnd >= 4 && gazetteer.names(place, BRANCH_AREAS)
                || PlaceRecognizer.shortFormOfNamedTown(place, places);
    }

    /**
     * 农业微生物资源与病害防控北京市重点实验室: a key laboratory a province or city designates is named by its
     * field, then the designating division. When the walk stopped at that division, the field before it (nouns
     * and verbs joined by 与) belongs to the name, up to a clause break, a function word or a verb that governs
     * the name (担任, 依托).
     */
    private int beforeDesignatingPlace(Passage p, int start, int suffixStart) {
        String s = p.full();
        int designation = suffixStart - DESIGNATED_KEY.length();
        if (designation <= start || !s.startsWith(DESIGNATED_KEY, designation)
                || !endsWithDivision(s.substring(start, designation))) {
            return start;
        }
        int cur = start;
        while (cur > 0 && start - cur < MAX_FIELD) {
            Term t = p.termAt(cur - 1);
            if (t == null || t.nature.toString().startsWith("w") || t.nature.toString().startsWith("nr")
                    || STOP_WORDS.contains(t.word) && !CONJUNCTIONS.contains(t.word)
                    || PARTY_VERBS.contains(t.word) || GOVERNING_VERBS.contains(t.word)) {
                break;
            }
            cur = t.offset;
        }
        return start - cur >= 2 && !CONJUNCTIONS.contains(s.substring(cur, cur + 1)) ? cur : start;
    }

    /**
     * 湖北省库区消落带生态修复重点实验室: a key laboratory named by its designating division, then its field. When
     * the walk stopped inside the field (at 消落, read as verbs), the division written in full a few plain
     * characters before opens the name.
     */
    private static int afterDesignatingPlace(Passage p, int start, int suffixStart, List<Mention> places) {
        String s = p.full();
        if (!s.startsWith(DESIGNATED_KEY, suffixStart - DESIGNATED_KEY.length())) {
            return start;
        }
        for (Mention division : places) {
            int gap = start - division.end();
            Object level = division.properties().get("level");
            if (gap >= 1 && gap <= MAX_FIELD && division.name().equals(division.canonical())
                    && ("province".equals(level) || "city".equals(level))
                    && s.substring(division.end(), start).chars().allMatch(c -> Chars.isHan(c)
                    && !STOP_WORDS.contains(String.valueOf((char) c)))) {
                return division.start();
            }
        }
        return start;
    }

    /** The text ends with a province's or city's name, in full or short (北京市, 山西省, 山西). */
    private boolean endsWithDivision(String text) {
        return divisionEndingAt(text, text.length(), false) >= 0;
    }

    /**
     * X国家重点实验室, X工程技术研究中心: a designation makes a research unit's name proper. A college is no such
     * unit: 运载工程学院 is a college's name only with its university (X大学机械与运载工程学院).
     */
    private static boolean designatedUnit(String prefix, Suffix suffix) {
        // 国家耐盐碱水稻技术创新中心: a national centre is named by its field after 国家.
        if (suffix.type() == EntityType.ResearchTeam && suffix.text().endsWith(CENTRE) && prefix.startsWith(NATIONAL)
                && NATIONAL_FIELD.matcher(prefix.substring(NATIONAL.length())).matches()) {
            return true;
        }
        // 崖州湾国家实验室: a national laboratory is named by where it is, before 国家; not by a field described
        // (农业领域国家实验室) or a common noun (一个种业国家实验室).
        String own = prefix.endsWith(NATIONAL) ? prefix.substring(0, prefix.length() - NATIONAL.length()) : "";
        if (suffix.text().equals(LABORATORY) && own.length() >= 2 && !FIELD_DESCRIBED.matcher(own).find()
                && (CoreDictionary.get(own) == null || dictionaryTags(own, "ns") || dictionaryTags(own, "s"))) {
            return true;
        }
        Matcher designation = DESIGNATION.matcher(prefix);
        if (suffix.type() != EntityType.ResearchTeam || suffix.text().equals("学院") || suffix.text().equals("大学")
                || !designation.find() || prefix.length() < 4) {
            return false;
        }
        // 省级工程研究中心, (新一)批省级工程研究中心, (全)省省级…: a rank and a designation name a kind of unit; the
        // unit's own name stands before them.
        return ownNameBefore(prefix, designation).length() >= 2;
    }

    /** What of {@code prefix} stands before the designation found in it and the rank given it (X|省级|工程). */
    private static String ownNameBefore(String prefix, Matcher designation) {
        return RANK_ENDING.matcher(prefix.substring(0, designation.start())).replaceFirst("");
    }

    /**
     * Trade words alone (氢能装备), or a product and trade words (铜箔科技, 生鲜供应链: the dictionary calls 生鲜 an
     * adjective), up to the legal form.
     */
    private static boolean productAndTrade(Passage p, int start, int suffixStart) {
        String rest = p.full().substring(start, suffixStart);
        if (Lexicon.composedOf(rest, TRADES)) {
            return true;
        }
        Term product = p.termAt(start);
        int productEnd = product == null ? start : product.offset + product.word.length();
        return product != null && product.offset == start && "na".indexOf(product.nature.toString().charAt(0)) >= 0
                && productEnd < suffixStart && Lexicon.composedOf(p.full().substring(productEnd, suffixStart), TRADES);
    }

    /**
     * 苏州锦川储能技术有限公司: a registered name is place, trade name, trade and legal form. When the walk stopped
     * at a verb (储能, 滴灌) with only the trade left (技术有限公司), the verb is part of the trade name and the
     * walk goes on past it once. So it does when the verb is the trade itself, right before the legal form
     * (X省Y粮食烘干有限公司), if a place opens the name.
     */
    private int acrossVerbBeforeTrade(Passage p, int start, int suffixStart, List<Mention> places) {
        Term cut = p.termAt(start - 1);
        // (X隶属于Y实业集团, 位于, 致力于: a verb ending in 于 relates the name before it to what follows.)
        if (start > suffixStart || cut == null || STOP_WORDS.contains(cut.word) || PARTY_VERBS.contains(cut.word)
                || cut.word.length() > 1 && cut.word.endsWith("于")) {
            return start;
        }
        boolean verb = cut.nature.toString().startsWith("v");
        boolean verbTrade = verb && start == suffixStart && cut.word.length() >= 2;
        if (start == suffixStart && !verbTrade) {
            return start;
        }
        boolean trade = verb && !verbTrade && productAndTrade(p, start, suffixStart);
        // 佳木斯北垦优选食品, 海南南渡粮油, 上海港沿稻米: a product alone before the legal form names no company;
        // the trade name the segmenter read as a verb or preposition goes with it, back to the place it opens with.
        // 晋城飞跃动力电池: the product may be two nouns the dictionary holds apart.
        String product = p.full().substring(start, suffixStart);
        boolean productOnly = !trade && !verbTrade && (verb || cut.nature.toString().startsWith("p"))
                && (dictionaryTags(product, "n") || Lexicon.composedOf(product, w -> w.length() >= 2
                && dictionaryTags(w, "n")));
        if (!trade && !productOnly && !verbTrade) {
            return start;
        }
        // 全资子公司|山西太驰智能座舱: the walk on stops after a title no name carries.
        int walked = afterNoNameStart(p, nameStart(p, cut.offset, suffixStart, false, places), cut.offset);
        // 内蒙古北/驰氢能装备: where the walk stops again at once, a province a few characters before opens the name.
        int longer = walked < cut.offset ? walked : fromAnchoringPlace(p, cut.offset, places, true);
        boolean placeOpens = beginsWithPlace(p, longer, BRANCH_AREAS) || anchoringPlaceAt(longer, places);
        return longer < cut.offset && (trade || placeOpens) ? longer : start;
    }

    /**
     * X大学省部共建Y国家重点实验室: a laboratory the province and the ministry build at an institution is named
     * from the institution on, across the verbs of its field (清洁高效利用).
     */
    private int jointlyBuiltLab(Passage p, int start, int suffixStart, List<Mention> places) {
        int from = Math.max(0, suffixStart - MAX_LAB_FIELD);
        String before = p.full().substring(from, suffixStart);
        int k = before.lastIndexOf(JOINTLY_BUILT);
        // (Y国家重点实验室隶属X大学: a laboratory already named ends the walk before the university after it.)
        if (k < 0 || from + k >= start || before.substring(k).chars().anyMatch(Chars::isPunctuation)
                || before.indexOf(LABORATORY, k) >= 0) {
            return start;
        }
        int at = from + k;
        int institution = nameStart(p, at, at, true, places);
        // (的省部共建Y国家重点实验室, or opening a clause: its official name starts with the designation.)
        return institution < at && INSTITUTION_END.matcher(p.full().substring(institution, at)).find()
                ? institution : at;
    }

    /**
     * 共建的聚|烯烃材料研究中心: a character or two the walk left between 共建的 and a research unit's name
     * (a verb to the segmenter) are the name's first, as what the parties built is named right after 的.
     */
    private static int afterJointlyBuilt(Passage p, int start) {
        for (int gap = 1; gap <= MAX_DROPPED_AFTER_BUILT; gap++) {
            int named = start - gap;
            if (named <= 0 || !Chars.isHan(p.charAt(named))) {
                return start;
            }
            if (jointlyBuiltEndsAt(p, named)) {
                return named;
            }
        }
        return start;
    }

    /**
     * 虔城稀土新材料实验室, named again later in full: a long research unit's name the text repeats word for word
     * is a proper name, though no place or known word opens it.
     */
    private static boolean repeatedUnit(Passage p, Mention m, Suffix suffix) {
        if (suffix.type() != EntityType.ResearchTeam || m.name().length() - suffix.text().length() < 4
                || p.full().indexOf(m.name(), m.end()) < 0) {
            return false;
        }
        // Standing alone each time: never the tail of a longer name (沂蒙|乡村振兴研究院) nor after a conjunction
        // that may join it to one (遗传与|发育生物学研究所).
        for (int at = p.full().indexOf(m.name()); at >= 0; at = p.full().indexOf(m.name(), at + 1)) {
            char before = p.charAt(at - 1);
            if (Chars.isHan(before) && OPENS_UNIT_NAME.indexOf(before) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * X研究所东乡县马铃薯科技示范站: a unit written right after its parent unit and opening with a place is
     * named from the place; the parent is a name of its own. (An institution's own units are named with it:
     * 中国科学院成都生物研究所.)
     */
    private static int afterParentUnit(Passage p, int start, int suffixStart, Map<Integer, Mention> placeAt) {
        for (int at = start + 1; at < suffixStart; at++) {
            int placeStart = at;
            if (placeAt.containsKey(at)
                    && PARENT_UNITS.stream().anyMatch(unit -> p.full().startsWith(unit, placeStart - unit.length()))) {
                return at;
            }
        }
        return start;
    }

    /**
     * 中国科学院|大连化学物理研究所|催化基础国家重点实验室: where the walk stopped at its length limit inside the
     * name of the institute that holds the laboratory, the laboratory's own name starts after the institute's (a
     * university's laboratories and colleges are named whole: X大学Y国家重点实验室).
     */
    private static int afterParentCutShort(Passage p, int start, int suffixStart) {
        Term before = start > 0 ? p.termAt(start - 1) : null;
        if (before == null || !before.nature.toString().startsWith("nt") || suffixStart - start < MAX_PREFIX - 2) {
            return start;
        }
        Matcher parent = INSTITUTE_INSIDE.matcher(p.full()).region(start, suffixStart);
        int after = -1;
        while (parent.find()) {
            after = parent.end();
        }
        return after > 0 && suffixStart - after >= 2 ? after : start;
    }

    /**
     * 共建“设施蔬菜联合实验室”: a research unit the text quotes is named by the whole quote, whatever words the
     * walk would have stopped at (联合).
     */
    private static int quoteOpening(Passage p, int start, int end) {
        if (p.charAt(end) != '”') {
            return start;
        }
        int open = p.full().lastIndexOf('“', end);
        boolean plain = open >= 0 && end - open <= MAX_PREFIX
                && p.full().substring(open + 1, end).chars().allMatch(Chars::isHan);
        return plain ? open + 1 : start;
    }

    /** "A与B共建的X联合实验室": a research unit the text says two parties built together is named. */
    private static boolean jointlyBuiltUnit(Passage p, Mention m, Suffix suffix) {
        return suffix.type() == EntityType.ResearchTeam && !RESEARCH_PARENTS.contains(suffix.text())
                && !suffix.text().equals("学院") && m.name().length() - suffix.text().length() >= 4
                && jointlyBuiltEndsAt(p, m.start());
    }

    private static boolean jointlyBuiltEndsAt(Passage p, int pos) {
        return JOINTLY_BUILT_BEFORE.stream().anyMatch(w -> p.full().startsWith(w, pos - w.length()));
    }

    /**
     * 第一作者为动物科技学院/nt|硕士研究生X: a unit's bare name after a preposition the segmenter glued to it, which the text
     * named in full before (南京农业大学动物科技学院), is that unit.
     */
    private static boolean unitNamedInFullBefore(Passage p, Mention m, Suffix suffix) {
        Term glued = p.termAt(m.start() - 1);
        if (suffix.type() != EntityType.ResearchTeam || GLUED_TO_UNIT.indexOf(p.charAt(m.start() - 1)) < 0
                || glued == null || glued.offset != m.start() - 1 || glued.word.length() == 1) {
            return false;
        }
        int named = p.full().lastIndexOf(m.name(), m.start() - 2);
        return named > 0 && Chars.isHan(p.charAt(named - 1));
    }

    /** 共建“高分子材料联合实验室”: a research unit the text names in quotes is a proper name, place or not. */
    private static boolean quotedUnit(Passage p, Mention m, Suffix suffix) {
        return suffix.type() == EntityType.ResearchTeam && p.charAt(m.start() - 1) == '“' && p.charAt(m.end()) == '”'
                && m.name().length() - suffix.text().length() >= 4;
    }

    /**
     * 东华大学, 暨南大学: a university with no place in its name, which the segmenter reads as one organisation
     * term. (Its organisation tags misfire on units and companies, not on universities it knows.) Also such a
     * university's units so read, and a college so read at a clause's start, where the story names a university.
     */
    private static boolean knownUniversity(Passage p, Mention m, Suffix suffix) {
        boolean oneName = oneOrganisationTerm(p, m);
        // 华侨大学机械工程学院: a unit opening with its university's name.
        int university = m.name().indexOf("大学");
        boolean ofUniversity = suffix.type() == EntityType.ResearchTeam && university >= 2
                && university + 2 < m.name().length() - suffix.text().length();
        // A college it so reads opening a clause (；资源环境学院则与) is one in a story that names a university.
        return oneName && (suffix.text().equals("大学") || ofUniversity)
                || suffix.text().equals("学院") && collegeOpeningClause(p, m) && p.full().contains("大学");
    }

    /** 依托其车辆工程学院, 该校农学院: a unit written after a word for its institution is named, though briefly. */
    private static boolean unitOfNamedInstitution(Passage p, Mention m, Suffix suffix) {
        return suffix.type() == EntityType.ResearchTeam && !suffix.text().equals("大学")
                && (p.charAt(m.start() - 1) == '其' || INSTITUTION_REFERENCES.stream()
                .anyMatch(r -> p.full().startsWith(r, m.start() - r.length())));
    }

    /**
     * 盐池滩羊产业研究院 where the text names 盐池县: a name opening with the short form of a county or city the
     * text names, though the segmenter read the form as a common noun (盐池, a salt pond).
     */
    private static boolean startsWithNamedDivision(String prefix, List<Mention> places) {
        return places.stream().anyMatch(pl -> ANCHORING_LEVELS.contains(String.valueOf(pl.properties().get("level")))
                && Gazetteer.shortName(pl.canonical()).length() >= 2
                && prefix.startsWith(Gazetteer.shortName(pl.canonical()))
                && prefix.length() > Gazetteer.shortName(pl.canonical()).length());
    }

    /** A province's or city's name, or a word the dictionary knows as a place (中国), begins at {@code pos}. */
    private boolean opensWithPlace(Passage p, int pos, int limit) {
        return pos < limit && (beginsWithPlace(p, pos) || startsWithPlaceWord(p.full().substring(pos, limit)));
    }

    /** 北京大学, 华东师范大学: the segmenter keeps them whole, but its dictionary knows 北京 and 华东 as places. */
    private static boolean startsWithPlaceWord(String prefix) {
        for (int len = 2; len <= Math.min(4, prefix.length()); len++) {
            if (dictionaryTags(prefix.substring(0, len), "ns")) {
                return true;
            }
        }
        return false;
    }

    /** The core dictionary's first (most frequent) tag for {@code word} opens with {@code naturePrefix}. */
    static boolean firstTagged(String word, String naturePrefix) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && a.nature[0].toString().startsWith(naturePrefix);
    }

    /**
     * HanLP's core dictionary knows {@code word} as a verb first of all: a verbal noun alone (产业/vn) is none,
     * nor a noun that is rarely a verb (人民/n,v).
     */
    static boolean dictionaryVerb(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && !a.nature[0].toString().startsWith("n") && Arrays.stream(a.nature).map(Object::toString)
                .anyMatch(n -> n.startsWith("v") && !n.equals("vn"));
    }

    /** HanLP's core dictionary knows {@code word} with a word class starting {@code naturePrefix}. */
    static boolean dictionaryTags(String word, String naturePrefix) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && Arrays.stream(a.nature).anyMatch(n -> n.toString().startsWith(naturePrefix));
    }

    /**
     * Some term lying wholly in [from, to) is a name, a place, a foreign word or a character the dictionary
     * lacks. Terms reaching into the suffix do not count: the segmenter tags 一级支行 and 中试公司 as nt.
     */
    private static boolean hasProperTerm(Passage p, int from, int to) {
        for (int i = from; i < to; i++) {
            Term t = p.termAt(i);
            if (t == null || t.offset < from || t.offset + t.word.length() > to) {
                continue;
            }
            String n = t.nature.toString();
            if (n.startsWith("ns") || n.startsWith("nr") || n.startsWith("nt") || n.equals("nz") || n.equals("g")
                    || n.equals("nx") || n.equals("j")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 清华大学|物理系, 复旦大学计算机科学技术系 (one term): a university's or college's department, a word ending in
     * 系 written right after its name; 系 is too common a character (体系, 关系) to be a suffix anywhere else.
     */
    private static List<Mention> departments(Passage p, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() != EntityType.ResearchTeam || !UNIVERSITY_END.matcher(m.name()).find()) {
                continue;
            }
            Term after = p.termAt(m.end());
            // (中国|科学技术大学自动化系: the term running on past the university may start inside its name.)
            Term whole = p.termAt(m.end() - 1);
            int end = -1;
            if (after != null && after.offset == m.end() && isDepartment(after.word, after.nature.toString())) {
                end = after.offset + after.word.length();
            } else if (whole != null && whole.offset >= m.start() && whole.offset + whole.word.length() > m.end()
                    && isDepartment(whole.word.substring(m.end() - whole.offset), whole.nature.toString())) {
                end = whole.offset + whole.word.length();
            }
            // 复旦大学|环境科学|与|工程系: two disciplines joined across terms.
            Matcher joined = end >= 0 ? null : JOINED_DEPARTMENT.matcher(p.full()).region(m.end(), p.full().length());
            if (joined != null && joined.lookingAt() && p.isBoundary(joined.end())
                    && !DEPARTMENT_WORDS.contains(p.full().substring(joined.end() - 2, joined.end()))) {
                end = joined.end();
            }
            if (end >= 0) {
                out.add(new Mention(p.full().substring(m.start(), end), EntityType.ResearchTeam, m.start(), end));
            }
        }
        return out;
    }

    /**
     * Hospitals that do research, as the graph keeps them: a university's or medical school's, named after it
     * (X医科大学第一医院, X大学医学院附属Y医院), a city's central hospital (X市中心医院) and a province's people's
     * hospital (X省人民医院). Other hospitals (X县人民医院) are no node of the graph.
     */
    private static List<Mention> researchHospitals(Passage p, List<Mention> found, List<Mention> places) {
        List<Mention> out = new ArrayList<>();
        String s = p.full();
        for (Mention m : found) {
            if (m.type() != EntityType.ResearchTeam || !UNIVERSITY_OR_SCHOOL_END.matcher(m.name()).find()) {
                continue;
            }
            Matcher hospital = HOSPITAL_OF.matcher(s).region(m.end(), s.length());
            if (hospital.lookingAt() && !hospital.group().contains(UNIVERSITY)
                    && !holdsVerb(hospital.group().replace(AFFILIATED, ""))) {
                out.add(new Mention(s.substring(m.start(), hospital.end()), EntityType.ResearchTeam, m.start(),
                        hospital.end()));
            }
        }
        for (Mention place : places) {
            Object level = place.properties().get("level");
            String hospital = "city".equals(level) ? CENTRAL_HOSPITAL
                    : "province".equals(level) && place.name().endsWith(PROVINCE) ? PEOPLES_HOSPITAL : null;
            if (hospital != null && place.name().equals(place.canonical()) && s.startsWith(hospital, place.end())) {
                int end = place.end() + hospital.length();
                out.add(new Mention(s.substring(place.start(), end), EntityType.ResearchTeam, place.start(), end));
            }
        }
        return out;
    }

    /** Some two characters of {@code words} are a verb of the dictionary (发展家庭农场, 签约建设医院). */
    static boolean holdsVerb(String words) {
        for (int i = 0; i + 2 <= words.length(); i++) {
            if (dictionaryVerb(words.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDepartment(String word, String nature) {
        return word.endsWith(DEPARTMENT) && word.length() > DEPARTMENT.length() && word.length() <= MAX_DEPARTMENT
                && nature.startsWith("n") && !DEPARTMENT_WORDS.contains(word);
    }

    /** Standalone well-known short forms (农行, 中科院) that the segmenter also sees as one word. */
    private List<Mention> shortForms(Passage p) {
        List<Mention> out = new ArrayList<>();
        String s = p.full();
        for (String shortForm : lexicon.shortForms.keySet()) {
            for (int i = s.indexOf(shortForm); i >= 0; i = s.indexOf(shortForm, i + 1)) {
                int end = i + shortForm.length();
                String full = lexicon.shortForms.get(shortForm);
                // A ministry by its full name may be glued to the verb after it (财政部联合组织, 农业农村部分三批), never
                // to a word its 部 opens (部门, 部署, 部队).
                boolean ministry = shortForm.equals(full) && MINISTRY_NOT_BEFORE.indexOf(p.charAt(end)) < 0;
                if (p.isBoundary(i) && (p.isBoundary(end) || ministry)) {
                    out.add(new Mention(shortForm, full, typeOf(full), i, end, Map.of()));
                }
            }
        }
        return out;
    }

    static EntityType typeOf(String name) {
        for (Suffix s : SUFFIXES) {
            if (name.endsWith(s.text())) {
                return s.type();
            }
        }
        return name.endsWith("部") || name.endsWith("委") || name.endsWith("署") ? EntityType.Government
                : EntityType.Enterprise;
    }

    /**
     * 浙江省援疆指挥部新和分指挥部: a body written right after its parent, named by a place and 分 with the
     * parent's own kind, is one name, the parent's unit; the parent stays a mention of its own.
     */
    private static List<Mention> withSubUnits(Passage p, List<Mention> kept) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Mention m = kept.get(i);
            Mention next = i + 1 < kept.size() ? kept.get(i + 1) : null;
            if (next != null && m.end() == next.start() && m.type() == next.type()) {
                Mention joined = new Mention(p.full().substring(m.start(), next.end()), m.type(), m.start(), next.end());
                if (parentOfSubUnit(joined) != null) {
                    m = joined;
                    i++;
                }
            }
            Mention parent = parentOfSubUnit(m);
            if (parent != null) {
                out.add(parent);
            }
            out.add(m);
        }
        return out;
    }

    /** The parent of a sub-unit named after it (X指挥部Y分指挥部: X指挥部), or null. */
    private static Mention parentOfSubUnit(Mention m) {
        if (m.type() != EntityType.Government) {
            return null;
        }
        for (Suffix kind : SUFFIXES) {
            String unit = "分" + kind.text();
            int parentEnd = m.name().lastIndexOf(kind.text(), m.name().length() - unit.length() - 1) + kind.text().length();
            int own = m.name().length() - unit.length() - parentEnd;
            if (kind.type() == m.type() && m.name().endsWith(unit) && parentEnd > kind.text().length()
                    && own >= 1 && own <= MAX_ANCHOR_GAP + 1) {
                return new Mention(m.name().substring(0, parentEnd), m.type(), m.start(), m.start() + parentEnd);
            }
        }
        return null;
    }

    /**
     * 乐山市生态环境局犍为分局: a bureau's branch, named by the county or district it serves (full or short name)
     * right after the bureau's whole name.
     */
    private List<Mention> bureauBranches(Passage p, List<Mention> found) {
        return unitsNamedAfterPlaces(p, found, EntityType.Government, "局", BUREAU_BRANCH, BRANCH_AREAS);
    }

    /**
     * 山东大学威海校区: a university's campus in another city, named after the city, is a unit of its own
     * (浙江大学玉泉校区, named after a district or a street of the university's own city, is none).
     */
    private List<Mention> campuses(Passage p, List<Mention> found) {
        return unitsNamedAfterPlaces(p, found, EntityType.ResearchTeam, UNIVERSITY, CAMPUS, CITIES);
    }

    /**
     * The units of bodies of {@code type} whose names end in {@code ending}, written right after them and named
     * after a division of {@code levels} ({@code unit}'s group 1).
     */
    private List<Mention> unitsNamedAfterPlaces(Passage p, List<Mention> found, EntityType type, String ending,
                                                Pattern unit, Set<String> levels) {
        List<Mention> out = new ArrayList<>();
        for (Mention body : found) {
            if (body.type() != type || !body.name().endsWith(ending)) {
                continue;
            }
            Matcher named = unit.matcher(p.full()).region(body.end(), p.full().length());
            if (named.lookingAt() && gazetteer.names(named.group(1), levels)) {
                out.add(new Mention(p.full().substring(body.start(), named.end()), type, body.start(), named.end()));
            }
        }
        return out;
    }

    /** Drops mentions inside longer ones (晋城市政府 inside 晋城市政府办公室). */
    private static List<Mention> outermost(List<Mention> found) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
        List<Mention> out = new ArrayList<>();
        for (Mention m : sorted) {
            if (out.stream().noneMatch(o -> o.overlaps(m))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The canonical form: foreign country and city prefixes dropped (瑞典隆德大学 -> 隆德大学), a short form
     * at the start spelled out (建行晋城分行 keeps its name; the full spelling becomes an alias elsewhere).
     */
    private Mention withCanonical(Mention m, Map<Integer, Mention> placeAt) {
        // 省发展改革委, 市发改委: the commission by its registered name (发展和改革委员会).
        // 秭归县政府, 县政府: a division's government by its registered name (人民政府); a city's abroad keeps its
        // name (隆德里纳市政府).
        Mention opening = placeAt.get(m.start());
        boolean abroad = opening != null && FOREIGN_LEVELS.contains(String.valueOf(opening.properties().get("level")))
                && !gazetteer.names(opening.canonical());
        String canonical = m.type() == EntityType.Government && !abroad ? registeredName(m.canonical()) : m.canonical();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String place : foreignPlaces()) {
                if (canonical.startsWith(place) && canonical.length() - place.length() >= 4) {
                    canonical = canonical.substring(place.length());
                    stripped = true;
                }
            }
        }
        return new Mention(m.name(), canonical, m.type(), m.start(), m.end(), m.properties());
    }

    /**
     * 省发展改革委, 县政府, 市科技局, 省工信厅, 省人大常委会, 市国资委: a division's body by its registered name
     * (发展和改革委员会, 人民政府, 科学技术局, 工业和信息化厅, 人民代表大会常务委员会,
     * 人民政府国有资产监督管理委员会), where the contraction follows the division's level word directly.
     */
    private static String registeredName(String name) {
        String registered = name.replaceFirst("(?:发展改革委|发改委)$", "发展和改革委员会")
                .replaceFirst("(?<=[省市县区镇乡州旗])政府$", "人民政府")
                // 市国资委, 市国有资产监督管理委员会: a division's commission is its government's (人民政府国有资产…).
                .replaceFirst("(?<=[省市县区州旗])(?:国资委|国有资产监督管理委员会)$", "人民政府国有资产监督管理委员会")
                // 省人大常委会, 第十四届人民代表大会常务委员会: the congress's standing committee, whatever its term.
                .replaceFirst("(?<=[省市县区州旗])人大常委会", "人民代表大会常务委员会")
                .replaceFirst("第[一二三四五六七八九十]{1,3}届(?=人民代表大会)", "");
        Matcher contraction = CONTRACTED_BODY.matcher(registered);
        return contraction.find() ? contraction.replaceFirst(BODY_CONTRACTIONS.get(contraction.group())) : registered;
    }

    private Iterable<String> foreignPlaces() {
        List<String> all = new ArrayList<>(lexicon.countries);
        all.addAll(lexicon.worldCities);
        return all;
    }

    /**
     * The mention plus the organisation it is a unit of: X集团Y矿 yields the group X集团 and goes by the
     * unit's own name Y矿 (a branch keeps its full name); 农行Z分行 yields the bank (中国农业银行). Other
     * mentions come back alone.
     */
    private List<Mention> withParts(Mention m) {
        if (m.type() == EntityType.ResearchTeam) {
            return withParent(m);
        }
        if (m.type() != EntityType.Enterprise || UNIT_SUFFIXES.stream().noneMatch(m.name()::endsWith)) {
            return List.of(m);
        }
        for (String parent : PARENT_SUFFIXES) {
            int k = m.name().indexOf(parent);
            int groupEnd = k + parent.length();
            // X集团有限公司河北分公司: the group's legal form after 集团 is its name's, not the branch's.
            int unitStart = groupEnd + AliasResolver.LEGAL_FORMS.stream()
                    .filter(form -> k >= 0 && m.name().startsWith(form, groupEnd)).mapToInt(String::length)
                    .findFirst().orElse(0);
            if (k >= 2 && m.name().length() - unitStart >= 2) {
                Mention group = new Mention(m.name().substring(0, unitStart), EntityType.Enterprise, m.start(),
                        m.start() + unitStart);
                // A mine goes by its own name (X集团Y矿: Y矿); a branch does not (丹东市分行 of which bank?).
                String unit = m.name().substring(unitStart);
                String unitWord = UNIT_SUFFIXES.stream().filter(unit::endsWith).findFirst().orElse("");
                if (lexicon.isGenericModifier(unit.substring(0, unit.length() - unitWord.length()))) {
                    return List.of(group);   // X集团全资子公司: a description of what follows, no unit's name
                }
                String canonical = isBranch(unit) ? m.name() : unit;
                return List.of(new Mention(m.name(), canonical, m.type(), m.start(), m.end(), m.properties()), group);
            }
        }
        for (var e : lexicon.shortForms.entrySet()) {
            if (m.name().startsWith(e.getKey()) && typeOf(e.getValue()) == EntityType.Enterprise) {
                return List.of(m, new Mention(e.getKey(), e.getValue(), EntityType.Enterprise, m.start(),
                        m.start() + e.getKey().length(), Map.of()));
            }
        }
        return List.of(m);
    }

    /** The word of a station a company hosts that {@code name} ends with (X有限公司院士工作站), or null. */
    static String stationWordEnding(String name) {
        return HOSTED_STATIONS.stream().filter(name::endsWith).findFirst().orElse(null);
    }

    /** The word of a station a company hosts written at {@code at} of {@code s} (该公司|博士后科研工作站), or null. */
    static String stationWordAt(String s, int at) {
        return HOSTED_STATIONS.stream().filter(w -> s.startsWith(w, at)).findFirst().orElse(null);
    }

    /** {@code unit} names a research unit: some characters of its own before a research suffix (玉米研究院). */
    static boolean namesResearchUnit(String unit) {
        return SUFFIXES.stream().anyMatch(x -> x.type() == EntityType.ResearchTeam && unit.endsWith(x.text())
                && unit.length() > x.text().length());
    }

    /**
     * A research unit written after the university it belongs to (X大学Y学院, X大学Y国家重点实验室)
     * keeps its full name and yields the university too; the relation finder makes it PART_OF.
     */
    private static List<Mention> withParent(Mention m) {
        String name = m.name();
        // X种业科技股份有限公司玉米研究院: a company's research unit named after it; the company is named too, and
        // so is the company whose station bears its name alone (X有限公司院士工作站).
        for (String legal : AliasResolver.LEGAL_FORMS) {
            int k = name.indexOf(legal);
            int unitStart = k + legal.length();
            String unit = k < 2 ? "" : name.substring(unitStart);
            if (namesResearchUnit(unit) || HOSTED_STATIONS.contains(unit)) {
                return List.of(m, new Mention(name.substring(0, unitStart), EntityType.Enterprise, m.start(),
                        m.start() + unitStart));
            }
        }
        for (String parent : RESEARCH_PARENTS) {
            int k = name.indexOf(parent);
            int unitStart = k + parent.length();
            String unit = k < 2 ? "" : name.substring(unitStart);
            // One character names a college (农学院, 医学院); a bare suffix (X大学研究院) names none.
            boolean unitNamed = namesResearchUnit(unit)
                    || unit.endsWith(DEPARTMENT) && unit.length() > DEPARTMENT.length()   // X大学物理系
                    || unit.endsWith(CAMPUS_WORD) && unit.length() > CAMPUS_WORD.length();   // X大学威海校区
            if (unitNamed && !unit.startsWith(parent.substring(parent.length() - 1))) {
                Mention institution = new Mention(name.substring(0, unitStart), EntityType.ResearchTeam, m.start(),
                        m.start() + unitStart);
                // X大学茶学院茶树种质创新实验室: a laboratory of a college of the university.
                int college = unit.indexOf("学院") + 2;
                boolean ofCollege = college >= 3 && unit.length() - college >= 4 && SUFFIXES.stream().anyMatch(x ->
                        x.type() == EntityType.ResearchTeam && unit.endsWith(x.text()));
                return ofCollege ? List.of(m, institution, new Mention(name.substring(0, unitStart + college),
                        EntityType.ResearchTeam, m.start(), m.start() + unitStart + college)) : List.of(m, institution);
            }
        }
        return List.of(m);
    }
}
