package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves referring expressions (该公司, 该行, 镇里, 该刊, 相关研究成果) to the nearest preceding mention of
 * the kind they refer to, so the relation rules can read "该公司投资3600万元" as the company's investment.
 * A reference becomes a mention carrying its antecedent's canonical name and type; it never becomes a name
 * of the entity.
 */
final class ReferenceResolver {

    /** Property of a reference mention: where its antecedent starts in the passage. */
    static final String ANTECEDENT = "antecedentStart";

    private record Kind(String expression, Predicate<Mention> fits) {
    }

    static final String COOPERATIVE = "合作社";
    private static final String FUND = "基金";
    /** Putting money into what was named before: 向合作社投资, 投入, 出资, 注资, 增资, 入股. */
    private static final Pattern INVESTING = Pattern.compile("投资|投入|出资|注资|增资|入股");
    /**
     * Words linking a party to the one after them: in X也与研究院签约 the bare word refers to a body named before the
     * clause, not to X.
     */
    private static final String LINKING = "与和同";
    /** Prepositions before what receives: 向, 对, 给, 为 (A向该公司注资). */
    private static final String RECEIVING = "向对给为";
    /** Prepositions between a reference and a name, which the segmenter may glue into one term with both. */
    private static final String GLUED_PREPOSITIONS = "与同和向对为";
    /** A union of cooperatives (X专业合作社联合社), called by that word alone. */
    static final String UNION = "联合社";
    /**
     * 企业 opening a clause and going on to act (企业将投入…, 企业同X签订…): the company last named; elsewhere any
     * company (，企业可申请补贴).
     */
    private static final String ENTERPRISE = "企业";
    /** What follows 企业 when it is the company last named: 将, 同, 与, 还, 也, 已, 并. */
    private static final String ENTERPRISE_ACTING = "将同与还也已并";
    /** What stands before a word opening a clause. */
    private static final String CLAUSE_OPENERS = "，,。；;：:\n";
    /** A link opening a clause, the sentence's subject understood: ，并与, ，还与, ，同时与. */
    private static final Pattern LINK_OPENING_CLAUSE = Pattern.compile("[，,](?:并|还|同时|并还)与$");
    private static final int LINK_OPENING_CLAUSE_LENGTH = 4;
    /** The bare words of research bodies that stand for the one the text named (实验室与X合作完成的成果). */
    private static final List<String> RESEARCH_HEADS = List.of("研究院", "研究所", "研究中心", "实验室", "示范站",
            "试验站", "工作站", "小院", "专家大院");
    private static final String COLLEGE = "学院";
    /** A program's last words: two characters of its field and its word (培训计划, 提升工程, 振兴行动). */
    private static final Pattern LAST_WORDS = Pattern.compile("\\p{IsHan}{2}(?:计划|工程|行动)$");
    /** The fewest characters a program's name has before its last words, for those to stand for it. */
    private static final int LAST_WORDS_MIN_REST = 3;
    private static final int PROGRAM_WORD_LENGTH = 2;
    /** The characters of a program's field that stand for it without its word (种源攻关). */
    private static final int FIELD_WORDS = 4;
    private static final String BY = "由";
    /** What a clause opens after. */
    private static final String CLAUSE_OPENINGS = "，,。；;：:\n";
    private static final String ACADEMY = "科学院";
    private static final String HIGH_TECH_ZONE = "高新区";
    private static final String HIGH_TECH_ZONE_IN_FULL = "高新技术产业开发区";
    /** 经开区 for X经济技术开发区 (or X经济开发区), as 高新区 for a high-tech zone. */
    private static final String ECONOMIC_ZONE = "经开区";
    private static final Pattern ECONOMIC_ZONE_IN_FULL = Pattern.compile("经济(?:技术)?开发区$");
    /** A winery, called by that word alone as a cooperative is (酒庄与X合作): 贺岚酒庄有限公司. */
    private static final String WINERY = "酒庄";
    /** A state forest farm (X国有Y林场), called 林场 once named. */
    private static final String FOREST_FARM = "林场";
    /**
     * Head words that refer back on their own when a preposition, a link or a clause break stands before
     * them: a research body (与研究院签订..., 以研究院为平台), the article's zone (开发区正在实施..., 新区正…), its
     * committee (管委会主任X), its team (目前，团队已与...), its company or cooperative (，合作社与...), an
     * assistance command (，指挥部在Y县安排…), a fund (基金总规模50亿元) and the one winery or forest farm of
     * the text (向酒庄增资, 林场旗下).
     */
    private static final List<String> BARE_HEADS = Stream.concat(RESEARCH_HEADS.stream(),
            Stream.of(WINERY, FOREST_FARM, COLLEGE, "开发区", HIGH_TECH_ZONE, ECONOMIC_ZONE, "新区", "保税区", "工业区",
                    "科技城", "科技园", "产业园", "园区", "团队", "研究团队", "课题组", "集团", "公司", ENTERPRISE,
                    COOPERATIVE, UNION, "管委会", "指挥部", FUND)).toList();
    private static final String UNDER_WAY = "正在";
    /** A short word opening a clause right before what it is doing: (，)汽开区(正在), (。)基地(将). */
    private static final Pattern CLAUSE_SUBJECT_DOING = Pattern.compile(
            "(?<=^|[，,。；;：:“\n])\\p{IsHan}{2,4}?(?=正在|将|已|还)");
    private static final String SCHOOL = "学校";
    private static final String OUR = "我";
    /** Verbs of setting a body up, before its name. */
    private static final Pattern SET_UP = Pattern.compile("设立|成立|组建|建立|建起|新建|挂牌");
    /** Bare heads that stand for the body of their kind the text wrote last, named or not. */
    private static final Set<String> WRITTEN_LAST = Set.of("工作站", "小院");
    /**
     * Words the segmenter glues to the reference before them: what an owner owns (控股子公司, 旗下, 下属, 所属)
     * and where a company sits (该集团总部位于).
     */
    private static final List<String> GLUED_AFTER = List.of("控股子公司", "全资子公司", "旗下", "下属", "所属", "总部");
    /**
     * 于户驻: 位于, 落户, 入驻; ”: after a quote; “: opening a quoted speech (“开发区正在…); ．: after an item's
     * number (2．公司与…).
     */
    private static final String BEFORE_BARE_HEAD = "与和同及以在向由对为将、，,。：:；;\n于户驻”“．";
    /** Adverbs between a party and the link after it: X也与, X还与. */
    static final String LINK_ADVERBS = "也还则将";
    /** Words of time or sequence opening a clause before a bare head that is its subject: 此次公司追加投资. */
    private static final List<String> TIME_BEFORE_HEAD = List.of("此次", "今年", "去年", "目前", "此外", "随后", "下一步");
    /** A date before a bare head, as a time is: (，)2022年(合作社与…), 3月(公司又…). */
    private static final Pattern DATE_BEFORE_HEAD = Pattern.compile("(?:\\d{4}年)?(?:\\d{1,2}月(?:\\d{1,2}日)?)?$");
    private static final int LONGEST_DATE = "2022年12月31日".length();
    /** Verbs of funding before a bare head, which the segmenter may glue to it (资金保障研究院/nt, 入股合作社, 注入联合社). */
    private static final List<String> FUNDING_BEFORE_BARE_HEAD = Stream.concat(Stream.of("保障", "支持", "扶持", "注入"),
            RelationFinder.SHARES_BOUGHT.stream()).toList();
    /** References to research results, resolved to the team that produced them. */
    private static final List<String> RESULTS = List.of("相关研究成果", "相关成果", "该研究成果", "该成果", "相关论文", "该研究");
    /** Words introducing what was named before: 这家合资公司, 该合作社. */
    private static final List<String> INTRODUCING = List.of("这家", "该");
    /** A subsidiary named before: 其全资子公司A…，向该子公司增资. */
    private static final List<String> THE_SUBSIDIARY = List.of("该子公司", "这家子公司");
    /** What stands right before a company a group owns: 旗下的, 下属. */
    private static final List<String> UNDER_GROUP_BEFORE = List.of("旗下的", "旗下", "下属的", "下属");
    /** 他, 她: the person last named, as in "他同时担任X院长". */
    private static final List<String> PRONOUNS = List.of("他", "她");
    /** Words that make a person's name, or a research body's description, a team: X团队, X课题组. */
    static final List<String> PERSON_TEAM_WORDS = List.of("团队", "课题组");
    private static final List<Kind> KINDS = kinds();
    /** What makes a person's name a team: 团队 or 课题组, maybe after the person's title or 的 (X教授团队, X的团队). */
    private static final Pattern TEAM_OF_PERSON = Pattern.compile(
            "(?:副?教授|副?研究员|院士|博士|的)?(?:" + String.join("|", PERSON_TEAM_WORDS) + ")");
    /** What makes a pronoun a team: 他的团队, 她带领的团队, 他带领团队, 他和团队. */
    private static final Pattern TEAM_OF_PRONOUN = Pattern.compile(
            "(?:的|带领的?|领衔的|和)(?:" + String.join("|", PERSON_TEAM_WORDS) + ")");
    private static final String BASE = "基地";
    private static final Pattern BASE_SITED = Pattern.compile("(?:位于|坐落于|地处|设在)");
    private static final String GROUP = "集团";
    private static final String THE_GROUP = "该集团";
    private static final String LOCAL = "当地";
    private static final String THE_COMPANY = "该公司";
    /** A short description before a sentence's subject: 做细胞治疗试剂的, 机器人企业. */
    private static final Pattern DESCRIBED = Pattern.compile("\\p{IsHan}{1,12}的|\\p{IsHan}{0,6}企业");
    private static final int MAX_DESCRIPTION = 13;
    private static final String COMPANY = "公司";
    /** What a company issues under its name: its reports, announcements and notices. */
    private static final Pattern ISSUED = Pattern.compile("报告|公告|通告|提示|说明");
    /** What may open a sentence before its subject: nothing, or a time (今年5月，). */
    private static final Pattern TIME_OPENING = Pattern.compile(
            "(?:(?:今年|去年|明年|近日|目前|\\d{4}年)?(?:\\d{1,2}月(?:\\d{1,2}日)?|[春夏秋冬][天季]|年?初|年?底)?[，,]?)?"
            + "(?:(?:签约|开工|揭牌)?当天|同日|随后|此后|其后|为了?[^，,。；;]{2,12})?[，,]?");
    /** The head of a division's government, by title: 县长, 市长 (副县长 too). */
    private static final Pattern GOVERNMENT_HEAD = Pattern.compile("[省市州盟县旗区镇乡]长$");
    private static final String GOVERNMENT = "人民政府";
    private static final String ON_BEHALF_OF = "代表";
    private static final String REPORT = "报告";
    /** The report speaking, after it was given: 报告提出, 报告强调. */
    private static final Pattern REPORT_SAYS = Pattern.compile(REPORT + "(?:提出|指出|明确|强调|要求|部署)");
    /** A work report given: 作政府工作报告, 作工作报告. */
    private static final Pattern REPORT_GIVEN = Pattern.compile("作(?:政府)?工作报告");
    private static final String LATTER = "后者";
    private static final String FORMER = "前者";
    /** What joins two parties, maybe after the first's declared short name: 与, 和, （以下简称“X”）与. */
    private static final Pattern PAIR_LINK = Pattern.compile("”?(?:[（(]以下简称[“\"]?[^）)]{1,20}[”\"]?[）)])?[与和同及]“?");
    /** 我们 in an interview's answer: what the interviewee speaks for. */
    private static final String WE = "我们";
    /** The longest answer in an interview read for its 我们. */
    private static final int MAX_ANSWER = 400;
    /** The most characters of titles between a body and the person introduced with them (县委副书记、县长). */
    private static final int MAX_TITLES = 12;
    /** Companies a text introduces as new, and goes on calling by that word: 这家合资公司, 该新公司. */
    static final List<String> NEW_COMPANIES = List.of("合资公司", "新公司", "项目公司");
    /** Words right before a company that say it was set up: 共同组建的, 合资成立的, 新设立, 设立全资子公司. */
    private static final Pattern SET_UP_BEFORE = Pattern.compile("(?:组建|成立|设立)(?:的|(?:全资|控股)?子公司)?$");
    /**
     * A company said to be set up after its name (the caller skips the short name declared for it): X在Z揭牌成立,
     * X正式成立, X在Z揭牌运营.
     */
    private static final Pattern SET_UP_AFTER = Pattern.compile("(?:在[^，,。；;在]{2,20}?(?:正式)?(?:(?:揭牌|注册)?成立|揭牌运营)"
            + "|(?:正式)?(?:(?:揭牌|注册)成立|揭牌运营)|正式成立)(?=[，,。；;])");
    /** The longest of those words: 设立控股子公司. */
    private static final int MAX_SET_UP = 7;
    private static final int MAX_SEARCHES = 3;
    /** A person described after 这位, up to the word for a person it ends with (这位45岁的土壤学者). */
    private static final Pattern DESCRIBED_PERSON = Pattern.compile(
            "这位[^，,。；;、“”\\n]{0,12}?(?:学者|专家|教授|科学家|研究员|博士|带头人|负责人|书记|理事长|董事长|创业者)"
            + "(?=[，,]|同时|还|也|曾|已|是)");
    /** 这家 and what a description of a company says, up to its 的 (这家主营微创器械的). */
    static final String COMPANY_DESCRIPTION = "这家[^，,。；;、“”\\n]{2,20}?的";
    /**
     * A company described after 这家, up to the word for a company, maybe after its trade (这家主营微创器械的企业,
     * 这家扎根X镇的纺织企业): group 1 is what follows the description's 的; or by its trade alone (这家纺机企业),
     * group 2.
     */
    private static final Pattern DESCRIBED_COMPANY = Pattern.compile(COMPANY_DESCRIPTION
            + "(\\p{IsHan}{0,4}?(?:企业|公司))|这家([\\p{IsHan}&&[^与和及为的]]{1,5}?(?:企业|公司))");
    /** 母公司: the company a subsidiary of the story was said to belong to. */
    private static final String PARENT = "母公司";
    private static final String SUBSIDIARY = "子公司";
    /** How far after a company "是B的全资子公司" may end. */
    private static final int MAX_SUBSIDIARY_CLAUSE = 40;
    /** How many mentions back from 该子公司 the subsidiary is looked for. */
    private static final int MAX_SUBSIDIARY_LOOK_BACK = 60;
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。！？!?\\n]");
    private static final char IT = '它';
    /**
     * The link to a parent right before its name, maybe with where the parent is: 是(总部位于Z的)B旗下企业, 系B旗下企业,
     * 为B的子公司 (a copula, group 1), 隶属于(总部位于Z的)B (the verb of belonging, which needs no word for a subsidiary).
     */
    private static final Pattern LINK_TO_PARENT = Pattern.compile(
            "(?:([是系为])|隶属于?)(?:(?:总部)?(?:位于|设在)[^，,。；;]{2,16}的)?$");
    private static final int MAX_LINK_TO_PARENT = 22;
    /** What follows a parent's name where a subsidiary is said to be its own: 的全资子公司, 控股子公司. */
    private static final Pattern PARENT_OF = Pattern.compile("的?(?:全资|控股)?子公司");
    /** An owner's word before the company it holds: (X)旗下(的Y), (X)下属(的Y). */
    private static final Pattern HOLDING_NEXT = Pattern.compile("旗下|下属");
    /** Where a base stands for its company: opening a clause, or as the party after a link. */
    private static final String BEFORE_BASE = "。，,；;：:\n与和同";
    /** At most this many characters between a company and its base: 的, a place and what the base grows. */
    private static final int MAX_BASE_DESCRIPTION = 20;
    /** At most this many characters (a person and a title) between a body and the word 团队 that calls it a team. */
    private static final int MAX_TEAM_DESCRIPTION = 8;
    /** How far after a parent company 子公司 may come in "A是B(在青海设立)的全资子公司". */
    private static final int MAX_SUBSIDIARY_DESCRIPTION = 15;

    private static List<Kind> kinds() {
        List<Kind> k = new ArrayList<>();
        Predicate<Mention> enterprise = m -> m.type() == EntityType.Enterprise;
        Predicate<Mention> research = m -> m.type() == EntityType.ResearchTeam;
        // A college (学院), never an academy (宁夏农林科学院), whose name ends in the same characters.
        Predicate<Mention> college = research.and(endsWith(COLLEGE)).and(m -> !m.canonical().endsWith(ACADEMY));
        Predicate<Mention> company = enterprise.and(m -> m.canonical().endsWith("公司") || m.canonical().contains("集团"));
        for (String e : List.of(THE_COMPANY, "这家公司")) {
            k.add(new Kind(e, company));
        }
        for (String e : List.of("该企业", "这家企业", "此企业")) {
            k.add(new Kind(e, enterprise));
        }
        for (String e : THE_SUBSIDIARY) {
            k.add(new Kind(e, enterprise));
        }
        k.add(new Kind(SUBSIDIARY, enterprise));
        for (String e : List.of("该行", "这家银行", "该银行")) {
            // 该行 of X银行股份有限公司 too: a bank's registered name ends in its legal form.
            k.add(new Kind(e, enterprise.and(endsWith("行").or(m -> m.canonical().contains("银行")))));
        }
        k.add(new Kind(THE_GROUP, enterprise.and(m -> m.canonical().contains("集团"))));
        k.add(new Kind(PARENT, enterprise));
        k.add(new Kind(WE, m -> true));
        k.add(new Kind("该矿", enterprise.and(endsWith("矿"))));
        k.add(new Kind("该厂", enterprise.and(endsWith("厂"))));
        k.add(new Kind("该社", enterprise.and(endsWith(COOPERATIVE))));
        // 该酒庄, 这家酒庄: the winery named before, by its registered name (X酒庄有限公司) as well.
        for (String e : List.of("该" + WINERY, "这家" + WINERY)) {
            k.add(new Kind(e, enterprise.and(m -> m.canonical().contains(WINERY))));
        }
        for (String kind : List.of(COOPERATIVE, UNION)) {
            for (String introducing : INTRODUCING) {
                k.add(new Kind(introducing + kind, enterprise.and(endsWith(kind))));
            }
        }
        // Places by the last character of their name: 该市 is 汾阳市 (a county-level city) as much as 晋城市; 全州 is
        // 海西蒙古族藏族自治州 and 该旗 西乌珠穆沁旗 (州里, 旗里 and 盟里 are no usage).
        for (String level : List.of("省", "市", "县", "区", "镇", "乡", "村", "州", "旗", "盟")) {
            Predicate<Mention> place = m -> m.type() == EntityType.Place && m.canonical().endsWith(level);
            k.add(new Kind("该" + level, place));
            if ("州旗盟".indexOf(level) < 0) {
                k.add(new Kind(level + "里", place));
            }
            k.add(new Kind("全" + level, place.and(m -> !isZone(m))));   // 全区 is a district's, never a zone's
            k.add(new Kind(OUR + level, place.and(m -> !isZone(m))));   // 我省 in an official's words
            // 县财政投入…: a division's treasury spends for it.
            if (!level.equals("村")) {
                k.add(new Kind(level + "财政", place.and(m -> !isZone(m))));
            }
        }
        // 该地区: a prefecture called 地区 (喀什地区).
        k.add(new Kind("该地区", m -> m.type() == EntityType.Place && m.canonical().endsWith("地区")));
        // 镇上还与X签订…: the town, as 镇里.
        k.add(new Kind("镇上", m -> m.type() == EntityType.Place && m.canonical().endsWith("镇")));
        for (String e : List.of("该校", "该大学", "这所大学", SCHOOL)) {
            // A school, never a college of a university (X大学园艺学院), which is one of its units.
            k.add(new Kind(e, research.and(endsWith("大学").or(endsWith(SCHOOL))
                    .or(endsWith("学院").and(m -> !m.canonical().contains("大学"))))));
        }
        k.add(new Kind("该局", m -> m.type() == EntityType.Government && m.canonical().endsWith("局")));
        k.add(new Kind("该厅", m -> m.type() == EntityType.Government && m.canonical().endsWith("厅")));
        k.add(new Kind("该所", research.and(endsWith("所"))));
        // (A 科技小院 is a station a college runs, called 小院; 由该院教授X牵头 after one means the college.)
        k.add(new Kind("该院", research.and(endsWith("院")).and(endsWith("小院").negate())));
        k.add(new Kind("该" + COLLEGE, college));
        k.add(new Kind("该实验室", research.and(endsWith("实验室"))));
        k.add(new Kind("该中心", m -> m.isOrganisation() && endsWith("中心").test(m)));
        k.add(new Kind("该站", research.and(endsWith("站"))));
        k.add(new Kind("该园", m -> m.type() == EntityType.Place && isZone(m) && m.canonical().endsWith("园")));
        // 该开发区: an official zone by its kind (该产业园 may be a village's park the text describes, no zone).
        k.add(new Kind("该开发区", m -> m.type() == EntityType.Place && isZone(m) && m.canonical().endsWith("开发区")));
        for (String e : List.of("该团队", "这支团队", "这个团队", "该课题组")) {
            k.add(new Kind(e, research));
        }
        // 当地: the place last named, as in "与X镇签约，计划在当地建设...", or the division of the body acting.
        k.add(new Kind(LOCAL, m -> m.type() == EntityType.Place));
        // 后者: the last party named, as in "A与B签署协议，后者将推出...".
        k.add(new Kind(LATTER, Mention::isOrganisation));
        // 前者: the first of the two parties a link joined last (A与B合资组建…，其中前者出资…).
        k.add(new Kind(FORMER, Mention::isOrganisation));
        for (String e : PRONOUNS) {
            k.add(new Kind(e, m -> m.type() == EntityType.Person));
        }
        for (String e : RESULTS) {
            k.add(new Kind(e, research));
        }
        for (String e : List.of("该刊", "该杂志", "该期刊", "同一期杂志", "同期杂志", "同一期")) {
            k.add(new Kind(e, m -> m.type() == EntityType.Journal));
        }
        // 该行动, 这项行动, 这一计划: the program last named of that kind.
        for (String kind : List.of("计划", "行动", "工程", "方案", "规划", "专项")) {
            for (String determiner : List.of("该", "这项", "这一")) {
                // 该方案 is the last plan (方案) named, not a work it deploys (X工程); a title may close with its
                // period (…方案（2025—2027年）).
                k.add(new Kind(determiner + kind, m -> m.type() == EntityType.Program
                        && ProgramRecognizer.PERIOD.matcher(m.canonical()).replaceFirst("").endsWith(kind)));
            }
        }
        k.add(new Kind("该平台", m -> m.type() == EntityType.Program && m.canonical().endsWith("平台")));
        for (String e : List.of("本次试点", "此次试点", "该试点", "试点工作")) {
            k.add(new Kind(e, m -> m.type() == EntityType.Program && m.canonical().endsWith("试点")));
        }
        for (String head : BARE_HEADS) {
            Predicate<Mention> fits = isTeamWord(head) ? research
                    : head.equals("管委会") ? m -> m.type() == EntityType.Government
                            && (m.canonical().endsWith("管理委员会") || m.canonical().endsWith("管委会"))
                    : head.equals("指挥部") ? m -> m.type() == EntityType.Government && endsWith(head).test(m)
                    : head.equals(FUND) ? enterprise.and(m -> m.canonical().contains(FUND))
                    : head.equals("园区") ? m -> m.type() == EntityType.Place && isZone(m)
                    // 高新区 for X高新技术产业开发区, the contraction everyone uses.
                    : head.equals(HIGH_TECH_ZONE) ? m -> m.type() == EntityType.Place
                            && (endsWith(head).test(m) || endsWith(HIGH_TECH_ZONE_IN_FULL).test(m))
                    : head.equals(ECONOMIC_ZONE) ? m -> m.type() == EntityType.Place
                            && (endsWith(head).test(m) || ECONOMIC_ZONE_IN_FULL.matcher(m.canonical()).find())
                    : head.endsWith("区") || head.endsWith("园") || head.endsWith("城")
                            ? m -> m.type() == EntityType.Place && endsWith(head).test(m)
                    : head.equals(GROUP) || head.equals(WINERY) ? enterprise.and(m -> m.canonical().contains(head))
                    : head.equals(FOREST_FARM) ? enterprise.and(m -> m.canonical().endsWith(head))
                    : head.equals("公司") || head.equals(ENTERPRISE)
                            ? company.and(m -> !OrganizationRecognizer.isBranch(m.canonical()))
                    : head.equals(COOPERATIVE) || head.equals(UNION) ? enterprise.and(endsWith(head))
                    : head.equals(COLLEGE) ? college
                    : research.and(endsWith(head));
            k.add(new Kind(head, fits));
        }
        k.sort(Comparator.comparingInt((Kind x) -> x.expression().length()).reversed());
        return List.copyOf(k);
    }

    /**
     * "该公司博士后科研工作站与X联合研发": a station right after a reference to a company is that company's, named
     * as a station named after it is; where the text names the company's station already, that one. Each
     * station mention spans its reference too: the company is no party of the clause.
     */
    private static List<Mention> stationsOfReferredCompanies(Passage p, List<Mention> mentions,
                                                             List<Mention> references, boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        for (Mention company : references) {
            String word = company.type() != EntityType.Enterprise ? null
                    : OrganizationRecognizer.stationWordAt(p.full(), company.end());
            int end = word == null ? -1 : company.end() + word.length();
            if (word == null || taken[company.end()] || taken[end - 1]) {
                continue;
            }
            boolean postdoctoral = word.startsWith(OrganizationRecognizer.POSTDOCTORAL);
            String named = mentions.stream().map(Mention::canonical).filter(c -> c.startsWith(company.canonical())
                    && (c.endsWith(word) || postdoctoral && c.endsWith(OrganizationRecognizer.POSTDOCTORAL_STATION)))
                    .findFirst().orElse(company.canonical() + word);
            out.add(new Mention(p.full().substring(company.start(), end), named, EntityType.ResearchTeam,
                    company.start(), end, Map.of()));
            for (int i = company.end(); i < end; i++) {
                taken[i] = true;
            }
        }
        return out;
    }

    /**
     * The stations only a reference to their company names (该公司博士后科研工作站), as entities of their own: no
     * recogniser read them, so no entity stands for them yet.
     */
    static List<Entity> stationsNamedByReference(Passage p, List<Mention> references, List<Entity> entities) {
        Set<String> named = entities.stream().map(Entity::name).collect(Collectors.toSet());
        Map<String, List<Integer>> offsets = new LinkedHashMap<>();
        for (Mention m : references) {
            if (m.type() == EntityType.ResearchTeam && !named.contains(m.canonical())
                    && OrganizationRecognizer.stationWordEnding(m.canonical()) != null) {
                List<Integer> at = offsets.computeIfAbsent(m.canonical(), k -> new ArrayList<>());
                if (m.start() >= p.textOffset()) {
                    at.add(p.articleOffset(m.start()));
                }
            }
        }
        return offsets.entrySet().stream().map(e -> new Entity(e.getKey(), EntityType.ResearchTeam, List.of(), Map.of(),
                e.getValue())).toList();
    }

    /**
     * Whether the kind's word last written before {@code at} as the end of a name (not alone, as a reference)
     * belongs to no other body set up there: a body the recognisers left unnamed (设立了乡村振兴工作站) is what
     * the bare word then stands for.
     */
    private static boolean lastWrittenFits(String s, List<Mention> mentions, Kind kind, int at) {
        String word = kind.expression();
        int last = s.lastIndexOf(word, at - 1);
        while (last > 0 && BEFORE_BARE_HEAD.indexOf(s.charAt(last - 1)) >= 0) {
            last = s.lastIndexOf(word, last - 1);
        }
        int named = last;
        if (named < 0 || mentions.stream().anyMatch(m -> m.start() <= named && named < m.end() && kind.fits().test(m))) {
            return true;
        }
        return !SET_UP.matcher(s).region(RelationFinder.clauseStart(s, named), named).find();
    }

    /** A zone by its level, or by its name where the gazetteer lists it as a division (包头稀土高新技术产业开发区). */
    private static boolean isZone(Mention m) {
        if ("zone".equals(m.properties().get("level"))) {
            return true;
        }
        var zoneWord = PlaceRecognizer.ZONE.matcher(m.canonical());
        return zoneWord.find() && zoneWord.end() == m.canonical().length();
    }


    private static Predicate<Mention> endsWith(String suffix) {
        return m -> m.canonical().endsWith(suffix) || m.name().endsWith(suffix);
    }

    /** Reference mentions for {@code mentions} (sorted by start), one per resolvable expression. */
    List<Mention> find(Passage p, List<Mention> mentions) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        for (Mention m : mentions) {
            for (int i = m.start(); i < m.end() && i < taken.length; i++) {
                taken[i] = true;
            }
        }
        // Which places lie inside names, for 当地 only: indexing every passage would cost for nothing.
        Mentions indexed = s.contains(LOCAL) ? new Mentions(mentions) : null;
        Mention reporter = s.contains(WE) ? reportingGovernment(p, mentions) : null;
        Mention issuer = issuerInHeadline(p, mentions);
        Set<Integer> organisationEnds = null;   // built where 与合作社 first occurs
        long cooperatives = -1;   // how many the text names, counted where 合作社 alone first occurs
        // Where people's names start: 该学院|钟振华教授团队 as one term still ends the reference before the name.
        Set<Integer> namesStart = mentions.stream().filter(m -> m.type() == EntityType.Person).map(Mention::start)
                .collect(Collectors.toSet());
        for (Kind kind : KINDS) {
            String e = kind.expression();
            for (int at = s.indexOf(e); at >= 0; at = s.indexOf(e, at + 1)) {
                int start = at;
                int end = at + e.length();
                // A one-character reference opens a word of its own: 他 of 其他 is none. It ends its word, or before
                // a preposition and a name the segmenter glued to it (企业同X公司 as one term), or before a person.
                boolean beforeGluedName = end + 1 < taken.length && GLUED_PREPOSITIONS.indexOf(s.charAt(end)) >= 0
                        && taken[end + 1] || namesStart.contains(end)
                        || OrganizationRecognizer.stationWordAt(s, end) != null;
                if (taken[start] || taken[end - 1] || !endsWord(p, end) && !beforeGluedName
                        || e.length() == 1 && !p.isBoundary(start)) {
                    continue;
                }
                // 他的团队 is the team of the person (teamsOfPeople), not the person.
                if (PRONOUNS.contains(e) && TEAM_OF_PRONOUN.matcher(s).region(end, s.length()).lookingAt()) {
                    continue;
                }
                boolean funded = FUNDING_BEFORE_BARE_HEAD.stream().anyMatch(v -> s.startsWith(v, start - v.length()));
                // (三年内为|研究院 as one term: a preposition the segmenter glued to the head is still before it.)
                Matcher date = DATE_BEFORE_HEAD.matcher(s).region(Math.max(0, start - LONGEST_DATE), start);
                int timeStart = date.find() && date.start() < start ? date.start()
                        : TIME_BEFORE_HEAD.stream().filter(t -> s.startsWith(t, start - t.length()))
                                .mapToInt(t -> start - t.length()).findFirst().orElse(-1);
                boolean afterTime = timeStart >= 0 && CLAUSE_OPENERS.indexOf(p.charAt(timeStart - 1)) >= 0;
                if (BARE_HEADS.contains(e) && !funded && !afterTime && (start == 0
                        || BEFORE_BARE_HEAD.indexOf(s.charAt(start - 1)) < 0
                        || !p.isBoundary(start) && GLUED_PREPOSITIONS.indexOf(s.charAt(start - 1)) < 0)) {
                    continue;
                }
                // 中小学校, 小学校长, 两地职业学校: 学校 ending another word is no school named before.
                if (e.equals(SCHOOL) && start > 0 && ("小中".indexOf(s.charAt(start - 1)) >= 0
                        || Chars.isHan(s.charAt(start - 1)) && !p.isBoundary(start))) {
                    continue;
                }
                // 企业 and 子公司 alone are the company named before where they open a clause and act (，企业将…,
                // 说，子公司已与…); elsewhere they are any company (设立全资子公司).
                if ((e.equals(ENTERPRISE) || e.equals(SUBSIDIARY)) && (start == 0
                        || CLAUSE_OPENERS.indexOf(s.charAt(start - 1)) < 0
                        || ENTERPRISE_ACTING.indexOf(p.charAt(end)) < 0)) {
                    continue;
                }
                // 林场 refers back only in a text that names one forest farm, 我省 (我市, …) only in one that names
                // one province (city, …): the speaker's own, which only the words around it could tell otherwise.
                if ((e.equals(FOREST_FARM) || e.startsWith(OUR) && !e.equals(WE))
                        && mentions.stream().filter(kind.fits()).map(Mention::canonical).distinct().count() > 1) {
                    continue;
                }
                // 工作站 and 小院 refer back only to the last such body the text wrote (not to a company's station
                // before 设立了乡村振兴工作站，工作站与…).
                if (WRITTEN_LAST.contains(e) && !lastWrittenFits(s, mentions, kind, start)) {
                    continue;
                }
                // 向合作社发放: a cooperative is any one but where it opens a clause as its subject, or is the
                // partner an organisation is linked with in a text that names one cooperative only (X公司与合作社).
                // "，今年合作社与…": a time before it leaves the cooperative the subject of its clause.
                if (e.equals(COOPERATIVE) && CLAUSE_OPENERS.indexOf(s.charAt(start - 1)) < 0 && !afterTime) {
                    // "X公司向合作社投资680万元": money put into a cooperative, in a text that names one only.
                    if (cooperatives < 0) {
                        cooperatives = mentions.stream().filter(kind.fits()).map(Mention::canonical).distinct().count();
                    }
                    // "X公司出资600万元入股合作社": shares bought in the one cooperative named.
                    boolean investedIn = cooperatives == 1 && (s.charAt(start - 1) == '向'
                            && INVESTING.matcher(s).region(end, s.length()).lookingAt()
                            || RelationFinder.SHARES_BOUGHT.stream().anyMatch(w -> s.startsWith(w, start - w.length())));
                    if (s.charAt(start - 1) != '与' && !investedIn) {
                        continue;
                    }
                    organisationEnds = organisationEnds != null ? organisationEnds : organisationEnds(mentions);
                    // "X公司投资…，并与合作社签订协议": the clause's link goes on with the sentence's subject.
                    boolean linkOpensClause = LINK_OPENING_CLAUSE.matcher(s)
                            .region(Math.max(0, start - LINK_OPENING_CLAUSE_LENGTH), start).find();
                    // "X研究所也与合作社": an adverb may stand between the organisation and the link.
                    int linked = start >= 2 && LINK_ADVERBS.indexOf(s.charAt(start - 2)) >= 0 ? start - 2 : start - 1;
                    // "X公司（以下简称“Y”）与合作社": the short name declared after the organisation stands between.
                    int declaring = AliasResolver.declarationOpeningBefore(s, linked);
                    linked = declaring >= 0 ? declaring : linked;
                    if (!organisationEnds.contains(linked) && !linkOpensClause && !investedIn) {
                        continue;
                    }
                }
                int clause = RelationFinder.clauseStart(s, start);
                Mention namedSubsidiary = THE_SUBSIDIARY.contains(e) || e.equals(SUBSIDIARY)
                        ? subsidiaryNamedBefore(p, mentions, start) : null;
                if (e.equals(SUBSIDIARY) && namedSubsidiary == null) {
                    continue;
                }
                // "X注册资本…，其中…，公司由A控股", "…合资成立X。公司注册资本…": the company whose capital it is.
                Mention capitalOf = !e.equals(COMPANY) ? null
                        : Optional.ofNullable(capitalisedSubject(p, mentions, start))
                                .orElseGet(() -> capitalSetUpBefore(p, mentions, start, end));
                Mention antecedent = isTeamWord(e) ? namedTeamBefore(p, mentions, out, start)
                        : e.equals(COMPANY) ? issuer : null;
                boolean issued = antecedent != null && e.equals(COMPANY);
                antecedent = antecedent != null ? antecedent : e.equals(GROUP)
                        ? mostNamedBefore(mentions, start, kind.fits())
                        : e.equals(LOCAL) ? localDivision(p, mentions, indexed, start, kind.fits())
                        : e.equals(PARENT) ? parentNamedBefore(p, mentions, start)
                        : namedSubsidiary != null ? namedSubsidiary
                        : e.equals(WE) ? speakersOwn(p, mentions, start, reporter)
                        : e.equals(FORMER) ? ofLinkedPair(p, mentions, start, true)
                        : e.equals(LATTER) ? Optional.ofNullable(ofLinkedPair(p, mentions, start, false))
                                .orElseGet(() -> nearestBefore(mentions, start, kind.fits()))
                        : capitalOf != null ? capitalOf
                        : e.equals(THE_COMPANY) || e.equals(COMPANY)
                                ? Optional.ofNullable(previousSubject(p, mentions, start, kind.fits())).orElseGet(() ->
                                        topicOverAgent(p, mentions, referredAcrossClause(s, start, clause,
                                                mentions, kind.fits())))
                        : BARE_HEADS.contains(e) && LINKING.indexOf(s.charAt(start - 1)) >= 0
                                ? nearestBefore(mentions, start, kind.fits().and(m -> m.end() <= clause || m.end() > start))
                        : nearestBefore(mentions, start, kind.fits());
                // 集团, 该集团, 母公司, 该子公司, an interviewee's 我们, and 前者 and 后者 of the parties just named name
                // their body itself, not a subsidiary (or a parent) the story turned to.
                boolean direct = e.equals(PARENT) || e.equals(GROUP) || e.equals(THE_GROUP) || e.equals(WE) || issued
                        || namedSubsidiary != null || e.equals(FORMER) || e.equals(LATTER);
                antecedent = antecedent != null && antecedent.type() == EntityType.Enterprise && !direct
                        ? subsidiaryCalledBy(p, mentions, antecedent) : antecedent;
                if (antecedent != null) {
                    out.add(referenceTo(antecedent, e, start));
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        // 该公司博士后科研工作站: the station stands for the reference and the station together.
        List<Mention> stations = stationsOfReferredCompanies(p, mentions, out, taken);
        out.removeIf(reference -> stations.stream().anyMatch(station -> station.start() == reference.start()));
        out.addAll(stations);
        out.addAll(describedPeople(p, mentions, taken));
        out.addAll(describedCompanies(p, mentions, taken));
        out.addAll(newCompanies(p, mentions, taken));
        out.addAll(teamsOfPeople(p, mentions, out, taken));
        out.addAll(basesOfCompanies(p, mentions, taken));
        out.addAll(reportsSpeaking(p, mentions, taken));
        out.addAll(contractedZones(p, mentions, taken));
        out.addAll(programsByTheirLastWords(p, mentions, taken));
        return out;
    }

    /**
     * "…实施“果农电商技能提升计划”。其中，提升计划依托…": the last words of a program named before (a field and
     * the program's word), opening a clause, are that program.
     */
    private static List<Mention> programsByTheirLastWords(Passage p, List<Mention> mentions, boolean[] taken) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        List<Mention> programs = mentions.stream().filter(m -> m.type() == EntityType.Program && !isReference(m))
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        Map<String, List<String>> lastWordsOf = new HashMap<>();
        programs.forEach(m -> lastWordsOf.computeIfAbsent(m.canonical(), ReferenceResolver::lastWords));
        for (Mention program : programs) {
            for (String words : lastWordsOf.get(program.canonical())) {
                for (int at = s.indexOf(words, program.end()); at >= 0; at = s.indexOf(words, at + 1)) {
                    int start = at;
                    boolean opensClause = start > 0 && CLAUSE_OPENINGS.indexOf(s.charAt(start - 1)) >= 0;
                    // (A bare 工程 stands for it only as the one undertaking what follows: 。工程由X组织实施.)
                    boolean bare = words.length() == PROGRAM_WORD_LENGTH;
                    if (opensClause && (!bare || s.startsWith(BY, start + words.length())) && !taken[start]
                            && !taken[start + words.length() - 1]
                            && mentions.stream().noneMatch(m -> m.start() <= start && start < m.end())
                            && nearestBefore(programs, start, m -> lastWordsOf.get(m.canonical()).contains(words))
                                    .canonical().equals(program.canonical())) {
                        out.add(referenceTo(program, words, start));
                    }
                }
            }
        }
        return out;
    }

    /**
     * What a program's last words may be: its field's last two characters and its word (培训计划), the four
     * characters before its word (种源攻关 of 优质种源攻关工程), and its word alone (工程).
     */
    private static List<String> lastWords(String program) {
        Matcher last = LAST_WORDS.matcher(program);
        if (!last.find() || last.start() < LAST_WORDS_MIN_REST) {
            return List.of();
        }
        String word = program.substring(program.length() - PROGRAM_WORD_LENGTH);
        String field = program.substring(program.length() - PROGRAM_WORD_LENGTH - FIELD_WORDS, program.length()
                - PROGRAM_WORD_LENGTH);
        return List.of(last.group(), field, word);
    }

    /**
     * "汽开区正在实施…", "综改区将…", "基地正在推进…": a word opening a clause before what it is doing, whose
     * characters the name of a zone named before holds in order and ends with, is that zone contracted
     * (长春汽车经济技术开发区, 山西转型综合改革示范区, 宁东能源化工基地).
     */
    private static List<Mention> contractedZones(Passage p, List<Mention> mentions, boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        // (Most texts name no zone: the words opening clauses are then not worth reading.)
        List<Mention> zones = mentions.stream().filter(m -> m.type() == EntityType.Place && isZone(m)
                && !isReference(m)).toList();
        Matcher word = zones.isEmpty() ? null : CLAUSE_SUBJECT_DOING.matcher(p.full());
        while (word != null && word.find()) {
            String w = word.group();
            int start = word.start();
            if (taken[start] || taken[word.end() - 1]) {
                continue;
            }
            Mention zone = nearestBefore(zones, start, m -> !m.canonical().equals(w) && contracts(w, m.canonical()));
            if (zone != null) {
                out.add(referenceTo(zone, w, start));
            }
        }
        return out;
    }

    /** Whether {@code word} is {@code name} contracted: its characters in order, ending as the name ends. */
    private static boolean contracts(String word, String name) {
        int last = word.length() - 1;
        if (name.charAt(name.length() - 1) != word.charAt(last)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < last && at >= 0; i++) {
            at = name.indexOf(word.charAt(i), at);
            at = at < 0 || at >= name.length() - 1 ? -1 : at + 1;
        }
        return at >= 0;
    }

    /**
     * "这家主营微创器械的企业，将…": a company described after 这家, up to 的企业 (的公司), is the company last named;
     * the reference is what follows its 的, so that what the description says (这家位于Z的企业) is read too.
     */
    private static List<Mention> describedCompanies(Passage p, List<Mention> mentions, boolean[] taken) {
        return described(p, mentions, taken, DESCRIBED_COMPANY, EntityType.Enterprise);
    }

    /**
     * "这位45岁的土壤学者，同时担任…": a person described after 这位, up to a word for a person, is the person last
     * named.
     */
    private static List<Mention> describedPeople(Passage p, List<Mention> mentions, boolean[] taken) {
        return described(p, mentions, taken, DESCRIBED_PERSON, EntityType.Person);
    }

    /**
     * Each description {@code pattern} finds refers to the last mention of {@code type} before it; the reference
     * is the pattern's group 1 where it has one, so that what the description says is read too, or else the whole
     * description.
     */
    private static List<Mention> described(Passage p, List<Mention> mentions, boolean[] taken, Pattern pattern,
                                           EntityType type) {
        List<Mention> out = new ArrayList<>();
        Matcher described = pattern.matcher(p.full());
        // One walk through the candidates, in step with the descriptions: a search per description would be quadratic.
        List<Mention> candidates = mentions.stream().filter(m -> m.type() == type && !isReference(m)).toList();
        int next = 0;
        Mention last = null;
        while (described.find()) {
            int start = described.start();
            for (; next < candidates.size() && candidates.get(next).end() <= start; next++) {
                last = candidates.get(next);
            }
            // (这家纺机企业, by its trade alone, is the company last named only where no other was named with it.)
            boolean byTrade = described.groupCount() > 1 && described.group(2) != null;
            int from = byTrade ? described.start(2) : described.groupCount() > 0 ? described.start(1) : start;
            Mention other = byTrade && next >= 2 ? candidates.get(next - 2) : null;
            Sentences.Sentence namedIn = other == null ? null : p.sentenceAt(last.start());
            boolean alone = namedIn == null || other.start() < namedIn.start()
                    || other.canonical().equals(last.canonical());
            // (…但丰禾种业是X集团的子公司。这家种业企业…: the one of the two whose name holds the trade is meant.)
            String trade = byTrade ? described.group(2).substring(0, described.group(2).length() - 2) : "";
            Mention meant = alone ? last : trade.isEmpty() ? null
                    : last.canonical().contains(trade) && !other.canonical().contains(trade) ? last
                    : other.canonical().contains(trade) && !last.canonical().contains(trade) ? other : null;
            if (meant != null && !taken[from]) {
                out.add(referenceTo(meant, p.full().substring(from, described.end()), from));
            }
        }
        return out;
    }

    /**
     * "X公司揭牌。这家合资公司由A、B共同组建…合资公司董事长由Y兼任": a joint venture (new company, project
     * company) the text introduces with 这家 or 该 is the company named last before, or the one its word is written
     * right before (组建项目公司X有限公司), or else the last the text set up (双方共同组建的X); so is every later
     * 合资公司 (新公司, 项目公司).
     */
    private static List<Mention> newCompanies(Passage p, List<Mention> mentions, boolean[] taken) {
        List<Mention> out = new ArrayList<>();
        String s = p.full();
        Map<Integer, Mention> enterpriseAt = new HashMap<>();
        mentions.stream().filter(m -> m.type() == EntityType.Enterprise).forEach(m -> enterpriseAt.putIfAbsent(m.start(), m));
        for (String word : NEW_COMPANIES) {
            Mention venture = null;
            int searches = 0;   // a few looks for the company, not one per occurrence: that would be quadratic
            for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length())) {
                int start = at;
                if (taken[start] || taken[start + word.length() - 1]) {
                    continue;
                }
                int end = start + word.length();
                Mention named = enterpriseAt.get(end);
                if (venture == null && named != null) {
                    venture = named;   // 组建项目公司X有限公司: the word describes the name after it
                    continue;
                }
                if (venture == null && searches++ < MAX_SEARCHES) {
                    boolean introduced = INTRODUCING.stream().anyMatch(w -> s.startsWith(w, start - w.length()));
                    // "双方共同组建的X…。合资公司注册资本3亿元": else the company the text set up before.
                    // "Y在Z揭牌成立。新公司由…": or the company the text said was set up, after its name.
                    venture = introduced ? nearestBefore(mentions, start, m -> m.type() == EntityType.Enterprise)
                            : nearestBefore(mentions, start, m -> m.type() == EntityType.Enterprise
                                    && (SET_UP_BEFORE.matcher(s.substring(Math.max(0, m.start() - MAX_SET_UP),
                                    m.start())).find() || SET_UP_AFTER.matcher(s)
                                    .region(RelationFinder.endWithDeclaration(s, m), start)
                                    .lookingAt()
                                    // (与Y在Z成立: a partner sets a company up with another, and is not it.)
                                    && RelationFinder.PARTNER_JOINS.indexOf(p.charAt(m.start() - 1)) < 0));
                }
                if (venture != null && named == null) {
                    out.add(referenceTo(venture, word, start));
                }
            }
        }
        return out;
    }

    /** {@code expression} at {@code start} referring to {@code antecedent}: its entity, and where it was named. */
    private static Mention referenceTo(Mention antecedent, String expression, int start) {
        Map<String, Object> props = new HashMap<>(antecedent.properties());
        props.put(ANTECEDENT, antecedent.start());
        return new Mention(expression, antecedent.canonical(), antecedent.type(), start, start + expression.length(),
                props);
    }

    /** "…作政府工作报告。报告提出，…": a work report's words, once it is given, are its government's. */
    private static List<Mention> reportsSpeaking(Passage p, List<Mention> mentions, boolean[] taken) {
        Matcher given = REPORT_GIVEN.matcher(p.full());
        Matcher says = REPORT_SAYS.matcher(p.full());
        Mention reporter = given.find() && says.region(given.end(), p.full().length()).find()
                ? reportingGovernment(p, mentions) : null;
        List<Mention> out = new ArrayList<>();
        for (boolean found = reporter != null; found; found = says.find()) {
            int at = says.start();
            if (!taken[at]) {
                out.add(referenceTo(reporter, REPORT, at));
            }
        }
        return out;
    }

    /**
     * A company's own report or announcement (X股份有限公司2024年年度报告, X公司关于设立子公司的公告) calls it
     * 公司 throughout: the one company its headline names, or null.
     */
    private static Mention issuerInHeadline(Passage p, List<Mention> mentions) {
        List<Mention> inHeadline = mentions.stream().takeWhile(m -> m.start() < p.textOffset())
                .filter(m -> m.end() <= p.textOffset() && m.type() == EntityType.Enterprise
                        && m.canonical().endsWith(COMPANY)).toList();
        return inHeadline.size() == 1
                && ISSUED.matcher(p.full().substring(inHeadline.get(0).end(), p.textOffset())).find()
                ? inHeadline.get(0) : null;
    }

    /**
     * "X公司的蔬菜基地…。基地分别与A、B签订协议": a base that opens a clause, or is a party after 与, stands for
     * the company the text last said it is the base of (X的…基地, X在Y建设的…基地).
     */
    private static List<Mention> basesOfCompanies(Passage p, List<Mention> mentions, boolean[] taken) {
        String s = p.full();
        // Each company followed closely, in its sentence and after 的, by 基地: where that base is named.
        List<int[]> ownedAt = new ArrayList<>();   // {where the base word stands, index of its company}
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Sentences.Sentence sentence = p.sentenceAt(m.start());
            String after = sentence == null || m.type() != EntityType.Enterprise || isReference(m) ? ""
                    : s.substring(m.end(), Math.min(sentence.end(), m.end() + MAX_BASE_DESCRIPTION + BASE.length()));
            int base = after.indexOf(BASE);
            if (base >= 0 && after.substring(0, base).indexOf('的') >= 0) {
                ownedAt.add(new int[] {m.end() + base, i});
            }
        }
        ownedAt.sort(Comparator.comparingInt(a -> a[0]));
        List<Mention> out = new ArrayList<>();
        Mention owner = null;
        int next = 0;
        for (int at = s.indexOf(BASE); at >= 0; at = s.indexOf(BASE, at + 1)) {
            for (; next < ownedAt.size() && ownedAt.get(next)[0] < at; next++) {
                Mention candidate = mentions.get(ownedAt.get(next)[1]);
                owner = owner == null || candidate.start() > owner.start() ? candidate : owner;
            }
            int start = at;
            if (owner == null || taken[start] || start == 0 || BEFORE_BASE.indexOf(s.charAt(start - 1)) < 0
                    || !p.isBoundary(start) || !endsWord(p, start + BASE.length())) {
                continue;
            }
            // "基地位于Z村": where the base lies is said of the base, not of its company.
            if (BASE_SITED.matcher(s).region(start + BASE.length(), s.length()).lookingAt()) {
                continue;
            }
            out.add(referenceTo(owner, BASE, start));
        }
        return out;
    }

    /**
     * "刘昭华团队联合X...": a person's team is the research body the person was first named with (学院教授刘昭华,
     * X大学的张华研究员): the nearest one before that mention in its sentence. So is the team of a pronoun
     * standing for the person last named (他带领团队与X合作, 她的团队).
     */
    private static List<Mention> teamsOfPeople(Passage p, List<Mention> mentions, List<Mention> references,
                                               boolean[] taken) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        Map<String, Mention> firstByName = new java.util.LinkedHashMap<>();
        mentions.stream().filter(m -> m.type() == EntityType.Person).forEach(m -> firstByName.putIfAbsent(m.name(), m));
        Map<String, Mention> bodies = new HashMap<>();
        for (Mention person : firstByName.values()) {
            Sentences.Sentence sentence = p.sentenceAt(person.start());
            // The body may be named by a reference (该学院教授X): the reference stands for it.
            Mention body = Stream.concat(mentions.stream(), references.stream())
                    .filter(m -> m.type() == EntityType.ResearchTeam && m.end() <= person.start())
                    .max(Comparator.comparingInt(Mention::end)).orElse(null);
            if (sentence == null || body == null || body.start() < sentence.start()) {
                continue;
            }
            bodies.put(person.name(), body);
            String name = person.name();
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                Matcher team = TEAM_OF_PERSON.matcher(s).region(at + name.length(), s.length());
                if (!team.lookingAt() || taken[at + name.length()]) {
                    continue;
                }
                out.add(teamOf(s, body, at, team.end()));
            }
        }
        for (String pronoun : PRONOUNS) {
            for (int at = s.indexOf(pronoun); at >= 0; at = s.indexOf(pronoun, at + 1)) {
                int from = at;
                Matcher team = TEAM_OF_PRONOUN.matcher(s).region(at + pronoun.length(), s.length());
                Mention person = !team.lookingAt() || taken[at] || !p.isBoundary(at) ? null : mentions.stream()
                        .filter(m -> m.type() == EntityType.Person && m.end() <= from)
                        .max(Comparator.comparingInt(Mention::end)).orElse(null);
                Mention body = person == null ? null : bodies.get(person.name());
                if (body != null) {
                    out.add(teamOf(s, body, at, team.end()));
                }
            }
        }
        return out;
    }

    /** The words at [start, end) of {@code s} as a mention of {@code body}, whose team they name. */
    private static Mention teamOf(String s, Mention body, int start, int end) {
        Map<String, Object> props = new HashMap<>(body.properties());
        props.putIfAbsent(ANTECEDENT, body.start());
        return new Mention(s.substring(start, end), body.canonical(), body.type(), start, end, props);
    }

    /**
     * The expression ends a word (该行 in 该行将与..., not in 该行业): at a term boundary, or inside an adverb the
     * segmenter glued to it (行将).
     */
    private static boolean endsWord(Passage p, int end) {
        // 集团控股子公司, 该集团总部 as one term: the reference ends before what it owns or where it sits;
        // 全旗正|在实施: before 正在 too.
        if (p.isBoundary(end) || GLUED_AFTER.stream().anyMatch(w -> p.full().startsWith(w, end))
                || p.full().startsWith(UNDER_WAY, end)) {
            return true;
        }
        var straddling = p.termAt(end);
        // 在高新区建设X基地 as one term: a verb of two characters after the reference opens what is done there.
        return straddling != null && (straddling.nature.toString().startsWith("d")
                || end + 2 <= p.full().length()
                        && OrganizationRecognizer.dictionaryTags(p.full().substring(end, end + 2), "v"));
    }

    static boolean isReference(Mention m) {
        return m.properties().containsKey(ANTECEDENT);
    }

    /** A reference to a research body itself (该学院, 该团队, 刘华团队, 实验室), not to its results (相关成果, 该研究). */
    static boolean namesTeam(Mention m) {
        return isReference(m) && (m.name().startsWith("该") && !RESULTS.contains(m.name())
                || PERSON_TEAM_WORDS.stream().anyMatch(m.name()::endsWith) || isBareResearchHead(m));
    }

    /** 实验室, 研究所: a research body called by its kind alone, which may be the host of another named with it. */
    static boolean isBareResearchHead(Mention m) {
        return isReference(m) && RESEARCH_HEADS.contains(m.name());
    }

    /**
     * "A是B的全资子公司…。该公司负责人介绍" (or A是B旗下的…企业; or 公司董事长X): a company named as another's
     * parent stands behind the one the sentence is about, so the reference is to the subsidiary A. So does a
     * founder or holder of the sentence's subject ("A由B与C共同出资组建，B持股70%。该公司投资…"; "A总部位于X，
     * 是B旗下企业"). {@code company} itself otherwise.
     */
    static Mention subsidiaryCalledBy(Passage p, List<Mention> mentions, Mention company) {
        // (A是B的控股子公司，总部位于Z的B此前…: the parent named again later in its sentence is still the parent.)
        Sentences.Sentence itsSentence = p.sentenceAt(company.start());
        Mention first = itsSentence == null ? null : mentions.stream().filter(m -> m.start() >= itsSentence.start()
                && m.end() <= company.start() && m.canonical().equals(company.canonical()) && !isReference(m))
                .findFirst().orElse(null);
        if (first != null) {
            return subsidiaryCalledBy(p, mentions, first);
        }
        String s = p.full();
        int after = company.end();
        String rest = s.substring(after, Math.min(s.length(), after + MAX_SUBSIDIARY_DESCRIPTION));
        int stop = rest.indexOf('。');
        int subsidiary = rest.startsWith("旗下") ? 0 : rest.indexOf("子公司");   // A是B旗下的…企业, A是B的子公司
        // (A是总部位于Z的B旗下企业: where the parent is may be said between the link and its name.)
        Matcher link = LINK_TO_PARENT.matcher(s)
                .region(Math.max(0, company.start() - MAX_LINK_TO_PARENT), company.start());
        int linkAt = link.find() ? link.start() : -1;
        boolean parent = linkAt > 0 && (link.group(1) == null
                || subsidiary >= 0 && (stop < 0 || stop > subsidiary));
        if (parent) {
            Mention named = mentions.stream()
                    .filter(m -> m.type() == EntityType.Enterprise && m.end() == linkAt && !isReference(m))
                    .findFirst().orElse(null);
            // "X是首批企业之一，它是B旗下企业": the pronoun stands for the company the sentence named before.
            Sentences.Sentence sentence = p.sentenceAt(company.start());
            Mention referred = s.charAt(linkAt - 1) != IT || sentence == null ? null : mentions.stream()
                    .filter(m -> m.type() == EntityType.Enterprise && m.start() >= sentence.start()
                            && m.end() < linkAt && !isReference(m) && mentions.stream().noneMatch(o -> o != m
                            && o.type() == EntityType.Enterprise && o.start() <= m.start() && m.end() <= o.end()))
                    .findFirst().orElse(null);
            named = named != null ? named : referred;
            if (named != null) {
                return named;
            }
        }
        Mention subject = subjectOf(p, mentions, company);
        if (subject == null) {
            return company;
        }
        // "A由B…": the agent of the clause A opens, within that clause.
        String between = subject.end() <= company.start() ? s.substring(subject.end(), company.start()) : "";
        boolean agent = between.indexOf('由') >= 0 && between.indexOf('，') < 0;
        return parent || rest.startsWith("持股") || agent ? subject : company;
    }

    /** The company that opens the sentence holding {@code m}, when it is another than {@code m}. */
    private static Mention subjectOf(Passage p, List<Mention> mentions, Mention m) {
        Sentences.Sentence sentence = p.sentenceAt(m.start());
        if (sentence == null) {
            return null;
        }
        return mentions.stream()
                .filter(o -> o.start() == sentence.start() && o.type() == EntityType.Enterprise && !isReference(o)
                        && !o.canonical().equals(m.canonical()))
                .findFirst().orElse(null);
    }

    /** 团队, 研究团队, 该课题组: words for a team. */
    private static boolean isTeamWord(String words) {
        return PERSON_TEAM_WORDS.stream().anyMatch(words::endsWith);
    }

    /**
     * The research body the text last called a team (X学院钟岷教授团队, 该所研究员X课题组): what 该团队 and 团队
     * mean, though other bodies were named since (团队联合A、B).
     */
    private static Mention namedTeamBefore(Passage p, List<Mention> mentions, List<Mention> references, int pos) {
        Mention best = null;
        List<Mention> before = Stream.concat(mentions.stream(), references.stream()).filter(m -> m.start() < pos)
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        for (Mention m : before) {
            // Only the few characters after the body, and its short name's declaration (X研究所（以下简称“Y”）研究员
            // Z团队): a search to the end for every body would be quadratic.
            Matcher declared = AliasResolver.declarationAt(p.full(), m.end());
            int from = Math.min(pos, declared != null ? declared.end() : m.end());
            // A body referred to (该所研究员X团队) is the one referred to; a person's team or a result (该研究属于团队承担的专项)
            // is no body naming one.
            boolean body = m.type() == EntityType.ResearchTeam
                    && (!isReference(m) || m.name().startsWith("该") && !RESULTS.contains(m.name()));
            String after = body ? p.full().substring(from, Math.min(pos, from + MAX_TEAM_DESCRIPTION + 3)) : "";
            int team = PERSON_TEAM_WORDS.stream().mapToInt(after::indexOf).filter(i -> i >= 0).min().orElse(-1);
            boolean inside = best != null && m.start() < best.end();   // 东北农业大学 of 东北农业大学农学院
            if (team >= 0 && !inside && after.substring(0, team).chars().noneMatch(Chars::isPunctuation)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * "A是B的全资子公司。…母公司向其增资", "B（以下简称“b”）的全资子公司A": the last company named as a
     * subsidiary's parent before {@code pos}.
     */
    private static Mention parentNamedBefore(Passage p, List<Mention> mentions, int pos) {
        Mention parent = null;
        for (Mention m : mentions) {
            if (m.start() >= pos) {
                break;
            }
            Matcher declared = m.end() < pos ? AliasResolver.declarationAt(p.full(), m.end()) : null;
            int after = declared != null ? Math.min(declared.end(), pos) : m.end();   // X（以下简称“Y”）的全资子公司
            if (m.type() == EntityType.Enterprise && after < pos
                    && PARENT_OF.matcher(p.full()).region(after, pos).lookingAt()) {
                parent = m;
            }
        }
        return parent;
    }

    /**
     * The last company before {@code pos} named as a subsidiary: right after 子公司 (其全资子公司A), or said to be
     * one in its own clause (A是B的控股子公司).
     */
    private static Mention subsidiaryNamedBefore(Passage p, List<Mention> mentions, int pos) {
        String s = p.full();
        int lo = Mentions.firstStartingAt(mentions, pos);
        // The nearest such company, among the last few mentions only: a search back to the text's start for every
        // 该子公司 would be quadratic.
        for (int i = lo - 1; i >= 0 && i >= lo - MAX_SUBSIDIARY_LOOK_BACK; i--) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.Enterprise || isReference(m) || m.end() > pos) {
                continue;
            }
            Matcher clauseEnd = CLAUSE_END.matcher(s).region(m.end(), Math.min(pos, m.end() + MAX_SUBSIDIARY_CLAUSE));
            String clause = s.substring(m.end(), clauseEnd.find() ? clauseEnd.start() : clauseEnd.regionEnd());
            // (X集团旗下的Y: a company under a group is its subsidiary too.)
            if (s.startsWith(SUBSIDIARY, m.start() - SUBSIDIARY.length())
                    || UNDER_GROUP_BEFORE.stream().anyMatch(w -> s.startsWith(w, m.start() - w.length()))
                    || (clause.startsWith("是") || clause.startsWith("为")) && clause.contains(SUBSIDIARY)) {
                return m;
            }
        }
        return null;
    }


    /**
     * Of the mentions {@code fits} names before {@code pos}, the last of the one named most often. 集团 alone is
     * the story's group so, not a partner group named once in between.
     */
    static Mention mostNamedBefore(List<Mention> mentions, int pos, Predicate<Mention> fits) {
        Map<String, Integer> named = new HashMap<>();
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= pos) {
                break;
            }
            if (m.end() <= pos && !isReference(m) && fits.test(m)) {
                int times = named.merge(m.canonical(), 1, Integer::sum);
                if (best == null || times >= named.get(best.canonical())) {
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * "王建国：我们与X合作…": in an answer opened by the interviewee's name, 我们 is what the interviewee was
     * introduced with (X县委副书记、县长Y, X公司董事长Y): the body named before the titles, or for a division's
     * party committee or government, the division itself. Null outside such answers.
     */
    private static Mention speakersOwn(Passage p, List<Mention> mentions, int pos, Mention reporter) {
        String s = p.full();
        // An answer's paragraph opens at most this far back: a search to the text's start for every 我们 would
        // be quadratic.
        int paragraph = s.lastIndexOf('\n', pos - 1) + 1;
        if (pos - paragraph > MAX_ANSWER) {
            return null;
        }
        Mention speaker = mentions.stream().filter(m -> m.type() == EntityType.Person && m.start() == paragraph
                && m.end() < s.length() && "：:".indexOf(s.charAt(m.end())) >= 0).findFirst().orElse(null);
        if (speaker == null) {
            return reporter != null && reporter.end() < pos ? reporter : null;
        }
        Mention introduced = mentions.stream()
                .filter(m -> m.type() == EntityType.Person && m.canonical().equals(speaker.canonical())
                        && bodyBeforeTitles(s, mentions, m) != null).findFirst().orElse(null);
        Mention body = introduced == null ? null : bodyBeforeTitles(s, mentions, introduced);
        if (body != null && body.type() == EntityType.Place
                && GOVERNMENT_HEAD.matcher(s.substring(body.end(), introduced.start())).find()) {
            // 县长X: the head of a county speaks for its government where the text names it.
            Mention government = mentions.stream().filter(m -> m.type() == EntityType.Government
                    && m.canonical().equals(body.canonical() + GOVERNMENT)).findFirst().orElse(null);
            return government != null ? government : body;
        }
        if (body == null || body.type() != EntityType.Government) {
            return body;
        }
        Mention division = divisionOf(mentions, body);
        return division != null ? division : body;
    }

    /**
     * The government a work report is given for, whose 我们 the report's words are: the one it is given on
     * behalf of (市长X代表Y市人民政府作政府工作报告), else the first its sentence names (Y区人民政府区长X在…作政府工作
     * 报告); null where no work report is given.
     */
    private static Mention reportingGovernment(Passage p, List<Mention> mentions) {
        String s = p.full();
        Matcher report = REPORT_GIVEN.matcher(s);
        Sentences.Sentence sentence = report.find() ? p.sentenceAt(report.start()) : null;
        int given = sentence == null ? -1 : report.start();
        List<Mention> governments = sentence == null ? List.of() : mentions.stream()
                .filter(m -> m.type() == EntityType.Government && !isReference(m) && m.start() >= sentence.start()
                        && m.end() <= given).toList();
        return governments.stream().filter(m -> s.startsWith(ON_BEHALF_OF, m.start() - ON_BEHALF_OF.length()))
                .findFirst().orElse(governments.isEmpty() ? null : governments.get(0));
    }

    /**
     * The first (or second) of the last two organisations, or programs, a link joins in the sentence before
     * {@code pos} (A与B, A和B, 以下简称 declared after A, “A工程”和“B工程”), or null.
     */
    private static Mention ofLinkedPair(Passage p, List<Mention> mentions, int pos, boolean first) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        if (sentence == null) {
            return null;
        }
        Mention previous = null;
        Mention[] pair = null;
        for (Mention m : mentions) {
            if (m.start() >= pos) {
                break;
            }
            if (!(m.isOrganisation() || m.type() == EntityType.Program) || m.start() < sentence.start()
                    || isReference(m)) {
                continue;
            }
            // Outermost organisations only: a name inside another (a group inside its unit) joins nothing.
            if (previous != null && m.start() < previous.end()) {
                previous = m.end() > previous.end() ? m : previous;
                continue;
            }
            if (previous != null && (previous.type() == EntityType.Program) == (m.type() == EntityType.Program)
                    && PAIR_LINK.matcher(p.full()).region(previous.end(), m.start()).matches()) {
                pair = new Mention[] {previous, m};
            }
            previous = m;
        }
        return pair == null ? null : pair[first ? 0 : 1];
    }

    /**
     * Where the organisations end, when the text names exactly one cooperative (by its canonical name); empty
     * otherwise, so that a bare 合作社 after 与 stands for no particular one.
     */
    private static Set<Integer> organisationEnds(List<Mention> mentions) {
        boolean one = mentions.stream().filter(m -> m.type() == EntityType.Enterprise
                && m.canonical().endsWith(COOPERATIVE)).map(Mention::canonical).distinct().limit(2).count() == 1;
        return one ? mentions.stream().filter(Mention::isOrganisation).map(Mention::end).collect(Collectors.toSet())
                : Set.of();
    }

    /** The place a government body is named after (县农业农村局 of 阳城县: 阳城县), the longest, or null. */
    private static Mention divisionOf(List<Mention> mentions, Mention body) {
        return mentions.stream().filter(m -> m.type() == EntityType.Place && !isReference(m)
                && body.canonical().startsWith(m.canonical())).max(Comparator.comparingInt(m -> m.canonical().length()))
                .orElse(null);
    }

    /**
     * "X总部位于Z，去年与Y签订协议。今年5月，该公司投资…": 该公司 opening its sentence (after a time, at most) goes on
     * with the company the sentence before opened on, not the partner named last in it. Null otherwise.
     */
    private static Mention previousSubject(Passage p, List<Mention> mentions, int pos, Predicate<Mention> fits) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        Sentences.Sentence before = sentence == null ? null : p.sentenceAt(sentence.start() - 1);
        if (before == null || !TIME_OPENING.matcher(p.full()).region(sentence.start(), pos).matches()) {
            return null;
        }
        // The subject may follow a description of it (做细胞治疗试剂的X公司，则…).
        Mention subject = mentions.stream().filter(m -> !isReference(m) && (m.start() == before.start()
                || m.start() > before.start() && m.start() - before.start() <= MAX_DESCRIPTION
                && DESCRIBED.matcher(p.full()).region(before.start(), m.start()).matches()))
                .findFirst().orElse(null);
        // "X旗下的Y投资…", "X下属的Y扩产": the sentence is about Y, the company named last before 该公司 anyway.
        boolean owner = subject != null
                && (HOLDING_NEXT.matcher(p.full()).region(subject.end(), before.end()).lookingAt()
                || PARENT_OF.matcher(p.full()).region(subject.end(), before.end()).lookingAt());
        return subject != null && fits.test(subject) && !owner ? subject : null;
    }

    /**
     * "X注册资本5亿元，其中A出资3亿元，B以技术入股，公司由A控股": 公司 opening a clause of a sentence that opens
     * on a company and its capital is that company, not the shareholder named last. Null otherwise.
     */
    private static Mention capitalisedSubject(Passage p, List<Mention> mentions, int pos) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        if (sentence == null || CLAUSE_OPENERS.indexOf(p.charAt(pos - 1)) < 0 || pos == sentence.start()) {
            return null;
        }
        Mention subject = mentions.stream().filter(m -> m.start() == sentence.start()
                && m.type() == EntityType.Enterprise).findFirst().orElse(null);
        return subject != null && p.full().startsWith(RelationFinder.REGISTERED_CAPITAL, subject.end())
                ? subject : null;
    }

    /**
     * "A与B合资成立C。公司注册资本10亿元，…": 公司 with its capital, opening a sentence, is the company the sentence
     * before set up. Null otherwise.
     */
    private static Mention capitalSetUpBefore(Passage p, List<Mention> mentions, int pos, int end) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        Sentences.Sentence before = sentence == null || pos != sentence.start() ? null
                : p.sentenceAt(sentence.start() - 1);
        if (before == null || !p.full().startsWith(RelationFinder.REGISTERED_CAPITAL, end)) {
            return null;
        }
        return mentions.stream().filter(m -> m.type() == EntityType.Enterprise && !isReference(m)
                && before.contains(m.start(), m.end()) && SET_UP_BEFORE.matcher(p.full())
                .region(Math.max(before.start(), m.start() - MAX_SET_UP), m.start()).find())
                .reduce((a, b) -> b).orElse(null);
    }

    /** The organisation or division named right before a person's titles (沁县县长Y, X县委副书记、县长Y), or null. */
    private static Mention bodyBeforeTitles(String s, List<Mention> mentions, Mention person) {
        return mentions.stream().filter(m -> (m.isOrganisation() || m.type() == EntityType.Place) && !isReference(m)
                && m.end() < person.start() && person.start() - m.end() <= MAX_TITLES
                && s.substring(m.end(), person.start()).chars().allMatch(c -> Chars.isHan(c) || c == '、'))
                .reduce((a, b) -> b).orElse(null);
    }

    /**
     * 当地 is the place last named, but where a body of a division acts in its sentence (县农业农村局还与当地的X),
     * that body's division.
     */
    private static Mention localDivision(Passage p, List<Mention> mentions, Mentions indexed, int pos,
                                         Predicate<Mention> fits) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        Mention body = sentence == null ? null : nearestBefore(mentions, pos, m -> m.type() == EntityType.Government
                && m.start() >= sentence.start());
        Mention division = body == null ? null : divisionOf(mentions, body);
        if (division != null) {
            return division;
        }
        // Not a place inside a name (上海 of 上海锦泰在当地设立): a company's origin is no local place.
        return nearestBefore(mentions, pos, fits.and(m -> !indexed.insideName(m)));
    }

    /**
     * "X，由Y投资2.8亿元建设…。公司总经理Z说": a company brought in by 由 is the agent of what its sentence says of
     * the company named before it there, which stays the topic.
     */
    private static Mention topicOverAgent(Passage p, List<Mention> mentions, Mention nearest) {
        Sentences.Sentence sentence = nearest == null ? null : p.sentenceAt(nearest.start());
        if (sentence == null || nearest.start() == 0 || p.charAt(nearest.start() - 1) != '由') {
            return nearest;
        }
        return mentions.stream().filter(m -> m.type() == nearest.type() && !isReference(m)
                && m.start() >= sentence.start() && m.end() < nearest.start() - 1
                && m.canonical().endsWith(COMPANY)).findFirst().orElse(nearest);
    }

    /**
     * What a company's reference at {@code start} stands for: the company last named, but right after a link or a
     * preposition of receiving (A与该公司, A向该公司注资) not the company opening that clause, its subject.
     */
    private static Mention referredAcrossClause(String s, int start, int clause, List<Mention> mentions,
                                                Predicate<Mention> fits) {
        boolean linked = start > 0 && (LINKING + RECEIVING).indexOf(s.charAt(start - 1)) >= 0;
        return nearestBefore(mentions, start, linked ? fits.and(m -> m.start() != clause) : fits);
    }

    /** The last mention ending before {@code pos} that fits; a longer name wins over one inside it. */
    private static Mention nearestBefore(List<Mention> mentions, int pos, Predicate<Mention> fits) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= pos) {
                break;
            }
            if (m.end() <= pos && !isReference(m) && fits.test(m) && (best == null || m.end() > best.end() || m.end() == best.end() && m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }
}
