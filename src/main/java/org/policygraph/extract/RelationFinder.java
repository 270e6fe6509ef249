package org.policygraph.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the facts between the mentions of one passage, each with the sentence that states it and a
 * confidence for the rule that read it. Every rule reads a general construction of news Chinese:
 * administrative chains, "X位于Y", "X投资N万元", "A、B组成的联合团队", "A与B合作", "发表于《J》", "X实施“P”",
 * "P包括A、B", "X集团Y矿", "机构+头衔+人名". References (该公司, 镇里) arrive as mentions of their antecedent.
 */
final class RelationFinder {

    private static final Map<String, Integer> LEVEL_RANK = Map.of("country", 0, "province", 1, "city", 2,
            "county", 3, "zone", 4, "town", 4, "district", 4, "village", 5);
    /** The longest description between "X的" and an organisation in X (农业龙头企业). */
    private static final int MAX_DESCRIPTION = 8;
    /** How many sentences back a facility opening a sentence may have been described (位于Z的X物流园…). */
    private static final int MAX_SENTENCES_TO_FACILITY = 3;
    /** Marks that may close such a description (这家企业——Y); the distance allows two beyond its words. */
    private static final String DESCRIPTION_MARKS = "—－:：";
    /** Between a program and 纳入: a closing quote, an adverb (已, 已经, 正式). */
    private static final Pattern BEFORE_BROUGHT = Pattern.compile("”?(?:已经?|正式|也|均)?");
    private static final int MAX_ADVERBS = 3;
    /** Between 纳入 and the program: its owner (吉林省, 省级), an opening quote. */
    private static final Pattern OWNER_THEN = Pattern.compile("(?:\\p{IsHan}{1,6}?[省市县区级])?“?");
    private static final int MAX_OWNER = 8;
    /** A program brought into another: 将“X贷”纳入“Y”. */
    private static final String BROUGHT_INTO = "纳入";
    /** Handing land, a facility or livestock over to the body after it: 交由(Y管护), 托管给(Y). */
    private static final Pattern HANDED_TO = Pattern.compile("交由|托管给");
    /** A clause opening on who commissions the work of the clause after it: 受(X公司)委托，. */
    private static final Pattern COMMISSIONED_BY = Pattern.compile("受([^，,。；;]{2,40}?)委托[，,]");
    /** Taking on a task, right after the body it is given to: (交由Y)负责, 牵头, 具体实施. */
    private static final Pattern TASK_TAKEN = Pattern.compile("(?:具体|统一)?(?:负责|牵头|落实|承担|实施|组织|推进)");
    /** Selling its produce to a buyer, after it: (向)X供应, (向)其交售. */
    private static final Pattern SUPPLYING = Pattern.compile("向(?=[^，,。；;]{1,40}?(?:供应|供货|交售))");
    /** Results licensed or handed to a company, right before it: 授权(给)X使用, 授权X转化应用, 转让给X, 许可给X. */
    private static final Pattern LICENSED = Pattern.compile("授权给?|转让给|许可给");
    /** A licence to use, which needs no result named before it, unlike a transfer. */
    private static final String LICENCE = "授权";
    /** Results a transfer hands over, before 转让给 or 许可给: 成果, 品种, 专利, 著作权, 技术. */
    private static final Pattern RESULTS_HANDED = Pattern.compile("成果|品种|专利|著作权|技术|品系|材料|标记|菌株|种质|工艺");
    /** What is built where money goes, right after the place: 在Y镇建设. */
    private static final Pattern BUILT_THERE = Pattern.compile("新建|建设|兴建|建起|建成|打造|改造|实施|推广");
    /** Paying money in, for capital or for another's work (出资600万元，支持Y开展…). */
    private static final String PAYS = "出资";
    /** Setting money aside (安排1500万元专项资金支持Y): a government's way of funding others, a company's of its own work. */
    private static final String ARRANGES = "安排";
    /**
     * Money set aside for a body: 安排(专项经费, 东西部协作财政援助资金), 列支, 投入, 拿出, 出资, or funds pooled (统筹, 整合
     * 衔接资金) before it, with a bound of at least (不少于) before the amount; after it, what the money is (运行经费,
     * 专项资金) and what it is for (支持|保障|用于|帮助|注入, group 1).
     */
    private static final Pattern ARRANGED = Pattern.compile(
            "(?:安排|列支|投入|拿出|出资|统筹|整合)(?:[^，,。；;\\d]{0,10}?(?:经费|资金))?(?:不少于|不低于)?");
    /** Granting funds to a body or place: 兑现(奖补资金), 拨付(帮扶资金), 下达(协作资金), 投入(财政援助资金). */
    private static final Pattern FUNDS_GRANTED = Pattern.compile("兑现|拨付|下达|下拨|投入");
    private static final String TOWARDS_IT = "向其";
    private static final String LEADS_IT = "领衔";
    /** What joins a place to one it governs or holds: 的, 下辖的, 所辖的, 境内的, 内的 (金普新区内的X开发区). */
    private static final Pattern GOVERNED = Pattern.compile("(?:下辖|所辖|境内|辖区内|内)?的|(?:县?城区?|政府)?(?:所在地|驻地)");
    /** The funds named between the recipient and the sum (协作资金, 奖补资金), group 1 when there are any. */
    private static final Pattern GRANTED_FUNDS = Pattern.compile(
            "([^，,。；;、\\d]{0,8}?(?:(?:奖补|补贴|补助|奖励)?(?:资金|经费)|奖补|补贴|补助|奖励))?");
    /** What a program is said to be: one launched (carried out, set up) by the bodies before it. */
    private static final Pattern LAUNCHED_BY = Pattern.compile("(?:联合|共同)?(?:启动|实施|发起|推出|设立|开展)的");
    private static final int MAX_LAUNCHED_BY = 7;
    /** 它 opening a clause before a link, maybe after a time or an adverb: (今年6月，)它已(与). */
    private static final Pattern IT_BEFORE_LINK = Pattern.compile("它(?:还|已|也|又|将|已经|先后|曾)*");
    /** A facility opening a sentence, which signs or builds for the company owning it: 该中心, 工厂, 项目(投产后). */
    private static final Pattern FACILITY_ACTING = Pattern.compile("(?:该|新)?(?:工厂|厂|项目|中心|基地)");
    /** 由 before builders other than the company itself (由企业, 由该公司). */
    private static final Pattern BY_OTHERS = Pattern.compile("由(?!该?(?:企业|公司))");
    /** A company's facility opening the clause after the company's: (X由Y控股，)其研发中心, 项目(投产后). */
    private static final Pattern CLAUSE_FACILITY = Pattern.compile("其(?:新|研发)?(?:工厂|中心|基地|项目)|项目");
    /** A sentence closing on who said it: (…)合作社理事长Y说, 该局局长Y表示. */
    private static final Pattern SAID_CLOSING = Pattern.compile("(?:说|表示|介绍|指出)[。！？]?$");
    /** What a party does with 其 after the link: (与其)签订, 合作, 共建. */
    private static final Pattern AGREED_AFTER_ITS = Pattern.compile("(?:签订|签署|合作|共建|建立|达成)");
    /** A clause of a divided work opening on the body that takes its share: (再)由B(统一收购). */
    private static final Pattern DUTY_BY = Pattern.compile("(?:再|然后|最后|后)?由");
    /** A body's share of a divided work, after its name: (A)负责…, (A)则负责…. */
    private static final Pattern DUTY_TAKEN = Pattern.compile("(?:则|主要|具体)?负责(?!人)");
    /** Taking the produce or the work over, after 由B: (由B)统一收购, (由B)负责加工. */
    private static final Pattern DUTY_TAKEN_BY = Pattern.compile("(?:统一|负责|全部|按保底价)?(?:收购|加工|销售|包销|回收|运营)");
    /** A buyer after 被 or 由, its price (group 1 at 以), and a verb of buying at auction or by licence: 被Y以1860万元拍得. */
    private static final Pattern TECHNOLOGY_BOUGHT = Pattern.compile(
            "[被由](?=[^，,。；;被由]{2,30}?(以)[^，,。；;]{1,12}?元(?:拍得|竞得|购得|受让|买断))");
    /** Where a body's technology comes from, after the body: 的技术支撑来自, 的技术支持主要由. */
    private static final Pattern TECHNOLOGY_FROM = Pattern.compile("的(?:技术|科技)(?:支撑|支持)(?:主要)?(?:来自|来源于|由)");
    /**
     * Handing a technology over to the body after 向: (A将)向B转让X技术, 向B许可Y专利; group 1 is the verb, and what
     * is handed over follows it within the clause.
     */
    private static final Pattern TECHNOLOGY_HANDED = Pattern.compile(
            "向(?=[^，,。；;]{2,30}?(转让|许可|授权使用)[^，,。；;]{0,20}?(?:技术|专利|成果))");
    /** Acting together with the body after it: A会同B, A联合B. */
    private static final Pattern ACTING_TOGETHER = Pattern.compile("会同|联合");
    /** A newspaper named after its place, right after the place: (浙江)日报, 晚报. */
    private static final Pattern NEWSPAPER = Pattern.compile("日报|晚报|商报|电视台|广播电视台");
    /** A clause opening on the link to a body that works with the subject before: ，并联合(X), ，同时会同(X). */
    private static final Pattern JOINING_CLAUSE = Pattern.compile("(?:并|还|同时|并且)(?:将)?(?:会同|联合)");
    /** Setting up a union of cooperatives: (共同)(发起)成立了(这家)联合社, 组建X联合社. */
    private static final Pattern UNION_FOUNDED = Pattern.compile(
            "(?:共同)?(?:发起)?(?:成立|组建|组成)了?(?:这家|该)?[^，,。；;]{0,20}?联合社");
    /** The round a sentence opens on, raised in the sentence before: 本轮由A领投. */
    private static final String THIS_ROUND = "本轮";
    /** Getting investment: 获投. */
    private static final String GOT_INVESTMENT = "获投";
    /** Names of bodies that invest for a living: funds, investment and capital companies. */
    private static final Pattern INVESTING_BODY = Pattern.compile("基金|投资|资本|创投");
    /** Joining a funding round: 领投, 跟投, 参投. */
    private static final Pattern JOINED_ROUND = Pattern.compile("领投|跟投|参投");
    private static final String RAISED = "融资";
    /** The round written after its lead: (X完成由A领投)的8000万元A轮融资. */
    private static final Pattern ROUND_AFTER_LEAD = Pattern.compile("的[^，,。；;由]{0,16}?融资");
    /** Where an amount may end after 跟投, 领投 or 获投: 600万元, 1500万美元. */
    private static final int MAX_ROUND_AMOUNT = 12;
    /** Receiving an investment from the company named next: 拿到了, 获得. */
    private static final Pattern RECEIVED_INVESTMENT = Pattern.compile("(?:拿到|获得)了?");
    /** After the investor: the round's amount and name, up to 投资 (1500万美元的B轮投资). */
    private static final Pattern ROUND_INVESTMENT = Pattern.compile("[^，,。；;]{0,16}?(?:轮|笔)?投资");
    /** Pairing assistance, before the place assisted: 对口支援, 对口帮扶, 对口协作. */
    private static final Pattern PAIRED_ASSISTANCE = Pattern.compile("对口(?:支援|帮扶|协作)");
    private static final Pattern ARRANGED_FOR = Pattern.compile(
            "(?:\\p{IsHan}{0,4}(?:经费|资金))?(?:[，,]?(支持|保障|扶持|用于|帮助|注入))?");
    /** What follows money set aside, opening on the body it works for: ，为(研究院建设…), 为(学校建设…). */
    private static final Pattern FOR_BODY = Pattern.compile("[，,]?为");
    /** Building for a body: 为学校建设实训车间. */
    private static final Pattern BUILT_FOR = Pattern.compile("(?:配套)?(?:建设|建成|新建|改造|扩建)");
    private static final String MATCHING = "配套";
    /** The money named after the amount with no purpose: the funds of what the sentence is about. */
    private static final Pattern FUNDS = Pattern.compile("\\p{IsHan}{0,2}(?:经费|资金)");
    /** What the money is for, as a pronoun: 保障其运行. */
    private static final char ITS = '其';
    /** "B持股70%": a shareholder and its share. */
    private static final Pattern HOLDS_SHARE = Pattern.compile("持股(\\d{1,3}(?:\\.\\d+)?)[%％]");
    /** After a visited organisation: its short name declared, a few words for where in it, and 和 or 、. */
    private static final Pattern VISITED_THEN = Pattern.compile("(?:[（(][^（()）]{0,20}[）)])?\\p{IsHan}{0,6}?[和、及]");
    /** "投资方为Z": who puts the money into the project a clause speaks of. */
    private static final Pattern NAMED_INVESTOR = Pattern.compile("投资(?:方|主体)(?:为|是)");
    /** Support one organisation gives another's work: 提供技术支撑, 提供担保. */
    private static final Pattern SUPPORT = Pattern.compile("提供(?:技术支撑|技术支持|技术指导|技术服务|融资担保|担保)");
    /** A count of partners, then those of them named: 与87家企业签订服务协议，…，其中包括(B), 其中规模最大的是(B). */
    private static final Pattern COUNTED_PARTNERS_INCLUDING = Pattern.compile("与[\\d一二三四五六七八九十两百多余]+家"
            + "\\p{IsHan}{0,6}?(?:企业|公司|合作社|单位|高校|机构)[^。；;家]{0,40}?其中(?:(?:就)?包括|[^，,。；;]{0,10}?[是为])");
    /** The companies among those sited at a place (group 1): 落户开发区的配套企业中，. */
    private static final Pattern AMONG_THOSE_SITED = Pattern.compile(
            "(?:落户|入驻|进驻|签约落户)([^，,。；;的]{2,24})的[^，,。；;]{0,8}?(?:企业|公司)中[，,]");
    /** A place (group 1) opening a clause that receives companies or projects: (，)X镇则迎来(两个项目：). */
    private static final Pattern RECEIVING = Pattern.compile("(?<=^|[，,。；;：:\n])([^，,。；;：:\\s]{2,24}?)"
            + "(?:则|即|同时|也|还|一口气)?迎来了?(?:[^，,。；;：:]{0,12}项目[：:，,])?");
    /** What makes 是 no plain copula before it: 不是, 特别是, 或是, 还是, 就是. */
    private static final String NOT_PLAIN_COPULA = "不别或还就";
    /** A project given to a body to carry out: 该项目由(B组织实施). */
    private static final Pattern GIVEN_PROJECT = Pattern.compile("(?:该|此)项目由");
    /** Another project or works written between a project and what refers to it: X工程, Y项目, 招标. */
    private static final Pattern OTHER_WORKS = Pattern.compile("项目|工程|招标");
    /** Characters before 项目 that make it the project spoken of: 该项目, 本项目, 作为项目. */
    private static final String REFERRING_BEFORE_WORKS = "该此本为";
    /** Winning lots of a tender: 中标项目第一标段, 中标6个标段中的3个. */
    private static final Pattern LOTS_WON = Pattern.compile("中标(?:该项目|项目)?(?:第[一二三四五六七八九十\\d]{1,3}|[一二三四五六七八九十\\d]{1,3}个)标段");
    /** What a program's carrier is called: (“P”)的实施主体, 的承建单位. */
    private static final Pattern CARRIER_OF = Pattern.compile("的(?:实施|承建|建设)(?:主体|单位)");
    /** A company's capital said before who founded it: C注册资本1000万元，由…. */
    private static final Pattern CAPITAL_BEFORE_BY = Pattern.compile("^[^，,。；;]{2,40}注册资本[^，,。；;]{1,20}[，,]$");
    /** The sides founding a company, counted: (由)三方(合资组建), 双方(共同出资设立). */
    private static final Pattern SIDES_OF_FOUNDING = Pattern.compile("([双两三四五六])方(?:共同)?");
    /** The count of sides to an agreement: 三方(合作协议), not 三方面. */
    private static final Pattern COUNTED_SIDES = Pattern.compile("([三四五六])方(?![面便向式法])");
    /** The sides counted, opening a clause of what they will do together: 三方将, 此后四方共同. */
    private static final Pattern SIDES_OPENING = Pattern.compile("(?:此后|随后|今后)?[三四五六]方(?:将|还|共同|联合)");
    /** Where what a body uses comes from: (菌包全部)来自B. */
    private static final String COMES_FROM = "来自";
    /** Both sides of a meeting signing: 两市签署, 两县签订, 双方签订, 双方去年签订. */
    private static final Pattern BOTH_SIDES_SIGN = Pattern.compile(
            "(?:两市|两县|两区|两地|两省|两校|两镇|双方)(?:今年|去年|前年|此前|已经|已|还)?(?:将|正式|共同|联合)?"
            + "(?:签署|签订|签约|启动|共建|携手)");
    /** Verbs of visiting an organisation, in reports of inspections: 来到, 走进, 考察. */
    private static final Pattern VISIT = Pattern.compile("来到|走进|走访|考察|察看|调研|深入");
    /** The word an institute's name ends in, which funds set aside may run: (X产业)研究院. */
    private static final String INSTITUTE = "研究院";
    /** Right before a verb of spending: for the work the sentence before set out (X为此投入). */
    private static final String FOR_THAT = "为此";
    /** A sentence about the project the one before it placed: 项目由B投资, 该项目由B建设, 二期工程由B投资. */
    private static final Pattern THAT_PROJECT = Pattern.compile("(?:该|这一|这个|此)?(?:项目|[一二三四]期工程)由");
    /**
     * A sentence about the facility the one before described: 这座基地, 该园区, 这座烘干厂, 这片800亩示范园,
     * 这座库容1000吨的冷库, 这片温室, 工厂由…. Group 1 is the demonstrative, if any; group 2 the facility's word, with the few
     * characters saying what kind it is.
     */
    private static final Pattern THIS_FACILITY = Pattern.compile("(这座|这个|这一|这家|这片|这处|这条|该|此)?"
            + "(?:[\\d.]+[亩万吨平方米]*|[^，,。；;的]{1,10}的)?(\\p{IsHan}{0,4}?(?:基地|园区|产业园|示范园|工厂|项目|车间|冷库|仓库|云仓|牧场|农场"
            + "|加工站|中心|生产线|厂|物流园|电站|温室|大棚|茶园|果园|养殖场))");
    /**
     * Putting money or assets in; 折资, 作价: assets valued as a contribution (以设备折资1500万元, 以专利作价6000万元入股);
     * 配套, 自筹: matching or own funds (配套科研经费1400万元, 自筹320万元); 注入资本金, 注入帮扶资金, 拨付扶持资金: capital or funds put in; 认缴:
     * capital subscribed; 拿出 before a sum, or a part of one named before (拿出其中8000万元): money set aside to
     * build (拿出5.8亿元，在Y建设…), not to support others (拿出500万元(资金)支持…).
     */
    private static final Pattern INVEST = Pattern.compile(
            "投资|出资|注资|投入|斥资|增资|折资|认缴|配套|自筹|注入(?=资本金|\\p{IsHan}{0,4}资金)|拨付(?=\\p{IsHan}{0,4}资金)|投向"
            + "|(?:合资|作价|折价)(?=[\\d一二三四五六七八九十两百千万亿])|(?:作价|折价)入股"
            + "|(?<=[\\d万亿元资金产]|元[，,])入股"
            + "|拿出(?=(?:其中)?[\\d一二三四五六七八九十两百千万亿][\\d.一二三四五六七八九十两百千万亿余多]*元(?:资金)?+(?!支持|扶持|奖补|奖励|补贴|补助))");
    /** Words of time that may open a clause before its subject: 今年, 2023年, 去年以来. */
    private static final Pattern TIME_OPENING_CLAUSE = Pattern.compile(
            "(?:今年|去年|近年来|\\d{4}年)?(?:以来)?");
    /** Adverbs between a spender and its verb: 又, 还, 累计, 每年. */
    private static final Pattern SPENDING_ADVERBS = Pattern.compile("(?:今年|又|还|再|将|已|已经|共|累计|先后|每年|首期)*");
    /** A word placing the place after 在: 在相邻的(Z镇), 在本镇(Z村), 在镇内(Z村). */
    private static final String PLACE_MODIFIER = "(?:(?:相邻|邻近|附近|周边)的|本[省市县区镇乡]|[县区镇乡]内)";
    private static final Pattern AT_PLACE_MODIFIED = Pattern.compile("在" + PLACE_MODIFIER + "$");
    private static final int MAX_AT_PLACE_MODIFIED = 4;
    /** A clause opening on 在 and what may place the place after it (，在Y镇; ，在本镇Y村). */
    private static final Pattern PLACE_INTRODUCED = Pattern.compile("[，,]在" + PLACE_MODIFIER + "?");
    /** Money named by what it is: 衔接资金, 扶持资金和村集体积累, 设备资产. */
    private static final String MONEY_NAMED = "[\\p{IsHan}、和及]{0,14}?(?:资金|积累|资产)";
    /**
     * Where the sum paid for shares starts, after 以 or 将 and the money it may name first: 以300万元入股, 将500万元资金
     * 入股, 以扶持资金和村集体积累共300万元入股.
     */
    private static final Pattern SHARES_PAID_FOR = Pattern.compile(
            "[以将](?:" + MONEY_NAMED + "(?:共|合计)?)?(?=[\\d.]+[万亿]*元)");
    /**
     * What stands between that sum and 入股: the money it is (衔接资金, 财政资金和集体积累资金), or nothing, and a comma
     * (将…共480万元，入股Y).
     */
    private static final Pattern MONEY_PAID_FOR_SHARES = Pattern.compile("(?:" + MONEY_NAMED + ")?[，,]?");
    private static final int MAX_SHARES_PAID_SPAN = 30;
    private static final char IS = '是';
    private static final char OF = '的';
    /** A buyer's sum before 入股: (A)今年出资500万元, (A)以300万元. */
    private static final Pattern SUM_PAID = Pattern.compile(
            "(?:今年|去年|又|还|再|已)*(?:出资|投入|以)[\\d.]+[万亿]*元(?:资金)?[，,]?");
    /** Others joining a buyer of shares, after its sum: (出资1800万元)，与另外6个村的合作社共同(入股). */
    private static final Pattern JOINTLY_WITH = Pattern.compile("[，,]?与[^，,。；;]{1,24}?共同");
    /** A body's running, what funds set aside keep up: (保障)运行, 运转. */
    private static final Pattern RUNNING = Pattern.compile("运行|运转");
    /** What a company builds whose investment a later sentence states: 项目, 基地. */
    private static final List<String> PROJECT_WORDS = List.of("项目", "基地");
    /** A sentence opening on a plant (新工厂总投资…, 电站总投资…), whose investment that sentence states. */
    private static final Pattern PLANT_OPENING = Pattern.compile("(?:该|这座|新)?(?:工厂|电站)");
    /**
     * A company's own plant, right after its name in the sentence before: X的渔光互补电站, X（简称“Y”）新工厂,
     * X牦牛乳制品加工厂.
     */
    private static final Pattern COMPANYS_PLANT = Pattern.compile("(?:的|新)?[^，,。；;的]{0,8}?(?:厂|电站)");
    /** A demonstrative opening a sentence before the company it refers to: 这家(新公司), 该(公司). */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("这家|该");
    /**
     * What parties build together, right before its name: 共建(Y), 共同组建(Y), 双方将组建(Y); or a body set up, whose
     * founders the shares after 其中 list (A联合B组建Y，其中B出资…).
     */
    private static final Pattern BUILT_JOINTLY = Pattern.compile(
            "(?:共建|共同建设|共同组建|联合组建|组建|成立|设立)$");
    private static final int MAX_BUILT_JOINTLY = 5;
    /** What the body built together is to do, between its name and the shares: (Y)负责园区的运营. */
    private static final Pattern DUTY_OF_BUILT = Pattern.compile("(?:负责|承担)[^，,。；;]{0,20}");
    /** Between 旗下 and a unit: 的, 有, 已有, 现有, 另有 (another besides), 拥有. */
    private static final Pattern HAVING = Pattern.compile("的|(?:已|现|还|另|拥)?有");
    /** The longest verb setting a company up right before its name (AliasResolver.SET_UP_BEFORE): 开设了. */
    private static final int MAX_SET_UP_BEFORE = 3;
    /** A loan granted: 向(Y)发放(8000万元)(中长期)贷款. */
    private static final char TOWARDS = '向';
    private static final Pattern GRANTED = Pattern.compile("发放|投放|提供");
    private static final Pattern LOAN = Pattern.compile("[^，,。；;\\d]{0,6}贷款(?=[，,。；;]|$)");
    /** Lenders: banks, their branches and credit unions. */
    private static final Pattern LENDER = Pattern.compile("银行|支行|分行|信用社|联社|农商行");
    /** People named after their place: (台湾)青年, (本地)农民. */
    private static final Pattern PEOPLE_OF_A_PLACE = Pattern.compile("青年|农民|农户|村民|贫困户|群众|居民|学生|籍");
    /** Funds named between a verb of spending and the sum: (投入)对口支援资金(4200万元), 东西部协作资金. */
    private static final Pattern NAMED_FUNDS = Pattern.compile("[^，,。；;\\d]{0,10}(?:资金|经费)");
    /** 把X元投向P, X元将投向P: money directed to a place, its amount before the verb. */
    private static final String DIRECTED = "投向";
    /** Money put in, its amount before the verb when none follows: 另外7000万元投入Z. */
    private static final String PUT_IN = "投入";
    /** How far before 投向 the amount directed may start (把其中1.5亿元投向). */
    private static final int MAX_DIRECTED_SPAN = 16;
    /** Adverbs between a directed amount and 投向: 将, 已, 已经, 拟. */
    private static final Pattern DIRECTING_GAP = Pattern.compile("(?:将|已|拟|已经)?");
    private static final Pattern BUILDING = Pattern.compile("建设|兴建|建成");
    /** Verbs of spending on work or adding capital, whose recipient is never guessed from context. */
    private static final Pattern SPENDING = Pattern.compile("投入|增资");
    /** Words before a company that make it the one receiving shares or capital (入股X公司). */
    private static final List<String> SHAREHOLDING = List.of("入股", "参股", "控股");
    /** Words after an amount paid that say it buys shares of the body after them: 出资800万元入股X. */
    private static final String JOINS_SHARES = "入股";
    private static final String ADDS_CAPITAL = "增资";
    /** Before a verb of investing: more than before (追加投资). */
    private static final String ADDED = "追加";
    static final List<String> SHARES_BOUGHT = List.of(JOINS_SHARES, "参股");
    /** The most characters between a verb of investing and its amount (投资了约, 出资总计). */
    private static final int MAX_AMOUNT_GAP = 4;
    /** The longest amount written (1234.5678万亿元 and a little more). */
    private static final int MAX_AMOUNT_LENGTH = 20;
    static final String REGISTERED_CAPITAL = "注册资本";
    private static final String AMONG = "其中";
    private static final String JOINT_VENTURE_WORD = "合资公司";
    /** A sentence opening on the joint venture's terms, whose shares it then lists: 按照合资协议，. */
    /**
     * The terms a joint venture's shares are set by: (按照)合资协议，, (group 1 absent) 根据协议，, whose shares go to the
     * joint venture or new company the sentence names after them.
     */
    private static final Pattern AGREEMENT_TERMS = Pattern.compile(
            "(?:(?:按照|根据|依据)?(合资)|按照|根据|依据)(?:协议|合同)(?:约定)?[，,]");
    private static final String PEOPLES_GOVERNMENT = "人民政府";
    private static final String AS_WELL_AS = "以及";
    private static final String TOTAL_INVESTMENT = "总投资";
    private static final String PLANNED = "计划";
    /** Where a sentence sets out the shares of the company the sentence before gave the capital of. */
    private static final Pattern SHARES_SET_OUT = Pattern.compile(AMONG + "|从股权结构看|股权结构上|(?:按照|根据|按)公司章程");
    /** Taking a share for what is put in: 入股, 占股51%. */
    private static final Pattern SHARE_TAKEN = Pattern.compile("入股|占股|持股");
    /** A company's registered capital, then the shares of it: 注册资本5亿元，其中(前者出资3亿元，). */
    private static final Pattern SHARES_OF_CAPITAL = Pattern.compile(REGISTERED_CAPITAL
            + "[^，,。；;]{0,12}[，,](?:其中)?[^。]{0,60}");
    /**
     * What stands between a company opening its sentence and the capital of it, or the shares listed after 其中: one
     * clause or two on 由 (C(去年5月)由A与B合资组建，, C由A控股，, C由A与B合资设立，由A控股，), then perhaps one
     * joining more founders (C由A牵头，联合B、C共同组建，).
     */
    private static final Pattern FOUNDERS_BEFORE_CAPITAL = Pattern.compile(
            "[^，,。；;由]{0,10}(?:由[^，,。；;]{2,60}?[，,]){1,2}(?:(?:联合|携手|会同)[^，,。；;]{2,80}?[，,])?");
    /** A time standing between a company and 由 or a link: C去年5月由A与B合资成立, C今年初由, A今年3月与B. */
    /** When a company was founded, said between it and 由: C成立于2023年，由…, C组建于去年3月，由…. */
    private static final Pattern FOUNDED_ON = Pattern.compile("(?:成立|组建|注册)于[^，,。；;由]{2,12}[，,]$");
    private static final Pattern TIME_BEFORE_BY = Pattern.compile(
            "(?:今年|去年|前年|\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:初|底|上旬|中旬|下旬)?$");
    private static final Pattern DATED = Pattern.compile("[年月日]");
    /** How a body has worked all along, opening a clause before a link: (，)一直(与Y合作), 长期. */
    private static final Pattern ALL_ALONG = Pattern.compile("一直|长期|始终");
    /** The time since a body was founded, before a link: 成立三年来一直, 成立以来. */
    private static final Pattern SINCE_FOUNDED = Pattern.compile(
            "(?:成立|创办|组建)(?:以来|[一二三四五六七八九十两\\d]+年多?来)(?:一直|长期|始终)?$");
    /** A total put into the sentence's subject, then the shares of it: 首期投入6000万元，其中(X出资…，), 建设资金. */
    private static final Pattern SHARES_OF_TOTAL = Pattern.compile(
            "(?:(?:设在|位于|落户)[^，,。；;]{2,24}[，,]|为期[^，,。；;]{1,6}[，,])?(?:首期|一期|总|共|累计)?"
            + "(?:投入|投资|\\p{IsHan}{0,2}经费|\\p{IsHan}{0,2}资金)(?:资金)?"
            + "[^，,。；;]{0,12}[，,]其中[^。；;]{0,40}");
    /** A clause introducing the body that carries out the work: 作为主要实施企业，, 作为项目承建单位，. */
    private static final Pattern AS_IMPLEMENTER = Pattern.compile(
            "作为[^，,。；;]{0,6}(?:实施|承建|建设|运营|技术支撑)(?:企业|单位|主体)[，,]"
            // "作为《方案》里的第一批试点县，X县…": a division made a pilot of a document.
            + "|作为[^，,。；;]{0,16}?(?:首批|第一批|第二批)?试点(?:县|市|区|县区|地区|单位|企业)[，,]"
            // "作为试点之一，X市今年将…": one of the pilots of the program named before.
            + "|作为(?:首批|第一批)?试点之一[，,]"
            // "作为“P”首批项目，X公司…", "作为P的首个子项目，“Q”…": a project of a program its phrase names.
            + "|作为[^，,。；;]{2,30}?(?:首批|第一批|首个|第一个)?(子)?项目[，,]");
    /** A body named as the one carrying out the work, right after its name: (X)作为承担单位，, 作为项目牵头单位，. */
    private static final Pattern NAMED_AS_IMPLEMENTER = Pattern.compile(
            "作为[^，,。；;]{0,6}?(?:承担|实施|牵头)(?:单位|主体|企业)[，,]");
    /** The bodies undertaking the work, listed after: 首批承担单位为A和B, 承担单位包括A、B. */
    private static final Pattern IMPLEMENTERS_LISTED = Pattern.compile(
            "(?:首批|第一批)?(?:承担|实施|牵头)单位(?:为|是|包括|有)");
    /** A body's total size right after its name: 总规模50亿元, 总投资达3亿元. */
    private static final Pattern TOTAL_SIZE = Pattern.compile("(?:总规模|总投资|总投入|总额)(?:为|达|约|达到)?[\\d一二三四五六七八九十两百千]");
    /** Taking shares of a company: 取得, 获得, 持有. */
    private static final Pattern TAKING_STAKE = Pattern.compile("取得|获得|持有");
    /** The shares taken, after the company: 34%的股权, 的股份. */
    private static final Pattern STAKE = Pattern.compile("的?(?:\\d+(?:\\.\\d+)?%的?)?(?:股权|股份)");
    /** A place receiving what follows: 则迎来, 又迎来. */
    private static final Pattern RECEIVES = Pattern.compile("(?:则|也|还|又)?(?:迎来|引来)了?");
    /** A place bringing a company in: 引进, 引入, 招引. */
    private static final Pattern BRINGS_IN = Pattern.compile("引进|引入|招引");
    /** What stands between the place and the company it brings in: (今年还)引进(了). */
    private static final Pattern BRINGING_IN = Pattern.compile(
            "(?:今年|去年|前年|近年来|近年|近日|日前|先后|成功|已经|已|还|又|也|则)*(?:" + BRINGS_IN.pattern() + ")了?");
    /** The money a place welcomes, after its sum: (迎来X公司4.4亿元)投资, 的投资. */
    private static final Pattern INVESTMENT_WELCOMED = Pattern.compile("的?(?:投资|注资)");
    /** Projects a place brought in, then the investor among them: 全年引进项目27个，其中，(X的全资子公司). */
    private static final Pattern PROJECTS_BROUGHT_IN = Pattern.compile(
            "[^，,。；;]{0,8}(?:引进|招引|引入|新签约|签约|落地)[^，,。；;]{0,12}项目[^，,。；;]{0,8}[，,]其中[，,]?");
    /** Who leads a task, in brackets at its end: （牵头单位：X）, （责任单位：X、Y）. */
    private static final Pattern LEADS_IN_BRACKETS = Pattern.compile("[（(](?:牵头|责任)(?:单位|部门)[：:]");
    private static final String PARENT_COMPANY = "母公司";
    /** A document announcing its items below: 主要条款如下：, 具体内容如下：. */
    private static final Pattern ITEMS_FOLLOW = Pattern.compile("[》”]?(?:的)?(?:主要|具体)?(?:条款|内容|措施|任务)如下[：:]");
    /** Renting land somewhere: 流转X村…亩. */
    private static final String RENTING = "流转";
    /** A channel of spending: 通过全资子公司X, 通过其子公司X, 通过旗下X. */
    private static final Pattern THROUGH = Pattern.compile("通过其?(?:全资|控股)?(?:子公司|旗下)?$");
    /** A sum spent, then the place 把 takes as what is remade: 投入900万元，把(该镇)(Y村). */
    private static final Pattern SUM_THEN_PLACE_WORKED_ON = Pattern.compile(
            "(?:投入|投资|出资)([^，,。；;]{1,12}?元)[，,]?把(?:该[镇乡村])?");
    /** A subsidiary named as the channel of its owner's spending: 通过全资子公司(Y), 通过其控股子公司(Y). */
    private static final Pattern THROUGH_SUBSIDIARY = Pattern.compile("通过其?(?:旗下)?(?:的)?(?:全资|控股)?子公司");
    private static final int MAX_THROUGH = 9;
    /** A subsidiary receiving, described before its name: 向全资子公司X增资, 向越南子公司X. */
    private static final Pattern TO_SUBSIDIARY = Pattern.compile("[向对]其?\\p{IsHan}{0,4}子公司$");
    private static final int MAX_TO_SUBSIDIARY = 10;
    /**
     * Sending someone, right before their title: 派出, 选派了, 派驻, 派出以(教授X为首的团队); or to a place before 的
     * or 挂职 (派驻X村的第一书记, 派驻X县挂职副县长).
     */
    private static final Pattern SENT = Pattern.compile(
            "(?:并|则|也|还|将|已)*(?:派出|选派|派驻|委派)了?(?:到?\\p{IsHan}{2,12}(?:的|挂职)|由|以)?$");
    /** The longest verb of sending with its destination: 派驻 and 到 and 12 characters and 的. */
    private static final int MAX_SENDING = 18;
    /** The most characters read before a bare head to tell which body of its kind a title is at. */
    private static final int MAX_HEAD_QUALIFIER = 6;
    /** Adverbs between a provider and 为: X将为Y提供. */
    private static final String SERVING_ADVERBS = "将还也已";
    /** A body serving another: 为X(等N家合作社)提供…服务, 为X提供…技术支持, 为其提供…服务, from 为 on. */
    private static final Pattern SERVING = Pattern.compile("为(?=(?:其|[^，,。；;]{2,40}?)提供[^，,。；;]{0,16}(?:服务|支持|支撑|指导))");
    /** Two places acting together, right before the verb: 两市落实, 两地共同推进. */
    private static final Pattern TWO_SIDES = Pattern.compile("两(?:市|县|地|区|省|镇)(?:共同|联合|将|正在)?$");
    /** The fewest characters a unit's own name adds to the body it is named after (食品学院|大豆蛋白实验室). */
    private static final int MIN_UNIT_NAME = 3;
    /** A branch named by its place alone, no bank's name in it: 小城子支行, 喇嘛甸支行. */
    private static final Pattern BRANCH = Pattern.compile("[^行]{2,8}支行");
    /** 的 and the kind of body described: 的党参饮片加工企业。 */
    private static final Pattern KIND_OF_BODY = Pattern.compile(
            "的\\p{IsHan}{0,10}?(?:企业|公司|合作社|机构|单位)(?=[，,。；;！？]|$)");
    /** Between who brings something into a program and the thing: 已将, 正式将. */
    private static final Pattern BRINGING = Pattern.compile("\\p{IsHan}{0,3}?将");
    /** A description opening a sentence's scene before the place's name: 在(基地所在的)Z村，. */
    private static final Pattern SCENE_DESCRIBED = Pattern.compile("在[^，,。；;“”]{1,8}?的");
    /** Places a sentence may open with as the scene of a cooperative named next (在X镇，Y合作社…). */
    private static final Set<String> LOCAL_AREAS = Set.of("town", "village");
    /** Between a zone and a body in it: an area of the zone (西区, 内), then a comma or colon. */
    private static final Pattern ZONE_AREA_THEN = Pattern.compile("(?:[东西南北中]区|内)?[，,：:]");
    /** Companies signed with the projects reported before: 同批签约的, 同期签约的. */
    private static final Pattern SAME_BATCH = Pattern.compile("(?:同批次?|同期|同时|一同)签约的$");
    private static final int MAX_BATCH_WORDS = 6;
    /** A sentence reporting projects signed or settling in a zone. */
    private static final Pattern SETTLING = Pattern.compile("签约|入驻|落户");
    /** The count of companies listed before it and their settling: 等5家企业签约入驻. */
    private static final Pattern COUNTED_SETTLERS = Pattern.compile(
            "等[\\d一二三四五六七八九十两]+家(?:企业|公司|单位)(?:签约)?(?:入驻|落户|进驻)(?=[，,。；;])");
    private static final String ZONE_WORD = "开发区";
    private static final String PARK_WORD = "园区";
    /**
     * Companies called the zone's or district's own, right before their names: 区内企业, 园区企业, 园区内的龙头企业,
     * 开发区内的.
     */
    private static final Pattern ZONES_OWN_COMPANY = Pattern.compile(
            "(?:区内|" + PARK_WORD + "内?|" + ZONE_WORD + "内)(?:的)?(?:龙头)?企业|" + ZONE_WORD + "内的");
    /** A sentence opening on the projects it goes through: 入驻项目中，, 签约项目中，. */
    private static final Pattern PROJECTS_AMONG = Pattern.compile("(?:入驻|签约|落户)(?:的)?项目中[，,]");
    /** Between a place and the body it set up: 成立的, 新组建的. */
    private static final Pattern SET_UP_THERE = Pattern.compile("(?:新|牵头)?(?:成立|组建)的");
    /**
     * What kind of party a name is, said right before it: 区属国企, 本地龙头企业, 省直管市, 园区运营方, 依托X大学建设的
     * (a laboratory built on its institution).
     */
    private static final Pattern PARTY_DESCRIPTION = Pattern.compile(
            "(?:[省市州县区]属|本地|当地)?(?:国企|国有企业|龙头企业)|(?:省|自治区)直管(?:市|县)"
            + "|依托[^，,。；;的]{2,24}?(?:建设|组建)的"
            + "|(?:园区|项目|基地|平台)?(?:" + String.join("|", OrganizationRecognizer.ROLE_WORDS) + ")");
    /** A count referring back, its number in group 1: 两, 上述三, 这四. */
    private static final String COUNT_BACK = "(?:这|上述|以上)?([两二三四五六七八九])";
    /** A count of bodies opening a clause of what they do together: 三家单位共同, 上述三方将, 这四家机构还. */
    private static final Pattern COUNTED_BODIES_OPENING = Pattern.compile(
            COUNT_BACK + "(?:家|方)(?:单位|机构|科研单位|科研机构)?(?:将|还|也|已)?(?:共同|联合)?$");
    /** A count of bodies standing for those listed just before it: 两家单位, 上述两家科研单位, 这三家机构. */
    private static final Pattern COUNTED_BODIES = Pattern.compile(COUNT_BACK + "家(?:科研)?(?:单位|机构|院所)");
    /** How far back a count of bodies (上述两家单位) may look for their list: two sentences before its own. */
    private static final int SENTENCES_BACK_TO_COUNTED = 2;
    /** What counted bodies do with a party after them: (两家单位)已与, 还与, 此前已与. */
    private static final Pattern COUNTED_THEN_LINKED = Pattern.compile("(?:此前|目前|今年|已经|已|还|也|将|均)*与");
    /** What counted bodies do together: (两家单位)将联合, 已合作, 共建, 的研究人员联合. */
    private static final Pattern COUNTED_TOGETHER = Pattern.compile(
            "(?:此前|今年|去年|已经|已|还|也|将|均|早已)*(?:的(?:研究人员|科研人员|专家))?(?:联合|共同|合作|共建|携手)");
    /** A clause going on with the sentence's subject before its link: ，并与, ，还分别与. */
    private static final Pattern LINK_GOING_ON = Pattern.compile("(?:并|还|同时|并还)?(?:已|将)?(?:分别)?与");
    /** A count of companies opening a sentence: 两家子公司均, 这三家企业. */
    private static final Pattern COUNTED_COMPANIES = Pattern.compile(
            "(?:这|上述)?([两二三四五六七八九])家(子公司|公司|企业|研究院|研究所|实验室)");
    private static final Set<String> RESEARCH_KINDS = Set.of("研究院", "研究所", "实验室");
    /** What parties do where they meet, right after the place: (在昆明)签署, 签约, 举行. */
    private static final Pattern MEETING = Pattern.compile("(?:正式)?(?:签署|签订|签约|举行|举办|召开)");
    /** A company's project settling, right after the company: (X公司)的年产5万吨Y项目正式签约落户(Z). */
    private static final Pattern PROJECT_SETTLES = Pattern.compile(
            "的?[^，,。；;的]{0,20}?项目(?:正式|成功|已)?(?:签约)?(?:落户|落地)(?:在|于)?");
    /** 其 opening a clause: (，)其(12亿元Z项目落户W). */
    private static final String ITS_CLAUSE = "，其";
    /** The link after such a 其 to a party: (其)当天还与(Z). */
    private static final Pattern ITS_LINK = Pattern.compile("(?:当天|同日|此前|今年|去年|还|也|已|将|并|同时)*与");
    /** Signing or working together, right after the party: (与Z)签约, 签订, 合作, 共建. */
    private static final Pattern PARTNERING = Pattern.compile("(?:签约|签订|签署|合作|共建|达成)");
    private static final String RESPECTIVELY_BY = "分别由";
    /** Giving every work of a list to the same bodies: (“A”“B”等重点任务，)均由(X牵头实施). */
    private static final String ALL_BY = "均由";
    /** A count, or 等, closing a list of works: 三项重点任务, 四大工程, 等重点任务. */
    private static final Pattern COUNT_CLOSING_LIST = Pattern.compile(
            "(?:[一二三四五六七八九十两\\d]+[项个大]|等)(?:重点|主要)?(?:任务|工程|行动|举措|专项)$");
    private static final int MAX_COUNT_CLOSING = 8;
    /** Carrying a program out, after 共同: (共同)组织实施, 推进, 落实. */
    private static final Pattern CARRYING_OUT_TOGETHER = Pattern.compile("(?:组织)?(?:实施|推进|落实)");
    /** Working together with the bodies relied on, in the clause after them: (依托A和B)，联合开展, ，三方将共建. */
    private static final Pattern JOINT_WORK_AFTER_RELIED = Pattern.compile(
            "[，,](?:双方|三方|各方)?(?:将|还)?(?:(?:联合|共同|合作)(?:开展|攻关|研发|研制|建设)|共建)");
    /** What a company does relying on bodies named next, opening a clause: 其新品种选育依托, 其技术研发主要依托. */
    private static final Pattern ITS_WORK_RELIES_ON = Pattern.compile("其[^，,。；;]{2,8}?(?:主要|长期)?依托");
    /** A cooperative having its members grow: 组织农户种植, 组织社员生产. */
    private static final Pattern GROWN_BY_MEMBERS = Pattern.compile(
            "组织(?:农户|社员|村民|群众)[^，,。；;]{0,10}?(?:种植|养殖|生产)");
    /** A cooperative's crop, then who takes it: (合作社)的谷子全部由. */
    private static final Pattern CROP_TAKEN_BY = Pattern.compile("的[^，,。；;由]{1,6}?(?:全部|统一|均)?由");
    /** Buying the crop at a guaranteed price: 按保底价收购, 保底收购. */
    private static final Pattern BOUGHT_AT_FLOOR = Pattern.compile("(?:按|以)?保底价?(?:格)?(?:全部|统一)?收购");
    /** Buying or selling all of a crop, after its buyer: (X)订单收购, 包销, or at a guaranteed price. */
    private static final Pattern CROP_BOUGHT = Pattern.compile(
            "(?:订单)?(?:全部|统一)?(?:收购|包销)|" + BOUGHT_AT_FLOOR.pattern());
    /** Issuing the document whose title follows: 印发《, 出台了《. */
    private static final Pattern ISSUED_BEFORE = Pattern.compile("(?:印发|出台|发布|制定)了?《$");
    private static final int MAX_ISSUED = 4;
    /** 由 opening who runs a base or a field, in a clause of its own or after it (，由Y合作社…, 基地由Y合作社…). */
    private static final Pattern RUN_BY = Pattern.compile("(?:[，,]|(?<=基地|园|田))由");
    /** Running what another built, after the runner: 负责日常管理, 统一经营, 组织农户种植. */
    private static final Pattern RUNNING_FOR_BUILDER = Pattern.compile(
            "(?:负责|统一)(?:日常)?(?:管理|管护|运营|经营)|组织(?:农户|村民|社员)?(?:种植|管护|生产)");
    /** A buyer taking the whole crop, opening the clause after: X按保底价全部收购. */
    private static final Pattern BUYING_AFTER = Pattern.compile(
            "[^，,。；;]{2,24}?(?:按|以)(?:保底价|保护价|订单价)(?:格)?(?:全部|统一)?收购");
    /** A document putting works forward, right after its title: (《方案》)提出实施, 部署推进. */
    private static final Pattern DOCUMENT_PROPOSES = Pattern.compile("(?:提出|部署|明确)(?=实施|推进|开展|启动)");
    /** What a document's measure is called, after its title: 的配套措施之一, 的一项重点任务, 的重要组成部分. */
    private static final Pattern MEASURE_OF = Pattern.compile(
            "(?:(?:确定|部署|提出|明确|安排)的|的)(?:一项|一个|首个|首项|第一个)?(?:配套|重点|重要|主要)?"
            + "(?:措施|举措|任务|工程|内容|组成部分|专项)(?:之一)?");
    /** Where a program is carried out, after its name: (P)将在(A县、B县)等N个县先行实施. */
    private static final Pattern CARRIED_OUT_IN = Pattern.compile("(?:将|已|拟|首先|先)?在");
    /** What follows the places a program is carried out in: 等N个县先行实施, 率先推开. */
    private static final Pattern CARRIED_OUT_AFTER_PLACES = Pattern.compile(
            "(?:等[^，,。；;]{0,10})?(?:先行|率先|试点|全面|同步)?(?:实施|推开|推广|开展)");
    /** A body a program is entrusted to, after the program's name: (P)已委托(X)承担. */
    private static final Pattern ENTRUSTED_TO = Pattern.compile(
            "(?:已|将|拟)?委托([^，,。；;]{2,40}?)(?:具体)?(?:承担|负责|实施|组织实施)");
    /** A document's plan, after its title: (按照《方案》)部署，, 要求，. */
    private static final Pattern PLAN_DEPLOYED = Pattern.compile("(?:的)?(?:部署|要求|安排)[，,]");
    /** Verbs carrying out the works a document plans: 实施, 同步推进, 全面开展. */
    private static final Pattern WORKS_CARRIED_OUT = Pattern.compile("(?:实施|推进|开展|启动)(?=[“\\p{IsHan}])");
    /** The count closing a list of works, then the bodies they are all given to: 两项重点任务，均由. */
    private static final Pattern COUNT_THEN_BY = Pattern.compile(
            "[一二三四五六七八九十两]项(?:重点|重大|主要)?(?:任务|工程|行动|试点|工作)[，,](?:均|都|全部)由");
    /** Where a project is sited, said anywhere in its sentence: 项目落户Y镇，由X斥资...建设. */
    private static final Pattern SITED = Pattern.compile("落户|选址|落地|位于|坐落于|建在|设在");
    /** Where work is moved to, said before the money spent on it: 将组装环节转移到Y县，计划投资…. */
    private static final Pattern MOVED_TO = Pattern.compile("(?:转移|迁移|搬迁)[到至]");
    /** The word before the units a company has in its area: 辖内. */
    private static final String WITHIN_REACH = "辖内";
    /** Words after a company or an institution that make what follows its unit: 旗下, 所属, 下属. */
    private static final Pattern HELD_BY = Pattern.compile("旗下|所属|下属");
    /** What a group's name holds: X集团有限公司. */
    private static final String GROUP = "集团";
    /** The most characters of verbs between a company and 旗下 (还组织, 将推动). */
    private static final int MAX_OWNER_VERB = 4;
    /**
     * 的三家, 的两个, 12家, 另外两个: a count of organisations belonging to what was listed before; 两镇7个村的, 三县的:
     * the places listed, counted, then owning what follows.
     */
    private static final Pattern COUNTED_OF = Pattern.compile("的?(?:另外|其他|其余)?[\\d一二三四五六七八九十两几多]+"
            + "(?:[家个所]|个?(?:乡镇|镇|乡|村|县|区)[^，,。；;的]{0,6}的)");
    /** The village or community a party after a link is of, or the zone it is in: (与)青山村的, 该嘎查的, 园区内的. */
    private static final Pattern LOCALITY_OF_PARTY = Pattern.compile(
            "(?:(?:\\p{IsHan}{2,5}|[本该])(?:村|社区|嘎查)|(?:园区|开发区|高新区|区|县|镇)内)的");
    /** After places listed: their departments or bodies, which are the party (等地市场监管部门). */
    private static final Pattern DEPARTMENTS_OF_PLACES = Pattern.compile("等地?[^，,。；;]{0,8}?(?:部门|单位|机构)");
    private static final Pattern VILLAGES_COUNTED_IN = Pattern.compile("等地?[\\d一二三四五六七八九十两几多]+个(?:行政)?村");
    /** Which holder of a post someone is: 首任院长, 新任主任. */
    private static final List<String> TERM_OF_POST = List.of("首任", "新任", "现任", "首届");
    /** A village's party branch: group 1 is the village. */
    private static final Pattern VILLAGE_BRANCH = Pattern.compile("(.+村)党(?:总支|支部)(?:委员会)?");
    /** Posts at a village's committee (村委会主任, 村民委员会委员). */
    private static final Pattern VILLAGE_COMMITTEE_POST = Pattern.compile("村(?:民委员会|委会)?(?:主任|委员)");
    /** A group's name: its place and brand (group 1), then 集团 and the legal form. */
    private static final Pattern GROUP_NAME = Pattern.compile(
            "(\\p{IsHan}{3,10}?)(?:控股)?集团(?:股份有限公司|有限责任公司|有限公司)?");
    private static final String BOTH_PARTIES = "双方";
    /** Adverbs between 双方 and what they do together: 还将, 也, 将共同. */
    private static final Pattern BOTH_THEN = Pattern.compile("(?:还|也|将|会|正|已|共同)*");
    /** The parties' own shares of an investment, said after its total, within this many characters. */
    private static final int MAX_SHARES_AHEAD = 40;
    private static final Pattern SHARED_OUT = Pattern.compile(BOTH_PARTIES + "分别(?:出资|投资|投入)");
    /** What lists one post after another: 院士、教授, 董事长和总经理. */
    private static final String POST_LIST_MARKS = "、和";
    /** A facility named after the organisation before it: 品鉴中心, 体验店, 展厅. */
    private static final Pattern FACILITY_AFTER_NAME = Pattern.compile(
            "\\p{IsHan}{0,4}?(?:中心|门店|体验店|旗舰店|专卖店|展厅|展示馆|品鉴馆|仓库|工厂)");
    /** A dash or colon introducing the name after the word for it: 设立全资子公司——X公司. */
    private static final String NAME_INTRODUCED = "(?:——|—|：|:)?";
    private static final Pattern NAME_INTRODUCER = Pattern.compile(NAME_INTRODUCED);
    private static final Pattern SET_UP_AT = Pattern.compile(
            "(?:县城|城区|市区)?(?:注册)?(?:设立|设有|成立|组建|开设|新设|创办|创立|共建|共同建设)了?的?(?:(?:全资|控股)?子公司"
            + NAME_INTRODUCED + ")?“?");   // 共建“X科技小院”: the name may stand in quotes
    private static final String SUBSIDIARY_WORD = "子公司";
    /** What may follow a company's description: the end of its clause, or 之一. */
    private static final Pattern CLOSES_DESCRIPTION = Pattern.compile("(?:之一)?(?:[，,。；;]|$)");
    /**
     * A subsidiary, by the word for one or as a company held: 子公司, (是Y的)控股企业, 全资企业, 下属企业,
     * (是Y)全资设立的科技型企业.
     */
    private static final Pattern SUBSIDIARY = Pattern.compile(SUBSIDIARY_WORD + "|(?<=全资|控股|独资|下属|所属)企业"
            + "|(?<=全资(?:设立|成立|组建)的\\p{IsHan}{0,8})(?:企业|公司)");
    /** The opening of a declaration right before the short name it declares: （以下简称“. */
    private static final Pattern DECLARING = Pattern.compile("[（(](?:以下)?简称[“\"]?$");
    /** How far before a short name its declaration opens: （以下简称“. */
    private static final int MAX_DECLARING = 7;
    /** What stands between an owner and 子公司: 的全资, 控股, 下属. */
    private static final Pattern OWNED_BY = Pattern.compile("的?(?:全资|控股|独资|下属|参股)?$");
    /** "在Y(投资)建设": group 1 starts the verb, the place stands between 在 and it. */
    private static final Pattern BUILT_AT = Pattern.compile("在[^，,。；;在]{2,20}?((?:投资)?(?:建设|兴建|新建|建成))");
    /** A majority share held, closing its clause: 控股70%, 控股51% (not 控股60%的合资公司). */
    private static final Pattern MAJORITY_HELD = Pattern.compile("控股[\\d.]+%(?=[，,。；;]|$)");
    /** Written before the second of partners: 与, 和, 同. */
    static final String PARTNER_JOINS = "与和同";
    /** Paying for a company's shares: 以8600万元收购; group 1 is the sum. */
    private static final Pattern SHARES_BOUGHT_FOR = Pattern.compile("以([^，,。；;以]{1,12}元)(?:现金)?收购");
    /** "，后者成为其控股子公司": the company bought into becomes the buyer's. */
    private static final Pattern BECOMES_ITS_SUBSIDIARY = Pattern.compile("(?:后者|该公司)?(?:由此|随即)?成为其(?:全资|控股)?子公司");
    /** A facility opening at a place: 在Z启用, 在Z正式投产; group 1 is the verb. */
    private static final Pattern FACILITY_OPENED = Pattern.compile(
            "在[^，,。；;在]{2,24}?(启用|投产|开工|动工|揭牌|落成|竣工|开业)");
    /** From the teams a company leads to the journal they publish in: (，)在国际学术期刊《. */
    private static final Pattern PUBLISHED_BY_LIST = Pattern.compile("[，,]?(?:共同)?(?:在|于)[^，,。；;《]{0,12}《?");
    /** A joint work right after the company and the team who did it: (A与B)合作完成的研究, (A与B)联合团队. */
    private static final Pattern JOINT_WORK = Pattern.compile("(?:合作|联合|共同)(?:完成|开展|研发|撰写|攻关)的|联合团队");
    /** Between a company and the teams it leads in a work: X公司联合Y学院. */
    private static final String JOINED_BY = "联合";
    /** The words a facility named after the places it lies in ends in: (肉牛育肥)基地, (加工)车间, 电站. */
    private static final String SITED_FACILITY_WORDS = "基地|园区|产业园|工厂|车间|工坊|冷库|仓库|牧场|农场|中心|生产线|电站|厂|园|场|站";
    /** A project's description right after the places it lies in, and its start: (Z镇)肉牛育肥基地项目开工. */
    private static final Pattern PROJECT_AFTER_PLACE = Pattern.compile("[\\p{IsHan}&&[^的在与和了着]]{0,10}?"
            + "(?:" + SITED_FACILITY_WORDS + ")项目(?:正式|顺利)?(?:开工|建设|落地|投产|奠基|开建|竣工)");
    /**
     * A facility right after the places it lies in, maybe after 的, and its start, for the project the next sentence
     * opens on: (Z村的)茶籽烘干车间正式投产, (Z镇)菌菇加工园开工, 冷链中心正式启用, 菌菇基地二期工程投产.
     */
    private static final Pattern FACILITY_AFTER_PLACE = Pattern.compile("的?(?![多几两\\d一二三四五六七八九十]+个)"
            + "[^，,。；;的在与和了着]{2,20}?(?:" + SITED_FACILITY_WORDS + "|项目)(?:[一二三四]期(?:工程)?)?"
            + "(?:正式|顺利)?(?:开工|落地|投产|奠基|开建|竣工|启用)");
    /** From the verb of paying to the subsidiary it sets up: (出资)2亿元设立的全资子公司. */
    private static final Pattern SUBSIDIARY_SET_UP = Pattern.compile("[^，,。；;]{0,16}?(?:设立|成立|组建)的(?:全资|控股)?子公司");
    /** After a sum: set aside for building at the place after 在 (将用于在Z建设). */
    private static final Pattern USED_FOR_BUILDING_AT = Pattern.compile("(?:将|拟)?(?:主要)?用于在");
    /** After a sum: borne by the company after 由 (全部由X承担). */
    private static final Pattern BORNE_BY = Pattern.compile("[，,]?(?:全部|全额|均)?由");
    private static final Pattern BEARS = Pattern.compile("(?:以(?:现金|自有资金|货币))?(?:全额|全部)?(?:承担|负担|出资)");
    /** Money for building or capital, before a sum borne by a company: 建设资金, 项目资金, 注册资本. */
    private static final Pattern MONEY_FOR_WORK = Pattern.compile("(?:建设|项目|首期|启动)资金|注册资本");
    /** Where work is sited, not where a body already is (位于, 总部 say that): 选址Z, 落户Z. */
    private static final Pattern WORK_SITED = Pattern.compile("选址|落户|落地|建在|设在");
    /** Between a company and its capital: 注册资本, 的注册资本为. */
    private static final Pattern CAPITAL_OF = Pattern.compile("的?注册资本(?:为|达)?");
    private static final Pattern OPENING_ADVERBS = Pattern.compile("(?:正式|顺利|建成|全面)?");
    /**
     * What a company's facility is called between its name and 在: (的)天然产物联合实验室, 年产10万吨…生产线; not
     * a contractor's work (承建项目) or a facility built with partners (共建基地).
     */
    private static final Pattern FACILITY_DESCRIBED = Pattern.compile(
            "的?(?!承建|施工|代建|共建|合建)[^，,。；;的在与和]{0,20}(?:基地|实验室|生产线|工厂|车间|中心|产业园|项目|仓库|冷库|研究院"
            + "|新厂)");
    /** "总投资1.2亿元的X公司…": the total of what the company builds, written before it. */
    private static final Pattern TOTAL_BEFORE = Pattern.compile("总投资[^，,。；;的]{1,12}元的$");
    /** "由B全资设立", "由B控股发起设立", "由B出资5亿元设立": group 1 starts the way B set the company up. */
    private static final Pattern FOUNDED_BY = Pattern.compile(
            "由[^，,。；;由]{4,40}?((?:全资|控股|独资|出资)(?:[\\d.]+[万亿]*元)?(?:发起)?(?:设立|成立|组建))");
    /** After the one founder of a company: when and where, then the founding (于2023年在鄂尔多斯注册设立), no more. */
    private static final Pattern SET_UP_ALONE = Pattern.compile(
            "(?:于[^，,。；;与和]{2,12}?)?(?:在[^，,。；;与和]{2,8}?)?(?:注册)?(?:设立|成立|组建)(?![的了])");
    /** "B全资设立的A": the company after it was set up by, and is a unit of, the owner right before. */
    private static final Pattern FOUNDED_AS_UNIT = Pattern.compile("(?:全资|独资|控股)(?:发起)?(?:设立|成立|组建)的");
    /** "A控股的B": B is A's. */
    private static final String HELD_ONE = "控股的";
    private static final String WHOLLY = "全资";
    /** A word for a company some owner holds, right after the owner: (Y大学)全资企业, 旗下企业, 控股公司. */
    private static final Pattern HELD_COMPANY_WORD = Pattern.compile("的?(?:全资|控股|独资|旗下|下属)(?:企业|公司)");
    /**
     * A partner said to control the company of its sentence: (其中A出资8亿元、持股51%，)为控股股东, (其中A出资3.6亿元)
     * 并控股, (其中A出资3亿元)控股.
     */
    private static final Pattern CONTROLLING_HOLDER = Pattern.compile(
            "(?<=[，,])为控股股东|(?:并|(?<=元))控股(?=[，,。；;])");
    private static final String IS_ITS = "是其";
    /** A research station a company hosts ends so: 院士工作站, 博士后科研工作站. */
    private static final String STATION = "工作站";
    /** The written copula (X公司系Y集团旗下企业), which says what a company is as 是 does. */
    private static final char WRITTEN_COPULA = '系';

    /**
     * A company named after its holder or founders: A控股的B, A旗下的B, A旗下子公司B, A新设立的全资子公司B, A与B合资组建的C,
     * A(旗下)另一家企业B, A的另一家子公司B.
     */
    private static final Pattern HELD_ONES = Pattern.compile(
            "控股的|旗下的?(?:(?:另一家)?(?:全资|控股)?(?:企业|公司|子公司))?|新?(?:设立|组建)的(?:全资|控股)?子公司|的?另一家(?:子公司|企业)"
            + "|与[^，,。；;]{2,40}?(?:合资|共同出资|共同|联合)?(?:组建|成立|设立|创办)的");
    /** What a company held so is called, maybe by its trade, closing the clause: 是Y控股的(电力运维)企业. */
    private static final Pattern HELD_KIND = Pattern.compile("[^，,。；;的]{0,8}?(?:企业|公司)(?:之一)?(?=[，,。；;]|$)");
    /** Relying on: "X依托Y建设", the unit X built on the institution Y; "培训计划依托A组织实施". */
    private static final String HOSTED_ON = "依托";
    /** Within the division named before, as where money is spent: 在镇内的(Z村), 在县内的. */
    private static final Pattern WITHIN_DIVISION = Pattern.compile("在[镇乡县区市]内的");
    private static final int WITHIN_DIVISION_LENGTH = "在镇内的".length();
    /** Attached to an institution as its unit: (研究院)挂靠(X学院), with no verb of building after it. */
    private static final String ATTACHED_TO = "挂靠";
    /** Built on or attached to an institution as its unit: (实验室)依托(X大学), (研究院)挂靠(X学院). */
    private static final Pattern HOSTING_WORDS = Pattern.compile(HOSTED_ON + "|" + ATTACHED_TO);
    /** Where a unit is seated: 设在(X大学的Y实验室). */
    private static final String SEATED_AT = "设在";
    /** After a research body, where it set a unit up and the verb, before the unit: (该校)在Z设立的(X试验站). */
    private static final Pattern UNIT_SET_UP_AT = Pattern.compile("(?:在(?!依托)[^，,。；;的与和]{2,16}?)?(?:设立|建设|建立|创建)的");
    /**
     * After the parties a clause opens on, listed: where they sign, then the signing (在Z签约, 共同签署), but not
     * with a host they settle at (签约落户).
     */
    private static final Pattern LIST_SIGNS = Pattern.compile(
            "(?:在[^，,。；;、]{1,10}?)?(?:共同|联合)?(?:签约|签署|签订)(?!落户|入驻|进驻|进园)");
    /** An institution building and running a unit: (该站)由(X研究所)建设运行. */
    private static final Pattern BUILT_AND_RUN_BY = Pattern.compile("由([^，,。；;由]{2,30}?)建设(?:和|并)?运行");
    /** A laboratory the state or a province designates: 国家重点实验室, 全国重点实验室, 省重点实验室. */
    private static final Pattern DESIGNATED_LABORATORY = Pattern.compile("重点实验室$");
    private static final Pattern HOSTING = Pattern.compile("(?:牵头)?(?:建设|组建|设立|成立|建立)");
    /** "依托Y建设的X": the verb of building and 的 before the unit built on Y. */
    private static final Pattern HOSTING_THEN = Pattern.compile("(?:" + HOSTING.pattern() + ")的");
    private static final String FOUNDED = "成立";
    private static final Pattern REGISTERED_OR_UNVEILED = Pattern.compile("注册|挂牌|揭牌");
    /** Between a place and a body there: 的, 龙头企业, 的龙头企业, (村)里成立的. */
    private static final Pattern PLACE_TO_ITS_BODY = Pattern.compile("里?(?:新|牵头)?(?:成立|组建)的|的?(?:龙头企业|企业)?");
    /** A company described as a place's own, after the place: 本土的菜籽油加工企业, 本地的一家公司, 的一家食品企业. */
    private static final Pattern LOCAL_DESCRIPTION = Pattern.compile(
            "(?:(?:本地|本土|当地)的?|的一家)[^，,。；;！？]{0,12}?(?:企业|公司)(?=[，,。；;！？])");
    /** A place's own company, between the place and its name: 本地企业, 的本土龙头企业, 本地的. */
    private static final Pattern LOCAL_COMPANY = Pattern.compile("的?(?:本地|本土|当地)(?:(?:龙头)?企业|的)");
    /** What says a company is another's subsidiary: (X)是A的全资子公司. */
    private static final Pattern SUBSIDIARY_DESCRIBED = Pattern.compile("是[^，,。；;]{2,40}?(?:全资|控股)?子公司");
    /** "由B投资3.2亿元设立，": the money, then the verb of setting up that closes the clause. */
    private static final Pattern SET_UP_WITH = Pattern.compile("[^，,。；;]{0,12}?(?:设立|成立|组建)(?=[，,。；;])");
    /**
     * "A由(拉萨的)B控股，", "A…，由B控股51%。": group 1 is the holding, right after the owner's name and closing the
     * clause, maybe with the share held.
     */
    private static final Pattern HELD_BY_OWNER = Pattern.compile(
            "由(?:其|[^，,。；;由]{2,40}?)((?:全资|绝对)?控股)(?=(?:\\d{1,3}(?:\\.\\d+)?[%％])?[，,。；;：:])");
    /** Where an owner set its subsidiary up: 在P设立的(控股)子公司. */
    private static final Pattern SET_UP_IN = Pattern.compile("[^，,。；;在]{0,8}?在(\\p{IsHan}{2,12}?)(?:设立|成立|组建|注册成立)的");
    /** A shareholding: "X持股70%", "股份由X持有" (group 1 starts X). */
    private static final Pattern SHARES_HELD = Pattern.compile("持股\\d|股份由()");
    /** Where a body's seat is said to be, before the place: (总部)位于, 设在, 地处. */
    private static final Pattern HEADQUARTERED = Pattern.compile("(?:总部)?(?:位于|设在|地处)");
    /** Where an owner's seat is, right before the place: (是)总部位于(Z的Y集团旗下企业). */
    private static final Pattern SITED_BEFORE = Pattern.compile("(?:" + HEADQUARTERED.pattern() + ")$");
    private static final int MAX_SITED_BEFORE = 4;
    /**
     * "X是" right before the owner, whose subsidiary X is: 是Y在疆设立的(三家)全资子公司(之一), 是Y的控股子公司,
     * 为Y控股子公司, 是A股上市公司Y的控股子公司 (the owner after its listing), 系Y在Z设立的全资子公司, 是Y在Z布局的
     * 生产型子公司, 是Y在Z设立的首家子公司, 为Y的二级子公司.
     */
    private static final Pattern IS_SUBSIDIARY_OF = Pattern.compile(
            "[是为系](?:(?:A股|港股|科创板|创业板)?上市公司)?(?=[^，,。；;]{4,40}?(?:的(?:[\\d一二三四五六七八九十两几多]+家)?)?"
            + "(?:全资|控股|独资|下属|旗下|所属)(?:子公司|企业)$"
            + "|[^，,。；;]{2,40}?全资(?:设立|成立|组建)的[^，,。；;]{0,8}?(?:企业|公司)$"
            + "|[^，,。；;]{4,40}的(?:[\\d一二三四五六七八九十两几多]+家|首家)?(?:\\p{IsHan}{1,3}型|[二三]级)?子公司$)");
    /** A word for a company's parent: 母公司, 母集团. */
    private static final Pattern PARENT_WORD = Pattern.compile("母(?:公司|集团)");
    /** A clause introducing a company as a subsidiary of the one it names: 作为(Y)的全资子公司，, 作为(Y)旗下的酒庄，. */
    private static final Pattern AS_SUBSIDIARY_OF = Pattern.compile("作为([^，,。；;的]{4,40}?)(?:在[^，,。；;的]{2,12})?"
            + "(?:的(?:全资|控股|核心|重要)?子公司|旗下的?[^，,。；;的]{1,8})[，,]");
    /**
     * A company's controlling shareholder named after it: (X)的控股股东是(Y), (X)的控股股东为(Y), 其控股股东为(Y); or
     * opening a clause of the sentence the company opens: (X总部位于Z，)控股股东为(Y), (，)公司控股股东为(Y).
     */
    private static final Pattern ITS_CONTROLLING_HOLDER = Pattern.compile(
            "(?:[的其]|(?<=[，,])(?:公司)?)控股股东(?:是|为)");
    /**
     * "这家Y的全资子公司将…": a company described as Y's subsidiary (group 1 the description's head, where
     * ReferenceResolver's description of a company puts its reference).
     */
    private static final Pattern DESCRIBED_SUBSIDIARY = Pattern.compile(
            ReferenceResolver.COMPANY_DESCRIPTION + "((?:全资|控股|独资)?子公司)$");
    private static final String TOGETHER = "共同";
    /** What bodies listed after a link do as one, right after the list: 共同(建设), 组建, 共建, (将)联合(研制). */
    private static final Pattern FOUNDED_TOGETHER = Pattern.compile("(?:将|还|也|已)?(?:" + TOGETHER + "|联合(?!体))|组建|共建");
    /** A result reported, after the bodies who reached it: 取得进展, 发表论文, 揭示了. */
    private static final Pattern RESULT_REPORTED = Pattern.compile("取得|发表|揭示|发现|破解");
    /** What may open a spending clause before its spender: a time, or 其中 (，其中企业投资, ，今年该企业再投资). */
    private static final Pattern SPENDING_OPENS = Pattern.compile("(?:其中|今年|去年|目前|此前|近年来|同时)+");
    /** The company's money brought in: (引进X公司的)资金. */
    private static final String ITS_MONEY = "资金";
    /** The word for a company, maybe after a demonstrative: 企业, 该公司, 这家企业. */
    private static final String COMPANY_REFERRED = "(?:该|这家)?(?:企业|公司)";
    /** Adverbs of when or how a sum is spent, before the verb: 首期, 将, 计划. */
    private static final String WHEN_SPENT = "首期|先期|将|计划|拟|已|共|还|再";
    /**
     * What spends in a company a place brought in: nothing (引进X公司投资…), the company referred to or its project
     * (，由其投资, ，该公司出资, ，其X项目总投资), maybe after adverbs and a place where it spends (由其在Z镇投资).
     */
    private static final Pattern BROUGHT_IN_SPENDS = Pattern.compile(
            "(?:(?:并|还)?由?(?:其|" + COMPANY_REFERRED + "|该)?(?:\\p{IsHan}{0,8}?项目)?)"
            + "(?:总|累计|" + WHEN_SPENT + "|在\\p{IsHan}{2,12}?)*");
    /** A clause whose spender is the word for a company: (，)由企业(投资), 企业首期(投入), 该公司将(出资). */
    private static final Pattern COMPANY_SPENDS = Pattern.compile("由?" + COMPANY_REFERRED + "(?:" + WHEN_SPENT + ")*");
    /** What a document's clause says before the works it sets out: (，)提出(实施“X”), 明确, 部署. */
    private static final String SETTING_OUT_WORDS = "(?:提出|明确|部署)(?:要)?";
    private static final Pattern SETTING_OUT = Pattern.compile(SETTING_OUT_WORDS);
    /** The most characters of a program's name before a verb of carrying out written inside it. */
    private static final int MAX_NAME_AROUND_VERB = 40;
    /** Setting out counted tasks before a colon: 明确三项重点任务：, 提出四大工程：. */
    private static final Pattern SETTING_OUT_TASKS = Pattern.compile(SETTING_OUT_WORDS
            + "了?[一二三四五六七八九十两\\d]+[项个大][^：:，,。；;]{0,8}[：:]");
    /** Drafting a document under a body's lead, the document's title opened: 由A牵头，联合B制定的《. */
    private static final Pattern DRAFTED_UNDER_A_LEAD = Pattern.compile(
            "由[^，,。；;《》]{2,40}?(牵头)[^。；;《》]{0,40}?(?:制定|起草|编制)的《");
    /** Issuing a document: 印发, 出台, 发布, 制定. */
    private static final String ISSUING_WORDS = "印发|出台|发布|制定";
    /** A clause opening on the last words of a work's name, before who takes it on: ，其中苗木工程由, 。种苗繁育工程由. */
    private static final Pattern WORK_BY_TAIL = Pattern.compile(
            "(?<=[，,。；;：:]|^)(?:其中|按照分工，)?(\\p{IsHan}{2,8}(?:工程|行动|计划|攻关|专项))(?:则|将)?由");
    /** A short name in brackets a title or name may have right after it, or none: （以下简称《方案》）. */
    private static final String BRACKETED_AFTER = "(?:[（(][^（()）]{0,30}[）)])?";
    /** The word between a place and a company said to be that place's: (南宁市)企业(X公司). */
    private static final String COMPANY_OF_PLACE = "企业";
    /** A document's title closed, maybe its short name, then who issued it: 》（以下简称《方案》）由. */
    private static final Pattern ISSUED_BY_AFTER_TITLE = Pattern.compile("》" + BRACKETED_AFTER + "由");
    /** The verb after the bodies a document is issued by: (由A和B)联合印发, 正式出台. */
    private static final Pattern ISSUING_AFTER_ISSUERS = Pattern.compile("(?:联合|共同|正式)?(?:印发|出台|发布)");
    /**
     * After a document's title, what names a work as in it: (《P)》中的, 》中还设有, 》，其中, 》（简称），其中,
     * 》，下一步着力推进其中的, 》把.
     */
    private static final Pattern PART_NAMED_IN_DOCUMENT = Pattern.compile("》(?:中(?:还|也|另)?设有|中的?|"
            + BRACKETED_AFTER + "[，,](?:[^，,。；;“”《》]{0,12}?(?:推进|实施|落实|抓好))?其中的?|[把将](?=“[^”]{2,30}”列为))");
    /** Between a group and a unit of it named right after: (X集团)旗下的, 旗下. */
    private static final Pattern UNDER_GROUP = Pattern.compile("旗下的?");
    /** A company's reliance on research bodies, right after its name: (X)还依托, 则依托, 主要依托. */
    private static final Pattern COMPANY_RELIES_ON = Pattern.compile("(?<=\\p{IsHan})(?:还|则|将|也|主要|同时)*依托");
    /** What says the bodies relied on host a unit named after them: (依托A)建设的, 组建的. */
    private static final Pattern HOSTING_UNIT = Pattern.compile("(?:建设|组建|成立)的");
    /** A demonstrative before a facility the text described before, if any: 这座, 这片, 该. */
    private static final String THIS_ONE = "(?:这座|这个|这家|这条|这片|这处|该)?";
    /** The words a facility a builder is named for ends in: (加工)厂, (育苗)场, (生产)线, 基地, 园. */
    private static final String FACILITY_WORDS = "仓|场|厂|车间|中心|基地|线|园|工坊|加工点|库|站";
    /** A sentence opening on a facility, then 由, before its builder: 这座加工厂由, 育苗场由, 这条生产线由. */
    private static final Pattern FACILITY_BUILT_BY = Pattern.compile(THIS_ONE
            + "(?:[\\d.]+[亩万吨平方米]*的?)?(\\p{IsHan}{0,6}?(?:" + FACILITY_WORDS + "))由");
    /**
     * A sentence opening on a facility, a park (园区) or a project, maybe its total, then 由, before the first of two
     * builders: 园区总投资3.5亿元，由, 该项目由.
     */
    private static final Pattern FACILITY_BUILT_JOINTLY_BY = Pattern.compile(THIS_ONE
            + "(\\p{IsHan}{0,6}?(?:园区|项目|" + FACILITY_WORDS + "))(?:总投资[^，,。；;]{1,12}[，,])?由");
    /** What two builders pay for together, right after the second: 合资建设, 共同投资, 共同出资兴建 (not 共同建设). */
    private static final Pattern BUILT_TOGETHER = Pattern.compile("合资(?:建设|兴建)|共同(?:投资|出资)");
    /** What the builder of a facility does, right after its name: (（简称）)投资800万元建设, 去年出资兴建, 投资…改造. */
    private static final Pattern SPENT_BUILDING = Pattern.compile(BRACKETED_AFTER + "(?:去年|今年|前年|于\\d{4}年)?"
            + "(?:投资|出资|投入)[^，,。；;]{0,12}?(?:建设|兴建|建成|新建|改造|开设)");
    /** A document issued, then what it sets out, right before the verb of a work: (印发的《P》（简称）)提出(实施). */
    private static final Pattern SET_OUT_BY_DOCUMENT = Pattern.compile(
            "(?:" + ISSUING_WORDS + ")的《[^《》]{2,60}》" + BRACKETED_AFTER + "(" + SETTING_OUT_WORDS + ")?$");
    /** The institution credited first with a paper, right after its name: (X大学)为(论文)第一完成单位, 第一署名单位. */
    private static final Pattern FIRST_CREDITED = Pattern.compile("为(?:论文|该研究|该成果)?第一(?:完成|署名)单位");
    /** A body named as an author's, before the author's title, name and credit: (X学院)博士研究生Y为第一作者. */
    private static final Pattern AUTHORS_BODY = Pattern.compile(
            "[^，,。；;]{0,12}?为(?:论文|该论文|该研究)?(?:共同)?(?:第一|通讯|通信)作者");
    /** Links by which a party brings in bodies that then work as one: X联合A和B(，开展…), X携手A、B. */
    private static final Set<String> TEAMING_LINKS = Set.of("联合", "携手", "联手");
    private static final String LIES_AT = "位于";
    private static final char NOT = '不';
    /** Signing for an investment: 签订投资协议, 签署了投资合作协议. */
    private static final Pattern INVESTMENT_AGREED = Pattern.compile("(?:签订|签署)了?投资(?:合作)?协议");
    /** The project of the agreement settling, before the place: ，X项目正式落户(该镇), 项目将落地; not another's. */
    private static final Pattern SETTLED_AFTER_AGREEMENT = Pattern.compile(
            "[，,](?![^，,。；;]{0,20}?另一?[家个])[^，,。；;]{0,20}?项目(?:正式|已|将)?(?:落户|落地|选址)(?:在|于)?"
            + "(?:该[县镇市区乡])?");
    private static final String ENTERPRISE = "企业";
    private static final String SPECIFICALLY = "具体";
    /** A speaker's words opening right after: (X局局长Y)介绍，, 表示，. */
    private static final Pattern REPORTED = Pattern.compile("(?:介绍|表示|说|指出)[，,]$");
    /** Where a company is registered, which places it, not its money: 注册于, 注册在. */
    private static final Pattern REGISTERED_AT = Pattern.compile("注册(?:于|在)$");
    /** Where the spender's own works lie, before the place: (改造)其位于(Z的工厂). */
    private static final String ITS_SITE = "其位于";
    /** What a subject owes to a partnership: X的变化，得益于与Y的合作. */
    private static final String THANKS_TO = "得益于";
    /** After a person: founding what follows (牵头成立, 创办了, 领办). */
    private static final Pattern FOUNDS = Pattern.compile("(?:牵头|带头|发起)?(?:成立|创办|领办|创立)了?");
    /** What a company belongs to follows: 隶属于Y, 由Y控股 (only a 由 whose clause ends so is looked at). */
    private static final Pattern BELONGS_TO = Pattern.compile(
            "隶属于?|由(?=[^，,。；;]{2,40}?(?:绝对|相对)?控股[，,。；;])");
    /** After the holder of 由Y控股, ending its clause. */
    private static final Pattern HELD = Pattern.compile("(?:绝对|相对)?控股(?=[，,。；;])");
    /**
     * A division inside a body, written between the body and a title: 种植业管理处, 科技处, 市场与信息化处, 金融部,
     * 成果转化与区域创新处; and a company's centre (工业设计中心).
     */
    private static final Pattern INNER_DIVISION = Pattern.compile("(?!与)[^\\p{P}\\s\\d的和及、]{1,11}(?:[处科室部]|中心)");
    private static final int MAX_INNER_DIVISION = 12;
    private static final String CENTRE = "中心";
    /** After a program: what makes the one before 是 one of its projects (的首个落地项目). */
    private static final Pattern PROJECT_OF = Pattern.compile(
            "(?:确定|部署|明确|提出)?的[^，,。；;]{0,6}?(?:项目|组成部分|(?:任务|工程|行动)之一)");
    /** Words after which a phrase of location describes the party after it: 与位于Z的B, 隶属于总部位于Z的B. */
    private static final String LINKS_BEFORE_LOCATED = "与和同向于";
    private static final String HEADQUARTERS = "总部";
    private static final String A_UNIT_OF = "隶属于";
    /** Partners named as such: 合作企业为, 合作单位是. */
    private static final Pattern PARTNERS_NAMED = Pattern.compile("合作(?:企业|单位|伙伴|方)(?:为|是)");
    /** Bodies joining the cooperation the sentence before tells of: (A、B)作为支撑单位参与合作, 也加入合作. */
    private static final Pattern JOINING_COOPERATION = Pattern.compile(
            "(?:也|还|同时)?(?:作为[^，,。；;]{0,10}单位)?(?:参与|加入)(?:合作|共建)");
    /** A body said to be another's partner: 是(Y)的长期合作企业, 是(课题组)的合作单位. */
    private static final Pattern PARTNER_OF = Pattern.compile(
            "是([^，,。；;是]{2,40}?)的(?:长期|重要|战略|主要|核心|紧密)?合作(?:企业|单位|伙伴|方)");
    /** What opens an item of an ordinal list before its program: 一是实施“, 其二推进. */
    private static final Pattern ORDINAL_ITEM_OPENING = Pattern.compile(
            "(?:" + ProgramRecognizer.ORDINAL_OPENING.pattern() + "|[一二三四五六七八九十]+、)“?");
    private static final int MAX_ORDINAL_OPENING = 8;
    /** The longest item of an ordinal list read for who undertakes its program. */
    private static final int MAX_ORDINAL_ITEM = 120;
    /** What ends an item of an ordinal list, or the text before its opening. */
    private static final String ITEM_BREAKS = "；;。：:\n";
    /** How many items of an ordinal list are read back for the words that announced them. */
    private static final int ORDINALS_READ = 10;
    /** The count of items an ordinal list is announced with, ending the announcement: 抓好四项工作。 */
    private static final Pattern COUNTED_ITEMS = Pattern.compile(
            "(?:[一二三四五六七八九十两\\d]+(?:项|个方面|件|大)|以下)\\p{IsHan}{0,6}$");
    /** More teams than this behind one result are a list of separate results, not co-authors. */
    private static final int MAX_COAUTHORS = 6;
    /**
     * What a document sets out, counted and closing its sentence, or followed by one clause on how they are
     * carried out: 了四项重点工程。 六项重点任务，并逐项明确牵头单位。
     */
    private static final Pattern COUNTED_WORKS = Pattern.compile(
            "了?[\\d一二三四五六七八九十两]+[项个大条](?:重点|重大|主要|支持|具体)?(?:工程|任务|行动|举措|措施|工作)"
            + "(?:[，,][^，,。；;]{0,24})?[。；;]");
    /** After a document's title: its short name declared in brackets, then the comma before what it says. */
    private static final Pattern ISSUED_THEN = Pattern.compile("》?" + BRACKETED_AFTER + "[，,]");
    private static final Pattern ISSUING = Pattern.compile(ISSUING_WORDS);
    /** A document issued or carried out, right before its title: 印发《, 全面实施《, 全面落实《. */
    private static final Pattern ISSUED_OR_CARRIED_OUT = Pattern.compile(ISSUING_WORDS + "|实施|落实");
    /** A document described as issued, before its title: (X今年)印发的《, 出台的《. */
    private static final Pattern ISSUED_BY_CLAUSE = Pattern.compile("(?:" + ISSUING_WORDS + ")的《?$");
    /** The rest of an issued document's title and its short name, before what it says: 》（以下简称《方案》）, 》，. */
    private static final Pattern ISSUED_AS_SUBJECT = Pattern.compile("》?" + BRACKETED_AFTER + "[，,]?");
    private static final String PILOT = "试点";
    /** A pilot given to someone: 的试点由, 的试点分别由, or a clause opening on it (；试点工作由). */
    private static final Pattern PILOT_UNDERTAKEN = Pattern.compile(
            "(?:的|(?<=^|[，,；;。\\n]))试点(?:工作)?(?:分别|则)?由");
    /** A question about a document, up to the document's name: 问：《, 记者：“. */
    private static final Pattern ASKED = Pattern.compile("(?:问|记者)[：:][《“]?");
    /** An answer's opening: 答：. */
    private static final Pattern ANSWERED = Pattern.compile("答[：:]");
    /** A document's items one by one: 逐条, 每一项都, 对每一条都, 为每项重点任务, 对各项任务逐一. */
    private static final String EACH_ITEM = "(?:[对为]?(?:每一?|各)[条项](?:重点|主要)?(?:任务|措施|举措)?(?:都|均|逐一)?"
            + "|逐条|逐项|逐一)?";
    /**
     * A document as the subject of what it sets out: 《方案》提出, 《意见》明确, 《方案》列出, 《措施》逐条明确, maybe after
     * its scope (围绕A、B等环节提出, 从A等方面提出), or around works it names (围绕“A”“B”两大工程), or making them its
     * tasks (将“A”和“B”列为, 重点实施“A”); or as where its numbered items stand: 《措施》中，一是…, 《方案》的重点举措中，一是….
     */
    private static final Pattern DOCUMENT_SAYS = Pattern.compile(
            "[》”]?" + EACH_ITEM + "(?:同时|还|也)?(?:(?:围绕|从|聚焦)[^，,。；;“”《》]{2,30}?)?"
            + "(?:提出|明确|要求|指出|部署|规定|列出|确定|设立|推出|围绕(?=“)|重点实施(?=“)"
            + "|[把将](?=(?:“[^”]{2,30}”[、和与及]?)+列为)"
            + "|(?:共[^，,。；;]{1,4}[，,])?(?:重点|主要)?(?:内容)?包括)"
            + "|[》”]?(?:的(?:重点|主要)?(?:举措|任务|措施|内容))?中[，,](?=其?[一二三四五六七八九十]+是|第[一二三四五六七八九十]+)");
    /** What a sentence opening on a document does under it: 根据(《方案》), 按照. */
    private static final Pattern UNDER = Pattern.compile("(?:根据|按照|依据|依照|对照)");
    /** The shares of work a document gives out, after it: (按照《方案)》分工，. */
    private static final Pattern WORK_SHARED = Pattern.compile("》?(?:的)?(?:分工|部署|安排)[，,]");
    /** The document's end and the clause break after it: (根据《方案)》，. */
    private static final Pattern UNDER_DOCUMENT = Pattern.compile("》?[，,]");
    /**
     * A later clause of a sentence a document opens, setting out what it holds: ，部署了, ，并提出, ，并同步推出, ，重点实施,
     * ，包含.
     */
    private static final Pattern LATER_CLAUSE_SAYS = Pattern.compile(
            "[，,](?:并|还|同时)?(?:同步|同时)?(?:部署|提出|明确|推出|重点推进|重点实施|包含|包括)了?");
    /** Later in a document's sentence, the duties it lists after a colon: 并逐一明确部门职责：A负责…，B牵头…. */
    private static final Pattern DUTIES_LISTED = Pattern.compile("明确了?(?:各|相关)?(?:部门|单位)?(?:职责|分工)[：:]");
    /** After what a document sets out: who leads each of its tasks, listed in the next sentence. */
    private static final Pattern LEADS_NAMED = Pattern.compile(
            "了?(?:各项任务的)?(?:牵头|责任)(?:单位|部门)(?:和[^，,。；;]{1,6})?[。；;]");
    /** The kinds of documents a text refers back to by the kind alone (通知明确). */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("通知|方案|意见|条例|办法|措施|规划");
    /**
     * A document opening a sentence that gives out tasks: 《方案》明确，, 《方案》明确由…, 《方案》部署了…，并明确由…, or
     * names who leads each in the next sentence (group 1): 《措施》逐条明确了牵头单位。
     */
    private static final Pattern DOCUMENT_ASSIGNS = Pattern.compile(
            "[》”]?(?=由)|[》”]?(?:[^。；;！？]{0,60}?[，,])?(?:并|还|同时|也)?" + EACH_ITEM
            + "(?:明确|要求|规定)(?:[，,：:]|(?=由)|(" + LEADS_NAMED.pattern() + "))");
    /**
     * From the investment verb to the company it founds: "出资1.2亿元，组建" / "注资5000万元成立(控股子公司)" /
     * "出资1500万美元，与Y合资设立" / "出资5000万元设立的全资子公司" / "投资1800万元，在Z镇成立全资子公司".
     */
    private static final Pattern FOUNDING = Pattern.compile(
            "[^，,。；;]{0,20}?[，,]?(?:与[^，,。；;]{1,24}?|在" + PLACE_MODIFIER + "?([^，,。；;]{2,16}?))?"
            + "(?:共同|合资|联合)?(?:组建|成立|设立|新设|注册成立)了?的?"
            + "(?:(?:全资|控股)?子公司" + NAME_INTRODUCED + ")?");
    /** Taking charge: (Y)负责(“P”), (由X公司)负责(投资建设). */
    private static final String IN_CHARGE = "负责";
    /** A document's title shortly ahead, in the same clause: (按照)省林业局印发的《. */
    private static final int DOCUMENT_REACH = 18;
    private static final String DOCUMENT_AHEAD = "(?=[^，,。；;《]{0," + (DOCUMENT_REACH - 1) + "}《)";
    /** A named work or document shortly ahead, in the same clause: (承接)X部署的“. */
    private static final String WORK_AHEAD = "(?=[^，,。；;《“]{0," + (DOCUMENT_REACH - 1) + "}[《“])";
    private static final String TAKING_ON = "承接";
    /** Verbs of owing something to what follows their 于: 得益于, 受益于, 归功于. */
    private static final Set<String> OWING = Set.of("得益", "受益", "归功", "得力");
    /** Capital a company receives, from whom it names after 获: 获母公司增资, 获得该集团注资. */
    private static final Pattern CAPITAL_RECEIVED = Pattern.compile("获得?([^，,。；;获]{2,30}?)的?(?:增资|注资)");
    private static final int CAPITAL_ADDED_LENGTH = "增资".length();
    /** 把 or 将 before the works made a task: (X市)把(“P”列为). Each word whole, so that its first character is read. */
    private static final String WORKS_LISTED_AS = "(?=“[^”]{2,30}”(?:[、和与及]“[^”]{2,30}”)*列为)";
    private static final String MAKES_ITS_TASK = "把" + WORKS_LISTED_AS + "|将" + WORKS_LISTED_AS;
    private static final Pattern IMPLEMENT = Pattern.compile(
            "实施|推进|落实|聚焦|推出|开展|制定|出台|印发|启动|推行|创新|发起|编制|发放|承担|定制|打造|围绕|用好|贯彻|执行|融入"
            + "|推广|纳入|列入|借助|部署"
            + "|建设(?=“)|创建(?=“)|提供(?=“)"   // 创建“X示范县”; 提供“茶安保”收入保险: a quoted product offered
            + "|深化(?=[“《])"   // 深化“林长制”: taking a named system further is carrying it out
            + "|" + IN_CHARGE + "(?=“)"   // 市科学技术局负责“领军人才工程”: the body a named work is given to
            // "在会上发布《P》", "发布“X”创业计划": releasing a document or a named program is issuing it; 发布 of a
            // list or of data is not; 公布 of a program's list (公布第三批“P”名单) is its issuer's.
            + "|发布(?=[《“]|(?:这一|这项|该)(?:方案|计划|规划))|公布(?=[^，,。；;“]{0,6}“)"
            // "常务委员会第二十一次会议表决通过《P》": the body whose meeting passed a law or rule.
            + "|表决通过(?=《)|审议通过(?=《)"
            // "以“P”为抓手", "以全省“P”活动为抓手": a program taken up as the means of the work.
            + "|以(?=(?:全省|全市|全县|全区|全国)?(?:“[^”]{2,30}”(?:专项行动|行动|活动|工程|计划)?|《[^》]{2,40}》)"
            + "为(?:抓手|契机|引领|载体|依托|重点))"
            // "X县正按照省林业局印发的《P》，推广…": the subject working to a document carries it out.
            // (将对照《P》推进: so is one checking its work against the document.)
            + "|按照" + DOCUMENT_AHEAD + "|依照" + DOCUMENT_AHEAD + "|依据" + DOCUMENT_AHEAD + "|对照" + DOCUMENT_AHEAD
            // "也承接了市科学技术局下达的“P”": taking on a work another body deploys is carrying it out.
            + "|" + TAKING_ON + WORK_AHEAD
            // "今年X市把“P”列为重点工作": making a work one's task, as the subject of the clause.
            + "|" + MAKES_ITS_TASK);
    private static final String IMPLEMENT_FIRSTS = firstChars(IMPLEMENT);
    private static final String LISTED_UNDER = "列入";
    /**
     * Publishing in the journal a sentence names: 发表, 刊发, 登上, 网络首发 (a journal's first release online, not a
     * product's launch), a team's 在《J》上报道(了) (not a reporter's).
     */
    private static final Pattern PUBLISH = Pattern.compile(
            "发表|刊登|刊发|刊载|刊出|登上|网络首发|(?:团队|课题组)[^，,。；;]{0,6}在《[^》]{1,30}》上?报道");
    /**
     * Where an organisation is: 位于, 落户, 扎根 (where it has its roots), 入驻, 设在, 迁入 (where it moves), and
     * 注册在X or 在X注册(成立) for where a company is registered, 在X揭牌(运行) for where a body is unveiled, 在X开园
     * for where a park opens, 总部则在X for where it is headquartered, 是X内的 for a body inside a zone.
     */
    private static final Pattern LOCATE = Pattern.compile(
            "位于|落户|扎根|坐落于|地处|入驻|进驻|设在|迁入|迁至|注册地[就也则]?(?:在|为|位于)|注册(?:在|于)|成立于(?!\\d)|选址"
            + "|(?<=总部)[则也]在|是(?=[^，,。；;]{2,24}?内的)"
            + "|在(?=[^，,。；;的]{2,24}?(?:(?:注册|挂牌|揭牌)(?:成立|运营|运行)?|成立|(?:正式)?开园)(?:[，,。；;]|$))");
    private static final String ROOTED = "扎根";
    /** A park opening at a place: 在Z(正式)开园. */
    private static final Pattern PARK_OPENS = Pattern.compile("在[^，,。；;的]{2,24}?(?:正式)?开园");
    /** Research bodies that stand where they work: 科技小院, 试验站, 工作站. */
    private static final Pattern STATIONS = Pattern.compile("(?:小院|站)$");
    /** How long a body has been rooted where it is, between it and 扎根: 已, 多年来. */
    private static final Pattern ROOTED_SINCE = Pattern.compile("(?:已经|早已|已|一直|长期|多年来?)*");
    /** Choosing a site: where a research body is (研究院选址Z); a company chooses sites for its projects. */
    private static final String SITE_CHOSEN = "选址";
    private static final String PROJECT = "项目";
    /**
     * A base, station or subsidiary of an organisation right before where it is said to be, which stands there
     * instead of the organisation: 首个良种繁育基地(设在), 草莓专家工作站(在), 家纺子公司(落户).
     */
    private static final Pattern BASE = Pattern.compile("(?:基地|工作站|子公司)$");
    /** What a body builds, between it and where that thing settles: (由X)投资3500万元建设的加工中心(落户Z). */
    private static final Pattern WHAT_IT_BUILT = Pattern.compile("(?:建设|兴建|投建|新建)的[^，,。；;的]{1,12}$");
    private static final String FORMED = "组成";
    /** The count of the parties just listed, then their agreement: 三方签订, 四方共建, 三方将在Z共建. */
    private static final Pattern PARTIES_COUNTED = Pattern.compile(
            "([两三四五六七八九十多])方(?:将|还将|也将)?(?:在\\p{IsHan}{2,16}?)?(?:共同|正式|现场)?"
            + "(?:签订|签署|签约|共建|合作|达成)");
    /** A clause opening on a facility, what a located phrase is then about: 厂房位于, 新工厂位于. */
    private static final Pattern FACILITY_OPENING = Pattern.compile("(?:新|该)?(?:厂房|工厂|厂区|基地|车间|生产线|仓库|冷库)");
    /** Building or working together, right after the parties: 共建, 将联合共建, 合作开展. */
    private static final Pattern BUILDING_TOGETHER = Pattern.compile(
            "(?:将|拟)?(?:共同|联合)?(?:共建|合作建设|合作开展|合资兴建|合资建设)");
    private static final int MAX_TEAM_LIST = 120;
    private static final Pattern COOPERATE = Pattern.compile(
            "合作|签约|携手|牵手|借力|签署|签订|签有|续签|签下|达成|共建|联合|联手|会同|共同|结对|结成|结为|缔结|合资|合股|出资|共享|分享|委托|约定"
            + "|开展|建立|组建");
    private static final String CARRY_OUT = "开展";
    private static final String WITH = "同";
    private static final Pattern SIGNING = Pattern.compile("签订|签约|签署");
    /** Words saying that the bodies joined by 与 each act on their own: 六安市与安庆市分别开展. */
    private static final Pattern EACH = Pattern.compile("分别|各自");
    /** Each of the bodies before, with a party of its own: 分别与, 各自同. */
    private static final Pattern EACH_WITH = Pattern.compile("(?:" + EACH.pattern() + ")(?:与|同|和)");
    /** Bodies each signing on their own with the host, no party named: (A和B)当天分别签约, 分别签约进园. */
    private static final Pattern EACH_SIGNING = Pattern.compile(
            "(?:当天|当日|也|均|还|将)*(?:" + EACH.pattern() + ")(?:签约|签订|签署|落户|入驻)");
    /** Words for a place's people, and what after them makes them a body's name instead (村民委员会, 农民专业合作社). */
    private static final String PEOPLE = "农户|农民|村民|群众|居民";
    private static final String NO_BODY_AFTER = "(?!专业|合作社|委员会)";
    /** A place's people, right after the place: (A村)村民, 农户, 群众. */
    private static final Pattern PEOPLE_OF_PLACE = Pattern.compile("(?:" + PEOPLE + "|牧民)" + NO_BODY_AFTER);
    /** A place's people after 与, who are no party: 与金寨县农户开展. */
    private static final Pattern PEOPLE_AS_PARTY = Pattern.compile(
            "(?:" + PEOPLE + "|茶农|果农|菜农)" + NO_BODY_AFTER + "|各乡镇");
    /** Founding together: 合资设立, 共同出资组建, (由A出资7亿元、B出资3亿元)共同组建. */
    private static final Pattern JOINT_VENTURE = Pattern.compile(
            "(?:合资|共同出资|共同发起|(?<=元)共同)(?:设立|成立|组建|新设|注册成立)了?的?");
    private static final String COOPERATE_FIRSTS = firstChars(COOPERATE);
    /**
     * Words that join two cooperating parties: A与B合作, A携手B, A会同B、C, A联合B、C共同建设, A委托B经营, A受B委托,
     * A借力B (drawing on B's work).
     */
    private static final List<String> PARTNER_LINKS = List.of("会同", "携手", "牵手", "联合", "联手", "借力", "委托", "与",
            "和", "同", "受");
    private static final Pattern PLACE_SCHOOL = Pattern.compile("地校合作|校地合作|院地合作|政校合作|校政合作");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。！？!?\\n]");
    private static final Pattern SUB_ITEMS_AHEAD = Pattern.compile(
            "^[^。；;]{0,60}?[一二三四五六七八九十两\\d]+[个项](?:子(?:工程|项目|行动|计划)|专项)");
    private static final String SETS_UNDER = "下设";
    private static final Pattern ENUMERATION_AHEAD = Pattern.compile(
            "^[”》]?(?:包括|包含|涵盖|分为|[，,]?" + SETS_UNDER + "|[，,]即)");
    /** What a list of programs holds besides them: their count and kind (三项工程, 四个子计划), or nothing. */
    private static final Pattern LISTED_PROGRAMS_REST = Pattern.compile(
            "(?:[一二三四五六七八九十两\\d]+(?:[项个大类]|部分)(?:子|重点)?\\p{IsHan}{0,4})?");
    /** "《计划》由A工程、B工程和C工程三项工程组成": the parts listed, within one clause, between 由 and 组成. */
    private static final Pattern MADE_UP_OF = Pattern.compile("^[”》]?(?:主要)?由([^，,。；;]{2,80}?)(?:共同)?组成");
    /** Organisation kinds a bare head noun before a title stands for (合作社理事长X: the cooperative's). */
    private static final List<String> HEAD_NOUNS = List.of("合作社", "公司", "集团", "银行", "企业");
    /** A research body's head words, standing alone for the body named before: 中心, 实验室. */
    private static final List<String> BARE_RESEARCH_HEADS = List.of("中心", "实验室", "研究院", "研究所");
    /** How the names of bodies end: what is written before a title is their name, not the title's field. */
    private static final Pattern BODY_END = Pattern.compile("(?:委|局|厅|院|所|中心|部|站|社|会|校|办)$");
    /** A degree or academic rank written after a name: 郑明博士, 王丽教授. */
    private static final Pattern ACADEMIC_RANK = Pattern.compile("博士|副?教授|副?研究员|院士");
    /** Posts only a company has: 总经理, 董事长, 总裁. */
    private static final Pattern COMPANY_POST = Pattern.compile("总经理|董事长|总裁|执行董事");
    /** Written between posts one person holds together: 董事长兼总经理. */
    private static final char CONCURRENTLY = '兼';
    /** The most characters of posts held together read back from a name. */
    private static final int MAX_POSTS = 20;
    /** The head of a body of some kind: 院长, 所长, 理事长, 董事长, 主任. */
    private static final Pattern HEAD_POST = Pattern.compile("主任|\\p{IsHan}{1,2}长");
    private static final char HEAD = '长';
    /** A company's posts, one or more held together: 董事长, 创始人兼首席执行官. */
    private static final String COMPANY_TITLE = "副?(?:(?:联合)?创始人|" + COMPANY_POST.pattern() + "|首席执行官)";
    private static final Pattern COMPANY_TITLES = Pattern.compile(COMPANY_TITLE + "(?:兼" + COMPANY_TITLE + ")*");
    /** Taking a post, after the person's name: 担任, 同时担任, 还兼任, 将出任. */
    private static final Pattern TAKES_POST = Pattern.compile("(?:将|拟)?(?:同时|还|也|另|并|现)?(?:担任|出任|兼任)");
    /** Taking or holding a post, after the person's name: 担任, and 是 (他同时是X合作社理事长). */
    private static final Pattern HOLDS_POST = Pattern.compile(TAKES_POST.pattern() + "|(?:同时|还|也|现)?是");
    /** Taking a deputy's post, right after the name: 任副主任, 担任副院长. */
    private static final Pattern TAKES_DEPUTY_POST = Pattern.compile("(?:担|出)?任副");
    /** Organisation kinds a post is taken at by their bare word (担任实验室主任: the laboratory's). */
    private static final List<String> POST_UNITS = List.of("实验室", "研究院", "研究所", "研究中心", "中心", "合作社",
            "公司", "基地", "协会", "联盟");
    /** A post unit's bare word, maybe referred to: (出任)该研究院(院长). */
    private static final Pattern POST_UNIT_REFERRED = Pattern.compile("该?(" + String.join("|", POST_UNITS) + ")");
    private static final int VERB_TO_PROGRAM = 12;
    /** What an organisation did to the program a sentence defines: “P”是A推出的产品. */
    private static final Pattern OFFERED = Pattern.compile("(?:推出|发起|实施|设立|打造|开发|创设|发行)的");
    /** Obtaining a loan or grant from an organisation: 从A申请到, 向A获得, 从A贷到. */
    private static final Pattern OBTAINED = Pattern.compile("申请到?|获得|贷到|借到|拿到|获批");
    /** Verbs of handing a loan, a policy or a product out through a channel (通过A、B支行发放). */
    private static final Pattern HANDED_OUT = Pattern.compile("发放|投放|推广|办理|发行|销售");
    /** Research institutions whose units are named after them (X科学院Y研究所, X研究院Y中心). */
    private static final Pattern ACADEMY = Pattern.compile("(?:科学院|研究院|大学)$");
    /** Level words after 等 that close a list of places said as where (湛江、茂名等市). */
    private static final String LOCATIVE_LEVELS = "省市县区镇乡村地";
    /**
     * What opens a clause that continues the sentence's subject before a link: 并与, 还将与, 同时与, 先后与, 已与,
     * 此前已与, a time (去年8月与, 目前已与), and 其, the day or the occasion (其还与, 当天同步与, 此次还与).
     */
    private static final String CONTINUING_WORD = "(?:并|还|也|又|已|同时|同步|并且|此外|此前|此后|随后|近年来|下一步|今后"
            + "|接下来|下阶段|先后|目前|(?:今年|去年|\\d{4}年)(?:\\d{1,2}月)?(?:起|以来)?|\\d{1,2}月)";
    private static final Pattern CONTINUING = Pattern.compile("(?:(?:其|当天|当日|同日|此次)" + CONTINUING_WORD + "?|"
            + CONTINUING_WORD + ")(?:还|也|又)?(?:将|还|也|已|要)?");
    private static final Pattern TIME_ONLY_OPENERS = Pattern.compile("(?:此前|此后|随后|近年来).*");
    /** What opens a clause of carrying out together: (，)联合启动, 将共同推进. */
    private static final Pattern JOINTLY = Pattern.compile("(?:将|还将|并)?(?:联合|共同|携手)");
    /** What opens a clause that turns to the body named right before it: (B，)则与, 则将与. */
    private static final Pattern CONTRASTING = Pattern.compile("则(?:将|也|已)?");
    private static final Pattern LIST_GAP = Pattern.compile("[“”‘’\"'《》]*(?:[、和及与]|以及)?[“”‘’\"'《》]*");
    /** Doing a work together, right after the bodies listed: (A、B)联合承担, 共同攻关. */
    private static final Pattern DONE_JOINTLY = Pattern.compile(
            "(?<=\\p{IsHan})(?:联合|共同)(?:承担|攻关|实施|完成|研发|研制)");
    /** After a list, before the work: 等16家单位共同, 参与组成, 团队全程参与. */
    private static final Pattern TOGETHER_AFTER_LIST = Pattern.compile("[^，,。；;]{0,14}?(?:共同|参与)");
    /** Words before a place that say it is where something is. */
    private static final List<String> WHERE_BEFORE = List.of("在", "位于", "地处");
    /** Bodies no entity type holds that may open on a place (a 联盟 is named by its trade: 共建产业联盟). */
    private static final String UNKEPT_BODIES_OF_PLACES = "医院|卫生院|学校|中学|小学|协会|商会";
    /** Schools and hospitals no entity type holds, ending where a title of theirs follows: 小学|校长, 医院|院长. */
    private static final Pattern UNKEPT_SCHOOL_OR_HOSPITAL = Pattern.compile("(?:小学|中学|医院|卫生院)$");
    /** The end of a body's name of a kind no entity type holds: hospitals, schools, associations. */
    private static final Pattern UNKEPT_BODY_END = Pattern.compile("(?:" + UNKEPT_BODIES_OF_PLACES + "|联盟)$");
    /** The rest of such a body's name after the place it opens on (省|人民医院, 区|马铃薯产业协会, 县|两县人民医院). */
    private static final Pattern UNKEPT_BODY_AFTER = Pattern.compile(
            "(?:[两三四五六七八九十\\d]+[省市县区镇乡])?([\\p{IsHan}&&[^与和及、的在]]{0,8}?)(?:" + UNKEPT_BODIES_OF_PLACES
            + ")");
    private static final String DEVELOPMENT = "发展";
    /** Words between a party and 与 that do not change who cooperates: 日前, 将, 还将, 今年将. */
    private static final int MAX_PARTY_GAP = 4;
    /** How far before a link the parties counted or the time written before it are looked for. */
    private static final int MAX_PARTIES_BEFORE_LINK = 120;
    /** The count closing a list of parties before their link: (A、B)等8家合作社(与), 等3家企业. */
    private static final Pattern COUNTED_PARTIES = Pattern.compile(
            "等[\\d一二三四五六七八九十两]+[家所个]\\p{IsHan}{0,8}?(?:合作社|企业|公司|单位|机构|院校|高校)$");
    private static final int MAX_TEAM_DESCRIPTION = 10;
    private static final String LEADS = "牵头";
    /** What a leader leads, maybe named: 牵头建设, 牵头组建. */
    private static final List<String> LED_WORK = List.of("", "建设", "组建");
    /** The leader's verb and the mark after it, before the bodies doing the work with it: 牵头，, 牵头建设，, 牵头、. */
    private static final Pattern LED_THEN = Pattern.compile(LEADS + "(?:" + String.join("|", LED_WORK) + ")[，、]");
    private static final String RESPECTIVELY = "分别";
    private static final int MAX_FIELD_BEFORE_TITLE = 4;
    /** The most characters a team's name runs to, its word included: 果树栽培团队. */
    private static final int MAX_TEAM_NAME = 8;
    /** What joins or divides bodies, and so is in no team's name: 与, 和, 及, 的, 、. */
    private static final String NOT_IN_TEAM_NAME = "与和及的、";
    /** Titles of research staff: who holds one works at a research body. */
    private static final String RESEARCH_TITLE = "(?:副|助理)?研究员|副?教授|博士|(?:首席)?专家";
    /** The title of a division's head, deputy head or head's assistant: 县长, 副市长, 常务副县长, 县长助理. */
    private static final String GOVERNMENT_HEAD = "(?:常务)?副?[省市县区镇乡州旗]长(?:助理)?";
    /** A division's party committee and the division: 剑河县委, 点头镇党委. */
    private static final Pattern COMMITTEE_OF = Pattern.compile("(.+[省市县区州旗地])委|(.+[镇乡])党委");
    /** The rest of a located phrase up to the organisation it describes: (光伏产业园)的. */
    private static final Pattern PART_OF_PLACE = Pattern.compile("\\p{IsHan}{0,8}?的");
    /**
     * A company described as a unit of the one before: (这家X集团)旗下企业, 旗下的子公司, 旗下的种业平台, 旗下的规模化牧场,
     * (X大学)下属的科技型企业.
     */
    private static final Pattern HELD_DESCRIPTION = Pattern.compile(
            "(?:旗下|下属)的?(?:[^，,。；;]{0,8}?(?:企业|公司|矿山|农场|牧场|林场|茶场|酒庄|工厂|平台)|子公司)");
    /** Where a listed organisation comes from, written before it: 来自呼和浩特市的. */
    private static final Pattern ITEM_DESCRIPTION = Pattern.compile("来自\\p{IsHan}{2,8}的$");
    private static final int MAX_ITEM_DESCRIPTION = 12;
    /** The longest quote read as one speaker's words. */
    private static final int MAX_QUOTE = 300;
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?:党委|[省市县区州旗地]委)$");
    /** "由A牵头，联合B": the clause after the leader's that brings in more bodies. */
    private static final Pattern BROUGHT_IN = Pattern.compile("[，,](?:并|同时)?(?:联合|会同|携手)");
    /** The link from a leading body to those it works with inside one 由 clause: 由A会同B推进. */
    private static final Pattern CO_LEADING = Pattern.compile("会同|联合|协同");
    /** What the bodies after 由 do to a program: 联合组织实施, 牵头实施, 承担, 分别打造. */
    private static final Pattern UNDERTAKE = Pattern.compile(
            "[^，,。；;]{0,8}?(?:实施|承担|承建|承办|负责|组织|牵头|推进|打造|统筹|督促|开发|落实|推出|发起|制定|(?:率先|先行)试点)");
    private static final int MAX_UNDERTAKE_GAP = 10;
    /** What a leader does, right after 牵头: (牵头)实施, (牵头)组织实施. */
    private static final Pattern LEADER_DOING = Pattern.compile("(?:组织)?实施");
    /** Bodies taking part in the work of a leader named in the clause before: ，B参与, ，B、C协同配合, 、B配合. */
    private static final Pattern TAKING_PART = Pattern.compile("(?:共同|协同)?(?:参与|配合|协助)");
    private static final String SELECTED = "入选";
    /** Designating pilots: 确定, 遴选, 认定. */
    private static final Pattern DESIGNATING = Pattern.compile("(?:确定|遴选|选定|认定)(?:了)?");
    /** After the last of the designated: 等12个县（市、区）为首批试点地区. */
    private static final Pattern AS_PILOTS = Pattern.compile(
            "(?:等[^，,。；;为]{0,14})?为(?:首批|第一批|第二批|全省|全市)?[^，,。；;]{0,6}?(?:试点|示范)");
    /** A batch of pilots: 首批, 第一批, 第二批. */
    private static final String BATCH = "(?:首批|第一批|第二批)";
    /** The program referred to by its kind, before its pilots: 该行动, 该计划的. */
    private static final String OF_THE_KIND = "(?:该(?:行动|计划|工程|方案|专项)的?)";
    /** Made a pilot or a demonstration of a program, after the place: 作为首批试点县, 作为该计划的首批示范镇. */
    private static final Pattern AS_PILOT = Pattern.compile("作为" + OF_THE_KIND + "?" + BATCH + "(?:试点|示范)");
    /** What pilots are made, after their kind: (试点)县, (实施)地区, (示范)单位. */
    private static final String PILOT_UNIT = "(?:县|区|市|镇|乡|地区|单位|企业)";
    /**
     * Made a program's pilots, after the divisions or bodies: 被确定为首批试点区, 被列为首批实施地区, 被确定为该行动首批
     * 试点地区 (the program referred to by its kind), 成为首批试点, 是首批实施区县之一, 作为首批重点市, 为首批试点县旗,
     * 承担首批示范任务 (right after them); or issuing measures to it (相继出台配套措施).
     */
    private static final Pattern MADE_PILOTS = Pattern.compile(
            "(?:被(?:确定|列|选定|认定)为|作为(?=" + OF_THE_KIND + "?" + BATCH + "(?:实施|重点|试点|示范)))" + OF_THE_KIND + "?"
            + "(?:" + BATCH + "(?:试点|实施|重点|示范)|试点|实施)" + PILOT_UNIT
            // X乡是这项工程的重点乡: the program referred to by its kind.
            + "|是(?:该|这项|这一)(?:行动|计划|工程|方案|专项)的(?:首批|第一批)?(?:重点|试点|示范)(?:县|区|市|镇|乡|村)"
            // X县是四川省“P”重点县: the program quoted in the phrase.
            + "|是(?=[^，,。；;“]{0,8}“[^”]{2,30}”(?:首批|第一批)?(?:重点|试点|示范)(?:县|区|市|镇|乡|村))"
            + "|成为" + BATCH + "?试点"
            // 《方案》印发后，A市和B市相继出台配套措施: places issuing measures of their own to a document.
            + "|(?:随即|相继|陆续|纷纷)?(?:出台|制定)了?配套(?:措施|政策|方案|细则|文件)"
            + "|是" + BATCH + "?(?:[\\d一二三四五六七八九十]+个)?(?:实施|试点)(?:区县|县区|县|区|市|地区|单位|企业)之一"
            + "|是" + BATCH + "(?:[\\d一二三四五六七八九十]+个)?(?:重点|示范)(?:区县|县区|县|区|市|地区)之一"
            // 被确定为“P”工程首批全域推进示范县: the program is the one quoted in the phrase.
            + "|被(?:确定|列|选定|认定)为(?=“[^”]{2,30}”\\p{IsHan}{0,4}?(?:首批|第一批)\\p{IsHan}{0,6}?(?:试点|示范)"
            + PILOT_UNIT + ")"
            + "|为(?:责任|实施)主体"
            // (按照《方案》，)A县和B旗为首批试点县旗, A镇和B乡承担首批示范任务.
            + "|为" + BATCH + "试点(?:[县区市旗镇乡]{1,3}|地区|单位|企业)(?=[，,。；;]|$)"
            + "|承担" + BATCH + "[^，,。；;]{0,6}?任务");
    /** The most characters between what pilots are made and a program quoted for it: (是)四川省(“P”). */
    private static final int MAX_BEFORE_QUOTED_PROGRAM = 8;
    /** Between the last item of a list of the selected and 入选: 等24个县（市）. */
    private static final String SELECTED_AFTER_LIST_TEXT = "(?:等[^，,。；;]{0,12})?";
    private static final Pattern SELECTED_AFTER_LIST = Pattern.compile(SELECTED_AFTER_LIST_TEXT);
    private static final int MAX_SELECTED_AFTER_LIST = 13;
    /** Between the last pilot listed and what it is made: 等12个县市区, 已, 均已. */
    private static final Pattern PILOTS_AFTER_LIST = Pattern.compile(
            SELECTED_AFTER_LIST_TEXT + "(?:均|也|都)?(?:已|已经|将)?");
    /** A program taken as what guides the work, after it: (以“P”)为抓手, (以该方案)为指引. */
    private static final Pattern AS_GUIDE = Pattern.compile("为(?:指引|抓手|遵循|引领|统领|指导)");
    private static final char BY_MEANS_OF = '以';
    /** A program referred to by its kind alone: 该方案, 这一行动, 这项工程. */
    private static final Pattern REFERRED_BY_KIND = Pattern.compile("(?:该|此|这项|这一)(方案|计划|行动|规划|意见|工程|专项)");
    private static final String DEMONSTRATION = "示范";
    private static final String ONE_OF = "之一";
    private static final String SUPPORTING = "配套";
    /** The first batch of a work's carriers: (“P”)首批(由A、B承担). */
    private static final List<String> FIRST_BATCHES = List.of("首批", "第一批");
    /** How many sentences back the program of pilots is looked for. */
    private static final int PILOT_SENTENCES_BACK = 2;
    /** The pilots of the work, then who undertakes them: 首批试点由(A、B承担). */
    private static final Pattern FIRST_PILOTS_BY = Pattern.compile(BATCH + "试点(?:工作)?由");
    /** A count closing a list, before what the listed do: (A、B)等6个县（市、区）(具体实施). */
    private static final Pattern LIST_CLOSING_COUNT = Pattern.compile(
            "等[\\d一二三四五六七八九十两]+[个家所](?:[县市区旗乡镇村]+|单位|企业|地区|部门|高校)?(?:[（(][^）)]{1,8}[）)])?");
    /** Bodies named as a program's pilots: 作为首批试点单位, 作为试点企业. */
    private static final Pattern AS_PILOT_UNITS = Pattern.compile(
            "作为(?:首批|第一批|第二批)?试点(?:单位|企业|地区|县|村)");
    /** What names a unit of a government body after the body's name: 中小企业局, 办公室, 法制工作委员会. */
    private static final Pattern GOVERNMENT_UNIT = Pattern.compile("\\p{IsHan}*(?:局|司|处|办公室|办公厅|办|中心|分指挥部|委员会)");
    /** A clause that goes on to something else after a list: "，并出台《X》", "；同时...". */
    private static final Pattern NEW_CLAUSE = Pattern.compile("[，,；;](?:并|还|同时|此外|另外)");

    /** What a place is said to lie in, after it: (晋城市)位于(山西省东南部). */
    private static final String LIES_IN = "位于";

    // How far each rule is to be trusted: read off the text directly > inferred from context > a guess.
    private static final double CHAIN = 0.95;
    private static final double STATED = 0.9;
    private static final double CLAUSE = 0.8;
    private static final double GAZETTEER = 0.8;
    private static final double CONTEXT = 0.65;
    private static final double GUESS = 0.5;

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    RelationFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** {@code ms} are the passage's mentions, references included, sorted by start. */
    List<Relation> find(Passage p, String articleId, List<Mention> mentions) {
        Facts facts = new Facts(p, articleId);
        Mentions ms = new Mentions(mentions);
        locatedIn(p, ms, facts);
        partners(p, ms, facts);
        investments(p, ms, facts);
        jointVentures(p, ms, facts);
        fundsArranged(p, ms, facts);
        fundsGranted(p, ms, facts);
        amongThoseSitedThere(p, ms, facts);
        loansGranted(p, ms, facts);
        fundingRounds(p, ms, facts);
        investmentsReceived(p, ms, facts);
        capitalReceived(p, ms, facts);
        investmentsWelcomed(p, ms, facts);
        investorsBroughtIn(p, ms, facts);
        builtAt(p, ms, facts);
        projectsSettled(p, ms, facts);
        fundsSetAside(p, ms, facts);
        facilitiesOpened(p, ms, facts);
        facilitiesBuiltBy(p, ms, facts);
        facilitiesBuiltJointly(p, ms, facts);
        investedThroughSubsidiaries(p, ms, facts);
        placesWorkedOn(p, ms, facts);
        acquisitions(p, ms, facts);
        foundedBy(p, ms, facts);
        heldByOwner(p, ms, facts);
        hostedBy(p, ms, facts);
        unitsSetUpBy(p, ms, facts);
        listedSigners(p, ms, facts);
        builtAndRunBy(p, ms, facts);
        documentsIssuedBy(p, ms, facts);
        companiesOfTheirPlace(p, ms, facts);
        publications(p, ms, facts);
        implementations(p, ms, facts);
        programsDescribed(p, ms, facts);
        unionMembers(p, ms, facts);
        technologyBought(p, ms, facts);
        technologyHanded(p, ms, facts);
        technologyFrom(p, ms, facts);
        partOf(p, ms, facts);
        dividedWork(p, ms, facts);
        membersByBrand(ms, facts);
        affiliations(p, ms, facts);
        ledBy(p, ms, facts);
        carriersNamed(p, ms, facts);
        programsOfBodies(p, ms, facts);
        documentsDraftedUnderALead(p, ms, facts);
        workingUnderADocument(p, ms, facts);
        return facts.list();
    }

    /** Where a program's name opens with the quote written before it (“P”), or its own start. */
    private static int openingQuoteOf(Passage p, Mention program) {
        return program.start() - (program.start() > 0 && p.charAt(program.start() - 1) == '“' ? 1 : 0);
    }

    /** Past an opening quote at {@code pos}, where a quoted name starts: (“)P”. */
    private static int pastOpeningQuote(Passage p, int pos) {
        return pos + (p.charAt(pos) == '“' ? 1 : 0);
    }

    /** Where a program's name closes with the quote or title mark written after it (“P”, 《P》), or its own end. */
    private static int closingMarkOf(Passage p, Mention program) {
        return program.end() + ("”》".indexOf(p.charAt(program.end())) >= 0 ? 1 : 0);
    }

    /**
     * "由X设立的“P”资助", "获得X“P”科技重大专项支持": a program written right after the body that set it up, or right
     * after a government body, is that body's, which carries it out.
     */
    private static void programsOfBodies(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention program : ms.of(m -> m.type() == EntityType.Program && ms.outermost(m))) {
            int opening = openingQuoteOf(p, program);
            Matcher launched = LAUNCHED_BY.matcher(s).region(Math.max(0, opening - MAX_LAUNCHED_BY), opening);
            int bodyEnd = launched.find() && launched.end() == opening ? launched.start() : opening;
            Mention body = ms.lastAt(bodyEnd, m -> m.isOrganisation() && ms.outermost(m));
            if (body != null && (bodyEnd < opening || body.type() == EntityType.Government)) {
                facts.add(body, RelationType.IMPLEMENTS, program, program.start(), CLAUSE);
            }
        }
    }

    /**
     * "由A牵头、B参与制定的《P》", "由A牵头，联合B、C制定的《P》": the body leading the drafting of a document carries it
     * out, as the one that issues it does (the rules for issuers read only the body right before the verb).
     */
    private static void documentsDraftedUnderALead(Passage p, Mentions ms, Facts facts) {
        Matcher drafted = DRAFTED_UNDER_A_LEAD.matcher(p.full());
        while (drafted.find()) {
            Mention leader = ms.firstAt(drafted.start() + 1, m -> m.isOrganisation() && ms.outermost(m));
            Mention document = ms.firstAt(drafted.end(), m -> m.type() == EntityType.Program);
            if (leader != null && leader.end() == drafted.start(1) && document != null) {
                facts.add(leader, RelationType.IMPLEMENTS, document, drafted.start(), CLAUSE);
            }
        }
    }

    /**
     * "按照《实施方案》，大石桥市将…", "根据《方案》，Z县今年将…": the place or government opening the clause after a
     * document the sentence opens under works to it.
     */
    private static void workingUnderADocument(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention document : ms.of(m -> m.type() == EntityType.Program && ms.outermost(m))) {
            Sentences.Sentence sentence = p.sentenceAt(document.start());
            if (sentence == null || !opensUnder(s, sentence, document)) {
                continue;
            }
            int closed = closingMarkOf(p, document);
            int after = Math.max(closed, declaredUpTo(s, closed));
            Mention subject = "，,".indexOf(p.charAt(after)) < 0 ? null : ms.firstAt(after + 1,
                    m -> (m.type() == EntityType.Place || m.type() == EntityType.Government) && ms.outermost(m));
            // (按照《方案》，渭源县会川镇和清源镇承担…: a chain's places are read by the rules for tasks taken on.)
            if (subject != null && (subject.type() != EntityType.Place || chainEnd(p, subject, ms) == subject)) {
                facts.add(subject, RelationType.IMPLEMENTS, document, subject.start(), CLAUSE);
            }
        }
    }

    /** "X…是Z市“P”的实施主体之一": the body said to be a program's carrier carries it out. */
    private static void carriersNamed(Passage p, Mentions ms, Facts facts) {
        Matcher carrier = CARRIER_OF.matcher(p.full());
        while (carrier.find()) {
            int at = carrier.start();
            Mention program = ms.lastAt(at - (p.charAt(at - 1) == '”' ? 1 : 0), m -> m.type() == EntityType.Program);
            Sentences.Sentence sentence = program == null ? null : p.sentenceAt(at);
            // The copula in the program's own clause, said plainly: not 不是, 是否, 特别是, 或是.
            int copula = sentence == null ? -1 : p.full().lastIndexOf(IS, program.start());
            boolean plain = copula > 0 && copula >= clauseStart(p.full(), program.start())
                    && NOT_PLAIN_COPULA.indexOf(p.charAt(copula - 1)) < 0 && p.charAt(copula + 1) != '否';
            Mention body = !plain || copula < sentence.start() ? null : subjectWithin(p, ms, sentence.start(), copula);
            if (body != null && body.isOrganisation()) {
                facts.add(body, RelationType.IMPLEMENTS, program, at, CLAUSE);
            }
        }
    }

    /** "工作站由X大学教授Y领衔": the one who leads a body, given by 由, is its member. */
    private static void ledBy(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int k = s.indexOf(LEADS_IT); k >= 0; k = s.indexOf(LEADS_IT, k + 1)) {
            Mention person = ms.lastAt(k, m -> m.type() == EntityType.Person);
            int clause = person == null ? -1 : clauseStart(s, person.start());
            int by = clause < 0 ? -1 : s.lastIndexOf('由', person.start());
            Mention body = by < clause ? null : ms.lastAt(by, m -> m.isOrganisation() && ms.outermost(m));
            if (body != null) {
                facts.add(person, RelationType.AFFILIATED_WITH, body, person.start(), CLAUSE);
            }
        }
    }

    /** Collects relations without repeats, keeping the first evidence. */
    private static final class Facts {
        private final Passage p;
        private final String articleId;
        private final Map<String, Relation> byKey = new LinkedHashMap<>();
        /** Partnerships in the order found, with where their evidence is: what a later 双方 refers to. */
        private final List<Map.Entry<Integer, List<String>>> partnerships = new ArrayList<>();
        /** The last partnership stated at each offset, for finding the last one before a point without a scan. */
        private final NavigableMap<Integer, List<String>> partnershipAt = new TreeMap<>();

        Facts(Passage p, String articleId) {
            this.p = p;
            this.articleId = articleId;
        }

        void add(Mention from, RelationType type, Mention to, int evidenceAt, double confidence) {
            add(from.canonical(), type, to.canonical(), evidenceAt, Map.of(), confidence);
        }

        void add(String from, RelationType type, String to, int evidenceAt, Map<String, Object> props,
                 double confidence) {
            // (X公司与X公司博士后科研工作站, X科学院与X科学院Y研究所: a body does not partner with its own unit.)
            if (from.equals(to) || type == RelationType.PARTNERS_WITH && (from.startsWith(to) || to.startsWith(from))) {
                return;
            }
            String key = type.symmetric() && from.compareTo(to) > 0 ? to + "|" + type + "|" + from
                    : from + "|" + type + "|" + to;
            // A partnership stated again (in the headline, then in the text) is still what a 双方 after it means.
            if (type == RelationType.PARTNERS_WITH) {
                partnershipAt.put(evidenceAt, List.of(from, to));
            }
            // A fact needs a sentence of the report to stand on. A headline is no sentence: it compresses what the
            // report states in short forms, leaving out places and verbs, and a fact only the headline states is mostly
            // one the report states in other terms. The rules still read it, for what a later 双方 means.
            Sentences.Sentence s = p.sentenceAt(evidenceAt);
            if (s == null || s.start() < p.textOffset() || byKey.containsKey(key)) {
                return;
            }
            if (type == RelationType.PARTNERS_WITH) {
                partnerships.add(Map.entry(evidenceAt, List.of(from, to)));
            }
            byKey.put(key, new Relation(from, type, to, s.text(), props, p.articleOffset(s.start()),
                    p.articleOffset(s.end()), articleId, confidence));
        }

        /** The fact's properties, when it is known, become {@code props} (a share read after its total). */
        void replaceProperties(String from, RelationType type, String to, Map<String, Object> props) {
            byKey.computeIfPresent(from + "|" + type + "|" + to, (key, r) -> new Relation(r.source(), r.type(),
                    r.target(), r.evidence(), props, r.evidenceStart(), r.evidenceEnd(), r.articleId(), r.confidence()));
        }

        /** The two places of the last partnership of places stated before {@code pos}, or an empty list. */
        List<String> placesPartneredBefore(Set<String> places, int pos) {
            return partnerships.stream().filter(e -> e.getKey() < pos && places.containsAll(e.getValue()))
                    .reduce((a, b) -> b.getKey() >= a.getKey() ? b : a).map(Map.Entry::getValue).orElse(List.of());
        }

        /** The two parties of the last partnership stated before {@code pos}, or an empty list. */
        List<String> partiesBefore(int pos) {
            return partiesWithin(0, pos);
        }

        /**
         * The two parties of the partnership stated last in [from, to), by where it is stated (rules find them
         * in no order of the text), or an empty list.
         */
        List<String> partiesWithin(int from, int to) {
            Map.Entry<Integer, List<String>> last = partnershipAt.lowerEntry(to);
            return last != null && last.getKey() >= from ? last.getValue() : List.of();
        }

        /** Whether {@code from} has any fact of {@code type} yet. */
        boolean hasFrom(Mention from, RelationType type) {
            return byKey.keySet().stream().anyMatch(key -> key.startsWith(from.canonical() + "|" + type + "|"));
        }

        /**
         * Whether the fact is known already. An organisation spending where it is stated to sit (北岭矿位于...镇)
         * invests in itself, not in the place, so that sentence names no recipient.
         */
        boolean has(Mention from, RelationType type, Mention to) {
            return byKey.containsKey(from.canonical() + "|" + type + "|" + to.canonical());
        }

        List<Relation> list() {
            return new ArrayList<>(byKey.values());
        }
    }

    // ---- LOCATED_IN

    private void locatedIn(Passage p, Mentions ms, Facts facts) {
        List<Mention> places = ms.of(m -> m.type() == EntityType.Place && !ReferenceResolver.isReference(m));
        // Places by where they start, so a text dense with place names is not read pair by pair (quadratic).
        Map<Integer, List<Mention>> byStart = places.stream().collect(Collectors.groupingBy(Mention::start));
        for (Mention a : places) {
            for (Mention b : byStart.getOrDefault(a.start(), List.of())) {
                if ("zone".equals(b.properties().get("level")) && a.end() < b.end()) {
                    facts.add(b, RelationType.LOCATED_IN, finerDivisionInName(p, b, a, places), b.start(), CHAIN);
                }
            }
            for (Mention b : byStart.getOrDefault(a.end(), List.of())) {
                // 银川市|金凤区阅海湾中央商务区: a zone that opens with a division written in full is in that one;
                // 湖州市|长兴经济技术开发区, named after a county's short form, is in the place before as well.
                boolean opensWithDivision = "zone".equals(b.properties().get("level")) && byStart.get(b.start())
                        .stream().anyMatch(c -> c != b && c.end() < b.end() && c.name().equals(c.canonical()));
                if (inChain(a, b) && !opensWithDivision) {
                    facts.add(b, RelationType.LOCATED_IN, a, b.start(), CHAIN);
                }
            }
            // 闽宁镇的闽宁产业园: a zone of the place before 的.
            List<Mention> afterOf = p.charAt(a.end()) == '的' ? byStart.getOrDefault(a.end() + 1, List.of()) : List.of();
            for (Mention b : afterOf) {
                if ("zone".equals(b.properties().get("level")) && a.properties().get("level") != null
                        && rank(a) <= rank(b)) {
                    facts.add(b, RelationType.LOCATED_IN, a, b.start(), CHAIN);
                }
            }
        }
        gazetteerParents(p, places, facts);
        villagesListedAfterTheirTown(p, places, byStart, facts);
        villagesOfAReferredTown(p, ms, places, facts);
        villagesInTheTown(places, facts);
        statedLocations(p, ms, facts);
        countedSettlers(p, ms, facts);
        zonesOwnCompanies(p, ms, facts);
        localCompaniesDescribed(p, ms, facts);
        visitedThere(p, ms, facts);
        List<Mention> placesAndReferences = ms.of(m -> m.type() == EntityType.Place);
        for (Mention org : ms.of(m -> m.isOrganisation() && !ReferenceResolver.isReference(m) && ms.outermost(m))) {
            // "园区内，A、B等6家企业": each of a list opening the clause is where its first is.
            nextToPlace(p, org, listEndingWith(p.full(), ms, org).get(0), placesAndReferences, facts);
            placeInName(org, places, facts);
        }
    }

    /**
     * "开发区标准厂房集中签约仪式举行，A、B、C等5家企业签约入驻": the companies listed before their count settle in the
     * zone their sentence names last before them.
     */
    private static void countedSettlers(Passage p, Mentions ms, Facts facts) {
        Matcher settling = COUNTED_SETTLERS.matcher(p.full());
        while (settling.find()) {
            int at = settling.start();
            Sentences.Sentence s = p.sentenceAt(at);
            Mention last = s == null ? null
                    : ms.lastAt(at, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Mention zone = last == null ? null : ms.last(m -> m.type() == EntityType.Place
                    && "zone".equals(m.properties().get("level")) && m.start() >= s.start() && m.end() <= last.start()
                    && !ms.insideName(m));
            for (Mention c = last; zone != null && c != null; c = listedBefore(p.full(), ms, c)) {
                facts.add(c, RelationType.LOCATED_IN, zone, at, CLAUSE);
            }
        }
    }

    /**
     * "区内企业X公司", "园区企业A、B", "开发区内的X公司": companies called the own of the zone or district (园区, 开发区:
     * the zone) the text named last before them, or right before (X开发区内的), are in it.
     */
    private static void zonesOwnCompanies(Passage p, Mentions ms, Facts facts) {
        Matcher own = ZONES_OWN_COMPANY.matcher(p.full());
        while (own.find()) {
            int at = own.start();
            boolean zoneWord = p.full().startsWith(ZONE_WORD, at);
            boolean zone = zoneWord || p.full().startsWith(PARK_WORD, at);
            // (X经济开发区内的Y: the zone written right before.)
            int written = zoneWord ? at + ZONE_WORD.length() : at;
            Mention named = ms.lastAt(written, m -> m.type() == EntityType.Place
                    && "zone".equals(m.properties().get("level")));
            Mention area = named != null ? named : ms.last(m -> m.type() == EntityType.Place && m.end() <= at
                    && !ms.insideName(m) && (zone ? "zone".equals(m.properties().get("level"))
                            : m.canonical().endsWith("区") && !m.canonical().endsWith("自治区")));
            for (Mention company : area == null ? List.<Mention>of() : listedFrom(p, ms, own.end())) {
                if (company.type() == EntityType.Enterprise) {
                    facts.add(company, RelationType.LOCATED_IN, area, at, CLAUSE);
                }
            }
        }
    }

    /**
     * "X公司是沙洋县本土的菜籽油加工企业", "X公司是Z市的一家食品企业": a company described as a place's own, after 是
     * (系), is in that place.
     */
    private static void localCompaniesDescribed(Passage p, Mentions ms, Facts facts) {
        Matcher local = LOCAL_DESCRIPTION.matcher(p.full());
        while (local.find()) {
            int at = local.start();
            Mention place = ms.lastAt(at, m -> m.type() == EntityType.Place && !ms.insideName(m));
            int copula = place == null ? -1 : chainStart(ms, place) - 1;
            Mention company = copula < 0 || !isCopulaAt(p, ms, copula) ? null
                    : ms.lastAt(copula, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (company != null) {
                facts.add(company, RelationType.LOCATED_IN, place, at, STATED);
            }
        }
    }

    /**
     * "在德令哈市，赵国梁来到青海金晖光热发电有限公司": a sentence that opens with where it happens and then
     * visits an organisation (来到, 走进, 考察) places that organisation there.
     */
    private static void visitedThere(Passage p, Mentions ms, Facts facts) {
        for (Sentences.Sentence s : p.sentences()) {
            Mention place = p.charAt(s.start()) == '在' ? ms.firstAt(s.start() + 1, m -> m.type() == EntityType.Place
                    && !ms.insideName(m)) : null;
            Mention last = place == null ? null : chainEnd(p, place, ms);
            if (last == null || "，,".indexOf(p.charAt(last.end())) < 0) {
                continue;
            }
            Matcher visit = VISIT.matcher(p.full()).region(last.end() + 1, s.end());
            while (visit.find()) {
                int at = visit.end() + (p.charAt(visit.end()) == '了' ? 1 : 0);   // 考察了X
                Mention visited = ms.firstAt(at, m -> m.isOrganisation() && ms.outermost(m));
                // "察看了X投资1.3亿元建设的中心": what stands there is what X built, not X.
                boolean builder = visited != null && visited.end() <= s.end()
                        && INVEST.matcher(p.full()).region(visited.end(), s.end()).lookingAt();
                if (visited != null && !builder && !ReferenceResolver.isReference(visited)) {
                    facts.add(visited, RelationType.LOCATED_IN, last, visited.start(), CLAUSE);
                    // "先后走进A（以下简称“B”）总装车间和C": every organisation the visit lists is there.
                    for (Mention next = visitedNext(p, ms, visited, s); next != null; next = visitedNext(p, ms, next, s)) {
                        facts.add(next, RelationType.LOCATED_IN, last, next.start(), CLAUSE);
                    }
                }
            }
        }
    }

    /** The organisation a visit lists after {@code visited} (A的车间和B, A、B), or null. */
    private static Mention visitedNext(Passage p, Mentions ms, Mention visited, Sentences.Sentence s) {
        if (visited.end() > s.end()) {
            return null;
        }
        Matcher then = VISITED_THEN.matcher(p.full()).region(visited.end(), s.end());
        int at = then.lookingAt() ? then.end() : -1;
        Mention next = at < 0 ? null : ms.firstAt(at, m -> m.isOrganisation() && ms.outermost(m));
        return next == null || ReferenceResolver.isReference(next) ? null : next;
    }

    /**
     * 山西阳城经济开发区: a zone whose name goes on from its province to a county lies in that county, when
     * the text names the county too; else in the division its name opens with.
     */
    private Mention finerDivisionInName(Passage p, Mention zone, Mention opening, List<Mention> places) {
        Object code = opening.properties().get("divisionCode");
        if (code == null) {
            return opening;
        }
        String rest = p.full().substring(opening.end(), zone.end());
        for (int len = Math.min(4, rest.length()); len >= 2; len--) {
            String name = rest.substring(0, len);
            List<Gazetteer.Division> inside = new ArrayList<>(gazetteer.byName(name));
            inside.addAll(gazetteer.byShortName(name));
            for (Gazetteer.Division d : inside) {
                Mention named = places.stream().filter(pl -> d.code().equals(pl.properties().get("divisionCode"))
                        && !pl.equals(zone)).findFirst().orElse(null);
                if (named != null && d.code().startsWith(code.toString().replaceAll("0+$", ""))) {
                    return named;
                }
            }
        }
        return opening;
    }

    /**
     * b written right after a is in a when the gazetteer says so, when b is a village or zone (which the
     * gazetteer lacks) after a known division, a place it lacks after a province, or a zone after a zone
     * (X开发区南港工业区). Abroad, only a city or province right after its country is linked (巴西隆德里纳市);
     * nothing here can check other foreign pairs.
     */
    private boolean inChain(Mention a, Mention b) {
        // (三江新区罗龙街道: a town written right after a zone is one the zone administers.)
        if ("zone".equals(a.properties().get("level")) && ("zone".equals(b.properties().get("level"))
                || "town".equals(b.properties().get("level")))) {
            return true;
        }
        Gazetteer.Division da = division(a);
        Gazetteer.Division db = division(b);
        // 巴西隆德里纳市, 越南高平省, 日本大阪: a city or province abroad written right after its country is in it.
        if ("country".equals(a.properties().get("level")) && db == null
                && ("city".equals(b.properties().get("level")) || "province".equals(b.properties().get("level")))) {
            return true;
        }
        if (da != null && db != null) {
            return gazetteer.isAncestor(da, db) || handedToZone(da, db) || namesakeInAnotherProvince(da, db);
        }
        // 海淀区上庄镇: a town written right after a county is in it, though the codes list it elsewhere only
        // (a town renamed or regrouped since).
        boolean townOfCounty = "county".equals(da == null ? null : da.level()) && "town".equals(b.properties().get("level"));
        // 台湾南投县, 陕西杨凌: a place the codes lack, written right after a province, is in it.
        boolean ofProvince = "province".equals(da == null ? null : da.level()) && db == null;
        return da != null && rank(b) > rank(a) && ("village".equals(b.properties().get("level"))
                || "zone".equals(b.properties().get("level")) || townOfCounty || ofProvince);
    }

    /**
     * 永吉县岔路河镇: a town the statistical codes list under a functional zone of the county's city (a county-level
     * code 71 to 79, such as 吉林中国新加坡食品区), which the text still writes after its county, is in that county.
     */
    private static boolean handedToZone(Gazetteer.Division county, Gazetteer.Division town) {
        String parent = town.parentCode();
        return "county".equals(county.level()) && "town".equals(town.level()) && parent != null
                && parent.length() == 6 && parent.charAt(4) == '7'
                && parent.startsWith(county.code().substring(0, 4));
    }

    /**
     * 海林市三道河子镇: a town written right after a county, which the codes list only in another province (a namesake
     * there), is the county's own town the codes lack.
     */
    private static boolean namesakeInAnotherProvince(Gazetteer.Division county, Gazetteer.Division town) {
        return "county".equals(county.level()) && "town".equals(town.level())
                && !town.code().regionMatches(0, county.code(), 0, 2);
    }

    private Gazetteer.Division division(Mention m) {
        Object code = m.properties().get("divisionCode");
        return code == null ? null : gazetteer.byCode(code.toString());
    }

    private static int rank(Mention m) {
        Object level = m.properties().get("level");
        return level == null ? 0 : LEVEL_RANK.getOrDefault(level.toString(), 0);
    }

    /**
     * Each county or town whose parent (by the gazetteer) the passage also names is located in it. A city's province,
     * and an ancestor further up, is linked only where the text writes the chain (辽宁省营口市): a city named in one
     * sentence and its province in another (在太原签约, the province only in a company's name) say nothing of each
     * other.
     */
    private void gazetteerParents(Passage p, List<Mention> places, Facts facts) {
        Map<String, Mention> byCode = new LinkedHashMap<>();
        for (Mention m : places) {
            Object code = m.properties().get("divisionCode");
            // Its first mention in the report, where the fact has a sentence to stand on (not the headline's).
            Mention first = code == null ? null : byCode.get(code.toString());
            if (code != null && (first == null || p.inTitle(first))) {
                byCode.put(code.toString(), m);
            }
        }
        for (Mention m : byCode.values()) {
            Gazetteer.Division d = division(m);
            if (facts.hasFrom(m, RelationType.LOCATED_IN)) {
                continue;   // the text's own chain said where it is (永吉县岔路河镇)
            }
            Gazetteer.Division a = d == null ? null : gazetteer.parent(d);
            // (A county a province governs directly, 城口县 of 重庆市, 琼中县 of 海南省, is in it.)
            Mention parent = a == null || a.level().equals("province") && !d.level().equals("county") ? null
                    : byCode.get(a.code());
            if (parent != null) {
                facts.add(m, RelationType.LOCATED_IN, parent, m.start(), GAZETTEER);
            }
        }
    }

    /**
     * "晋城市位于山西省东南部": a place said to lie in the place written right after 位于, or in the last of the chain
     * written there, is in it.
     */
    private static void placesStatedWithin(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int verb = s.indexOf(LIES_IN); verb >= 0; verb = s.indexOf(LIES_IN, verb + 1)) {
            Mention place = ms.lastAt(verb, m -> m.type() == EntityType.Place && ms.outermost(m));
            Mention written = place == null ? null : ms.firstAt(verb + LIES_IN.length(),
                    m -> m.type() == EntityType.Place && ms.outermost(m));
            // (润城镇位于晋城市阳城县: in the last place of the chain written.)
            Mention within = written == null ? null : chainEnd(p, written, ms);
            if (within != null && !within.canonical().equals(place.canonical())) {
                facts.add(place, RelationType.LOCATED_IN, within, place.start(), STATED);
            }
        }
    }

    /** "X镇A村、B村和Y镇C村": the villages listed after one written right after its town are in that town. */
    private void villagesListedAfterTheirTown(Passage p, List<Mention> places, Map<Integer, List<Mention>> byStart,
                                              Facts facts) {
        for (Mention town : places) {
            if (!"town".equals(town.properties().get("level"))) {
                continue;
            }
            Mention listed = villageAt(byStart, town.end());
            listed = listed != null && inChain(town, listed) ? listed : null;
            while (listed != null && "、和及".indexOf(p.charAt(listed.end())) >= 0) {
                listed = villageAt(byStart, listed.end() + 1);
                if (listed != null) {
                    facts.add(listed, RelationType.LOCATED_IN, town, listed.start(), CHAIN);
                }
            }
        }
    }

    private static Mention villageAt(Map<Integer, List<Mention>> byStart, int start) {
        return byStart.getOrDefault(start, List.of()).stream()
                .filter(m -> "village".equals(m.properties().get("level"))).findFirst().orElse(null);
    }

    /** "在镇里的三岔河村", "该镇的X村": a village written after a reference to a town is in that town. */
    private static void villagesOfAReferredTown(Passage p, Mentions ms, List<Mention> places, Facts facts) {
        for (Mention village : places) {
            if (!"village".equals(village.properties().get("level"))) {
                continue;
            }
            int at = p.charAt(village.start() - 1) == '的' ? village.start() - 1 : village.start();
            Mention town = ms.lastAt(at, m -> m.type() == EntityType.Place && ReferenceResolver.isReference(m)
                    && rank(m) < rank(village));
            if (town != null) {
                facts.add(village, RelationType.LOCATED_IN, town, village.start(), CONTEXT);
            }
        }
    }

    /** Villages named without their town are in the article's town when it names exactly one. */
    private static void villagesInTheTown(List<Mention> places, Facts facts) {
        List<String> towns = places.stream().filter(m -> "town".equals(m.properties().get("level")))
                .map(Mention::canonical).distinct().toList();
        if (towns.size() != 1) {
            return;
        }
        Mention town = places.stream().filter(m -> m.canonical().equals(towns.get(0))).findFirst().orElseThrow();
        Set<Integer> ends = places.stream().map(Mention::end).collect(Collectors.toSet());
        for (Mention v : places) {
            if ("village".equals(v.properties().get("level")) && !ends.contains(v.start())) {
                facts.add(v, RelationType.LOCATED_IN, town, v.start(), CONTEXT);
            }
        }
    }

    /**
     * "在园区设立宁夏分公司", "其在X镇注册成立的Y公司", "在Z创办了Y", "双方将在Z共建Y研究院": what is set up at a place is
     * located there.
     */
    private static void setUpAt(Passage p, Mentions ms, Facts facts) {
        for (Mention place : ms.of(m -> m.type() == EntityType.Place && afterAt(p, m.start()))) {
            Mention where = chainEnd(p, place, ms);
            Matcher setUp = SET_UP_AT.matcher(p.full()).region(where.end(), p.full().length());
            Mention org = !setUp.lookingAt() ? null
                    : ms.firstAt(setUp.end(), m -> m.isOrganisation() && ms.outermost(m));
            // "在新加坡开设贺岚酒庄品鉴中心": a facility named after the company is set up there, not the company.
            if (org == null || FACILITY_AFTER_NAME.matcher(p.full()).region(org.end(), p.full().length()).lookingAt()) {
                continue;
            }
            facts.add(org, RelationType.LOCATED_IN, where, org.start(), STATED);
            // "X在...设立的Y公司", "由其在...成立的Y公司": Y is X's, 其 being the sentence's subject.
            Mention founder = founderBefore(p, ms, place.start() - 1);
            if (founder != null && org.type() == EntityType.Enterprise) {
                facts.add(org, RelationType.PART_OF, founder, org.start(), CONTEXT);
            }
        }
    }

    /** The company right before 在 at {@code at}, or the sentence's first company when 其 stands there. */
    private static Mention founderBefore(Passage p, Mentions ms, int at) {
        Sentences.Sentence s = p.sentenceAt(at);
        if (s == null) {
            return null;
        }
        if (p.charAt(at - 1) == '其') {
            return ms.first(m -> m.type() == EntityType.Enterprise && m.start() >= s.start() && m.end() < at
                    && ms.outermost(m));
        }
        return companyEndingAt(p, ms, at);
    }

    /**
     * The company whose name ends right at {@code at} (X公司在..., X集团旗下...), or whose short name the text
     * declares right before it (X集团（以下简称“Y”）旗下...), or null.
     */
    private static Mention companyEndingAt(Passage p, Mentions ms, int at) {
        int from = Math.max(0, at - AliasResolver.MAX_DECLARATION);
        String before = p.full().substring(from, at);
        int open = from + Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
        int end = open >= from && AliasResolver.DECLARED.matcher(before.substring(open - from)).matches() ? open : at;
        return ms.lastAt(end, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
    }

    /**
     * "…：A公司投资…；B公司投资…。两家子公司均已在开发区注册成立", "…共建A研究院和B研究院。根据协议，两家研究院均设在Z":
     * a sentence opening (or opening its clause after a first) on a count of companies or research bodies speaks
     * of the last that many of that kind named in the sentence before, when it names at least that many.
     */
    private static List<Mention> countedCompanies(Passage p, Mentions ms, Sentences.Sentence s) {
        Matcher counted = COUNTED_COMPANIES.matcher(s.text());
        int first = s.text().indexOf('，');
        boolean opens = counted.lookingAt() || first > 0 && counted.region(first + 1, s.text().length()).lookingAt();
        Sentences.Sentence before = opens ? p.sentenceAt(s.start() - 1) : null;
        if (before == null) {
            return List.of();
        }
        int count = Chars.count(counted.group(1).charAt(0));
        String kind = counted.group(2);
        Predicate<Mention> ofKind = RESEARCH_KINDS.contains(kind)
                ? m -> m.type() == EntityType.ResearchTeam && m.canonical().endsWith(kind)
                : m -> m.type() == EntityType.Enterprise;
        List<Mention> named = namedIn(ms, before, ofKind);
        return named.size() < count ? List.of() : named.subList(named.size() - count, named.size());
    }

    /** The outermost mentions of a kind {@code sentence} names, each body once, at its last mention, in order. */
    private static List<Mention> namedIn(Mentions ms, Sentences.Sentence sentence, Predicate<Mention> ofKind) {
        List<Mention> named = new ArrayList<>();
        for (Mention m : ms.of(m -> ofKind.test(m) && sentence.contains(m.start(), m.end()) && ms.outermost(m))) {
            named.removeIf(n -> n.canonical().equals(m.canonical()));
            named.add(m);
        }
        return named;
    }

    /**
     * "X位于A市B县C镇", "总部位于...", "X落户C镇", "X于2023年在Y注册成立": the organisation before the verb is in
     * the finest place after it.
     */
    private static void statedLocations(Passage p, Mentions ms, Facts facts) {
        setUpAt(p, ms, facts);
        placesStatedWithin(p, ms, facts);
        for (Sentences.Sentence s : p.sentences()) {
            Matcher v = LOCATE.matcher(s.text());
            while (v.find()) {
                int verb = s.start() + v.start();
                int after = s.start() + v.end();
                Predicate<Mention> before = m -> m.isOrganisation() && m.start() >= s.start() && m.end() <= verb
                        && ms.outermost(m);
                // "X在…注册": the organisation right before 在, else the sentence's first (X是Y的子公司，在Z注册).
                // "X是Y的控股子公司，总部设在Z": a clause naming nobody goes on with the sentence's subject.
                int clause = clauseStart(p.full(), verb);
                Mention inClause = ms.last(before.and(m -> m.start() >= clause));
                // "作为Y的全资子公司，X…": the sentence is about X, whom the phrase introduces, not Y (but "，其母集团
                // 总部设在Z" places Y).
                Matcher introduced = AS_SUBSIDIARY_OF.matcher(p.full()).region(s.start(), verb);
                boolean aboutSubsidiary = introduced.lookingAt()
                        && !PARENT_WORD.matcher(p.full()).region(introduced.end(), verb).find();
                Mention first = aboutSubsidiary ? ms.first(before.and(m -> m.start() >= introduced.end()))
                        : ms.first(before);
                first = first == null ? null : describedBy(p, ms, first, verb);
                Mention org = !v.group().equals("在") ? (inClause != null ? inClause : first)
                        : Optional.ofNullable(ms.last(before.and(m -> m.end() == verb   // “X实验室”在Z揭牌
                                // 由A与B合资组建的C，在Z揭牌成立: the company the clause before the comma ends on;
                                // X的全资子公司——Y（以下简称“Z”）在…揭牌: or its declared short name.
                                || m.end() == verb - 1 && "”，".indexOf(p.charAt(m.end())) >= 0
                                || declaredUpTo(p.full(), m.end()) == verb)))
                        .orElse(foundedThere(p.full(), verb) ? null : first);
                // "X产业园在Z开园": only a park opens; what stands before 在 otherwise did something else there.
                if (v.group().equals("在") && PARK_OPENS.matcher(p.full()).region(verb, s.end()).lookingAt()) {
                    org = null;
                }
                if (inClause == null && FACILITY_OPENING.matcher(p.full()).region(clause, verb).lookingAt()) {
                    org = null;   // "…，厂房位于Z": the plant stands there, not the sentence's subject
                }
                if (org != null && v.group().equals(ROOTED) && (org.type() != EntityType.Enterprise
                        && !STATIONS.matcher(org.canonical()).find()
                        || !ROOTED_SINCE.matcher(p.full()).region(org.end(), verb).matches())) {
                    // "X专家扎根Y", "X大学工作站扎根Y": its people or station are rooted there; a university
                    // rooted in a county works there. A company or a station itself is there.
                    org = null;
                }
                if (org != null && v.group().equals(SITE_CHOSEN) && org.type() != EntityType.ResearchTeam) {
                    org = null;
                }
                String between = org == null ? "" : p.full().substring(org.end(), verb);
                if (between.contains(PROJECT) || BASE.matcher(between).find() && !between.contains(HEADQUARTERS)
                        || WHAT_IT_BUILT.matcher(between).find()) {
                    // "A与B合资12亿元铜箔项目落户Z", "研究院首个良种繁育基地设在Z", "X学院草莓专家工作站在Z揭牌": the
                    // project, base or station is there, not B (but "将总部和生产基地迁至Z" moves the company itself)
                    org = null;
                }
                int link = p.full().startsWith(HEADQUARTERS, verb - HEADQUARTERS.length())
                        ? verb - HEADQUARTERS.length() - 1 : verb - 1;
                if (LINKS_BEFORE_LOCATED.indexOf(p.charAt(link)) >= 0) {
                    org = null;   // "A与(总部)位于Z的B签订协议": the phrase places B, who follows it
                }
                if (org == null) {
                    // "该园位于喀什经济开发区": a zone lies in another; "X产业园（以下简称“Y”）在Z揭牌" too.
                    org = ms.last(m -> m.type() == EntityType.Place && "zone".equals(m.properties().get("level"))
                            && (m.end() == verb || declaredUpTo(p.full(), m.end()) == verb));
                }
                Mention place = ms.first(m -> m.type() == EntityType.Place && m.start() >= after
                        && m.start() <= after + 1 && !ms.insideName(m));
                Mention where = place == null ? null : chainEnd(p, place, ms);
                // "该校位于Z的实验站": the phrase places what follows 的, a facility of the organisation; the place's
                // short name may be declared before 的 (落户Z（以下简称“z”）的B).
                int placeEnd = where == null ? -1 : Math.max(where.end(), declaredUpTo(p.full(), where.end()));
                boolean describesNext = where != null && placeEnd < s.end() && p.charAt(placeEnd) == '的'
                        && ms.firstAt(placeEnd + 1, m -> m.isOrganisation()) != null;
                // "…；落户Z的B": a clause opening on the phrase places B, not the sentence's subject; so does the
                // phrase after a copula ("X是总部位于Z的B的控股子公司").
                if (describesNext && (inClause == null || "是为".indexOf(p.charAt(link)) >= 0)) {
                    org = null;
                }
                // But "X是一家位于Z的加工企业" describes X itself.
                if (org != null && where != null && placeEnd < s.end() && p.charAt(placeEnd) == '的' && !describesNext
                        && !KIND_OF_BODY.matcher(p.full()).region(placeEnd, s.end()).lookingAt()) {
                    org = null;
                    where = null;
                }
                if (org == null && where != null && where.end() <= s.end()) {
                    // "位于开发区光伏产业园的X公司": the organisation the located phrase describes.
                    Matcher part = PART_OF_PLACE.matcher(p.full()).region(Math.min(placeEnd, s.end()), s.end());
                    int described = part.lookingAt() ? part.end() : -1;
                    org = ms.firstAt(described, m -> m.isOrganisation() && ms.outermost(m));
                }
                for (Mention at = org; where != null && at != null; at = listedBefore(p.full(), ms, at)) {
                    facts.add(at, RelationType.LOCATED_IN, where, verb, STATED);   // "A、B相继落户开发区": each
                }
                for (Mention counted : org != null || where == null ? List.<Mention>of() : countedCompanies(p, ms, s)) {
                    facts.add(counted, RelationType.LOCATED_IN, where, verb, CLAUSE);
                }
            }
        }
    }

    /**
     * "X开发区,Y有限公司工人...", "A县B镇的Y合作社" and "高平市的龙头企业Y公司": an organisation right after a
     * place, or after the place, 的 and a description of it, is in the place.
     */
    private static void nextToPlace(Passage p, Mention org, Mention listHead, List<Mention> places, Facts facts) {
        for (Mention place : places) {
            // Next to it, or after a comma or colon, maybe after an area of it (在产业园西区，X公司, 园区内，X): a
            // sentence's end between them (…保税区。苏州X公司) makes two stories.
            // A town or village as the scene places a cooperative only: a company, college or government named
            // there may be visiting.
            Object level = place.properties().get("level");
            boolean scene = "zone".equals(level)
                    || level != null && LOCAL_AREAS.contains(level)
                    && org.name().endsWith(ReferenceResolver.COOPERATIVE);
            // (A division's government or bureau is in its division, not in the zone written before it: 设在Z开发区，
            // X市政府…; the zone's own committee is.)
            boolean adjacentScene = scene && place.end() <= listHead.start()
                    && !(org.type() == EntityType.Government && "zone".equals(level)
                    && !org.canonical().startsWith(place.canonical()))
                    && (listHead.start() == place.end() || ZONE_AREA_THEN.matcher(p.full())
                            .region(place.end(), listHead.start()).matches())
                    && !siteOfInvestment(p, place, org);
            // (X开发区内的Y公司: the inside of a zone named in full is the zone; 园区内的 may mean another park.)
            boolean inside = "zone".equals(level) && place.name().equals(place.canonical())
                    && p.full().startsWith("内的", place.end());
            int of = place.end() + (inside ? 1 : 0);
            boolean possessive = of < org.start() && p.charAt(of) == '的'
                    && isDescription(p, of + 1, org.start()) && org.type() != EntityType.Government;
            // "村里成立的X合作社": the body the place set up is there.
            possessive |= place.end() < org.start() && org.type() == EntityType.Enterprise
                    && SET_UP_THERE.matcher(p.full()).region(place.end(), org.start()).matches();
            // "横州市本地企业X公司": a company said to be the place's own is there.
            possessive |= place.end() < org.start() && org.type() == EntityType.Enterprise
                    && LOCAL_COMPANY.matcher(p.full()).region(place.end(), org.start()).matches();
            // 密云区冯家峪镇北京X合作社: a body written right after a town, under a name of its own, is there.
            boolean inTown = place.end() == org.start() && org.type() == EntityType.Enterprise
                    && "town".equals(place.properties().get("level"));
            if (adjacentScene || possessive || inTown) {
                facts.add(org, RelationType.LOCATED_IN, place, org.start(), adjacentScene || inTown ? CLAUSE : CONTEXT);
            }
        }
    }

    /**
     * "在X开发区，Y公司将投资8亿元建设…": a zone opening the sentence as where something happens, then a company
     * investing, is where the money goes, not where the company is.
     */
    private static boolean siteOfInvestment(Passage p, Mention zone, Mention org) {
        String s = p.full();
        return s.charAt(clauseStart(s, zone.start())) == '在'
                && INVEST.matcher(s).region(org.end(), clauseEnd(s, org.end())).find();
    }

    /**
     * Nothing, or a short description ending in a word for organisations (龙头企业, 这家企业——): what may stand
     * between "X的" and the name of an organisation in X. A clause (一家企业投资了) is no description.
     */
    private static boolean isDescription(Passage p, int from, int to) {
        // The distance first: a substring to every later organisation would make long texts quadratic.
        if (from == to || to - from > MAX_DESCRIPTION + 2) {
            return from == to;
        }
        int end = to;
        while (end > from && DESCRIPTION_MARKS.indexOf(p.charAt(end - 1)) >= 0) {
            end--;
        }
        String words = p.full().substring(from, end);
        return words.length() <= MAX_DESCRIPTION && words.chars().noneMatch(Chars::isPunctuation)
                && OrganizationRecognizer.DESCRIPTOR_ENDS.stream().anyMatch(words::endsWith);
    }

    /** A branch is in the city its name holds (建行晋城分行); a foreign institute in the place before it. */
    private static void placeInName(Mention org, List<Mention> places, Facts facts) {
        boolean branch = OrganizationRecognizer.isBranch(org.name());
        // A government's chain (X市Y县人民政府 named Y县人民政府) is where it governs, said by its places already.
        boolean foreign = !branch && org.type() != EntityType.Government && !org.canonical().equals(org.name())
                && org.name().endsWith(org.canonical());
        if (!branch && !foreign) {
            return;
        }
        Mention inside = places.stream()
                .filter(pl -> pl.start() >= org.start() && pl.end() <= org.end())
                .filter(pl -> !foreign || pl.end() <= org.end() - org.canonical().length())
                .max(Comparator.comparingInt(RelationFinder::rank).thenComparingInt(Mention::start)).orElse(null);
        if (inside == null && branch && !facts.hasFrom(org, RelationType.LOCATED_IN)) {
            // 内乡支行, X农商银行榆树支行: a county's short form, alone or after the bank's name, the recogniser
            // leaves to the county named in full elsewhere.
            String unit = OrganizationRecognizer.BRANCH_SUFFIXES.stream().filter(org.name()::endsWith).findFirst()
                    .orElseThrow();
            String stem = org.name().substring(0, org.name().length() - unit.length());
            inside = places.stream().filter(pl -> {
                String shortName = pl.canonical().substring(0, pl.canonical().length() - 1);
                return shortName.length() >= 2 && (stem.equals(shortName)
                        || stem.endsWith("行" + shortName) && stem.length() > shortName.length() + 2);
            }).findFirst().orElse(null);
        }
        if (inside != null) {
            facts.add(org, RelationType.LOCATED_IN, inside, org.start(), STATED);
        }
    }

    // ---- INVESTS_IN

    private void investments(Passage p, Mentions ms, Facts facts) {
        List<Sentences.Sentence> sentences = p.sentences();
        Set<Integer> capitalReceived = capitalReceivedVerbs(p.full());
        Mention shareSite = null;   // where a total goes, and so each share of it listed after 其中
        for (int si = 0; si < sentences.size(); si++) {
            Sentences.Sentence s = sentences.get(si);
            if (!p.full().startsWith(AMONG, s.start())) {
                shareSite = null;
            }
            int sharesFrom = sharesOfTotalFrom(p, s);
            Matcher v = INVEST.matcher(s.text());
            while (v.find()) {
                int verb = s.start() + v.start();
                if (capitalReceived.contains(verb)) {
                    continue;   // "获母公司注资": capitalReceived reads it
                }
                // "投入对口支援资金4200万元": the funds may be named between the verb and the sum.
                Optional<Amounts.Amount> amount = v.group().equals(DIRECTED) ? directedAmount(s.text(), v.start())
                        : Amounts.find(s.text(), v.end()).filter(a -> a.start() - v.end() <= MAX_AMOUNT_GAP
                        || NAMED_FUNDS.matcher(s.text()).region(v.end(), a.start()).matches());
                // "；另外7000万元投入Z": money put in, its amount before the verb as money directed is.
                amount = amount.isEmpty() && v.group().equals(PUT_IN) ? directedAmount(s.text(), v.start()) : amount;
                // "以300万元入股Y", "将500万元衔接资金入股Y", "以2亿元增资(入股)Y": the sum paid for the shares
                // stands before the verb.
                boolean capitalPaidBefore = v.group().equals(ADDS_CAPITAL) && amount.isEmpty();
                amount = v.group().equals(JOINS_SHARES) || capitalPaidBefore ? sharesPaidFor(s.text(), v.start())
                        : amount;
                // 投资 of 长治潞丰城乡投资集团有限公司 is a word of a name, no verb.
                boolean named = ms.startingWithin(s.start(), verb).stream()
                        .anyMatch(m -> m.isOrganisation() && verb < m.end());
                // "以420亩油茶林经营权折价入股Y": shares bought with assets whose worth the sentence does not say.
                boolean sharesForAssets = v.group().endsWith(JOINS_SHARES) && v.group().length() > JOINS_SHARES.length()
                        && ms.firstAt(s.start() + v.end(), m -> m.isOrganisation() && ms.outermost(m)) != null;
                if (named || amount.isEmpty() && !sharesForAssets && !builtBy(p, ms, verb, v.end() + s.start())
                        && founded(p, ms, s, v.end() + s.start()) == null) {
                    continue;
                }
                if (v.group().equals(PAYS) && amount.isPresent()
                        && supportedBody(p, ms, s.start() + amount.get().end()) != null) {
                    continue;   // "X每年出资600万元，支持Y开展…": the money goes to Y (fundsArranged)
                }
                int sharesEnd = Math.min(s.text().length(), v.end() + MAX_SHARES_AHEAD);
                if (SHARED_OUT.matcher(s.text()).region(v.end(), sharesEnd).find()) {
                    continue;   // "总投资8.6亿元，双方分别出资5.2亿元和3.4亿元": the shares say who spends what
                }
                Map<String, Object> props = amount.map(Amounts.Amount::properties).orElse(Map.of());
                // "集团向X增资": X after 向 or 对 receives; the investor stands before it.
                // A research body spends only as its clause's subject (，X学院以设备折资1500万元), and so does a
                // village taking a share (；X村以资产折价300万元入股).
                int clause = clauseStart(p.full(), verb);
                boolean ofTotal = sharesFrom >= 0 && verb >= sharesFrom;
                int subjectAt = ofTotal && p.full().startsWith(AMONG, clause) ? clause + AMONG.length() : clause;
                // "今年县财政投入1200万元，在Z…": a division spending as its clause's subject; fundsArranged reads it.
                if (divisionSpends(p, ms, clause, verb)) {
                    continue;
                }
                // "，潍坊市向其拨付补助资金500万元", "X市向Y市投入财政援助资金": a division granting funds to a body or
                // place; fundsGranted reads it (a government granting 向其 is read here).
                Mention recipient = ms.lastAt(verb, m -> m.isOrganisation() || m.type() == EntityType.Place);
                boolean towardIt = p.full().startsWith(TOWARDS_IT, verb - TOWARDS_IT.length());
                boolean towardNamed = recipient != null && p.charAt(chainStart(ms, recipient) - 1) == TOWARDS;
                Mention granter = (towardIt || towardNamed) && FUNDS_GRANTED.matcher(v.group()).matches()
                        ? subjectWithin(p, ms, clause, verb) : null;
                if (granter != null && !companyBetween(ms, granter, verb) && (granter.type() == EntityType.Place
                        || towardNamed && granter.type() == EntityType.Government)) {
                    continue;
                }
                // (A clause may open before the sentence where a tab splits them: "?\t投资近亿元".)
                String opening = p.full().substring(s.start(), Math.max(s.start(), clause));
                int capitalAt = opening.indexOf(REGISTERED_CAPITAL);
                boolean shareTaken = SHARE_TAKEN.matcher(p.full()).region(verb, clauseEnd(p.full(), verb)).find()
                        || capitalAt >= 0 && opening.indexOf(AMONG, capitalAt) >= 0 && v.group().equals(PAYS);
                // A place spends only as what takes a share, at the end of the chain opening the clause (X县Y镇Z村以…入股),
                // or a share of a company's capital (注册资本1000万元，其中…，A村、B村各出资155万元).
                // 由X（以下简称“Y”）投资: the name before the declaration stands where the clause puts the spender.
                // (X系Y的全资子公司，计划投资: X, the subject Y is described as the owner of.)
                Mention candidate = ms.last(m -> (m.type() == EntityType.Enterprise || m.type() == EntityType.Government
                        || m.type() == EntityType.ResearchTeam && m.start() == subjectAt
                        || m.type() == EntityType.Place && shareTaken
                        && chainStart(ms, listEndingWith(p.full(), ms, m).get(0)) == subjectAt)
                        && s.contains(m.start(), m.end()) && m.end() <= verb
                        && ms.outermost(m) && !(m.start() > s.start() && receivesAt(p, s, m)));
                Mention found = ownerDescribedBefore(p, ms, verb, declaringName(p, ms,
                        signersOwnSpending(p, ms, s, verb, subjectBeforeAgent(p, ms, s, verb, candidate))));
                int both = lastBothParties(p, s.start(), verb);
                // "双方共同出资…": the parties spend, unless another clause comes between (双方分别持股…，其…投资).
                if (both >= 0 && (found == null || found.end() <= both)
                        && !CLAUSE_BREAK.matcher(p.full()).region(both, verb).find()) {
                    jointInvestment(p, ms, s, facts.partiesBefore(both), verb, verb + v.group().length(), props, facts);
                    continue;
                }
                // "项目总投资15亿元，由X在Z分两期建设": the builder named after the sum spends it where it builds.
                Mention builder = found == null && amount.isPresent()
                        ? builderAfterSum(p, ms, s.start() + amount.get().end()) : null;
                Mention builtIn = builder == null ? null : ms.firstAt(builder.end() + 1,
                        m -> m.type() == EntityType.Place && !ms.insideName(m));
                if (builtIn != null) {
                    String site = chainEnd(p, builtIn, ms).canonical();
                    facts.add(builder.canonical(), RelationType.INVESTS_IN, site, verb, props, CLAUSE);
                    continue;
                }
                if (found == null) {
                    Mention site = projectInvestment(p, ms, si, verb, props, facts);
                    shareSite = site != null && p.full().startsWith(TOTAL_INVESTMENT, verb - 1) ? site : shareSite;
                    continue;
                }
                if (SHAREHOLDING.stream().anyMatch(w -> p.full().startsWith(w, found.start() - w.length()))) {
                    continue;   // 村集体入股X公司，共投入...: X receives, the sentence names no investor
                }
                Mention held = Optional.ofNullable(heldUnitDescribed(p, ms, found))
                        .orElseGet(() -> spendingThrough(p, ms, s, found));
                // "A镇人民政府与X公司签约，由企业投资…": the word for a company in the spending clause is the company
                // of the link, not a government opening it.
                // (X市人民政府与Y公司签订投资协议，项目总投资N: a government signing with a company brings the company's
                // money in; the company spends.)
                Mention linker = subjectOfLink(p, ms, found);
                Mention linked = linker.type() == EntityType.Government && found.type() == EntityType.Enterprise
                        ? found : linker;
                // (…签订协议，由该公司在Z建设基地，总投资N元: so is the company a clause before builds by, with 由.)
                boolean builtByIt = candidate != null && candidate.canonical().equals(found.canonical())
                        && p.charAt(candidate.start() - 1) == '由'
                        && clauseStart(p.full(), candidate.start()) == candidate.start() - 1;
                boolean companySpends = found.type() == EntityType.Enterprise && linked.type() != EntityType.Enterprise
                        && (COMPANY_SPENDS.matcher(p.full()).region(clause, verb).matches() || builtByIt);
                Mention investor = held != null ? held : companySpends ? found
                        : founderOf(p, ms, s, continuingSubject(p, ms, s, verb, linked));
                // "X今年获得Y公司8000万元投资": X received the money (fundingRounds reads who gave it).
                if (investor != null && investor.end() <= verb && receivedRightBefore(p.full(), investor.end(), verb)) {
                    continue;
                }

                Mention target = recipient(p, ms, s, investor, verb, verb + v.group().length());
                // (以3000万元增资遵义市农业产业发展基金: capital is added to a body, not to the place a fund is named after.)
                if (capitalPaidBefore && (target == null || !target.isOrganisation())) {
                    continue;
                }
                Sentences.Sentence previous = previousWithText(sentences, si);
                target = target != null || previous == null ? target : describedFacilityPlace(p, ms, sentences, si);
                target = target != null ? target : placeSignedWith(p, ms, s, investor, verb, facts);
                target = target != null ? target : batchSigningSite(p, ms, found);
                double confidence = target == null && ofTotal && shareSite != null ? CONTEXT : CLAUSE;
                target = target == null && ofTotal ? shareSite : target;
                // Funds put into work (投入研发经费) or capital added to a company go where the sentence says only,
                // and not to where the spender is (总部位于Z，…研发投入超过9亿元), unless said so (投入…，在Z建设;
                // 向Z投入).
                boolean capital = !SPENDING.matcher(v.group()).matches();
                target = !capital && target != null && facts.has(investor, RelationType.LOCATED_IN, target)
                        && !statedSite(p, ms, s, target) ? null : target;
                // "X为此投入860万元": even funds put into work go to the work the sentence before set out, where it is.
                boolean forThat = p.full().startsWith(FOR_THAT, verb - FOR_THAT.length());
                if ((capital || forThat) && target == null && previous != null) {
                    target = projectSite(p, ms, previous, forThat || THAT_PROJECT.matcher(s.text()).lookingAt());
                    confidence = CONTEXT;
                }
                for (int back = si - 1; capital && target == null && back >= 0 && back >= si - 5; back--) {
                    Sentences.Sentence earlier = sentences.get(back);
                    List<Mention> in = ms.of(m -> earlier.contains(m.start(), m.end()));
                    // Where the investor sits is no site of its spending, unless that sentence opens on the place
                    // of a project ("在P，X年产…项目已完成施工。该项目由X与Y共同投资…").
                    boolean projectThere = earlier.text().startsWith("在") && earlier.text().contains("项目");
                    boolean whereItSits = !projectThere
                            && in.stream().anyMatch(m -> facts.has(investor, RelationType.LOCATED_IN, m));
                    if (!whereItSits && in.stream().anyMatch(m -> m.canonical().equals(investor.canonical()))) {
                        target = in.stream().filter(m -> m.type() == EntityType.Place && !ms.insideName(m))
                                .max(Comparator.comparingInt(RelationFinder::rank)).map(m -> chainEnd(p, m, ms))
                                .orElse(null);
                        confidence = CONTEXT;
                    }
                }
                if (capital && target == null && investor.type() == EntityType.Enterprise) {
                    target = localHeadlinePlace(p, ms);
                    confidence = GUESS;
                }
                if (ofTotal && shareSite == null && target != null && target.type() == EntityType.Place
                        && confidence != GUESS) {
                    shareSite = target;
                }
                if (target != null) {
                    facts.add(investor.canonical(), RelationType.INVESTS_IN, target.canonical(), verb, props,
                            confidence);
                    // "投资4亿元，在Z设立全资子公司Y": the money goes into Z as well, where Y is set up.
                    Mention foundedIn = target.type() == EntityType.Enterprise
                            ? foundedIn(p, ms, s, verb + v.group().length()) : null;
                    if (foundedIn != null) {
                        facts.add(investor.canonical(), RelationType.INVESTS_IN, foundedIn.canonical(), verb, props,
                                confidence);
                    }
                    // "其中X以货币出资1.4亿元，持股70%": the company whose majority it holds is its unit.
                    Matcher share = HOLDS_SHARE.matcher(p.full()).region(verb, Math.min(semicolonPart(p, s, verb).end(),
                            clauseEnd(p.full(), clauseEnd(p.full(), verb) + 1)));
                    if (target.type() == EntityType.Enterprise && share.find()
                            && Double.parseDouble(share.group(1)) > 50) {
                        facts.add(target, RelationType.PART_OF, investor, verb, CLAUSE);
                    }
                    // "先后在A镇、B镇投资": every place of the list before the verb.
                    for (Mention next = placeListedAfter(p, ms, target, verb); next != null;
                         next = placeListedAfter(p, ms, next, verb)) {
                        facts.add(investor.canonical(), RelationType.INVESTS_IN, next.canonical(), verb, props,
                                confidence);
                    }
                    // "A与B共同出资", "A与本地企业B共同投资": the partners of the sentence spend together.
                    if (p.full().substring(found.end(), verb).contains("共同")) {
                        List<String> spenders = new ArrayList<>(List.of(found.canonical()));
                        List<String> partners = facts.partiesWithin(s.start(), verb);
                        if (partners.contains(found.canonical()) || partners.contains(investor.canonical())) {
                            spenders.addAll(partners);
                        }
                        for (String spender : spenders) {
                            facts.add(spender, RelationType.INVESTS_IN, target.canonical(), verb, props, confidence);
                        }
                    }
                    // "分别由A、B等企业投资建设": everyone listed with the investor spends; "A、B和C将分别投资5.2亿元、
                    // 3.6亿元和2.7亿元": each its own share, in the order listed.
                    List<Mention> listed = listEndingWith(p.full(), ms, found);
                    List<Map<String, Object>> shares = listed.size() < 2 ? List.of()
                            : respectiveShares(p, verb, verb + v.group().length(), listed.size());
                    for (int k = 0; k < listed.size(); k++) {
                        String spender = listed.get(k).canonical();
                        if (!shares.isEmpty()) {
                            facts.replaceProperties(spender, RelationType.INVESTS_IN, target.canonical(), shares.get(k));
                        }
                        if (!shares.isEmpty() || found == investor && listed.get(k) != found) {
                            facts.add(spender, RelationType.INVESTS_IN, target.canonical(), verb,
                                    shares.isEmpty() ? props : shares.get(k), confidence);
                        }
                    }
                }
            }
        }
    }

    /**
     * "项目总投资1.5亿元，其中A出资1.2亿元，B出资3000万元": where in sentence {@code s} the shares of a total begin,
     * at the 其中 after the total, or at the sentence's start when it opens on 其中 after a sentence stating one
     * (…总投资3800万元。其中，A出资…；B投入…); -1 where it lists none.
     */
    private static int sharesOfTotalFrom(Passage p, Sentences.Sentence s) {
        int among = s.text().indexOf(AMONG);
        if (among > 0) {
            return s.text().substring(0, among).contains(TOTAL_INVESTMENT) ? s.start() + among : -1;
        }
        Sentences.Sentence previous = among < 0 ? null : p.sentenceAt(s.start() - 1);
        return previous != null && previous.text().contains(TOTAL_INVESTMENT) ? s.start() : -1;
    }

    /** The place listed right after {@code prev} (、和及 between) and before {@code limit}, or null. */
    private static Mention placeListedAfter(Passage p, Mentions ms, Mention prev, int limit) {
        int at = prev.end() + 1;
        if (prev.type() != EntityType.Place || prev.end() >= limit || "、和及".indexOf(p.charAt(prev.end())) < 0) {
            return null;
        }
        // "在A镇B村和C镇D村": the last place of the next chain.
        Mention next = ms.firstAt(at, m -> m.type() == EntityType.Place && m.end() <= limit && !ms.insideName(m));
        return next == null ? null : chainEnd(p, next, ms);
    }

    /**
     * "X公司年产5万吨Y项目正式签约落户Z": the company whose project opens its clause and settles in a place invests
     * there, though the sentence gives no sum.
     */
    private static void projectsSettled(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        // "Z镇与X公司签订投资协议，Y项目正式落户该镇W村": the company signing for the project invests where it settles.
        Matcher agreed = INVESTMENT_AGREED.matcher(s);
        while (agreed.find()) {
            int at = agreed.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention company = sentence == null ? null : ms.last(m -> m.type() == EntityType.Enterprise
                    && ms.outermost(m) && m.start() >= clauseStart(s, at) && m.end() <= at);
            Matcher settled = company == null ? null : SETTLED_AFTER_AGREEMENT.matcher(s).region(agreed.end(),
                    sentence.end());
            Mention place = settled == null || !settled.find() ? null
                    : ms.firstAt(settled.end(), m -> m.type() == EntityType.Place && !ms.insideName(m));
            if (place != null) {
                facts.add(company, RelationType.INVESTS_IN, chainEnd(p, place, ms), settled.start(), CLAUSE);
            }
        }
        // "X是Y的全资子公司，其12亿元Z项目落户W": 其 opening a clause is the company the sentence opens on.
        for (int at = s.indexOf(ITS_CLAUSE); at >= 0; at = s.indexOf(ITS_CLAUSE, at + 1)) {
            Matcher settles = PROJECT_SETTLES.matcher(s).region(at + ITS_CLAUSE.length(), s.length());
            Mention company = !settles.lookingAt() ? null : companyOpening(p, ms, at);
            Mention place = company == null ? null : ms.firstAt(settles.end(), m -> m.type() == EntityType.Place);
            if (place != null) {
                facts.add(company, RelationType.INVESTS_IN, chainEnd(p, place, ms), settles.start(), CLAUSE);
            }
        }
        for (Mention company : ms.of(m -> m.type() == EntityType.Enterprise && ms.outermost(m))) {
            int clause = clauseStart(s, company.start());
            Matcher settles = PROJECT_SETTLES.matcher(s).region(endWithDeclaration(s, company), s.length());
            // (A headline's 项目落户西平 says less than its story, and a company whose spending the text places
            // already is read there.)
            if (!settles.lookingAt() || !ms.startingWithin(clause, company.start()).isEmpty() || p.inTitle(company)
                    || facts.hasFrom(company, RelationType.INVESTS_IN)) {
                continue;
            }
            Mention place = ms.firstAt(settles.end(), m -> m.type() == EntityType.Place);
            if (place != null) {
                facts.add(company, RelationType.INVESTS_IN, chainEnd(p, place, ms), settles.start(), CLAUSE);
            }
        }
    }

    /**
     * "X公司在Y村建设基地", "X（以下简称“X′”）在该村建设的…": a company building at a place invests there,
     * whether or not the sentence says how much.
     */
    private static void builtAt(Passage p, Mentions ms, Facts facts) {
        Matcher b = BUILT_AT.matcher(p.full());
        while (b.find()) {
            int at = b.start();
            Mention first = ms.firstAt(at + 1, m -> m.type() == EntityType.Place && !ms.insideName(m));
            // 在海西州德令哈市德令哈工业园建设: the chain of places the verb follows, built at its last.
            Mention place = first == null || chainEnd(p, first, ms).end() != b.start(1) ? null : first;
            int partyEnd = afterDeclaration(p.full(), at);
            Mention builder = place == null ? null : ms.last(m -> m.type() == EntityType.Enterprise
                    && m.end() <= partyEnd && partyEnd - m.end() <= MAX_PARTY_GAP && ms.outermost(m)
                    && plainGap(p, ms, m.end(), partyEnd));
            if (builder != null) {
                facts.add(founderOf(p, ms, p.sentenceAt(at), builder), RelationType.INVESTS_IN,
                        chainEnd(p, place, ms), at, CLAUSE);
            }
        }
    }

    /**
     * "所募资金中的1亿元将用于在Z建设": a sum set aside for building at a place is spent there by the company the
     * sentence names before it; "(研究院选址Z，)建设资金2000万元全部由X承担": by the company bearing it, at the
     * place the sentence sites the work.
     */
    private static void fundsSetAside(Passage p, Mentions ms, Facts facts) {
        String text = p.full();
        for (Sentences.Sentence s : p.sentences()) {
            for (var a = Amounts.find(s.text(), 0); a.isPresent(); a = Amounts.find(s.text(), a.get().end())) {
                int start = s.start() + a.get().start();
                int end = s.start() + a.get().end();
                Matcher used = USED_FOR_BUILDING_AT.matcher(text).region(end, s.end());
                Matcher borne = BORNE_BY.matcher(text).region(end, s.end());
                List<Mention> before = ms.startingWithin(s.start(), start).stream()
                        .filter(m -> m.type() == EntityType.Enterprise && m.end() <= start && ms.outermost(m)).toList();
                Mention investor = null;
                Mention site = null;
                // (…获得Y融资5000万元将用于…: the sum is lent to the sentence's company, not spent by Y.)
                if (used.lookingAt() && !before.isEmpty()) {
                    investor = before.get(0);
                    site = ms.firstAt(used.end(), m -> m.type() == EntityType.Place && !ms.insideName(m));
                } else if (borne.lookingAt() && MONEY_FOR_WORK.matcher(text).region(s.start(), start).find()) {
                    investor = ms.firstAt(borne.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
                    boolean bears = investor != null && BEARS.matcher(text).region(investor.end(), s.end()).lookingAt();
                    // "新公司注册资本5亿元，由X全额出资": the company whose capital it is; else where the work is sited.
                    Mention capitalised = !bears ? null : before.stream()
                            .filter(m -> CAPITAL_OF.matcher(text).region(m.end(), start).matches()).reduce((x, y) -> y)
                            .orElse(null);
                    Matcher sited = !bears || capitalised != null ? null
                            : WORK_SITED.matcher(text).region(s.start(), start);
                    Mention place = sited == null || !sited.find() ? null
                            : ms.firstAt(sited.end(), m -> m.type() == EntityType.Place && !ms.insideName(m));
                    site = capitalised != null ? capitalised : place;
                }
                if (investor != null && site != null) {
                    facts.add(investor.canonical(), RelationType.INVESTS_IN, chainEnd(p, site, ms).canonical(), start,
                            a.get().properties(), CLAUSE);
                }
            }
        }
    }

    /**
     * "…村里新建的加工厂…。这座加工厂由X公司投资800万元建设": a company a sentence opens on as the builder of a
     * facility the text placed before invests where the facility is, the last place the sentence naming it names
     * before it.
     */
    private static void facilitiesBuiltBy(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Sentences.Sentence sentence : p.sentences()) {
            Matcher built = FACILITY_BUILT_BY.matcher(s).region(sentence.start(), sentence.end());
            Mention company = built.lookingAt() ? ms.firstAt(built.end(), m -> m.type() == EntityType.Enterprise
                    && ms.outermost(m)) : null;
            Matcher spent = company == null ? null : SPENT_BUILDING.matcher(s).region(company.end(), sentence.end());
            Mention place = spent != null && spent.lookingAt()
                    ? placeOfFacilityNamedBefore(p, ms, sentence, built.group(1)) : null;
            if (place == null) {
                continue;
            }
            Map<String, Object> amount = Amounts.find(s, spent.start()).filter(a -> a.end() <= spent.end())
                    .map(Amounts.Amount::properties).orElse(Map.of());
            facts.add(company.canonical(), RelationType.INVESTS_IN, place.canonical(), company.start(), amount,
                    CONTEXT);
        }
    }

    /**
     * "…村的冷链物流园开园。园区总投资3.5亿元，由A与B合资建设", "该项目由A与B共同投资": two parties building a
     * facility or project together both invest where the text placed it.
     */
    private static void facilitiesBuiltJointly(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        List<Sentences.Sentence> sentences = p.sentences();
        Predicate<Mention> party = m -> (m.type() == EntityType.Enterprise || m.type() == EntityType.Government)
                && ms.outermost(m);
        for (int i = 1; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            Matcher built = FACILITY_BUILT_JOINTLY_BY.matcher(s).region(sentence.start(), sentence.end());
            Mention first = built.lookingAt() ? ms.firstAt(built.end(), party) : null;
            int firstEnd = first == null ? -1 : Math.max(first.end(), declaredUpTo(s, first.end()));
            Mention second = firstEnd < 0 || p.charAt(firstEnd) != '与' ? null : ms.firstAt(firstEnd + 1, party);
            int secondEnd = second == null ? -1 : Math.max(second.end(), declaredUpTo(s, second.end()));
            if (secondEnd < 0 || !BUILT_TOGETHER.matcher(s).region(secondEnd, sentence.end()).lookingAt()) {
                continue;
            }
            String facility = built.group(1);
            Mention site;
            if (facility.endsWith(PROJECT)) {
                site = projectSite(p, ms, sentences.get(i - 1), true);
            } else {
                // The kind of facility, by its last character (该厂, 这座加工厂), or 园 for a park (园区: 物流园).
                String kind = facility.endsWith("园区") ? "园" : facility.substring(facility.length() - 1);
                Mention place = placeOfFacilityNamedBefore(p, ms, sentence, kind);
                site = place == null ? null : chainEnd(p, place, ms);
            }
            if (site != null) {
                for (Mention investor : List.of(first, second)) {
                    facts.add(investor.canonical(), RelationType.INVESTS_IN, site.canonical(), sentence.start(),
                            Map.of(), CONTEXT);
                }
            }
        }
    }

    /**
     * Where the text placed {@code facility} before {@code sentence}: the last place that the last sentence naming it
     * names before it, or null.
     */
    private static Mention placeOfFacilityNamedBefore(Passage p, Mentions ms, Sentences.Sentence sentence,
                                                      String facility) {
        int at = sentence.start() > 0 ? p.full().lastIndexOf(facility, sentence.start() - 1) : -1;
        Sentences.Sentence named = at < 0 ? null : p.sentenceAt(at);
        // "栖霞苹果物流园在Z镇启用": where the facility is said to open, not the place its name opens with.
        int after = at + facility.length();
        Mention opensAt = named == null || p.charAt(after) != '在' ? null
                : ms.firstAt(after + 1, m -> m.type() == EntityType.Place && !ms.insideName(m));
        if (opensAt != null) {
            return chainEnd(p, opensAt, ms);
        }
        return named == null ? null : ms.last(m -> m.type() == EntityType.Place && m.start() >= named.start()
                && m.end() <= at && !ms.insideName(m));
    }

    /**
     * "X公司（以下简称“x”）天然产物实验室在Z镇启用", "总投资1.2亿元的X公司种苗基地在Z投产": a company's facility
     * opening at a place is its investment there, of the total written before the company if any.
     */
    private static void facilitiesOpened(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher opened = FACILITY_OPENED.matcher(s);
        while (opened.find()) {
            int at = opened.start();
            Mention first = ms.firstAt(at + 1, m -> m.type() == EntityType.Place && !ms.insideName(m));
            Mention site = first == null ? null : chainEnd(p, first, ms);
            if (site == null || site.end() > opened.start(1) || !OPENING_ADVERBS.matcher(s)
                    .region(site.end(), opened.start(1)).matches()) {
                continue;
            }
            int clause = clauseStart(s, at);
            int facilityEnd = at;
            if (clause == at && at > 0 && "，,".indexOf(s.charAt(at - 1)) >= 0
                    && lastCompanyWithin(ms, clause, at) == null) {
                // "总投资N元的X公司电池生产基地，在Z开工建设": the facility closes a clause of its own before 在.
                facilityEnd = at - 1;
                clause = clauseStart(s, facilityEnd);
            }
            Mention company = lastCompanyWithin(ms, clause, facilityEnd);
            // 与B共建的基地: the second of partners owns it no more than the first.
            company = company == null || PARTNER_JOINS.indexOf(p.charAt(company.start() - 1)) >= 0 ? null : company;
            int declared = company == null ? -1 : declaredUpTo(s, company.end());
            int described = declared >= 0 ? declared : company == null ? at : company.end();
            if (company == null || !FACILITY_DESCRIBED.matcher(s).region(described, facilityEnd).matches()) {
                continue;
            }
            Matcher total = TOTAL_BEFORE.matcher(s).region(clause, company.start());
            Map<String, Object> props = total.find() ? Amounts.propertiesOfFirst(total.group()) : Map.of();
            facts.add(company.canonical(), RelationType.INVESTS_IN, site.canonical(), at, props, CLAUSE);
        }
    }

    /**
     * "公司以8600万元收购X51%股权，后者成为其控股子公司": buying a company's shares is investing in it, and the
     * company bought into becomes the buyer's when the text says so.
     */
    private static void acquisitions(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher bought = SHARES_BOUGHT_FOR.matcher(s);
        while (bought.find()) {
            int at = bought.start();
            Mention buyer = lastCompanyWithin(ms, clauseStart(s, at), at);
            Mention company = ms.firstAt(bought.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (buyer == null || company == null || company.canonical().equals(buyer.canonical())
                    || !STAKE.matcher(s).region(company.end(), s.length()).lookingAt()) {
                continue;
            }
            Map<String, Object> paid = Amounts.propertiesOfFirst(bought.group(1));
            facts.add(buyer.canonical(), RelationType.INVESTS_IN, company.canonical(), at, paid, STATED);
            int next = clauseEnd(s, company.end()) + 1;
            if (next < s.length() && BECOMES_ITS_SUBSIDIARY.matcher(s).region(next, s.length()).lookingAt()) {
                facts.add(company, RelationType.PART_OF, buyer, at, STATED);
            }
        }
    }

    /** The last company named whole in [from, to), looked for among the mentions starting there only. */
    private static Mention lastCompanyWithin(Mentions ms, int from, int to) {
        List<Mention> within = ms.startingWithin(from, to);
        for (int i = within.size() - 1; i >= 0; i--) {
            Mention m = within.get(i);
            if (m.type() == EntityType.Enterprise && m.end() <= to && ms.outermost(m)) {
                return m;
            }
        }
        return null;
    }

    /** The amount directed by the verb at {@code verb}: 把(其中)X元投向, (其中)X元将投向. */
    private static Optional<Amounts.Amount> directedAmount(String sentence, int verb) {
        // Within the span before the verb only: a search on to the sentence's end for every 投向 could be quadratic.
        int from = Math.max(0, verb - MAX_DIRECTED_SPAN);
        String before = sentence.substring(from, verb);
        Optional<Amounts.Amount> a = Amounts.find(before, 0);
        while (a.isPresent()) {
            if (DIRECTING_GAP.matcher(before.substring(a.get().end())).matches()) {
                Amounts.Amount found = a.get();
                return Optional.of(new Amounts.Amount(found.value(), found.currency(), found.approximate(),
                        from + found.start(), from + found.end()));
            }
            a = Amounts.find(before, a.get().end());
        }
        return Optional.empty();
    }

    /** The sum written after 以 or 将 before 入股 at {@code verb}, with what money it is between (以300万元资金入股). */
    private static Optional<Amounts.Amount> sharesPaidFor(String sentence, int verb) {
        Matcher paid = SHARES_PAID_FOR.matcher(sentence).region(Math.max(0, verb - MAX_SHARES_PAID_SPAN), verb);
        if (!paid.find()) {
            return Optional.empty();
        }
        return Amounts.find(sentence, paid.end()).filter(a -> a.start() == paid.end())
                .filter(a -> MONEY_PAID_FOR_SHARES.matcher(sentence).region(a.end(), verb).matches());
    }

    /** Whether the place starting at {@code start} follows 在, at once or after a word placing it (在本镇Z村). */
    static boolean afterAt(Passage p, int start) {
        return p.charAt(start - 1) == '在'
                || AT_PLACE_MODIFIED.matcher(p.full()).region(Math.max(0, start - MAX_AT_PLACE_MODIFIED), start).find();
    }

    /**
     * Whether {@code place} stands in {@code s} after 在 or 向, alone or ending a chain of places (在新疆呼图壁县,
     * 向科技城投入), or places the spender's own works the money goes to (改造其位于Z的工厂).
     */
    private static boolean statedSite(Passage p, Mentions ms, Sentences.Sentence s, Mention place) {
        if (!s.contains(place.start(), place.end())) {
            return false;
        }
        int at = placeChainStart(ms, place.start());
        return at > s.start() && ("在向".indexOf(p.charAt(at - 1)) >= 0
                || at - ITS_SITE.length() >= s.start() && p.full().startsWith(ITS_SITE, at - ITS_SITE.length()));
    }

    /** The most describing clauses read (a bounded repetition, so a long run of them cannot overflow the stack). */
    private static final int MAX_DESCRIBING_CLAUSES = 12;
    /**
     * Clauses describing the company they follow: 成立于2018年，, 总部位于Z，, 注册地位于Z，, 注册资本1亿元，,
     * 是A与B合资组建的，, 是Z引进的企业，, 由A与B合资设立，, and the shares of its capital after it (，A出资3亿元，).
     */
    private static final Pattern SUBJECT_DESCRIBED = Pattern.compile("(?:(?:于[^，,。；;的]{1,16}?(?:注册)?成立"
            + "|成立于|始建于|创立于|创建于|注册于|注册在|注册地(?:位于|在|为)|总部位于|总部设在|位于|落户|注册资本|前身[是为]"
            + "|是[^，,。；;]{2,40}?(?:组建|成立|设立|引进|引入|招引)的|由[^，,。；;]{2,40}?(?:组建|成立|设立)"
            + "|(?<=[，,])[^，,。；;的]{2,16}?出资)[^，,。；;的]{0,20}[，,]){1," + MAX_DESCRIBING_CLAUSES + "}");
    /** A clause opening on a time or an event before 由 (，2019年改制后由, ，去年重组后由). */
    private static final Pattern EVENT_BEFORE_BY = Pattern.compile(
            "[，,](?:今年|去年|前年|\\d{4}年)?(?:\\d{1,2}月)?(?:[^，,。；;\\d]{1,4}后|起|以来)$");
    private static final int MAX_EVENT_BEFORE_BY = 14;
    /** What a holder paid, between its name and 控股 with its share: 以1.53亿元出资, 出资1.2亿元. */
    private static final Pattern PAID_BEFORE_HOLDING = Pattern.compile(
            "(?:以[\\d.]+[万亿]*元(?:现金)?出资|出资[\\d.]+[万亿]*元)并?");
    /** What the holder of 由Y出资2100万元控股 paid, between its name and 控股. */
    private static final Pattern HOLDERS_CONTRIBUTION = Pattern.compile("出资[0-9.]+[万亿]*元");

    /**
     * A clause naming a minority holder after 由B控股: ，C参股20%, ，C持股30%, ，C出资4亿元参股. Group 1 is where the
     * holder's name starts, group 2 the holding.
     */
    private static final Pattern MINORITY_HOLDER = Pattern.compile("[\\d.%％]*[，,]()[^，,。；;]{2,40}?"
            + "((?:参股|持股)\\d{1,2}(?:\\.\\d+)?[%％]|出资[\\d.]+[万亿]*元参股)(?=[，,。；;]|$)");

    /** "A由B控股，…": A is B's. */
    private static void heldByOwner(Passage p, Mentions ms, Facts facts) {
        Matcher h = HELD_BY_OWNER.matcher(p.full());
        while (h.find()) {
            int by = h.start() + 1;
            // "合资公司由其控股": 其 is the actor the clause before ends its account of, if a company.
            // (由X大学全资控股: a university holds companies too.)
            Mention owner = p.charAt(by) == '其' && by + 1 == h.start(1) ? ownerBefore其(p, ms, by)
                    : ms.first(m -> (m.type() == EntityType.Enterprise || m.type() == EntityType.ResearchTeam)
                    && m.start() >= by && ms.outermost(m)
                    && (m.end() == h.start(1) || m.end() < h.start(1) && (declaredUpTo(p.full(), m.end()) == h.start(1)
                    || HOLDERS_CONTRIBUTION.matcher(p.full()).region(m.end(), h.start(1)).matches())));
            Mention company = owner == null ? null : heldCompany(p, ms, h.start());
            if (company != null && !company.canonical().equals(owner.canonical())) {
                facts.add(company, RelationType.PART_OF, owner, h.start(), STATED);
                // "A由B控股，C参股20%": the partner holding the rest put money into A too.
                Matcher minority = MINORITY_HOLDER.matcher(p.full()).region(h.end(1), p.full().length());
                Mention holder = !minority.lookingAt() ? null : ms.firstAt(minority.start(1), m -> m.isOrganisation()
                        && ms.outermost(m) && m.end() == minority.start(2));
                if (holder != null && !holder.canonical().equals(company.canonical())) {
                    facts.add(holder.canonical(), RelationType.INVESTS_IN, company.canonical(), minority.start(2),
                            Amounts.propertiesOfFirst(minority.group(2)), STATED);
                }
            }
        }
        // "Y由A与B合资组建，A控股70%": a partner opening a clause with its majority holds the sentence's company,
        // or the one closing the clause before ("A与B合资组建C，A控股70%").
        Matcher majority = MAJORITY_HELD.matcher(p.full());
        while (majority.find()) {
            int at = majority.start();
            Predicate<Mention> company = m -> m.type() == EntityType.Enterprise && ms.outermost(m);
            Mention owner = ms.lastAt(at, company);
            Sentences.Sentence sentence = p.sentenceAt(at);
            // "，A以1.53亿元出资控股51%": what the holder paid may stand before 控股.
            Mention paying = owner != null || sentence == null ? null : ms.firstAt(clauseStart(p.full(), at), company);
            if (paying != null && PAID_BEFORE_HOLDING.matcher(p.full()).region(paying.end(), at).matches()) {
                Mention held = companyTheSentenceIsAbout(p, ms, sentence, at);
                if (held != null && !held.canonical().equals(paying.canonical())) {
                    facts.add(held, RelationType.PART_OF, paying, at, STATED);
                }
                continue;
            }
            // "…合资成立，其中A控股65%": 其中 may open the clause.
            int opening = owner != null && p.full().startsWith(AMONG, owner.start() - AMONG.length())
                    ? owner.start() - AMONG.length() : owner == null ? 0 : owner.start();
            Mention held = owner == null || sentence == null || !isClauseBreak(p.charAt(opening - 1)) ? null
                    : ms.startingWithin(sentence.start(), owner.start()).stream().filter(company).findFirst()
                            .orElse(null);
            held = held != null && held.canonical().equals(owner.canonical())
                    ? ms.lastAt(opening - 1, company) : held;
            if (held != null && !held.canonical().equals(owner.canonical())) {
                facts.add(held, RelationType.PART_OF, owner, at, STATED);
            }
        }
        // "由县供销社控股的X公司统一运营": the company written after the holding is the holder's.
        String s = p.full();
        for (int at = s.indexOf(HELD_ONE); at >= 0; at = s.indexOf(HELD_ONE, at + 1)) {
            // X（以下简称“Y”）控股的Z: the holder by its declared name; X全资控股的Z, wholly.
            int holding = afterDeclaration(s, s.startsWith(WHOLLY, at - WHOLLY.length()) ? at - WHOLLY.length() : at);
            int after = at + HELD_ONE.length();
            // "X…，交由其控股的Z承担": the body 其 stands for, the last named before in its sentence (not a
            // person, 企业家Y将其控股的Z).
            int pronoun = at - 1;
            Sentences.Sentence its = pronoun >= 0 && s.charAt(pronoun) == '其' ? p.sentenceAt(at) : null;
            Mention holder = its == null ? ms.lastAt(holding, m -> m.isOrganisation() && ms.outermost(m))
                    : ms.last(m -> m.isActor() && m.start() >= its.start() && m.end() < pronoun && ms.outermost(m));
            Mention owner = holder != null && holder.isOrganisation() ? holder : null;
            Mention company = owner == null ? null : ms.firstAt(after, m -> m.type() == EntityType.Enterprise
                    && ms.outermost(m));
            // "X…，是Y控股的企业": the company described is the sentence's first.
            if (company == null && owner != null && isCopulaAt(p, ms, owner.start() - 1)
                    && HELD_KIND.matcher(s).region(after, s.length()).lookingAt()) {
                int copula = owner.start() - 1;
                Sentences.Sentence sentence = p.sentenceAt(copula);
                company = sentence == null ? null : ms.first(m -> m.type() == EntityType.Enterprise
                        && m.start() >= sentence.start() && m.end() <= copula && ms.outermost(m));
            }
            if (company != null && !company.canonical().equals(owner.canonical())) {
                facts.add(company, RelationType.PART_OF, owner, at, STATED);
            }
        }
        // "C由A与B合资组建，其中A出资8亿元、持股51%，为控股股东", "新公司注册资本6亿元，其中A出资3.6亿元并控股": the
        // partner opening the clause, or the clauses before, holds the company the sentence opens on.
        Matcher controlling = CONTROLLING_HOLDER.matcher(s);
        while (controlling.find()) {
            int at = controlling.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention owner = sentence == null ? null : ms.last(m -> m.isOrganisation() && ms.outermost(m)
                    && m.start() > sentence.start() && m.end() < at);
            boolean opensClause = owner != null && (isClauseBreak(p.charAt(owner.start() - 1))
                    || s.startsWith(AMONG, owner.start() - AMONG.length()));
            Mention company = !opensClause ? null : companyTheSentenceIsAbout(p, ms, sentence, at);
            if (company != null && !company.canonical().equals(owner.canonical())) {
                facts.add(company, RelationType.PART_OF, owner, at, STATED);
            }
        }
    }

    /**
     * The company a sentence holding shares before {@code before} is about: the one it opens on, or, where that
     * one opens a list of partners (A与B合资成立C，其中B出资…), the company they found.
     */
    private static Mention companyTheSentenceIsAbout(Passage p, Mentions ms, Sentences.Sentence sentence, int before) {
        Mention opening = ms.firstAt(sentence.start(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
        // "本报讯（记者 X）11月20日，A与B…": the subject after a byline or a date.
        Mention subject = opening != null ? null : subjectWithin(p, ms, sentence.start(), before);
        opening = subject != null && subject.type() == EntityType.Enterprise ? subject : opening;
        int named = opening == null ? -1 : endWithDeclaration(p.full(), opening);
        // "X集团旗下Y与Z合资成立C": the unit named after its group is the party.
        int unitAt = opening == null ? -1 : unitNamedAfter(p, named, before);
        Mention unit = unitAt < 0 ? null
                : ms.firstAt(unitAt, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
        int unitNamed = unit == null ? -1 : endWithDeclaration(p.full(), unit);
        if (unit != null && PARTNER_JOINS.indexOf(p.charAt(afterLinkAdverb(p, unitNamed))) >= 0) {
            opening = unit;
            named = unitNamed;
        }
        // "A则与B合资成立C": an adverb may stand before the link.
        int after = named >= 0 ? afterLinkAdverb(p, named) : named;
        if (opening == null || PARTNER_JOINS.indexOf(p.charAt(after)) < 0) {
            return opening;
        }
        Matcher founding = JOINT_VENTURE.matcher(p.full()).region(after, before);
        return founding.find() ? ms.firstAt(founding.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m))
                : null;
    }

    /** Past an adverb at {@code at} before a link (A则与B, A也与B), or {@code at}. */
    private static int afterLinkAdverb(Passage p, int at) {
        return ReferenceResolver.LINK_ADVERBS.indexOf(p.charAt(at)) >= 0 ? at + 1 : at;
    }

    /**
     * The company 由Y控股 at {@code heldAt} (the offset of 由) is said of: the one right before (A由B控股), the one
     * closing the clause before (合资成立A，由B控股), or else the company the sentence opens on when only clauses
     * describing it come between (A成立于2018年，由B控股; A落户Z，注册资本1亿元，由B控股; A是B与C合资组建的，由B控股;
     * not A在Z新建的电站已并网，由B控股).
     */
    private static Mention heldCompany(Passage p, Mentions ms, int heldAt) {
        Predicate<Mention> company = m -> m.type() == EntityType.Enterprise && ms.outermost(m);
        Mention right = ms.lastAt(heldAt, company);
        // "A前身是…，2019年改制后由B控股": a time or an event may open the clause before 由.
        Matcher event = EVENT_BEFORE_BY.matcher(p.full()).region(Math.max(0, heldAt - MAX_EVENT_BEFORE_BY), heldAt);
        boolean afterEvent = right == null && event.find();
        heldAt = afterEvent ? event.start() + 1 : heldAt;
        if (right != null || heldAt == 0 || "，,".indexOf(p.charAt(heldAt - 1)) < 0) {
            return right;
        }
        // (Not the company closing the clause before an event: X前身为Y，2018年改制后由Z控股 is said of X.)
        // (合资组建A（以下简称“A′”），由B控股: by its declared short name.)
        Mention closing = afterEvent ? null : ms.lastAt(afterDeclaration(p.full(), heldAt - 1), company);
        if (closing != null) {
            return closing;
        }
        Sentences.Sentence sentence = p.sentenceAt(heldAt);
        Mention subject = sentence == null ? null : ms.firstAt(sentence.start(), company);
        // "根据协议，X注册资本5亿元，…，由B控股": after an opening clause that names no one.
        int second = sentence == null || subject != null ? -1 : clauseEnd(p.full(), sentence.start()) + 1;
        subject = second > 0 && second < heldAt && ms.startingWithin(sentence.start(), second).isEmpty()
                ? ms.firstAt(second, company) : subject;
        Matcher described = subject == null ? null : SUBJECT_DESCRIBED.matcher(p.full())
                .region(endWithDeclaration(p.full(), subject), heldAt);
        return described != null && described.matches() ? subject : null;
    }

    /**
     * "该公司系Y的全资子公司，计划投资…": Y, named in a clause that says whose subsidiary the clause's subject is, spends
     * nothing; the subject does. Else {@code found}.
     */
    private static Mention ownerDescribedBefore(Passage p, Mentions ms, int verb, Mention found) {
        if (found == null) {
            return null;
        }
        String s = p.full();
        int end = clauseEnd(s, found.end());
        Mention subject = end >= verb ? null : ms.firstAt(clauseStart(s, found.start()),
                m -> m.type() == EntityType.Enterprise && ms.outermost(m));
        boolean owner = subject != null && subject != found && IS_SUBSIDIARY_OF.matcher(s)
                .region(endWithDeclaration(s, subject), end).lookingAt();
        return owner ? subject : found;
    }

    /** "南宁市企业X公司投资…": a company introduced as a place's company (Z企业) is in that place. */
    private static void companiesOfTheirPlace(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int at = s.indexOf(COMPANY_OF_PLACE); at >= 0; at = s.indexOf(COMPANY_OF_PLACE, at + 1)) {
            // (当地企业X: the place a reference points to is where the story is, not said to be the company's.)
            Mention place = ms.lastAt(at, m -> m.type() == EntityType.Place && !ms.insideName(m)
                    && !ReferenceResolver.isReference(m));
            Mention company = place == null ? null : ms.firstAt(at + COMPANY_OF_PLACE.length(),
                    m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (company != null) {
                facts.add(company, RelationType.LOCATED_IN, place, at, CLAUSE);
            }
        }
    }

    /**
     * "《P》（以下简称《方案》）由A和B联合印发": the bodies a document is said to be issued by, after 由, carry it out as
     * its issuers do.
     */
    private static void documentsIssuedBy(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention document : documents(p, ms)) {
            Matcher by = ISSUED_BY_AFTER_TITLE.matcher(s).region(Math.min(document.end(), s.length()), s.length());
            if (p.charAt(document.start() - 1) != '《' || !by.lookingAt()) {
                continue;
            }
            Matcher issued = ISSUING_AFTER_ISSUERS.matcher(s).region(by.end(), clauseEnd(s, by.end()));
            if (!issued.find()) {
                continue;
            }
            int from = by.end();
            int to = issued.start();
            for (Mention issuer : ms.startingWithin(from, to)) {
                if (isImplementer(issuer, ms) && issuer.isOrganisation() && issuer.end() <= to) {
                    facts.add(issuer, RelationType.IMPLEMENTS, document, from, STATED);
                }
            }
        }
    }

    /** "该实验室依托X大学建设", "研究院挂靠X学院": a unit built on or attached to an institution is the institution's. */
    private static void hostedBy(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher hosting = HOSTING_WORDS.matcher(s);
        while (hosting.find()) {
            int at = hosting.start();
            int on = at;
            // "依托由X大学牵头组建的Y实验室": the institution may be introduced by 由.
            int after = hosting.end() + (p.charAt(hosting.end()) == '由' ? 1 : 0);
            Mention host = hosting.group().equals(ATTACHED_TO)
                    ? ms.firstAt(after, m -> m.isOrganisation() && ms.outermost(m)) : hostAfter(p, ms, after);
            // "依托X大学建设的Y实验室": the unit built is named right after, else it is the one relying on X (该实验室依托X).
            Matcher built = host == null ? null : HOSTING_THEN.matcher(s).region(host.end(), s.length());
            Mention unit = built == null || !built.lookingAt() ? null
                    : ms.firstAt(built.end(), m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
            if (unit == null && host != null) {
                unit = ms.lastAt(on, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
            }
            if (unit != null && !unit.canonical().equals(host.canonical())) {
                facts.add(unit, RelationType.PART_OF, host, at, STATED);
            }
            // "X依托Z大学的省部共建Y国家重点实验室": a designated laboratory of the institution relied on is its unit.
            Mention institution = ms.firstAt(after, m -> m.type() == EntityType.ResearchTeam
                    && ms.outermost(m));
            Mention laboratory = institution == null || p.charAt(institution.end()) != '的' ? null
                    : ms.firstAt(institution.end() + 1, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m)
                            && DESIGNATED_LABORATORY.matcher(m.canonical()).find());
            if (laboratory != null) {
                facts.add(laboratory, RelationType.PART_OF, institution, at, STATED);
            }
        }
        // "设在X大学的Y国家重点实验室": a research unit seated at an institution is its unit.
        for (int at = s.indexOf(SEATED_AT); at >= 0; at = s.indexOf(SEATED_AT, at + 1)) {
            Mention host = ms.firstAt(at + SEATED_AT.length(), m -> m.type() == EntityType.ResearchTeam
                    && ms.outermost(m));
            Mention unit = host == null || p.charAt(host.end()) != '的' ? null
                    : ms.firstAt(host.end() + 1, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
            // "该实验室设在X研究所": a research unit said to be seated at an institution, where the clause ends.
            int seatedAt = at;
            unit = unit != null || host == null || !isClauseBreak(p.charAt(host.end())) ? unit
                    : ms.lastAt(seatedAt, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
            if (unit != null && !unit.canonical().equals(host.canonical())) {
                facts.add(unit, RelationType.PART_OF, host, at, STATED);
            }
        }
    }

    /**
     * "该站位于Z，由X研究所建设运行", "该实验室由X大学建设运行": the research unit the sentence is about (or the one
     * right before 由) is the unit of the institution that builds and runs it.
     */
    private static void builtAndRunBy(Passage p, Mentions ms, Facts facts) {
        Predicate<Mention> research = m -> m.type() == EntityType.ResearchTeam && ms.outermost(m);
        Matcher run = BUILT_AND_RUN_BY.matcher(p.full());
        while (run.find()) {
            Mention host = ms.firstAt(run.start(1), research.and(m -> m.end() == run.end(1)));
            Sentences.Sentence sentence = p.sentenceAt(run.start());
            Mention unit = host == null ? null : Optional.ofNullable(ms.lastAt(run.start(), research))
                    .orElseGet(() -> sentence == null ? null : ms.firstAt(sentence.start(), research));
            if (unit != null && !unit.canonical().equals(host.canonical())) {
                facts.add(unit, RelationType.PART_OF, host, run.start(), STATED);
            }
        }
    }

    /**
     * "该校在Z设立的X试验站", "X大学建设的Y实验室": a research unit a research body set up on its own (no party
     * joined to it by 与, 和 or 联合) is its unit.
     */
    private static void unitsSetUpBy(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Predicate<Mention> research = m -> m.type() == EntityType.ResearchTeam && ms.outermost(m);
        for (Mention body : ms.of(research)) {
            Matcher set = UNIT_SET_UP_AT.matcher(s).region(body.end(), s.length());
            boolean joined = body.start() > 0 && "与和同".indexOf(s.charAt(body.start() - 1)) >= 0
                    || s.startsWith("联合", body.start() - 2);
            Mention unit = joined || !set.lookingAt() ? null : ms.firstAt(set.end(), research);
            if (unit != null && !unit.canonical().equals(body.canonical())) {
                facts.add(unit, RelationType.PART_OF, body, body.end(), STATED);
            }
        }
    }

    /**
     * "A、B、C在Z签约": the organisations a clause opens on, listed with 、 (maybe 和 before the last), that sign
     * together, each partner the others; 与 between them is the link rules' (A与B签约).
     */
    private static void listedSigners(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention first : ms.of(m -> m.isOrganisation() && ms.outermost(m)
                && (m.start() == 0 || PlaceRecognizer.CLAUSE_OPENERS.indexOf(s.charAt(m.start() - 1)) >= 0))) {
            List<Mention> listed = new ArrayList<>(List.of(first));
            boolean commaListed = false;
            int end = endWithDeclaration(s, first);
            while (end < s.length() && "、和及".indexOf(s.charAt(end)) >= 0) {
                int next = end + 1;
                Mention party = ms.firstAt(next, m -> m.isOrganisation() && ms.outermost(m));
                if (party == null) {
                    break;
                }
                commaListed |= s.charAt(end) == '、';
                listed.add(party);
                end = endWithDeclaration(s, party);
            }
            if (listed.size() < 2 || !commaListed || !LIST_SIGNS.matcher(s).region(end, s.length()).lookingAt()) {
                continue;
            }
            for (int i = 0; i < listed.size(); i++) {
                for (int j = i + 1; j < listed.size(); j++) {
                    facts.add(listed.get(i), RelationType.PARTNERS_WITH, listed.get(j), end, CLAUSE);
                }
            }
        }
    }

    /** The institution named at {@code from} and followed by a verb of building (依托X大学建设), or null. */
    private static Mention hostAfter(Passage p, Mentions ms, int from) {
        Mention host = ms.firstAt(from, m -> m.isOrganisation() && ms.outermost(m));
        return host != null && HOSTING.matcher(p.full()).region(host.end(), p.full().length()).lookingAt()
                ? host : null;
    }

    /**
     * "A由B全资设立": B owns and funds the company it set up; "A由X县人民政府出资设立": a government funds the state
     * company it sets up, which is no unit of it.
     */
    private static void foundedBy(Passage p, Mentions ms, Facts facts) {
        Matcher f = FOUNDED_BY.matcher(p.full());
        while (f.find()) {
            int by = f.start() + 1;
            // "由B（以下简称“C”）出资2亿元设立": the owner's short name may stand between.
            Mention owner = ms.firstAt(by, m -> (m.type() == EntityType.Enterprise || m.type() == EntityType.Government)
                    && ms.outermost(m) && (m.end() == f.start(1) || declaredUpTo(p.full(), m.end()) == f.start(1)));
            Mention company = owner == null ? null : ms.lastAt(f.start(), m -> m.type() == EntityType.Enterprise
                    && ms.outermost(m));
            if (company != null && !company.canonical().equals(owner.canonical())) {
                // "由B出资5亿元设立": what B paid.
                Map<String, Object> paid = Amounts.propertiesOfFirst(f.group(1));
                if (!paid.isEmpty() || f.group(1).startsWith("出资")) {
                    facts.add(owner.canonical(), RelationType.INVESTS_IN, company.canonical(), f.start(), paid, STATED);
                }
                if (owner.type() == EntityType.Enterprise) {
                    facts.add(company, RelationType.PART_OF, owner, f.start(), STATED);
                }
            }
        }
        // "A由B于2023年在鄂尔多斯注册设立": a company one company set up on its own is that company's.
        String s = p.full();
        for (int by = s.indexOf('由'); by >= 0; by = s.indexOf('由', by + 1)) {
            int at = by;
            Mention owner = ms.firstAt(by + 1, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Matcher set = owner == null ? null
                    : SET_UP_ALONE.matcher(s).region(endWithDeclaration(s, owner), s.length());
            Mention company = set == null || !set.lookingAt() ? null : ms.lastAt(afterDeclaration(s, at),
                    m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (company != null && !company.canonical().equals(owner.canonical())) {
                facts.add(company, RelationType.PART_OF, owner, at, STATED);
            }
        }
        // "B全资设立的A": a company's or a university's own company (a government's is a state company, no unit).
        Matcher unit = FOUNDED_AS_UNIT.matcher(s);
        while (unit.find()) {
            int at = unit.start();
            Mention owner = ms.lastAt(at, m -> ms.outermost(m)
                    && (m.type() == EntityType.Enterprise || m.type() == EntityType.ResearchTeam));
            Mention company = owner == null ? null : ms.firstAt(unit.end(), m -> m.type() == EntityType.Enterprise
                    && ms.outermost(m) && !m.canonical().equals(owner.canonical()));
            if (company != null) {
                facts.add(company, RelationType.PART_OF, owner, at, STATED);
            }
        }
    }

    /**
     * "这家X集团旗下企业总投资…": the company just named, described as a unit of {@code owner}; "该公司是X集团
     * 旗下企业": the company the sentence is about. Null when {@code owner} is not written so.
     */
    private static Mention heldUnitDescribed(Passage p, Mentions ms, Mention owner) {
        String s = p.full();
        if (!HELD_DESCRIPTION.matcher(s).region(owner.end(), s.length()).lookingAt()) {
            return null;
        }
        Sentences.Sentence sentence = p.sentenceAt(owner.start());
        int copula = copulaBefore(p, ms, owner.start());
        if (copula >= 0 && sentence != null) {
            return ms.last(m -> m.type() == EntityType.Enterprise && m.start() >= sentence.start() && m.end() <= copula
                    && ms.outermost(m) && !m.canonical().equals(owner.canonical()));
        }
        int before = s.startsWith("这家", owner.start() - 2) ? owner.start() - 2
                : p.charAt(owner.start() - 1) == '该' ? owner.start() - 1 : -1;
        return before < 0 ? null : ms.last(m -> m.type() == EntityType.Enterprise && m.end() <= before
                && ms.outermost(m) && !m.canonical().equals(owner.canonical()));
    }

    /**
     * Where the 是 describing an owner starting at {@code ownerStart} stands: right before it, or before the place
     * that introduces it (是太原的X集团旗下企业, 是总部位于南平市建阳区的X集团旗下企业); -1 when there is none.
     */
    private static int copulaBefore(Passage p, Mentions ms, int ownerStart) {
        Mention place = p.charAt(ownerStart - 1) == '的'
                ? ms.lastAt(ownerStart - 1, m -> m.type() == EntityType.Place) : null;
        int described = place != null ? chainStart(ms, place) : ownerStart;
        Matcher sited = place == null ? null
                : SITED_BEFORE.matcher(p.full()).region(Math.max(0, described - MAX_SITED_BEFORE), described);
        described = sited != null && sited.find() ? sited.start() : described;
        return isCopulaAt(p, ms, described - 1) ? described - 1 : -1;
    }

    /** 是, or 系 right after a name (X公司系Y集团旗下企业; not the 系 of 联系 or 体系). */
    private static boolean isCopulaAt(Passage p, Mentions ms, int pos) {
        char c = p.charAt(pos);
        return c == '是' || c == WRITTEN_COPULA && ms.lastAt(pos, m -> true) != null;
    }

    /**
     * "A与B将合资设立C", "C由A与B共同出资设立" (C often 该公司 or 后者): the partners of the sentence both put
     * money into the company they found.
     */
    private static void jointVentures(Passage p, Mentions ms, Facts facts) {
        Matcher v = JOINT_VENTURE.matcher(p.full());
        while (v.find()) {
            int end = v.end();
            Sentences.Sentence s = p.sentenceAt(v.start());
            if (s == null) {
                continue;
            }
            int by = s.start() + p.full().substring(s.start(), v.start()).lastIndexOf('由');
            Mention founded = ms.firstAt(end, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            // "C则由A与B合资组建", "C去年5月由…", "C成立于2023年，由…": an adverb, a time or the date of its founding
            // may stand between the company and 由.
            int subjectEnd = by - ("则也还".indexOf(p.charAt(by - 1)) >= 0 ? 1 : 0);
            Matcher time = by > s.start() ? TIME_BEFORE_BY.matcher(p.full()).region(s.start(), subjectEnd) : null;
            subjectEnd = time != null && time.find() ? time.start() : subjectEnd;
            Matcher dated = by > s.start() ? FOUNDED_ON.matcher(p.full()).region(s.start(), subjectEnd) : null;
            subjectEnd = dated != null && dated.find() ? dated.start() : subjectEnd;
            // "C（以下简称“C′”）由A与B共同出资组建": so may the short name declared for it.
            int declaring = p.full().lastIndexOf('（', subjectEnd - 1);
            subjectEnd = declaring > s.start() && declaredUpTo(p.full(), declaring) == subjectEnd ? declaring
                    : subjectEnd;
            if (founded == null && by > s.start()) {
                founded = ms.lastAt(subjectEnd, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            }
            // "C注册资本1000万元，由A与B共同出资组建": the company the sentence opens on, its capital said first.
            if (founded == null && by > s.start() && CAPITAL_BEFORE_BY.matcher(p.full()).region(s.start(), by).find()) {
                founded = ms.firstAt(s.start(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            }
            // "C是A与B去年合资组建的": the company described before 是, founded by the parties after it.
            int copula = s.start() + p.full().substring(s.start(), v.start()).lastIndexOf(IS);
            if (founded == null && by < s.start() && copula >= clauseStart(p.full(), v.start())
                    && p.full().startsWith("的", end - 1)) {
                founded = ms.lastAt(copula, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
                by = founded == null ? by : copula;
                subjectEnd = copula;
            }
            int partiesFrom = founded != null && founded.end() == subjectEnd ? by : s.start();
            List<String> parties = founded == null ? List.of() : facts.partiesWithin(partiesFrom, v.start());
            // "由A、B和C三方共建的基地…。基地由三方合资组建的D": the sides the text counted before.
            // "由A与X镇B村、C村共同出资组建": every village listed founds it, the first written after its town; and
            // "由B村、C村与A共同出资组建": so does the company after the villages, whose partnership is with each (not
            // one described by 的, 由X孵化的A与B合资成立C).
            if (!parties.isEmpty() && by >= s.start()) {
                List<String> listed = new ArrayList<>(parties);
                ms.startingWithin(by, v.start()).stream().filter(m -> m.end() <= v.start() && (isVillage(m)
                                && !ms.insideName(m)
                                || m.isOrganisation() && ms.outermost(m) && !ReferenceResolver.isReference(m)
                                && p.full().substring(m.end(), v.start()).indexOf(OF) < 0))
                        .map(Mention::canonical).filter(c -> !listed.contains(c)).forEach(listed::add);
                parties = listed;
            }
            List<String> counted = parties.isEmpty() && founded != null && by >= s.start()
                    ? sidesCountedBefore(p, ms, by + 1, v.start()) : List.of();
            parties = counted.isEmpty() ? parties : counted;
            // "C由重庆本地企业与X合资成立": with a founder unnamed, no partnership is stated; the named ones found C.
            if (parties.isEmpty() && founded != null && partiesFrom == by) {
                parties = ms.startingWithin(by, v.start()).stream()
                        .filter(m -> m.isOrganisation() && ms.outermost(m) && m.end() <= v.start())
                        .map(Mention::canonical).distinct().toList();
            }
            for (String party : parties) {
                // "由重庆本地企业与X合资成立": companies found companies, a place named for its firms does not; a
                // village does, by its collective (由A公司与B村、C村共同出资组建).
                // (Not a village named inside its collective's name: X村股份经济合作社 is the party.)
                if (counted.contains(party) || ms.first(m -> (m.isOrganisation() || isVillage(m) && !ms.insideName(m))
                        && m.canonical().equals(party) && m.start() >= partiesFrom && m.end() <= v.start()) != null) {
                    facts.add(party, RelationType.INVESTS_IN, founded.canonical(), v.start(), Map.of(), CLAUSE);
                }
            }
            Mention holder = founded == null ? null : majorityHolder(p, ms, v.end(), s.end());
            if (holder != null && parties.contains(holder.canonical())) {
                facts.add(founded, RelationType.PART_OF, holder, v.start(), STATED);
            }
        }
    }

    /** How many sides a count word before 方 says: 双 and 两 two, 三 three, up to 六. */
    private static int sidesCounted(String count) {
        return count.equals("双") ? 2 : Chars.count(count.charAt(0));
    }

    private static boolean isVillage(Mention m) {
        return m.type() == EntityType.Place && "village".equals(m.properties().get("level"));
    }

    /**
     * "由三方合资组建": where [from, to) is a count of sides (双方, 三方), the organisations the text listed before
     * that count where it last wrote it after a list of as many (由A、B和C三方共建); else none.
     */
    private static List<String> sidesCountedBefore(Passage p, Mentions ms, int from, int to) {
        Matcher counted = SIDES_OF_FOUNDING.matcher(p.full()).region(from, to);
        if (!counted.lookingAt()) {
            return List.of();
        }
        String sides = counted.group(1);
        int count = sidesCounted(sides);
        String word = sides + "方";
        for (int at = p.full().lastIndexOf(word, from - 2); at > 0; at = p.full().lastIndexOf(word, at - 1)) {
            int clause = clauseStart(p.full(), at);
            int end = at;
            List<String> listed = ms.of(m -> m.isOrganisation() && m.start() >= clause && m.end() <= end
                    && ms.outermost(m) && !ReferenceResolver.isReference(m)).stream()
                    .map(Mention::canonical).distinct().toList();
            if (listed.size() == count) {
                return listed;
            }
        }
        return List.of();
    }

    /** "…，B持股70%": the founder holding more than half of a joint venture, named after its founding, or null. */
    private static Mention majorityHolder(Passage p, Mentions ms, int from, int to) {
        Matcher holds = HOLDS_SHARE.matcher(p.full()).region(Math.min(from, to), to);
        while (holds.find()) {
            int at = holds.start();
            Mention holder = ms.lastAt(at, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (holder != null && Double.parseDouble(holds.group(1)) > 50) {
                return holder;
            }
        }
        return null;
    }

    /**
     * "阳城县三年内安排1500万元专项资金支持研究院建设", "X市投入2000万元，用于研究院建设", "X县为研究院安排…":
     * a division or body that sets money aside for an organisation invests in it. Where the money's purpose is a pronoun (保障其运行)
     * or unsaid (每年安排不少于300万元运行经费), it goes to the organisation the sentence is about, the one it
     * opens on with where it is sited (研究院设在X镇，…).
     */
    private static void fundsArranged(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher arranged = ARRANGED.matcher(s);
        while (arranged.find()) {
            int at = arranged.start();
            int from = arranged.end();
            Optional<Amounts.Amount> amount = amountRightAt(s, from);
            if (amount.isEmpty()) {
                continue;
            }
            int afterAmount = from + amount.get().end();
            Matcher purpose = ARRANGED_FOR.matcher(s).region(afterAmount, s.length());
            purpose.lookingAt();
            int end = purpose.end();
            // 支持研究院建设; 支持宕昌县实施…项目: a division supported by another's funds (pairing assistance).
            Mention target = purpose.group(1) == null ? null : supportedAt(p, ms, end);
            // 支持A镇B村建设: the last place of a chain.
            target = target != null && target.type() == EntityType.Place ? chainEnd(p, target, ms) : target;
            // "安排8000万元，为研究院建设公共平台", "出资800万元为学校建设…": the body the money works for.
            Matcher forBody = target == null ? FOR_BODY.matcher(s).region(end, s.length()) : null;
            Mention worksFor = forBody != null && forBody.lookingAt()
                    ? ms.firstAt(forBody.end(), m -> m.isOrganisation() && ms.outermost(m)) : null;
            // (Without a comma, 为Y is whom the work is for only before building: 为Y配套, 为Y研发 serve Y.)
            worksFor = worksFor != null && forBody.group().length() == 1
                    && !BUILT_FOR.matcher(s).region(worksFor.end(), s.length()).lookingAt() ? null : worksFor;
            // (为X的专家建设公寓: X only says whose people.)
            target = worksFor != null && p.charAt(worksFor.end()) != '的' ? worksFor : target;
            // The money named after the amount (安排500万元运行经费) or before it (安排专项经费60万元，).
            boolean namedBefore = FUNDS.matcher(arranged.group()).find();
            boolean funds = purpose.group(1) == null && isClauseBreak(p.charAt(end))
                    && (namedBefore || FUNDS.matcher(s).region(afterAmount, s.length()).lookingAt());
            // "指挥部在疏勒县安排援疆资金9.2亿元": the funds go to the place they are set aside in.
            Mention setAsideIn = target == null && funds ? ms.lastAt(at, m -> m.type() == EntityType.Place
                    && !ms.insideName(m) && afterAt(p, chainStart(ms, m))) : null;
            target = setAsideIn != null ? setAsideIn : target;
            // "浏阳市三年内为研究院安排8000万元经费": the body the money is set aside for, after 为.
            Mention beneficiary = target == null ? ms.lastAt(at, m -> m.isOrganisation() && ms.outermost(m)) : null;
            beneficiary = beneficiary != null && p.charAt(beneficiary.start() - 1) == '为' ? beneficiary : null;
            target = beneficiary != null ? beneficiary : target;
            // "镇里投入800万元，在Y村建设…": what is built says where, funds named or not.
            target = target == null && (funds || purpose.group(1) == null) ? builtInNextClause(p, ms, end) : target;
            // "X每年安排600万元专项经费保障其运行" (保障运行): the body the sentence is about.
            boolean itsRunning = purpose.group(1) != null && (p.charAt(end) == ITS
                    || RUNNING.matcher(s).region(end, s.length()).lookingAt());
            if (target == null && (funds || itsRunning)) {
                target = sitedSubject(p, ms, at);
            }
            Sentences.Sentence arrangedIn = p.sentenceAt(at);
            target = target != null || !itsRunning || arrangedIn == null ? target
                    : ms.firstAt(arrangedIn.start(), m -> (m.type() == EntityType.ResearchTeam
                    || m.type() == EntityType.Enterprise) && ms.outermost(m));
            // "研究院由A牵头组建，X市每年安排600万元运行经费": funds named alone go to the institute an earlier clause
            // of the sentence opens on (not to a college sending its people, 由A学院选派专家常驻).
            Mention opened = target == null && funds && arrangedIn != null && clauseStart(s, at) > arrangedIn.start()
                    ? subjectWithin(p, ms, arrangedIn.start(), clauseStart(s, at) - 1) : null;
            target = opened != null && opened.type() == EntityType.ResearchTeam
                    && opened.canonical().endsWith(INSTITUTE) ? opened : target;
            int moneyClause = clauseStart(s, at);
            // "山东省对口支援疏勒县共实施项目36个，投入援疆资金4.8亿元": the funds go to the place paired with.
            Matcher paired = target == null && funds ? pairedEarlier(p, at) : null;
            if (paired != null) {
                int assisted = paired.end();
                target = ms.firstAt(assisted, m -> m.type() == EntityType.Place && ms.outermost(m));
                target = target == null ? null : chainEnd(p, target, ms);
            }
            int funderClause = paired != null ? clauseStart(s, paired.start()) : moneyClause;
            int funderEnd = paired != null ? paired.start() : setAsideIn != null ? chainStart(ms, setAsideIn) - 1
                    : beneficiary != null ? beneficiary.start() - 1 : at;
            // "X每年出资600万元，支持Y开展…", "X集团投入帮扶资金3200万元，支持Y县发展…", "公司每年为工作站安排
            // 研发经费…": a company paying for another body's work; a company 安排 money for its own otherwise.
            // (A company building 为Y配套 supplies Y; a government doing so pays for Y's building.)
            boolean supplies = worksFor != null && s.startsWith(MATCHING, worksFor.end());
            boolean paysFor = beneficiary != null || !arranged.group().startsWith(ARRANGES)
                    && (purpose.group(1) != null || worksFor != null && target == worksFor && !supplies);
            Mention funder = target == null ? null : ms.last(m -> (m.type() == EntityType.Place
                    || m.type() == EntityType.Government || paysFor && m.type() == EntityType.Enterprise)
                    && m.start() >= funderClause && m.end() <= funderEnd
                    && !ms.insideName(m) && ms.outermost(m) && !afterAt(p, chainStart(ms, m)));
            // "Z市的X公司投入…": a company named after the place is what spends (investments reads it).
            funder = funder != null && funder.type() != EntityType.Enterprise
                    && companyBetween(ms, funder, funderEnd) ? null : funder;
            funder = funder != null || target == null || paired != null ? funder
                    : divisionGoingOn(p, ms, moneyClause, at);
            // "自2016年对口支援Y县以来，X集团已累计投入帮扶资金…": the assisting body may open the clause of the money.
            funder = paired == null || target == null || funder != null ? funder : ms.last(m -> m.isActor()
                    && m.type() != EntityType.Person && m.start() >= moneyClause && m.end() <= at && ms.outermost(m));
            if (funder != null) {
                facts.add(funder.canonical(), RelationType.INVESTS_IN, target.canonical(), at,
                        amount.get().properties(), CLAUSE);
            }
        }
    }

    /** Whether a company other than {@code m} is named after it, before {@code end}. */
    private static boolean companyBetween(Mentions ms, Mention m, int end) {
        return ms.startingWithin(m.end(), end).stream().anyMatch(c -> c.type() == EntityType.Enterprise
                && c.end() <= end && ms.outermost(c) && !c.canonical().equals(m.canonical()));
    }

    /** "X银行Y支行向Z公司发放8000万元中长期贷款": a bank lending to a body puts the sum into it. */
    private static void loansGranted(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int at = s.indexOf(TOWARDS); at >= 0; at = s.indexOf(TOWARDS, at + 1)) {
            int to = at;
            Mention borrower = ms.firstAt(to + 1, m -> m.isOrganisation() && ms.outermost(m));
            Matcher granted = borrower == null ? null : GRANTED.matcher(s).region(borrower.end(), s.length());
            Optional<Amounts.Amount> amount = granted == null || !granted.lookingAt() ? Optional.empty()
                    : Amounts.find(s, granted.end()).filter(a -> a.start() == granted.end());
            Mention lender = amount.isEmpty() ? null : ms.last(m -> m.type() == EntityType.Enterprise
                    && m.end() <= afterDeclaration(s, to) && m.start() >= clauseStart(s, to) && ms.outermost(m)
                    && LENDER.matcher(m.canonical()).find());
            if (lender != null && LOAN.matcher(s).region(amount.get().end(), clauseEnd(s, to)).lookingAt()
                    && !lender.canonical().equals(borrower.canonical())) {
                facts.add(lender.canonical(), RelationType.INVESTS_IN, borrower.canonical(), to,
                        amount.get().properties(), CLAUSE);
            }
        }
    }

    /** "出资600万元，支持Y开展…": the body or place the money after {@code afterAmount} supports, or null. */
    private static Mention supportedBody(Passage p, Mentions ms, int afterAmount) {
        Matcher purpose = ARRANGED_FOR.matcher(p.full()).region(afterAmount, p.full().length());
        return purpose.lookingAt() && purpose.group(1) != null ? supportedAt(p, ms, purpose.end()) : null;
    }

    /** The body or place supported at {@code at}; not a place naming the people supported (支持台湾青年创业). */
    private static Mention supportedAt(Passage p, Mentions ms, int at) {
        return ms.firstAt(at, m -> (m.isOrganisation() || m.type() == EntityType.Place
                && !PEOPLE_OF_A_PLACE.matcher(p.full()).region(m.end(), p.full().length()).lookingAt())
                && ms.outermost(m));
    }

    /**
     * "X市向该公司兑现奖补资金450万元", "X省下达Y县协作资金2.36亿元", "X市累计向Y市投入财政援助资金…": a
     * division or government opening the clause and granting funds (兑现, 拨付, 下达, 下拨, 投入) to a body or
     * place, written after 向 or right after the verb, invests in it.
     */
    private static void fundsGranted(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Predicate<Mention> recipient = m -> (m.isOrganisation() || m.type() == EntityType.Place)
                && ms.outermost(m) && !ms.insideName(m);
        Matcher granted = FUNDS_GRANTED.matcher(s);
        while (granted.find()) {
            int at = granted.start();
            Mention toward = ms.lastAt(at, recipient);
            toward = toward != null && "向给为".indexOf(p.charAt(chainStart(ms, toward) - 1)) >= 0 ? toward : null;
            // "该公司…，潍坊市向其拨付补助资金": 其 is the body the sentence, or else the one before, opens on.
            boolean towardIt = toward == null && s.startsWith(TOWARDS_IT, at - TOWARDS_IT.length());
            toward = towardIt ? bodyOpeningSentence(p, ms, at) : toward;
            Mention after = toward != null ? null : ms.firstAt(granted.end(), recipient);
            Mention target = toward != null ? toward : after == null ? null : chainEnd(p, after, ms);
            int moneyFrom = toward != null ? granted.end() : target == null ? -1 : target.end();
            Matcher funds = moneyFrom < 0 ? null : GRANTED_FUNDS.matcher(s).region(moneyFrom, s.length());
            Optional<Amounts.Amount> amount = funds != null && funds.lookingAt() ? amountRightAt(s, funds.end())
                    : Optional.empty();
            if (amount.isEmpty() || funds.group(1) == null) {
                continue;   // 兑现承诺, 下达任务: no funds granted
            }
            // The clause's subject grants, a division or government (not a company, nor a place describing one).
            int funderEnd = towardIt ? at - TOWARDS_IT.length() : toward != null ? chainStart(ms, toward) - 1 : at;
            Mention subject = subjectWithin(p, ms, clauseStart(s, at), funderEnd);
            Mention funder = subject != null && (subject.type() == EntityType.Place
                    || subject.type() == EntityType.Government) ? subject : null;
            funder = funder != null && funder.type() == EntityType.Place ? chainEnd(p, funder, ms) : funder;
            // (A government granting 向其 is read by investments, which finds 其 among the companies before.)
            funder = towardIt && funder != null && funder.type() == EntityType.Government ? null : funder;
            if (funder != null && !funder.canonical().equals(target.canonical())) {
                facts.add(funder.canonical(), RelationType.INVESTS_IN, target.canonical(), at,
                        amount.get().properties(), CLAUSE);
            }
        }
    }

    /** The organisation the sentence of {@code at} opens on, or else the one the sentence before opens on. */
    private static Mention bodyOpeningSentence(Passage p, Mentions ms, int at) {
        Sentences.Sentence sentence = p.sentenceAt(at);
        Predicate<Mention> body = m -> m.isOrganisation() && ms.outermost(m) && m.end() <= at;
        Mention opening = sentence == null ? null : ms.firstAt(sentence.start(), body);
        Sentences.Sentence before = sentence == null || opening != null ? null : p.sentenceAt(sentence.start() - 1);
        return opening != null || before == null ? opening : ms.firstAt(before.start(), body);
    }

    /**
     * "落户开发区的配套企业中，A投资5.5亿元建设…，B投资3.8亿元建设…": each company opening a clause after the
     * phrase is one of those sited at the place, and the money it spends goes there; "X镇则迎来两个项目：A投资…，
     * B出资…", "X村则迎来Y公司，该公司将投资…": the money of each company a place receives goes there too.
     */
    private static void amongThoseSitedThere(Passage p, Mentions ms, Facts facts) {
        amongThoseAt(p, ms, AMONG_THOSE_SITED, true, facts);
        amongThoseAt(p, ms, RECEIVING, false, facts);
    }

    private static void amongThoseAt(Passage p, Mentions ms, Pattern phrase, boolean sited, Facts facts) {
        String s = p.full();
        Matcher among = phrase.matcher(s);
        while (among.find()) {
            Mention first = ms.firstAt(among.start(1), m -> m.type() == EntityType.Place && !ms.insideName(m));
            Mention place = first == null ? null : chainEnd(p, first, ms);
            Sentences.Sentence sentence = p.sentenceAt(among.start());
            if (place == null || place.end() != among.end(1) || sentence == null) {
                continue;
            }
            // The clauses right after the phrase, each opening on a company; a clause naming a place of its own
            // spends there (…，X投资5亿元在Y市建设冷库).
            Mention company = ms.firstAt(among.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            for (int clause = among.end(); company != null; company = clause < sentence.end()
                    ? ms.firstAt(clause, m -> m.type() == EntityType.Enterprise && ms.outermost(m)) : null) {
                int end = clauseEnd(s, clause);
                if (sited) {
                    facts.add(company, RelationType.LOCATED_IN, place, clause, CLAUSE);
                }
                Matcher spent = INVEST.matcher(s).region(company.end(), end);
                Optional<Amounts.Amount> amount = spent.find()
                        ? Amounts.find(s, spent.end()).filter(a -> a.end() <= end) : Optional.empty();
                Mention before = company;
                boolean ownPlace = ms.startingWithin(company.end(), end).stream()
                        .anyMatch(m -> m.type() == EntityType.Place && m.start() > before.end() && !ms.insideName(m));
                if (amount.isPresent() && !ownPlace) {
                    facts.add(company.canonical(), RelationType.INVESTS_IN, place.canonical(), clause,
                            amount.get().properties(), CLAUSE);
                }
                clause = end + 1;
            }
        }
    }

    /** "安排协作资金2800万元，在Y镇建设…": the place the clause after the money builds in, or null. */
    private static Mention builtInNextClause(Passage p, Mentions ms, int clauseBreak) {
        Matcher at = PLACE_INTRODUCED.matcher(p.full()).region(clauseBreak, p.full().length());
        if (!at.lookingAt()) {
            return null;
        }
        Mention place = ms.firstAt(at.end(), m -> m.type() == EntityType.Place && !ms.insideName(m));
        Mention last = place == null ? null : chainEnd(p, place, ms);
        return last != null && BUILT_THERE.matcher(p.full()).region(last.end(), p.full().length()).lookingAt()
                ? last : null;
    }

    /**
     * "X完成1.2亿元A轮融资，由A领投，B以自有资金跟投600万元": the investors of a round put money in the company
     * that raised it, the last named before 融资; "A向B领投3000万元": A in B; "X拿到了Y1500万美元的B轮投资": Y in X;
     * "X完成由A领投的A轮融资": A in X.
     */
    private static void fundingRounds(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher joined = JOINED_ROUND.matcher(s);
        while (joined.find()) {
            int at = joined.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            // "A向B领投3000万元": the company after 向 took the money.
            Mention toward = ms.lastAt(at, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (toward != null && p.charAt(toward.start() - 1) == '向') {
                int clause = clauseStart(s, toward.start());
                Mention investor = ms.last(m -> m.type() == EntityType.Enterprise && m.start() >= clause
                        && m.end() < toward.start() && ms.outermost(m));
                if (investor != null && !investor.canonical().equals(toward.canonical())) {
                    facts.add(investor.canonical(), RelationType.INVESTS_IN, toward.canonical(), at,
                            roundProperties(s, joined.end()), CLAUSE);
                }
                continue;
            }
            // "X完成由A领投的8000万元A轮融资": the sentence's company raised the round its lead put money in.
            Matcher roundAfter = ROUND_AFTER_LEAD.matcher(s).region(joined.end(), s.length());
            Mention ledRaiser = toward != null && p.charAt(toward.start() - 1) == '由' && sentence != null
                    && roundAfter.lookingAt() ? ms.last(m -> m.type() == EntityType.Enterprise
                            && m.start() >= sentence.start() && m.end() <= toward.start() - 1 && ms.outermost(m)
                            && !m.canonical().equals(toward.canonical())) : null;
            if (ledRaiser != null) {
                facts.add(toward.canonical(), RelationType.INVESTS_IN, ledRaiser.canonical(), at,
                        Amounts.propertiesOfFirst(roundAfter.group()), CLAUSE);
                continue;
            }
            int raisedAt = sentence == null ? -1 : s.lastIndexOf(RAISED, at);
            // "X完成3亿元A轮融资。本轮由A领投…": 本轮 is the round the sentence before raised.
            int index = sentence == null || !s.startsWith(THIS_ROUND, sentence.start()) ? -1
                    : p.sentences().indexOf(sentence);
            Sentences.Sentence before = index > 0 ? p.sentences().get(index - 1) : null;   // across a paragraph too
            if (sentence == null || raisedAt < (before != null ? before.start() : sentence.start())) {
                continue;
            }
            int clause = clauseStart(s, at);
            Mention investor = ms.last(m -> m.type() == EntityType.Enterprise && m.start() >= clause && m.end() <= at
                    && ms.outermost(m));
            Mention raiser = investor == null ? null : ms.last(m -> m.type() == EntityType.Enterprise
                    && m.end() <= raisedAt && ms.outermost(m) && !m.canonical().equals(investor.canonical()));
            if (raiser == null) {
                continue;
            }
            // "A和B跟投": every investor listed joins the round; a sum written once for them is no one's alone.
            List<Mention> investors = listEndingWith(s, ms, investor).stream()
                    .filter(m -> m.type() == EntityType.Enterprise && m.start() >= clause).toList();
            for (Mention each : investors) {
                if (!each.canonical().equals(raiser.canonical())) {
                    facts.add(each.canonical(), RelationType.INVESTS_IN, raiser.canonical(), at,
                            investors.size() == 1 ? roundProperties(s, joined.end()) : Map.of(), CLAUSE);
                }
            }
        }
        Matcher received = RECEIVED_INVESTMENT.matcher(s);
        while (received.find()) {
            int from = received.end();
            Mention investor = ms.firstAt(from, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Matcher round = investor == null ? null : ROUND_INVESTMENT.matcher(s).region(investor.end(), s.length());
            int at = received.start();
            Sentences.Sentence sentence = p.sentenceAt(at);   // X公司，则拿到了…: the topic may stand before a comma
            Mention company = sentence == null || round == null || !round.lookingAt() ? null : ms.last(m ->
                    m.type() == EntityType.Enterprise && m.start() >= sentence.start() && m.end() <= at && ms.outermost(m));
            if (company != null) {
                Map<String, Object> props = Amounts.propertiesOfFirst(round.group());
                facts.add(investor.canonical(), RelationType.INVESTS_IN, company.canonical(), at, props, CLAUSE);
            }
        }
    }

    /** 获得 (拿到) in [from, verb), in the verb's own clause: the money the verb names was received. */
    private static boolean receivedRightBefore(String s, int from, int verb) {
        Matcher received = RECEIVED_INVESTMENT.matcher(s).region(from, verb);
        int last = -1;
        while (received.find()) {
            last = received.end();
        }
        return last >= 0 && !CLAUSE_BREAK.matcher(s).region(last, verb).find();
    }

    /** The amount written right after a verb of joining a round or getting money (领投2亿元, 获投900万元). */
    private static Optional<Amounts.Amount> roundAmount(String s, int from) {
        String after = s.substring(from, Math.min(s.length(), from + MAX_ROUND_AMOUNT));
        return Amounts.find(after, 0).filter(a -> a.start() == 0);
    }

    /** That amount as a relation's properties; none where no amount is written. */
    private static Map<String, Object> roundProperties(String s, int from) {
        return roundAmount(s, from).map(Amounts.Amount::properties).orElse(Map.of());
    }

    /**
     * "获投2800万元的X公司", "X公司获投1500万元": the company got the money from the last fund or investment company
     * the text named before.
     */
    private static void investmentsReceived(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int at = s.indexOf(GOT_INVESTMENT); at >= 0; at = s.indexOf(GOT_INVESTMENT, at + 1)) {
            int from = at + GOT_INVESTMENT.length();
            Optional<Amounts.Amount> amount = roundAmount(s, from);
            if (amount.isEmpty()) {
                continue;
            }
            int got = at;
            int afterAmount = from + amount.get().end();
            Mention company = p.charAt(afterAmount) == '的'
                    ? ms.firstAt(afterAmount + 1, m -> m.type() == EntityType.Enterprise && ms.outermost(m))
                    : ms.lastAt(got, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Mention investor = company == null ? null : ms.last(m -> m.type() == EntityType.Enterprise && m.end() <= got
                    && ms.outermost(m) && INVESTING_BODY.matcher(m.canonical()).find()
                    && !m.canonical().equals(company.canonical()));
            if (investor != null) {
                facts.add(investor.canonical(), RelationType.INVESTS_IN, company.canonical(), at,
                        amount.get().properties(), CONTEXT);
            }
        }
    }

    /**
     * "X为Y的控股子公司，年初获母公司注资", "X去年获得该集团的增资": the parent (or the company named after 获)
     * adds capital to the company the sentence is about.
     */
    private static void capitalReceived(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher received = CAPITAL_RECEIVED.matcher(s);
        while (received.find()) {
            int at = received.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            if (sentence == null) {
                continue;
            }
            Mention giver = ms.lastAt(received.end(1), m -> m.type() == EntityType.Enterprise);
            Mention company = giver == null || giver.start() < received.start(1) ? null : ms.first(m ->
                    m.type() == EntityType.Enterprise && m.start() >= sentence.start() && m.end() <= at
                    && ms.outermost(m) && !m.canonical().equals(giver.canonical()));
            if (company != null) {
                int verbEnd = received.end();
                Map<String, Object> props = Amounts.find(s, verbEnd).filter(a -> a.start() - verbEnd <= MAX_AMOUNT_GAP)
                        .map(Amounts.Amount::properties).orElse(Map.of());
                facts.add(giver.canonical(), RelationType.INVESTS_IN, company.canonical(), at, props, CLAUSE);
            }
        }
    }

    /** Where the verbs of capital received after 获 stand (获母公司|增资), which capitalReceived reads. */
    private static Set<Integer> capitalReceivedVerbs(String s) {
        Set<Integer> verbs = new HashSet<>();
        Matcher received = CAPITAL_RECEIVED.matcher(s);
        while (received.find()) {
            verbs.add(received.end() - CAPITAL_ADDED_LENGTH);
        }
        return verbs;
    }

    /** A sum invested in [from, to): a verb of investing, in no name, and its amount right after (投资2.8亿元). */
    private static boolean sumInvestedBetween(Passage p, Mentions ms, int from, int to) {
        Matcher invest = INVEST.matcher(p.full()).region(from, to);
        while (invest.find()) {
            int at = invest.start();
            int end = invest.end();
            if (ms.all().stream().noneMatch(m -> m.start() <= at && at < m.end())
                    && Amounts.find(p.full().substring(end, Math.min(to, end + MAX_AMOUNT_GAP + MAX_AMOUNT_LENGTH)), 0)
                    .filter(a -> a.start() <= MAX_AMOUNT_GAP).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "Z村则迎来X公司4.4亿元投资": the company's money goes to the place welcoming it. */
    private static void investmentsWelcomed(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher welcomed = RECEIVES.matcher(s);
        while (welcomed.find()) {
            Mention place = ms.lastAt(welcomed.start(), m -> m.type() == EntityType.Place && !ms.insideName(m));
            Mention investor = place == null ? null
                    : ms.firstAt(welcomed.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Optional<Amounts.Amount> amount = investor == null ? Optional.empty() : roundAmount(s, investor.end());
            int after = amount.map(a -> investor.end() + a.end()).orElse(-1);
            if (after >= 0 && INVESTMENT_WELCOMED.matcher(s).region(after, s.length()).lookingAt()) {
                facts.add(investor.canonical(), RelationType.INVESTS_IN, chainEnd(p, place, ms).canonical(),
                        welcomed.start(), amount.get().properties(), CLAUSE);
            }
        }
    }

    /**
     * "Z村去年引进X公司（以下简称“X′”），企业出资800万元…": the company a place opening the clause brings in
     * invests in that place, when its part of the sentence goes on to a sum invested and names no other body before
     * it (由其投资, 该公司出资, 项目总投资).
     */
    private static void investorsBroughtIn(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher verb = BRINGS_IN.matcher(s);
        while (verb.find()) {
            int at = verb.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention opening = sentence == null ? null : ms.firstAt(Math.max(sentence.start(), clauseStart(s, at)),
                    m -> m.type() == EntityType.Place && !ms.insideName(m));
            Mention place = opening == null ? null : chainEnd(p, opening, ms);
            Matcher bringing = place == null || place.end() > at ? null
                    : BRINGING_IN.matcher(s).region(place.end(), s.length());
            if (bringing == null || !bringing.lookingAt() || bringing.end() < verb.end()) {
                continue;
            }
            int companyAt = bringing.end();
            Mention company = ms.firstAt(companyAt, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (company == null || company.start() != companyAt) {
                continue;
            }
            Sentences.Sentence part = semicolonPart(p, sentence, at);
            int from = Math.max(company.end(), declaredUpTo(s, company.end()));
            // (引进X公司的技术: what the place brings in is the company's; its money, 的资金, is still its.)
            if (p.charAt(from) == '的' && !p.full().startsWith(ITS_MONEY, from + 1)) {
                continue;
            }
            Matcher invest = INVEST.matcher(s).region(from, part.end());
            while (invest.find()) {
                int spent = invest.start();
                boolean otherBody = ms.startingWithin(from, spent).stream().anyMatch(m -> m.isOrganisation()
                        && !m.canonical().equals(company.canonical()));
                if (otherBody || ms.all().stream().anyMatch(m -> m.start() <= spent && spent < m.end())) {
                    break;
                }
                // The company, a word for it or its project spends (，企业投资, ，由其投资, ，项目总投资); not the
                // county's finance, farmers or the year's total (县财政投资, 全年完成工业投资) of a clause of their own.
                int clause = Math.max(from, clauseStart(s, spent));
                String spender = s.substring(clause, spent);
                // (金穗农业公司投资: or the company by a shorter name of its own, undeclared.)
                Matcher timeOpening = SPENDING_OPENS.matcher(spender);
                String named = timeOpening.lookingAt() ? spender.substring(timeOpening.end()) : spender;
                // (Not a place the company is named after: 山东省财政投资.)
                int namedAt = spent - named.length();
                boolean shortName = named.length() >= 2 && company.canonical().contains(named.substring(0, 2))
                        && ms.firstAt(namedAt, m -> m.type() == EntityType.Place) == null;
                if (!BROUGHT_IN_SPENDS.matcher(named).matches() && !shortName
                        && ms.startingWithin(clause, spent).stream().noneMatch(m -> m.start() == clause
                        && m.canonical().equals(company.canonical()))) {
                    break;
                }
                int end = invest.end();
                Optional<Amounts.Amount> amount = Amounts.find(s.substring(end, Math.min(part.end(),
                        end + MAX_AMOUNT_GAP + MAX_AMOUNT_LENGTH)), 0).filter(a -> a.start() <= MAX_AMOUNT_GAP);
                if (amount.isPresent()) {
                    facts.add(company.canonical(), RelationType.INVESTS_IN, place.canonical(), at,
                            amount.get().properties(), CLAUSE);
                    break;
                }
            }
        }
    }

    /** 对口支援 (帮扶, 协作) before {@code pos} in its sentence, the assisted place right after it; or null. */
    private static Matcher pairedEarlier(Passage p, int pos) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        if (sentence == null) {
            return null;
        }
        Matcher paired = PAIRED_ASSISTANCE.matcher(p.full()).region(sentence.start(), pos);
        return paired.find() ? paired : null;
    }

    /** The organisation opening a clause of the sentence before {@code pos} with where it is sited (研究院设在). */
    private static Mention sitedSubject(Passage p, Mentions ms, int pos) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        return sentence == null ? null : ms.first(m -> m.isOrganisation() && m.start() >= sentence.start()
                && m.end() < pos && (m.start() == sentence.start() || isClauseBreak(p.charAt(m.start() - 1)))
                && SITED.matcher(p.full()).region(m.end(), pos).lookingAt());
    }

    /**
     * The two parties of the partnership stated last, when 双方 opens the sentence, or a clause of it, before
     * {@code pos}; otherwise none.
     */
    private static List<String> bothPartiesOpening(Passage p, Sentences.Sentence sentence, int pos, Facts facts) {
        int both = lastBothParties(p, sentence.start(), pos);
        boolean opens = both >= 0 && (both == sentence.start() || isClauseBreak(p.charAt(both - 1)));
        return opens ? facts.partiesBefore(both) : List.of();
    }

    /**
     * "三家单位共同|实施": where the clause [from, to) is a count of bodies, the organisations the sentence before
     * {@code sentence} names, when it names exactly as many; else none.
     */
    private static List<Mention> countedBodiesBefore(Passage p, Mentions ms, Sentences.Sentence sentence, int from,
            int to) {
        Matcher counted = COUNTED_BODIES_OPENING.matcher(p.full()).region(from, to);
        Sentences.Sentence before = counted.matches() ? p.sentenceAt(sentence.start() - 1) : null;
        if (before == null) {
            return List.of();
        }
        List<Mention> named = namedIn(ms, before, m -> m.isOrganisation() && !ReferenceResolver.isReference(m));
        return named.size() == Chars.count(counted.group(1).charAt(0)) ? named : List.of();
    }

    /** "双方还将|联合": the two parties of the partnership stated last, when 双方 and adverbs only come before the link. */
    private static List<String> pairBefore(Passage p, int clauseStart, int link, Facts facts) {
        int both = lastBothParties(p, clauseStart, link);
        return both >= 0 && BOTH_THEN.matcher(p.full()).region(both + BOTH_PARTIES.length(), link).matches()
                ? facts.partiesBefore(both) : List.of();
    }

    /**
     * Where the last 双方 before {@code pos} and from {@code from} on stands, or -1; only the last clauses are
     * read, since a search back to the text's start at every verb would be quadratic.
     */
    private static int lastBothParties(Passage p, int from, int pos) {
        int start = Math.max(from, pos - MAX_TEAM_LIST);
        int found = p.full().substring(start, pos).lastIndexOf(BOTH_PARTIES);
        return found < 0 ? -1 : start + found;
    }

    /** "双方共同出资2亿元组建X": both parties of the partnership stated before invest in what the sentence names. */
    private static void jointInvestment(Passage p, Mentions ms, Sentences.Sentence s, List<String> parties,
                                        int verbStart, int verbEnd, Map<String, Object> props, Facts facts) {
        Mention first = ms.first(m -> m.isOrganisation() && parties.contains(m.canonical()));
        Mention target = first == null ? null : recipient(p, ms, s, first, verbStart, verbEnd);
        Sentences.Sentence before = p.sentenceAt(s.start() - 1);
        if (first != null && target == null && before != null && before.contains(first.start(), first.end())) {
            // "A与B合资成立C，在Y开发区建设…。双方共同出资…": where the partners said they build, after them or
            // opening their sentence ("在Y，A将与B合资建设…").
            target = ms.first(m -> m.type() == EntityType.Place && (m.start() > first.end()
                    || m.start() == before.start() + 1) && before.contains(m.start(), m.end())
                    && afterAt(p, m.start()) && !ms.insideName(m));
            target = target == null ? null : chainEnd(p, target, ms);
        }
        if (target == null) {
            return;
        }
        List<Map<String, Object>> shares = respectiveShares(p, verbStart, verbEnd, parties.size());
        for (int i = 0; i < parties.size(); i++) {
            facts.add(parties.get(i), RelationType.INVESTS_IN, target.canonical(), verbStart,
                    shares.isEmpty() ? props : shares.get(i), CONTEXT);
        }
    }

    /**
     * "双方分别出资5.2亿元和3.4亿元": one amount for each party, in the order they were named; empty unless
     * 分别 stands before the verb and exactly that many amounts follow it, joined by 和 or 、.
     */
    private static List<Map<String, Object>> respectiveShares(Passage p, int verbStart, int verbEnd, int parties) {
        String s = p.full();
        if (!s.startsWith(RESPECTIVELY, verbStart - RESPECTIVELY.length())) {
            return List.of();
        }
        List<Map<String, Object>> shares = new ArrayList<>();
        // Within the clause only: an amount searched for to the text's end at every verb would be quadratic.
        String clause = s.substring(verbEnd, clauseEnd(s, verbEnd));
        int from = 0;
        for (Optional<Amounts.Amount> next = Amounts.find(clause, from); next.isPresent() && next.get().start() == from;
             next = Amounts.find(clause, from)) {
            shares.add(next.get().properties());
            int end = next.get().end();
            from = end < clause.length() && "和、".indexOf(clause.charAt(end)) >= 0 ? end + 1 : -1;
            if (from < 0) {
                break;
            }
        }
        return shares.size() == parties ? shares : List.of();
    }

    /**
     * "同批签约的A、B和C将分别投资…", "入驻项目中，A投资…；B投资…": companies signed in the same batch as the
     * projects the text reported, or among the projects settling, go to the zone whose signing or settling it
     * reported first; null otherwise.
     */
    private static Mention batchSigningSite(Passage p, Mentions ms, Mention investor) {
        int listStart = listEndingWith(p.full(), ms, investor).get(0).start();
        Sentences.Sentence sentence = p.sentenceAt(investor.start());
        boolean among = sentence != null && PROJECTS_AMONG.matcher(sentence.text()).lookingAt();
        if (!among && !SAME_BATCH.matcher(p.full()).region(Math.max(0, listStart - MAX_BATCH_WORDS), listStart).find()) {
            return null;
        }
        for (Sentences.Sentence x : p.sentences()) {
            if (x.start() >= listStart) {
                break;
            }
            Mention zone = SETTLING.matcher(x.text()).find() ? ms.first(m -> m.type() == EntityType.Place
                    && "zone".equals(m.properties().get("level")) && x.contains(m.start(), m.end())
                    && !ms.insideName(m)) : null;
            if (zone != null) {
                return zone;
            }
        }
        return null;
    }

    /**
     * The company named last before "注册资本N元，(其中)" that leads to {@code investor} in its sentence, the
     * shares listed with semicolons between, or null.
     */
    private static Mention companyOfCapital(Passage p, Mentions ms, Sentences.Sentence part, Mention investor) {
        String s = p.full();
        if (investor.start() <= part.start()) {
            return null;
        }
        int capital = s.substring(part.start(), investor.start()).lastIndexOf(REGISTERED_CAPITAL);
        int at = capital < 0 ? -1 : part.start() + capital;
        // "…注册资本1000万元。其中，A出资…；B…入股": the capital said in the sentence before; so is it where the
        // sentence opens on the shareholding or the company's articles (从股权结构看，A出资…；按照公司章程，A出资…).
        Sentences.Sentence before = at < 0 && SHARES_SET_OUT.matcher(s).region(part.start(), s.length()).lookingAt()
                ? p.sentenceAt(part.start() - 1) : null;
        if (before != null && before.text().contains(REGISTERED_CAPITAL)) {
            int said = before.start() + before.text().lastIndexOf(REGISTERED_CAPITAL);
            return ms.last(m -> m.type() == EntityType.Enterprise && m.start() >= before.start() && m.end() <= said
                    && ms.outermost(m) && !m.canonical().equals(investor.canonical()));
        }
        // "按照合资协议，A以现金出资5.1亿元，持股51%": the shares are of the joint venture the text named; "根据协议，
        // A出资3亿元、持股60%，B出资…，合资公司(新公司)由A控股": of the one the sentence names after them.
        Sentences.Sentence sentence = p.sentenceAt(part.start());
        Matcher terms = at < 0 && sentence != null
                ? AGREEMENT_TERMS.matcher(s).region(sentence.start(), investor.start()) : null;
        if (terms != null && terms.lookingAt()) {
            boolean jointVenture = terms.group(1) != null;
            return ms.first(m -> m.type() == EntityType.Enterprise && ReferenceResolver.isReference(m)
                    && (jointVenture ? m.name().equals(JOINT_VENTURE_WORD) : ReferenceResolver.NEW_COMPANIES
                    .contains(m.name()) && m.start() > investor.end() && m.end() <= sentence.end())
                    && !m.canonical().equals(investor.canonical()));
        }
        // "C由A与B合资组建，注册资本20亿元，其中A出资…，B出资…": the capital is C's, not B's, named last before it;
        // "新公司由A控股，其中A出资1.02亿元；B出资9800万元": so are shares listed after 其中 with no capital said.
        Mention opening = ms.firstAt(part.start(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
        boolean sharesOfCapital = at >= 0 && SHARES_OF_CAPITAL.matcher(s).region(at, investor.start()).lookingAt();
        int among = at < 0 && opening != null ? s.lastIndexOf(AMONG, investor.start()) : -1;
        int sharesAt = sharesOfCapital ? at : opening != null && among > opening.end() ? among : -1;
        if (opening != null && sharesAt >= 0 && !opening.canonical().equals(investor.canonical())
                && FOUNDERS_BEFORE_CAPITAL.matcher(s).region(opening.end(), sharesAt).matches()) {
            return opening;
        }
        if (!sharesOfCapital) {
            return null;
        }
        return ms.last(m -> m.type() == EntityType.Enterprise && m.start() >= part.start() && m.end() <= at
                && ms.outermost(m) && !m.canonical().equals(investor.canonical()));
    }

    /** "Z全年引进项目27个，其中，X投资…": the investor is among the projects the place opening the sentence brought in. */
    private static boolean broughtInto(Passage p, Mention place, Mention investor) {
        return investor.start() > place.end()
                && PROJECTS_BROUGHT_IN.matcher(p.full()).region(place.end(), investor.start()).lookingAt();
    }

    /** The company after 取得 (获得, 持有) whose shares (34%的股权) are taken in [from, to), or null. */
    private static Mention stakeTaken(Passage p, Mentions ms, int from, int to) {
        Matcher taken = TAKING_STAKE.matcher(p.full()).region(from, to);
        while (taken.find()) {
            int at = taken.end();
            Mention company = ms.firstAt(at, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (company != null && STAKE.matcher(p.full()).region(company.end(), to).lookingAt()) {
                return company;
            }
        }
        return null;
    }

    /** "嘉善县姚庄镇则迎来X的封测项目": the place opening the sentence receives the investor's project. */
    private static boolean receivesProjectOf(Passage p, Mention place, Mention investor) {
        return investor.start() > place.end()
                && RECEIVES.matcher(p.full()).region(place.end(), investor.start()).matches();
    }

    /** The investor is the agent of its clause (由X投资), not its part's subject. */
    private static boolean isAgent(Passage p, Mention investor, Sentences.Sentence part) {
        return investor.start() > part.start() && p.charAt(investor.start() - 1) == '由';
    }

    /** The company an investment founds: "出资1.2亿元组建Y公司", "共同出资组建Y公司"; null if none. */
    private static Mention founded(Passage p, Mentions ms, Sentences.Sentence s, int verbEnd) {
        Matcher founding = FOUNDING.matcher(p.full()).region(verbEnd, s.end());
        return founding.lookingAt() ? ms.firstAt(founding.end(), m -> m.type() == EntityType.Enterprise
                && ms.outermost(m)) : null;
    }

    /**
     * Whether a place opens the clause from {@code clause} and spends at {@code verb} (镇里又投入, 县财政投入), or
     * opens the clause before one that names no subject (该县正在实施…，今年已投入).
     */
    private static boolean divisionSpends(Passage p, Mentions ms, int clause, int verb) {
        return arrangedForWork(p, ms, verb)
                && (ms.startingWithin(clause, verb).stream().anyMatch(m -> m.type() == EntityType.Place
                && !ms.insideName(m) && TIME_OPENING_CLAUSE.matcher(p.full()).region(clause, m.start()).matches()
                && SPENDING_ADVERBS.matcher(p.full()).region(m.end(), verb).matches())
                || divisionGoingOn(p, ms, clause, verb) != null);
    }

    /**
     * Whether the money set aside at {@code verb} goes where fundsArranged reads it: to a body or place supported
     * (支持Y), or built in the next clause (，在Z建设); not shares bought (投入500万元入股Y).
     */
    private static boolean arrangedForWork(Passage p, Mentions ms, int verb) {
        String s = p.full();
        Matcher arranged = ARRANGED.matcher(s).region(verb, s.length());
        Optional<Amounts.Amount> amount = arranged.lookingAt() ? amountRightAt(s, arranged.end()) : Optional.empty();
        if (amount.isEmpty()) {
            return false;
        }
        Matcher purpose = ARRANGED_FOR.matcher(s).region(arranged.end() + amount.get().end(), s.length());
        purpose.lookingAt();
        return purpose.group(1) != null || builtInNextClause(p, ms, purpose.end()) != null;
    }

    /**
     * "该县正在实施…，今年已投入560万元": the place opening the clause before, when the clause from {@code clause}
     * to {@code verb} holds only words of time and adverbs; null otherwise.
     */
    private static Mention divisionGoingOn(Passage p, Mentions ms, int clause, int verb) {
        Matcher time = TIME_OPENING_CLAUSE.matcher(p.full()).region(clause, verb);
        if (clause < 2 || !time.lookingAt()
                || !SPENDING_ADVERBS.matcher(p.full()).region(time.end(), verb).matches()) {
            return null;
        }
        Sentences.Sentence sentence = p.sentenceAt(clause - 1);
        int before = clauseStart(p.full(), clause - 2);
        // (Not "平顺县引进X公司，今年已投入…": an organisation named in the clause before may be what spends.)
        boolean organisationBefore = ms.startingWithin(before, clause).stream().anyMatch(Mention::isOrganisation);
        return sentence == null || before < sentence.start() || organisationBefore ? null
                : ms.firstAt(before, m -> m.type() == EntityType.Place && !ms.insideName(m));
    }

    /**
     * The amount written right at {@code from}, relative to it; the amount reader looks only a few characters on,
     * not to the text's end for every verb.
     */
    private static Optional<Amounts.Amount> amountRightAt(String s, int from) {
        return Amounts.find(s.substring(from, Math.min(s.length(), from + MAX_AMOUNT_LENGTH)), 0)
                .filter(a -> a.start() == 0);
    }

    /** "在镇内的Z村投资": a place said to be within the division named before ends the words at {@code pos}. */
    private static boolean atWithinDivision(Passage p, int pos) {
        return pos >= WITHIN_DIVISION_LENGTH && WITHIN_DIVISION.matcher(p.full())
                .region(pos - WITHIN_DIVISION_LENGTH, pos).matches();
    }

    /** "投资4亿元，在Z设立全资子公司Y": the place Y is founded in, the last of its chain, or null. */
    private static Mention foundedIn(Passage p, Mentions ms, Sentences.Sentence s, int verbEnd) {
        Matcher founding = FOUNDING.matcher(p.full()).region(verbEnd, s.end());
        Mention place = founding.lookingAt() && founding.start(1) >= 0 ? ms.firstAt(founding.start(1),
                m -> m.type() == EntityType.Place && !ms.insideName(m)) : null;
        return place == null ? null : chainEnd(p, place, ms);
    }

    /**
     * "X公司还将投入900万元，把该镇Y村闲置的老厂房改造成…": a sum spent, then a village or town after 把 that the
     * clause remakes, goes to that place, from the company the clause of the sum names.
     */
    private static void placesWorkedOn(Passage p, Mentions ms, Facts facts) {
        Matcher spent = SUM_THEN_PLACE_WORKED_ON.matcher(p.full());
        while (spent.find()) {
            int clause = clauseStart(p.full(), spent.start());
            Mention investor = ms.last(m -> m.type() == EntityType.Enterprise && ms.outermost(m)
                    && m.start() >= clause && m.end() <= spent.start());
            Mention first = ms.firstAt(spent.end(), m -> m.type() == EntityType.Place && !ms.insideName(m));
            Mention place = first == null ? null : chainEnd(p, first, ms);
            Object level = place == null ? null : place.properties().get("level");
            if (investor != null && ("village".equals(level) || "town".equals(level))) {
                Map<String, Object> props = Amounts.propertiesOfFirst(spent.group(1));
                facts.add(investor.canonical(), RelationType.INVESTS_IN, place.canonical(), spent.start(), props,
                        CLAUSE);
            }
        }
    }

    /**
     * "X集团将通过全资子公司Y在Z追加投资…": what the subsidiary spends in the sentence, its owner spends too, the
     * subsidiary being its channel.
     */
    private static void investedThroughSubsidiaries(Passage p, Mentions ms, Facts facts) {
        Matcher through = THROUGH_SUBSIDIARY.matcher(p.full());
        while (through.find()) {
            int at = through.start();
            Sentences.Sentence s = p.sentenceAt(at);
            Mention subsidiary = ms.firstAt(through.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Mention owner = s == null || subsidiary == null || subsidiary.start() != through.end() ? null
                    : ms.last(m -> m.type() == EntityType.Enterprise && ms.outermost(m) && m.start() >= s.start()
                            && m.end() <= at);
            if (owner == null) {
                continue;
            }
            for (Relation r : facts.list()) {
                if (r.type() == RelationType.INVESTS_IN && r.source().equals(subsidiary.canonical())
                        && r.evidence().equals(s.text())) {
                    facts.add(owner.canonical(), RelationType.INVESTS_IN, r.target(), at, r.properties(), CONTEXT);
                }
            }
        }
    }

    /**
     * "公司通过全资子公司A向B增资": the company spends, A being only the channel; null unless {@code channel} is
     * written so, right after the spender.
     */
    private static Mention spendingThrough(Passage p, Mentions ms, Sentences.Sentence s, Mention channel) {
        Matcher through = THROUGH.matcher(p.full()).region(Math.max(s.start(), channel.start() - MAX_THROUGH),
                channel.start());
        if (!through.find()) {
            return null;
        }
        int before = through.start();
        return ms.lastAt(before, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
    }

    /**
     * "，对红星村流转土地进行改良", "，为Z镇Y村修建产业路": a village or town opening a clause after 对 or 为, what money
     * is spent on.
     */
    private static boolean workedOnVillage(Passage p, Mentions ms, Mention place) {
        Object level = chainEnd(p, place, ms).properties().get("level");
        return "对为".indexOf(p.charAt(place.start() - 1)) >= 0 && isClauseBreak(p.charAt(place.start() - 2))
                && !PEOPLE_OF_A_PLACE.matcher(p.full()).region(chainEnd(p, place, ms).end(), p.full().length())
                        .lookingAt()
                && ("village".equals(level) || "town".equals(level));
    }

    /** The company after "，由" right after a sum ending at {@code sumEnd} and building 在 somewhere, or null. */
    private static Mention builderAfterSum(Passage p, Mentions ms, int sumEnd) {
        if ("，,".indexOf(p.charAt(sumEnd)) < 0 || p.charAt(sumEnd + 1) != '由') {
            return null;
        }
        Mention builder = ms.firstAt(sumEnd + 2, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
        return builder != null && p.charAt(builder.end()) == '在' ? builder : null;
    }

    /**
     * The place the clause ending at {@code clauseEnd} says something lies at (位于Z村), or null. The clause may
     * be in the sentence before the investment's (…，由A和B共同兴建。双方一共出资…).
     */
    private static Mention siteLaidBefore(Passage p, Mentions ms, int clauseEnd) {
        Sentences.Sentence s = p.sentenceAt(clauseEnd);
        if (s == null) {
            return null;
        }
        int clause = Math.max(s.start(), clauseStart(p.full(), clauseEnd));
        int lies = p.full().substring(clause, clauseEnd).indexOf(LIES_AT);
        Mention place = lies < 0 ? null : ms.firstAt(clause + lies + LIES_AT.length(),
                m -> m.type() == EntityType.Place && ms.outermost(m));
        return place == null ? null : chainEnd(p, place, ms);
    }

    /** {@code m} is written as what receives (向X, 对X, 向全资子公司X, 向越南子公司X). */
    private static boolean receivesAt(Passage p, Sentences.Sentence s, Mention m) {
        return "向对".indexOf(p.charAt(m.start() - 1)) >= 0 || TO_SUBSIDIARY.matcher(p.full())
                .region(Math.max(s.start(), m.start() - MAX_TO_SUBSIDIARY), m.start()).find();
    }

    /**
     * What an investment goes to within its own sentence: the company it founds ("出资1.2亿元组建Y公司"),
     * "在Y投资" / "向Y注资" between investor and verb, or the first place after the verb ("投资3亿元建设Y产业园").
     * Null when the sentence does not say.
     */
    private static Mention recipient(Passage p, Mentions ms, Sentences.Sentence s, Mention investor,
                                     int verbStart, int verbEnd) {
        Mention founded = founded(p, ms, s, verbEnd);
        if (founded != null) {
            return founded;
        }
        // "A由B投资3.2亿元设立": the company set up is A, written before 由.
        int by = investor.start() - 1;
        if (p.charAt(by) == '由' && SET_UP_WITH.matcher(p.full()).region(verbEnd, s.end()).lookingAt()) {
            // "X，由B投资2亿港元设立": the company may close a clause of its own before 由.
            int named = "，,".indexOf(p.charAt(by - 1)) >= 0 ? by - 1 : by;
            Mention setUp = ms.lastAt(named, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            // "该公司是A的全资子公司，由集团出资5亿元组建": the subsidiary the sentence opens on.
            // (这家新公司位于Z，由A投资…设立: after a demonstrative.)
            Matcher demonstrative = DEMONSTRATIVE.matcher(p.full()).region(s.start(), s.end());
            int opening = demonstrative.lookingAt() ? demonstrative.end() : s.start();
            Predicate<Mention> company = m -> m.type() == EntityType.Enterprise && ms.outermost(m);
            Mention described = setUp != null || named == by ? null
                    : Optional.ofNullable(ms.firstAt(s.start(), company)).orElseGet(() -> ms.firstAt(opening, company));
            // "新公司落户Z村，由A出资6000万元设立": so is the one it opens on with where it settles.
            boolean isDescribed = described != null
                    && (SUBSIDIARY_DESCRIBED.matcher(p.full()).region(described.end(), named).matches()
                    || SUBJECT_DESCRIBED.matcher(p.full()).region(described.end(), by).matches());
            setUp = isDescribed ? described : setUp;
            if (setUp != null) {
                return setUp;
            }
        }
        // "该牧场位于Z村，由A投资3.6亿元建设": the site said before 由, not a place a later clause names.
        Mention site = p.charAt(by) == '由' && "，,".indexOf(p.charAt(by - 1)) >= 0 ? siteLaidBefore(p, ms, by - 1)
                : null;
        if (site != null) {
            return site;
        }
        // "A是B出资2亿元设立的全资子公司": the subsidiary described is A, written before 是.
        if (SUBSIDIARY_SET_UP.matcher(p.full()).region(verbEnd, s.end()).lookingAt()) {
            // (B（以下简称“B′”）出资: the short name declared in brackets is the investor read.)
            Mention declaring = ms.startingWithin(s.start(), investor.start()).stream()
                    .filter(m -> m.type() == EntityType.Enterprise && m.end() <= investor.start()
                            && declaredUpTo(p.full(), m.end()) >= investor.end()).reduce((x, y) -> y).orElse(null);
            int copula = declaring != null ? declaring.start() - 1 : by;
            Mention described = p.charAt(copula) != '是' ? null
                    : ms.lastAt(copula, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (described != null) {
                return described;
            }
        }
        // "出资800万元入股X合作社": the body whose shares the money buys.
        // Within a few characters after the verb only: a search on to the sentence's end could be quadratic.
        String ahead = p.full().substring(verbEnd, Math.min(s.end(), verbEnd + MAX_AMOUNT_GAP + MAX_AMOUNT_LENGTH));
        int paidEnd = Amounts.find(ahead, 0).filter(a -> a.start() <= MAX_AMOUNT_GAP)
                .map(a -> verbEnd + a.end()).orElse(-1);
        // "出资1500万元，入股X": the clause may break after the sum.
        // "出资1800万元，与另外6个村的合作社共同入股X": with others named between.
        Matcher together = paidEnd < 0 ? null : JOINTLY_WITH.matcher(p.full()).region(paidEnd, s.end());
        int joinAt = together != null && together.lookingAt() ? together.end()
                : paidEnd >= 0 && "，,".indexOf(p.charAt(paidEnd)) >= 0 ? paidEnd + 1 : paidEnd;
        String joining = paidEnd < 0 ? null : SHARES_BOUGHT.stream().filter(w -> p.full().startsWith(w, joinAt))
                .findFirst().orElse(null);
        // "以300万元入股X", "以2亿元增资(入股)X": the verb itself buys the shares or adds the capital.
        String verbWord = p.full().substring(verbStart, verbEnd);
        boolean addsCapital = verbWord.equals(ADDS_CAPITAL);
        boolean buys = SHARES_BOUGHT.contains(verbWord) || verbWord.endsWith(JOINS_SHARES) || addsCapital;
        int buyingEnd = addsCapital && p.full().startsWith(JOINS_SHARES, verbEnd) ? verbEnd + JOINS_SHARES.length()
                : verbEnd;
        // "入股位于该旗Z镇的X": where the body lies may be said before its name.
        Mention joined = buys
                ? ms.firstAt(pastWhereItLies(p, ms, buyingEnd), m -> m.isOrganisation() && ms.outermost(m))
                : joining == null ? null : ms.firstAt(pastWhereItLies(p, ms, joinAt + joining.length()),
                m -> m.isOrganisation() && ms.outermost(m));
        // "入股X旗下的Y": the unit of X named after it.
        int unitAt = joined == null ? -1 : unitNamedAfter(p, joined.end(), s.end());
        Mention unit = unitAt < 0 ? null
                : ms.firstAt(unitAt, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
        joined = unit != null ? unit : joined;
        if (joined != null && !joined.canonical().equals(investor.canonical())) {
            return joined;
        }
        // "A、B合计增资9.6亿元，取得X34%的股权": the company whose stake the money buys.
        Mention stake = stakeTaken(p, ms, verbEnd, s.end());
        if (stake != null) {
            return stake;
        }
        // "…合计增资9.6亿元，取得X34%的股权。其中，A出资5.2亿元": the shares of a total the sentence before put in.
        Sentences.Sentence previous = p.full().startsWith(AMONG, s.start())
                ? previousWithText(p.sentences(), p.sentences().indexOf(s)) : null;
        Mention ofTotal = previous == null ? null : stakeTaken(p, ms, previous.start(), previous.end());
        // "基金总规模50亿元，…。其中，A出资15亿元": the body whose size the sentence before opened on.
        Mention sized = previous == null || ofTotal != null ? null
                : ms.firstAt(previous.start(), m -> m.isOrganisation() && ms.outermost(m));
        // "C由A与B合资组建，注册资本2亿元。其中，A出资…": so are the shares of its capital.
        ofTotal = sized != null && (TOTAL_SIZE.matcher(p.full()).region(sized.end(), previous.end()).lookingAt()
                || p.full().substring(sized.end(), previous.end()).contains(REGISTERED_CAPITAL)) ? sized : ofTotal;
        if (ofTotal != null && !ofTotal.canonical().equals(investor.canonical())) {
            return ofTotal;
        }
        // "对其增资", "向其注资", "向其追加投资": the company the text spoke of before, not the investor.
        int its = verbStart - 1 - (p.full().startsWith(ADDED, verbStart - ADDED.length()) ? ADDED.length() : 0);
        if (p.charAt(its) == '其' && "对向为给".indexOf(p.charAt(its - 1)) >= 0) {
            return ms.last(m -> m.type() == EntityType.Enterprise && m.end() <= verbStart && ms.outermost(m)
                    && !m.canonical().equals(investor.canonical()));
        }
        // Not where the investor is (总部位于Z，已投入…在Y建设, 注册于Z，今年投资…在Y建设): 位于 places the company, not
        // its money; nor the group it belongs to (隶属于Y，今年投资…). Nor what
        // received the money of a clause before (把1亿元投向A村，另外5000万元投入B村).
        int clause = clauseStart(p.full(), verbStart);
        // Not across "；": another project's site (在Z建设…；另有1500万元投向Y村).
        Sentences.Sentence part = semicolonPart(p, s, verbStart);
        // (投资N亿元在Z建设…，另投入M万元在Y…: nor the site of an investment a clause before.)
        Mention before = ms.last(m -> m.isActor() && m.start() > investor.end() && m.start() >= part.start()
                && m.end() <= verbStart && !(m.start() < clause && sumInvestedBetween(p, ms, investor.end(), m.start()))
                && (("在于".indexOf(p.charAt(m.start() - 1)) >= 0 || atWithinDivision(p, m.start()))
                && !p.full().startsWith(LIES_AT, m.start() - LIES_AT.length())
                && !p.full().startsWith(A_UNIT_OF, m.start() - A_UNIT_OF.length())
                && !REGISTERED_AT.matcher(p.full()).region(Math.max(0, chainStart(ms, m) - 3), chainStart(ms, m)).find()
                || receivesAt(p, s, m) && m.start() >= clause));
        if (before != null) {
            return before.type() == EntityType.Place ? chainEnd(p, before, ms) : before;
        }
        // After the verb in its clause, or in a later one that says where (投资3亿元，在Y镇建设); not where the
        // products go (，产品供应上海).
        // "投入560万元，流转X村680亩土地": the land rented says where, too; so does a village or town worked on
        // (，对X村…).
        Mention place = ms.first(m -> m.type() == EntityType.Place && m.start() >= verbEnd && m.end() <= part.end()
                && !ms.insideName(m) && (!CLAUSE_BREAK.matcher(p.full().substring(verbEnd, m.start())).find()
                || "在于".indexOf(p.charAt(m.start() - 1)) >= 0 || afterAt(p, m.start()) || workedOnVillage(p, ms, m)
                || p.full().startsWith(RENTING, m.start() - RENTING.length())));
        // "实验室首期投入6000万元，其中X出资4500万元，Y以设备折资1500万元": the shares go to what the total was put in,
        // not to where it is sited (实验室设在Z，首期研发经费1.5亿元，其中…).
        // "该计划为期五年，总投入5000万元，其中X出资…": so do a program's.
        Mention funded = ms.firstAt(part.start(), m -> (m.isOrganisation() || m.type() == EntityType.Program)
                && m.end() < investor.start()
                && !m.canonical().equals(investor.canonical()) && SHARES_OF_TOTAL.matcher(p.full())
                .region(m.end(), investor.start()).lookingAt());
        if (place == null && funded != null) {
            return funded;
        }
        // "C是A与B合资组建的，其中A出资3亿元，B出资2亿元": the shares are of the company the partners found.
        Matcher founding = JOINT_VENTURE.matcher(p.full()).region(s.start(), Math.max(s.start(), investor.start()));
        boolean amongFounders = place == null && founding.find()
                && p.full().substring(founding.end(), investor.start()).contains(AMONG)
                && (p.full().startsWith(AMONG, investor.start() - AMONG.length())
                || isClauseBreak(p.charAt(investor.start() - 1)));
        Mention jointVenture = amongFounders ? companyTheSentenceIsAbout(p, ms, s, investor.start()) : null;
        if (jointVenture != null && !jointVenture.canonical().equals(investor.canonical())) {
            return jointVenture;
        }
        // "双方将共建Y研究院，其中A首期出资8000万元", "双方组建Y公司负责运营，其中A出资…，B出资…": each share listed
        // after 其中 goes to what the parties build together.
        int among = p.full().lastIndexOf(AMONG, investor.start() - AMONG.length());
        // (…，B另外投资1亿元建设Z: a clause spending on something else is no share.)
        boolean listedAmong = among >= part.start() && (among + AMONG.length() == investor.start()
                || isClauseBreak(p.charAt(investor.start() - 1)) && investor.end() == verbStart
                && p.full().startsWith(PAYS, verbStart));
        Mention built = place != null || !listedAmong ? null : ms.last(m -> m.isOrganisation() && ms.outermost(m)
                && m.start() >= part.start() && m.end() < among);
        Matcher duty = built == null ? null : DUTY_OF_BUILT.matcher(p.full()).region(built.end(), among);
        int builtClauseEnd = built == null ? -1 : duty.lookingAt() ? duty.end() : built.end();
        if (built != null && isClauseBreak(p.charAt(builtClauseEnd)) && builtClauseEnd == among - 1
                && BUILT_JOINTLY.matcher(p.full())
                .region(Math.max(part.start(), built.start() - MAX_BUILT_JOINTLY), built.start()).find()) {
            return built;
        }
        // "…组建的C负责开发建设，注册资本5亿元，其中前者出资3亿元": the shares are of the company whose capital it is.
        Mention capitalised = place == null ? companyOfCapital(p, ms, s, investor) : null;
        if (capitalised != null) {
            return capitalised;
        }
        if (place == null) {
            place = sitedPlace(p, ms, part);
        }
        Matcher moved = place == null ? MOVED_TO.matcher(p.full()).region(part.start(), verbStart) : null;
        if (moved != null && moved.find()) {
            Mention movedTo = ms.firstAt(moved.end(), m -> m.type() == EntityType.Place && !ms.insideName(m));
            place = movedTo == null ? null : chainEnd(p, movedTo, ms);
        }
        if (place == null) {
            // "在小淹镇，X公司投资1.1亿元建设...": the place the sentence opens with, or the part of it between
            // semicolons ("在A镇，X与Y签约；在B镇，该公司投资…": B镇); "A县依托…，由X投资…": the part's subject.
            // (在基地所在的Z村，X投入…: the place may be described before its name.)
            Matcher described = SCENE_DESCRIBED.matcher(p.full()).region(part.start(), verbStart);
            int sceneAt = described.lookingAt() ? described.end() : part.start() + 1;
            place = ms.first(m -> m.type() == EntityType.Place && (m.start() == sceneAt
                    && p.charAt(part.start()) == '在' || m.start() == part.start()
                    && (isAgent(p, investor, part) || broughtInto(p, m, investor)
                            || receivesProjectOf(p, chainEnd(p, m, ms), investor))));
            // "…，在北留镇共建冷链物流园，总投资6亿元，其中X出资3.6亿元": the site its part names with 在.
            // Not where the parties met (在昆明签署协议，双方将在Z共建…).
            place = place != null ? place : ms.first(m -> m.type() == EntityType.Place && part.contains(m.start(), m.end())
                    && m.end() <= verbStart && afterAt(p, m.start()) && !ms.insideName(m)
                    && !MEETING.matcher(p.full()).region(chainEnd(p, m, ms).end(), verbStart).lookingAt());
        }
        return place == null ? null : chainEnd(p, place, ms);
    }

    /**
     * "A与B签订协议，并投资3200万元...": a clause opening with 并 (还, 同时...) goes on with the sentence's
     * subject, not with the party last named, or with the subject of the clause before when it has one.
     */
    private static Mention continuingSubject(Passage p, Mentions ms, Sentences.Sentence s, int verb, Mention found) {
        int clause = clauseStart(p.full(), verb);
        Matcher opener = CONTINUING.matcher(p.full()).region(clause, verb);
        if (clause <= s.start() || found.end() > clause || !opener.lookingAt()) {
            return found;
        }
        // "…：镇政府统筹…，该公司负责…，并出资": a clause of its own subject before goes on with that subject.
        int previous = clauseStart(p.full(), clause - 1);
        Mention ownSubject = previous <= s.start() ? null
                : ms.firstAt(previous, m -> m.isOrganisation() && ms.outermost(m));
        Mention subject = ownSubject != null ? ownSubject : continuedSubject(p, ms, clause, opener.end());
        return subject != null && subject.isOrganisation() ? subject : found;
    }

    /**
     * "该公司由(拉萨的)X集团控股，…先后投入5800万元", "A是X集团的全资子公司，去年还投资…": the agent or the
     * complement of a clause closed before the verb (由X…，, 是X的…，) is no subject of the clauses after it; the
     * sentence's subject before 由 or 是 is. Else {@code found}.
     */
    private static Mention subjectBeforeAgent(Passage p, Mentions ms, Sentences.Sentence s, int verb, Mention found) {
        if (found == null) {
            return null;
        }
        String text = p.full();
        String before = text.substring(s.start(), found.start());
        int by = s.start() + Math.max(before.lastIndexOf('由'), before.lastIndexOf('是'));
        boolean agent = by >= s.start() && !CLAUSE_BREAK.matcher(text.substring(by, found.start())).find()
                && CLAUSE_BREAK.matcher(text.substring(found.end(), verb)).find();
        Mention subject = agent ? ms.first(m -> (m.type() == EntityType.Enterprise || m.type() == EntityType.Government)
                && m.start() >= s.start() && m.end() <= by && ms.outermost(m)) : null;
        // "由X主办的签约仪式…，总投资…": an agent inside a description (由X…的) does nothing of the sentence's.
        Matcher clauseEnd = CLAUSE_BREAK.matcher(text).region(found.end(), verb);
        boolean described = agent && text.charAt(by) == '由' && clauseEnd.find()
                && text.substring(found.end(), clauseEnd.start()).contains("的");
        return subject != null ? subject : described ? null : found;
    }

    /**
     * "A与B签署协议，随后又与C签约，拟投资…": a party a clause signs with (与C签约) only signs; what the later clause
     * spends is the company last named before it, the sentence's subject.
     */
    private static Mention signersOwnSpending(Passage p, Mentions ms, Sentences.Sentence s, int verb, Mention found) {
        if (found == null) {
            return null;
        }
        String text = p.full();
        int chain = chainStart(ms, found);
        Matcher clauseBreak = CLAUSE_BREAK.matcher(text).region(found.end(), verb);
        boolean signedWith = chain > s.start() && "与同".indexOf(text.charAt(chain - 1)) >= 0 && clauseBreak.find()
                && SIGNING.matcher(text).region(found.end(), clauseBreak.start()).find();
        Mention subject = signedWith ? ms.last(m -> m.type() == EntityType.Enterprise && m.start() >= s.start()
                && m.end() < chain && ms.outermost(m)) : null;
        return subject != null ? subject : found;
    }

    /** "X公司在园区设立宁夏分公司，投资4.6亿元...": the company that sets a branch up spends, not the branch. */
    private static Mention founderOf(Passage p, Mentions ms, Sentences.Sentence s, Mention found) {
        if (!OrganizationRecognizer.isBranch(found.canonical())) {
            return found;
        }
        Mention founder = ms.first(m -> m.type() == EntityType.Enterprise && m.start() >= s.start()
                && m.end() < found.start() && ms.outermost(m) && found.canonical().startsWith(m.canonical()));
        return founder == null ? found : founder;
    }

    /** "由X公司(负责)投资建设": who builds a project is its investor, though the sentence gives no amount. */
    private static boolean builtBy(Passage p, Mentions ms, int verbStart, int verbEnd) {
        // "由X投资建设", "由X负责投资建设"
        int builderEnd = p.full().startsWith(IN_CHARGE, verbStart - IN_CHARGE.length()) ? verbStart - IN_CHARGE.length()
                : verbStart;
        Mention builder = ms.lastAt(builderEnd, m -> m.isOrganisation());
        // (由X（以下简称“Y”）投资建设: the builder's short name may be declared before the verb; only then is every
        // name looked at.)
        if (builder == null && "）)".indexOf(p.charAt(builderEnd - 1)) >= 0) {
            builder = ms.last(m -> m.isOrganisation() && declaredUpTo(p.full(), m.end()) == builderEnd);
        }
        // 由 right before the builder, or before a description of it (由X集团全资子公司Y负责投资建设).
        return builder != null && p.full().substring(clauseStart(p.full(), builder.start()), builder.start()).indexOf('由') >= 0
                && BUILDING.matcher(p.full()).region(verbEnd, p.full().length()).lookingAt();
    }

    /**
     * "第三个项目落户朱河镇。", "X项目已在Y开发区开工建设。", "另有三家企业落户Y镇。": where a sentence about a
     * project, or siting one, and naming no company puts it, for the investment the next sentence states; a
     * company it names builds there, and the next sentence may say who pays for that very project ("A在Z建设的中央
     * 厨房投产。项目由B投资…"), as may a facility it says started after its places ("Z村的加工车间正式投产。该项目
     * 由B投资…"). Null otherwise.
     */
    private static Mention projectSite(Passage p, Mentions ms, Sentences.Sentence s, boolean thatProject) {
        boolean project = thatProject || s.text().contains("项目");
        boolean namesCompany = ms.first(m -> m.type() == EntityType.Enterprise && s.contains(m.start(), m.end())) != null;
        if (!project && !SITED.matcher(s.text()).find() || !thatProject && namesCompany) {
            return null;
        }
        Mention place = sitedPlace(p, ms, s);
        if (place == null && project) {
            // "Z镇肉牛育肥基地项目开工建设": the project named after the places it lies in, or after them and a comma
            // where they set the scene (3月18日，A县B镇C村，X产业园项目开工建设).
            for (Mention m : ms.startingWithin(s.start(), s.end())) {
                if (m.type() != EntityType.Place || m.end() > s.end() || ms.insideName(m)) {
                    continue;
                }
                Mention last = chainEnd(p, m, ms);
                int from = Math.min(last.end() + (p.charAt(last.end()) == '，' ? 1 : 0), s.end());
                // "Z村的加工车间正式投产。该项目由X投资…": a facility started there is the project the next sentence
                // says who pays for.
                if (PROJECT_AFTER_PLACE.matcher(p.full()).region(from, s.end()).lookingAt()
                        || thatProject && FACILITY_AFTER_PLACE.matcher(p.full()).region(from, s.end()).lookingAt()) {
                    return last;
                }
            }
            place = ms.first(m -> m.type() == EntityType.Place && s.contains(m.start(), m.end())
                    && afterAt(p, m.start()) && !ms.insideName(m));
        }
        return place == null ? null : chainEnd(p, place, ms);
    }

    /** The part of sentence {@code s} between the semicolons around {@code pos}. */
    private static Sentences.Sentence semicolonPart(Passage p, Sentences.Sentence s, int pos) {
        String text = p.full();
        int from = Math.max(text.lastIndexOf('；', pos - 1) + 1, s.start());
        int to = text.indexOf('；', pos);
        int end = to < 0 || to > s.end() ? s.end() : to;
        return new Sentences.Sentence(from, end, text.substring(from, end));
    }

    /**
     * The place right after a word of siting anywhere in the sentence (项目落户Y镇，由X...), or null; not where a
     * headquarters is (总部位于Z的X将产线转移到Y), though where one moves to is (总部落户Z).
     */
    private static Mention sitedPlace(Passage p, Mentions ms, Sentences.Sentence s) {
        Matcher sited = SITED.matcher(p.full()).region(s.start(), s.end());
        while (sited.find()) {
            int after = sited.end();
            if (p.full().startsWith(HEADQUARTERS, sited.start() - HEADQUARTERS.length())
                    && HEADQUARTERED.matcher(sited.group()).matches()) {
                continue;
            }
            Mention place = ms.firstAt(after, m -> m.type() == EntityType.Place && !ms.insideName(m));
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * "A与B签订协议，计划投资N万元": the party after a linking word (与, 携手...) is A's partner, not the one
     * spending; the investor is the subject before the link.
     */
    private static Mention subjectOfLink(Passage p, Mentions ms, Mention candidate) {
        Mention cur = candidate;
        for (int guard = 0; guard < 3; guard++) {
            String s = p.full();
            int linkStart = -1;
            int named = placedFrom(p, ms, cur);
            for (String link : PARTNER_LINKS) {
                if (named >= link.length() && s.startsWith(link, named - link.length())) {
                    linkStart = named - link.length();
                    break;
                }
            }
            int at = linkStart < 0 ? -1 : beforeTime(s, clauseStart(s, linkStart), afterDeclaration(s, linkStart));
            Mention a = linkStart < 0 ? null : ms.last(m -> (m.type() == EntityType.Enterprise
                    || m.type() == EntityType.Government || m.type() == EntityType.ResearchTeam)
                    && m.end() <= at && m.end() >= at - MAX_PARTY_GAP && ms.outermost(m) && plainGap(p, ms, m.end(), at));
            if (a == null) {
                return cur;
            }
            cur = a;
        }
        return cur;
    }

    /** Where {@code m} starts with the places that say where it is (与|震泽镇桑荫村的|X合作社), or its own start. */
    private static int placedFrom(Passage p, Mentions ms, Mention m) {
        if (m.start() == 0 || p.charAt(m.start() - 1) != '的') {
            return m.start();
        }
        int at = placeChainStart(ms, m.start() - 1);
        return at < m.start() - 1 ? at : m.start();
    }

    /** Where the places written one after another up to {@code end} start (新疆|呼图壁县), or {@code end}. */
    private static int placeChainStart(Mentions ms, int end) {
        int at = end;
        for (Mention place = ms.lastAt(at, m -> m.type() == EntityType.Place); place != null;
             place = ms.lastAt(at, m -> m.type() == EntityType.Place)) {
            at = place.start();
        }
        return at;
    }

    /**
     * "X公司Y项目在Z开工。该项目总投资N亿元": a sentence about a project's (or a base's) investment with no
     * investor of its own continues the previous one, whose company invests in the place the project is built in.
     * Returns that place, or null when the previous sentence names none.
     */
    private static Mention projectInvestment(Passage p, Mentions ms, int si, int verb, Map<String, Object> props,
                                             Facts facts) {
        Sentences.Sentence s = p.sentences().get(si);
        String beforeVerb = p.full().substring(s.start(), verb);
        boolean project = PROJECT_WORDS.stream().anyMatch(beforeVerb::contains);
        boolean plant = !project && PLANT_OPENING.matcher(p.full()).region(s.start(), verb).lookingAt();
        if (si == 0 || !project && !plant) {
            return null;   // "基地总投资1.8亿元": a base, like a project, is the previous sentence's company's
        }
        Sentences.Sentence previous = previousWithText(p.sentences(), si);
        if (previous == null) {
            return null;
        }
        // "X的电站昨天并网。电站总投资…": a plant is the company's only where the sentence before says so.
        Mention first = ms.first(m -> m.type() == EntityType.Enterprise && previous.contains(m.start(), m.end())
                && ms.outermost(m));
        if (plant && (first == null || !COMPANYS_PLANT
                .matcher(p.full()).region(endWithDeclaration(p.full(), first), previous.end()).lookingAt())) {
            return null;
        }
        // "该项目选址Y，总投资...": the project of the previous sentence's company, sited in this one.
        Mention sitedHere = sitedPlace(p, ms, s);
        if (sitedHere != null && first != null) {
            Mention site = chainEnd(p, sitedHere, ms);
            facts.add(first.canonical(), RelationType.INVESTS_IN, site.canonical(), verb, props, CONTEXT);
            return site;
        }
        // "X在Y建设", "支持其在Y建设": the company that builds at the site, where the sentence says so.
        for (Mention site : ms.of(m -> m.type() == EntityType.Place && previous.contains(m.start(), m.end())
                && afterAt(p, m.start()))) {
            int at = site.start() - 1;
            Mention builder = p.charAt(at - 1) == '其'
                    ? ms.last(m -> m.type() == EntityType.Enterprise && m.end() < at && previous.contains(m.start(), m.end())
                            && ms.outermost(m))
                    : ms.last(m -> m.type() == EntityType.Enterprise && m.end() <= at && at - m.end() <= MAX_PARTY_GAP
                            && ms.outermost(m));
            if (builder != null) {
                Mention built = chainEnd(p, site, ms);
                facts.add(builder.canonical(), RelationType.INVESTS_IN, built.canonical(), verb, props, CONTEXT);
                return built;
            }
        }
        // The site after the company (X公司在Y开工), else before it (在Y镇，X公司将携手...).
        Mention site = first == null ? null : ms.of(m -> m.type() == EntityType.Place
                && previous.contains(m.start(), m.end()) && "在于".indexOf(p.charAt(m.start() - 1)) >= 0).stream()
                .min(Comparator.comparing((Mention m) -> m.start() < first.start()).thenComparingInt(Mention::start))
                .orElse(null);
        if (site == null) {
            return null;
        }
        Mention built = chainEnd(p, site, ms);
        facts.add(first.canonical(), RelationType.INVESTS_IN, built.canonical(), verb, props, CONTEXT);
        return built;
    }

    /**
     * "X公司与金山区朱泾镇签约，计划投资2.3亿元建设…": a company that signed with a place earlier in the sentence
     * invests in that place.
     */
    private static Mention placeSignedWith(Passage p, Mentions ms, Sentences.Sentence s, Mention investor, int verb,
                                           Facts facts) {
        List<String> parties = facts.partiesWithin(s.start(), verb);
        if (parties.size() != 2 || !parties.contains(investor.canonical())) {
            return null;
        }
        String other = parties.get(parties.get(0).equals(investor.canonical()) ? 1 : 0);
        return ms.first(m -> m.type() == EntityType.Place && m.canonical().equals(other) && m.start() >= s.start()
                && m.end() <= verb && !ms.insideName(m));
    }

    /**
     * "P村的藏香猪养殖基地里…。这座基地由X投资4800万元建设": a sentence opening with this facility invests where
     * the sentence before placed it (the place chain before 的 and a description ending in the same word, or the
     * place the sentence opens on with 在 and a description in its next clause).
     */
    private static Mention describedFacilityPlace(Passage p, Mentions ms, List<Sentences.Sentence> sentences,
                                                  int si) {
        Sentences.Sentence s = sentences.get(si);
        Matcher facility = THIS_FACILITY.matcher(p.full()).region(s.start(), s.end());
        // "工厂由X投资…", "物流园(计划)总投资…": without a demonstrative, the facility opens the sentence as what X
        // built or what the total is spent on.
        boolean opens = facility.lookingAt();
        int total = !opens ? -1
                : facility.end() + (p.full().startsWith(PLANNED, facility.end()) ? PLANNED.length() : 0);
        if (!opens || facility.group(1) == null && !p.full().startsWith("由", facility.end())
                && !p.full().startsWith(TOTAL_INVESTMENT, total)) {
            return null;
        }
        // The sentence that describes it may stand a few before, with others of the same story between.
        Sentences.Sentence described = previousWithText(sentences, si);
        for (int back = 0; back < MAX_SENTENCES_TO_FACILITY && described != null; back++) {
            Mention place = facilityPlace(p, ms, described, facility.group(2));
            if (place != null) {
                return place;
            }
            described = previousWithText(sentences, sentences.indexOf(described));
        }
        return null;
    }

    /** Where sentence {@code previous} says the facility it describes by {@code word} lies, or null. */
    private static Mention facilityPlace(Passage p, Mentions ms, Sentences.Sentence previous, String word) {
        for (Mention place : ms.of(m -> m.type() == EntityType.Place && previous.contains(m.start(), m.end())
                && !ms.insideName(m))) {
            Mention last = chainEnd(p, place, ms);
            // "上伏村的食用菌产业园": the facility read as a place of its own is where the place before 的 has it.
            Mention owner = last.canonical().endsWith(word) && p.charAt(last.start() - 1) == '的'
                    ? ms.lastAt(last.start() - 1, m -> m.type() == EntityType.Place) : null;
            if (owner != null) {
                return owner;
            }
            // "X公司转向架生产基地在Z开工": a company's facility, then 在 and where it is.
            int sitedAt = chainStart(ms, place) - 1;
            int clause = clauseStart(p.full(), Math.max(0, sitedAt));
            if (sitedAt > 0 && !p.inTitle(place) && p.charAt(sitedAt) == '在'
                    && p.full().startsWith(word, sitedAt - word.length())
                    && ms.first(m -> m.type() == EntityType.Enterprise && m.start() >= clause && m.end() < sitedAt
                    && !ReferenceResolver.isReference(m)) != null) {
                return last;
            }
            int from = last.end() + 1;
            String near = p.full().substring(Math.min(from, previous.end()),
                    Math.min(from + MAX_DESCRIPTION + word.length(), previous.end()));
            int described = near.indexOf(word);
            // "Z村的冷库", "Z村新落成的冷库", "Z镇新建的荔枝物流园": the facility described right after the place.
            String lead = described < 0 ? "" : p.full().substring(last.end(), Math.min(from, previous.end()) + described);
            if (described >= 0 && lead.chars().noneMatch(Chars::isPunctuation) && lead.indexOf('的') >= 0) {
                return last;
            }
            // "在Z村，海拔2900米的种球繁育基地里…": the sentence opens on the place, and its next clause describes
            // the facility there.
            boolean opensOn = place.start() == previous.start() + 1 && p.charAt(previous.start()) == '在';
            if (opensOn && "，,".indexOf(p.charAt(last.end())) >= 0
                    && p.full().substring(from, clauseEnd(p.full(), from)).contains(word)) {
                return last;
            }
        }
        return null;
    }

    /** The last sentence with text before sentence {@code si} (a blank line between paragraphs is none), or null. */
    private static Sentences.Sentence previousWithText(List<Sentences.Sentence> sentences, int si) {
        for (int i = si - 1; i >= 0; i--) {
            if (!sentences.get(i).text().isBlank()) {
                return sentences.get(i);
            }
        }
        return null;
    }

    /** The finest place the title names when it is local (a town, village or zone): where the story happens. */
    private static Mention localHeadlinePlace(Passage p, Mentions ms) {
        Mention place = headlinePlace(p, ms);
        return place != null && rank(place) >= LEVEL_RANK.get("town") ? place : null;
    }

    // ---- PARTNERS_WITH

    private void partners(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        // "(由)A、B和C(联合)组成的团队": the organisations of the clause before 组成 form one team.
        for (int formed = s.indexOf(FORMED); formed >= 0; formed = s.indexOf(FORMED, formed + 1)) {
            if (!p.isBoundary(formed)) {
                continue;   // 专家组|成果: the 组 closing a word, then a word of its own, forms nothing
            }
            int from = Math.max(clauseStart(s, formed), formed - MAX_TEAM_LIST);
            int to = formed;
            // 该校X实验室: a reference written right before a unit only says whose unit it is.
            List<Mention> parties = ms.of(x -> x.isOrganisation() && x.start() >= from && x.end() <= to
                    && ms.outermost(x) && !(ReferenceResolver.isReference(x)
                    && ms.firstAt(x.end(), u -> u.isOrganisation()) != null));
            pairs(parties, from, STATED, facts);
        }
        bothSidesSign(p, ms, facts);
        foundersPayingShares(p, ms, facts);
        countedBodies(p, ms, facts);
        itsPartners(p, ms, facts);
        countedPartnersIncluding(p, ms, facts);
        togetherUnderLeader(p, ms, facts);
        listedDoingJointly(p, ms, facts);
        supportProvided(p, ms, facts);
        licensed(p, ms, facts);
        supplying(p, ms, facts);
        handedOver(p, ms, facts);
        commissioned(p, ms, facts);
        runForTheBuilder(p, ms, facts);
        grownForTheBuyer(p, ms, facts);
        cropBoughtBy(p, ms, facts);
        researchReliedOn(p, ms, facts);
        reliedOnJointly(p, ms, facts);
        partnersNamed(p, ms, facts);
        partnerOf(p, ms, facts);
        // "A、B、C三方签订合作协议", "支持A、B共建X": the parties listed before their count, or organisations
        // listed right before building together, cooperate, each with each.
        for (Pattern listed : List.of(PARTIES_COUNTED, BUILDING_TOGETHER)) {
            Matcher after = listed.matcher(s);
            while (after.find()) {
                int at = after.start();
                List<Mention> parties = new ArrayList<>();
                // A village of the list partners too (A公司、B村和C合作社合资兴建), a place of where it happens not.
                boolean mixed = listed == BUILDING_TOGETHER;
                for (Mention m = ms.lastAt(at, x -> (listed == PARTIES_COUNTED ? x.isActor() : x.isOrganisation()
                        || x.type() == EntityType.Place && !isLocative(p, ms, x)) && ms.outermost(x));
                     m != null; m = mixed ? listedActorBefore(s, ms, m) : listedBefore(s, ms, m)) {
                    parties.add(m);
                }
                // "A与B、C签署协议，三方将共建X": the parties the sentence named, when there are as many.
                Sentences.Sentence sentence = parties.isEmpty() && listed == PARTIES_COUNTED && at > 0
                        && isClauseBreak(s.charAt(at - 1)) ? p.sentenceAt(at) : null;
                if (sentence != null) {
                    parties = ms.of(x -> x.isOrganisation() && x.start() >= sentence.start() && x.end() <= at
                            && ms.outermost(x) && !ReferenceResolver.isReference(x));
                    parties = parties.size() == Chars.count(after.group(1).charAt(0)) ? parties : List.of();
                }
                if (parties.size() >= 2) {
                    pairs(parties, at, STATED, facts);
                }
            }
        }
        Matcher verb = COOPERATE.matcher(s);
        int cooperatedUpTo = -1;
        while (findFrom(verb, s, COOPERATE_FIRSTS)) {
            int clauseStart = clauseStart(s, verb.start());
            // 合作 of 合作社 (a cooperative named or called so) is no verb.
            boolean ofCooperative = s.startsWith(ReferenceResolver.COOPERATIVE, verb.start());
            boolean alone = verb.group().equals(CARRY_OUT) && !carriedOutWith(p, clauseStart, verb.start())
                    || divisionsCarryingOut(p, ms, verb, clauseStart);
            if (clauseStart > cooperatedUpTo && !ofCooperative && !alone) {
                // "同批签约的A、B和C": a verb describing the list after it makes its members co-signers, not partners.
                boolean describing = p.charAt(verb.end()) == '的';
                cooperation(p, ms, clauseStart, describing ? verb.end() : clauseEnd(s, verb.end()), facts);
                cooperatedUpTo = describing ? cooperatedUpTo : clauseStart;
            }
        }
        joiningCooperation(p, ms, facts);
        if (!s.contains("合作")) {
            return;
        }
        Matcher cue = PLACE_SCHOOL.matcher(s);
        // The 地 of 校地合作 is a division; a zone of the title is none.
        Mention headline = headlinePlace(p, ms);
        headline = headline != null && "zone".equals(headline.properties().get("level")) ? null : headline;
        while (cue.find() && headline != null) {
            int paragraphEnd = s.indexOf('\n', cue.end()) < 0 ? s.length() : s.indexOf('\n', cue.end());
            // The school signing (X大学与Y签署校地合作协议), before what the parties build (双方将共建Z研究院).
            int sentenceStart = sentenceStartAt(p, cue.start());
            Mention signing = ms.first(x -> x.type() == EntityType.ResearchTeam && x.start() >= sentenceStart
                    && x.end() <= cue.start() && ms.outermost(x));
            Mention school = signing != null ? signing : ms.first(x -> x.type() == EntityType.ResearchTeam
                    && x.start() > cue.end() && x.end() <= paragraphEnd);
            if (school != null) {
                facts.add(headline, RelationType.PARTNERS_WITH, school, school.start(), CONTEXT);
            }
        }
    }

    /** "C由A出资2.6亿元、B出资1.4亿元共同组建": the founders each paying a share of the company are partners. */
    private static void foundersPayingShares(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher founding = JOINT_VENTURE.matcher(s);
        while (founding.find()) {
            int at = founding.start();
            int by = s.lastIndexOf('由', at);
            if (p.charAt(at - 1) != '元' || by < clauseStart(s, at)) {
                continue;
            }
            pairs(ms.of(m -> m.isOrganisation() && ms.outermost(m) && m.start() > by && m.end() < at
                    && s.startsWith(PAYS, endWithDeclaration(s, m))), by, STATED, facts);
        }
    }

    /**
     * "…项目由A承担，合作企业为B": the partners a sentence names as such work with the body it named last
     * before them.
     */
    private static void partnersNamed(Passage p, Mentions ms, Facts facts) {
        Matcher named = PARTNERS_NAMED.matcher(p.full());
        while (named.find()) {
            int at = named.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention body = sentence == null ? null : ms.last(m -> m.isOrganisation() && m.start() >= sentence.start()
                    && m.end() <= at && ms.outermost(m));
            for (Mention partner : body == null ? List.<Mention>of() : listedFrom(p, ms, named.end())) {
                if (partner.isOrganisation() && !partner.canonical().equals(body.canonical())) {
                    facts.add(body, RelationType.PARTNERS_WITH, partner, at, CLAUSE);
                }
            }
        }
    }

    /**
     * "A与B签约，共建X中心。C、D作为X单位参与合作。": the bodies a sentence opens on, joining the cooperation,
     * work with each party of the partnership the sentence before states.
     */
    private static void joiningCooperation(Passage p, Mentions ms, Facts facts) {
        List<Sentences.Sentence> sentences = p.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            List<Mention> joining = listedFrom(p, ms, sentence.start());
            int end = joining.isEmpty() ? -1 : endWithDeclaration(p.full(), joining.get(joining.size() - 1));
            if (end < 0 || !JOINING_COOPERATION.matcher(p.full()).region(end, sentence.end()).lookingAt()) {
                continue;
            }
            // (Not a body the sentence says only supported the work or attended the signing.)
            Sentences.Sentence before = sentences.get(i - 1);
            List<String> parties = facts.partiesWithin(before.start(), before.end());
            for (Mention body : joining) {
                for (String party : parties) {
                    if (body.isOrganisation() && !party.equals(body.canonical())) {
                        facts.add(body.canonical(), RelationType.PARTNERS_WITH, party, end, Map.of(), CLAUSE);
                    }
                }
            }
        }
    }

    /**
     * "X公司是Y的长期合作企业": the subject of the clause works with the body it is said to be a partner of; a team
     * called by its kind alone (是课题组的合作单位) is the one last named so (A学院李明教授课题组), and its body the
     * research body named in that clause before it.
     */
    private static void partnerOf(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher of = PARTNER_OF.matcher(s);
        while (of.find()) {
            int at = of.start();
            if (at > 0 && p.charAt(at - 1) == NOT) {
                continue;   // 不是Y的合作企业 denies it
            }
            int team = ReferenceResolver.PERSON_TEAM_WORDS.contains(of.group(1)) ? s.lastIndexOf(of.group(1), at) : -1;
            Mention partner = team >= 0
                    ? ms.last(m -> m.type() == EntityType.ResearchTeam && m.end() <= team
                            && m.start() >= clauseStart(s, team) && ms.outermost(m))
                    : ms.lastAt(of.end(1), m -> m.isOrganisation() && m.start() == of.start(1) && ms.outermost(m));
            Mention subject = partner == null ? null : subjectWithin(p, ms, clauseStart(s, at), at);
            if (subject != null && subject.isOrganisation()) {
                facts.add(subject, RelationType.PARTNERS_WITH, partner, at, CLAUSE);
            }
        }
    }

    /**
     * "该校已将相关品种授权X使用", "研究所已将成果转让给X": a licence or a transfer of results makes the company
     * that takes them the holder's partner.
     */
    private static void licensed(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher licence = LICENSED.matcher(s);
        while (licence.find()) {
            int k = licence.start();
            Mention named = ms.firstAt(licence.end(), m -> m.isOrganisation() && ms.outermost(m));
            // (授权X集团旗下的Y公司: the unit named after its group takes the licence.)
            Matcher under = named == null ? null : UNDER_GROUP.matcher(s).region(named.end(), s.length());
            Mention unit = under != null && under.lookingAt()
                    ? ms.firstAt(under.end(), m -> m.isOrganisation() && ms.outermost(m)) : null;
            Mention licensee = unit != null ? unit : named;
            Mention holder = licensee == null ? null : sentenceSubject(p, ms, k);
            // (县里授权X等企业使用区域品牌, 市政府将特许经营权许可给X: a county lending its brand or a government granting
            // a franchise is no partner; 将股权转让给X: what is sold is no result.)
            boolean ofResults = licence.group().startsWith(LICENCE) || holder != null
                    && holder.type() == EntityType.ResearchTeam
                    || RESULTS_HANDED.matcher(s).region(clauseStart(s, k), k).find();
            if (holder != null && holder.type() != EntityType.Place && holder.type() != EntityType.Government
                    && ofResults) {
                facts.add(holder, RelationType.PARTNERS_WITH, licensee, k, CLAUSE);
            }
        }
    }

    /**
     * "该公司将草场交由Z村的Y合作社管护", "服务中心由X投资建设，交由Y运营", "Y合作社将母羊托管给该公司": whoever hands
     * land, a facility or livestock over works
     * with the body that takes it; the giver is the organisation the sentence (or its part between semicolons)
     * is about.
     */
    private static void handedOver(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher handed = HANDED_TO.matcher(s);
        while (handed.find()) {
            int at = handed.start();
            Mention taker = ms.firstAt(pastDescription(p, ms, handed.end()),
                    m -> m.isOrganisation() && ms.outermost(m));
            // (品牌出海计划交由县商务局负责落实: a task given to a body is no partnership; nor is an item of a list
            // (…；四是设立产业基金，交由Y运作) the giver of the item before.)
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention giver = taker == null || sentence == null || TASK_TAKEN.matcher(s)
                    .region(endWithDeclaration(s, taker), s.length()).lookingAt() ? null
                    : subjectWithin(p, ms, semicolonPart(p, sentence, at).start(), at);
            if (giver != null && giver.isOrganisation()) {
                facts.add(giver, RelationType.PARTNERS_WITH, taker, at, CLAUSE);
            }
        }
    }

    /**
     * "X公司在Z村建设基地，由Y合作社统一管护", "基地由Y合作社组织社员生产，X按保底价收购": a company or
     * cooperative that runs what another body builds works with it; the builder is the organisation the sentence
     * (or its part between semicolons) is about.
     */
    private static void runForTheBuilder(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher run = RUN_BY.matcher(s);
        while (run.find()) {
            int at = run.start();
            Mention runner = ms.firstAt(run.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (runner == null || !RUNNING_FOR_BUILDER.matcher(s).region(endWithDeclaration(s, runner), s.length())
                    .lookingAt()) {
                continue;
            }
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention builder = sentence == null ? null
                    : subjectWithin(p, ms, semicolonPart(p, sentence, at).start(), at);
            // (基地由Y合作社组织社员生产，X按保底价收购: the buyer named after, where the sentence opens on no body.)
            if (builder == null || !builder.isOrganisation()) {
                Matcher buying = BUYING_AFTER.matcher(s).region(clauseEnd(s, at) + 1, s.length());
                builder = buying.lookingAt() ? ms.firstAt(buying.start(), m -> m.isOrganisation() && ms.outermost(m))
                        : null;
            }
            if (builder != null && builder.type() != EntityType.Government) {
                facts.add(builder, RelationType.PARTNERS_WITH, runner, at, CLAUSE);
            }
        }
    }

    /**
     * "X合作社组织社员种植葡萄，Y公司…按保底价收购", "X合作社组织农户生产，所产鲜果由Y公司保底收购": a
     * cooperative that grows the crop a company buys at a guaranteed price works with it.
     */
    private static void grownForTheBuyer(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher grown = GROWN_BY_MEMBERS.matcher(s);
        while (grown.find()) {
            int at = grown.start();
            int clause = clauseStart(s, at);
            Mention grower = ms.last(m -> m.type() == EntityType.Enterprise
                    && m.canonical().endsWith(ReferenceResolver.COOPERATIVE) && m.start() >= clause && m.end() <= at
                    && ms.outermost(m));
            Sentences.Sentence sentence = p.sentenceAt(at);
            Matcher bought = sentence == null || grower == null ? null
                    : BOUGHT_AT_FLOOR.matcher(s).region(grown.end(), sentence.end());
            if (bought == null || !bought.find()) {
                continue;
            }
            int buying = bought.start();
            int buyingClause = clauseStart(s, buying);
            // (…，Y公司提供种子，并按保底价收购: the subject of the clause before buys.)
            Mention buyer = Optional.ofNullable(ms.last(m -> m.isOrganisation() && m.start() >= buyingClause
                    && m.end() <= buying && ms.outermost(m))).orElseGet(() -> buyingClause > grown.end()
                    ? previousClauseSubject(p, ms, buyingClause) : null);
            if (buyer != null && buyer.type() != EntityType.Government && buyer.type() != EntityType.Place) {
                facts.add(grower, RelationType.PARTNERS_WITH, buyer, buying, CLAUSE);
            }
        }
    }

    /** "合作社的鲜果统一由X保底收购": a cooperative whose crop a company buys works with it. */
    private static void cropBoughtBy(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher crop = CROP_TAKEN_BY.matcher(s);
        while (crop.find()) {
            Mention cooperative = ms.lastAt(crop.start(), m -> m.type() == EntityType.Enterprise
                    && m.canonical().endsWith(ReferenceResolver.COOPERATIVE));
            Mention buyer = cooperative == null ? null
                    : ms.firstAt(crop.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (buyer != null && CROP_BOUGHT.matcher(s).region(endWithDeclaration(s, buyer), s.length()).lookingAt()) {
                facts.add(cooperative, RelationType.PARTNERS_WITH, buyer, crop.start(), CLAUSE);
            }
        }
    }

    /**
     * "X公司是Y的全资子公司，其研发主要依托A和B": the research bodies a company's work relies on are its partners;
     * 其 is the subject of the clause before.
     */
    private static void researchReliedOn(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher relied = ITS_WORK_RELIES_ON.matcher(s);
        while (relied.find()) {
            int clause = clauseStart(s, relied.start());
            Mention company = clause == 0 || clause != relied.start() ? null : previousClauseSubject(p, ms, clause);
            // (The subject opens the clause before: in 甲是乙的控股子公司 an unnamed 甲 leaves no one to rely.)
            if (company == null || company.type() != EntityType.Enterprise
                    || company.start() != clauseStart(s, clause - 1)) {
                continue;
            }
            researchPartners(company, listedFrom(p, ms, relied.end()), relied.start(), facts);
        }
        // "X合作社依托A和B，试种…", "该公司还依托A建设研发中心": a company relying on research bodies works with them,
        // unless they are the host of a unit named after them (依托A建设的Y实验室).
        Matcher relies = COMPANY_RELIES_ON.matcher(s);
        while (relies.find()) {
            Mention company = ms.lastAt(relies.start(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            List<Mention> bodies = listedFrom(p, ms, relies.end());
            int after = bodies.isEmpty() ? relies.end() : bodies.get(bodies.size() - 1).end();
            if (company != null && !HOSTING_UNIT.matcher(s).region(after, s.length()).lookingAt()) {
                researchPartners(company, bodies, relies.start(), facts);
            }
        }
    }

    /** The research bodies among {@code bodies} a company relies on are its partners. */
    private static void researchPartners(Mention company, List<Mention> bodies, int at, Facts facts) {
        for (Mention body : bodies) {
            if (body.type() == EntityType.ResearchTeam) {
                facts.add(company, RelationType.PARTNERS_WITH, body, at, CLAUSE);
            }
        }
    }

    /** "受A委托，B在场区开展监测": the body commissioned, the subject of the clause after, works with the one commissioning. */
    private static void commissioned(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher commission = COMMISSIONED_BY.matcher(s);
        while (commission.find()) {
            int at = commission.start();
            Mention client = clauseStart(s, at) != at ? null
                    : ms.firstAt(commission.start(1), m -> m.isOrganisation() && ms.outermost(m));
            Mention agent = client == null || client.end() != commission.end(1) ? null
                    : subjectWithin(p, ms, commission.end(), clauseEnd(s, commission.end()));
            if (agent != null && agent.isOrganisation()) {
                facts.add(agent, RelationType.PARTNERS_WITH, client, at, CLAUSE);
            }
        }
    }

    /**
     * "X公司依托A和B，联合开展工艺攻关": the bodies a company relies on for work done together with them are its
     * partners.
     */
    private static void reliedOnJointly(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int at = s.indexOf(HOSTED_ON); at >= 0; at = s.indexOf(HOSTED_ON, at + 1)) {
            List<Mention> bodies = listedFrom(p, ms, at + HOSTED_ON.length());
            int end = bodies.isEmpty() ? -1 : endWithDeclaration(s, bodies.get(bodies.size() - 1));
            Mention company = end < 0 || !JOINT_WORK_AFTER_RELIED.matcher(s).region(end, s.length()).lookingAt() ? null
                    : subjectWithin(p, ms, clauseStart(s, at), at);
            if (company != null && company.type() == EntityType.Enterprise) {
                researchPartners(company, bodies, at, facts);
            }
        }
    }

    /**
     * "X合作社每年向Y公司供应原料", "Z村的X合作社今年向其交售鲜叶": a supplier works with the buyer it supplies;
     * 其 is the subject of the clause before.
     */
    private static void supplying(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher supplying = SUPPLYING.matcher(s);
        while (supplying.find()) {
            int at = supplying.start();
            int clause = clauseStart(s, at);
            Mention supplier = ms.first(m -> m.isOrganisation() && m.start() >= clause && m.end() <= at
                    && ms.outermost(m));
            boolean its = p.charAt(at + 1) == '其';
            Mention buyer = supplier == null || its && clause == 0 ? null : its ? previousClauseSubject(p, ms, clause)
                    : ms.firstAt(at + 1, m -> m.isOrganisation() && ms.outermost(m));
            if (buyer != null && buyer.isOrganisation()) {
                facts.add(supplier, RelationType.PARTNERS_WITH, buyer, at, CLAUSE);
            }
        }
    }

    /**
     * "X承担，Y提供技术支撑", "并引入Y为大额贷款提供担保": who provides technical support or a guarantee works
     * with whom the sentence is about.
     */
    private static void supportProvided(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher support = SUPPORT.matcher(s);
        while (support.find()) {
            int at = support.start();
            int clause = clauseStart(s, at);
            // "Y（以下简称“Z”）提供", "引入Y为…提供": the provider may be followed by its short name or a purpose.
            int purpose = s.substring(clause, at).lastIndexOf('为');
            int end = afterDeclaration(s, purpose >= 0 ? clause + purpose : at);
            Mention provider = ms.lastAt(end, m -> m.isOrganisation() && m.start() >= clause
                    && ms.outermost(m));
            Mention subject = provider == null ? null : supported(p, ms, provider);
            if (subject != null && !subject.canonical().equals(provider.canonical())) {
                facts.add(subject, RelationType.PARTNERS_WITH, provider, at, CONTEXT);
            }
        }
        // "由后者为X合作社等12家合作社提供品牌包装服务": the provider works with the body it serves.
        Matcher serving = SERVING.matcher(s);
        while (serving.find()) {
            int at = serving.start();
            int providerEnd = SERVING_ADVERBS.indexOf(p.charAt(at - 1)) >= 0 ? at - 1 : at;
            Mention provider = ms.lastAt(providerEnd, m -> m.isOrganisation() && ms.outermost(m));
            // "X公司在Z建设基地。Y研究所将为其提供技术服务": 其 opening the sentence's object is the company before.
            boolean its = p.charAt(at + 1) == '其' && provider != null && clauseStart(s, at) == sentenceStartAt(p, at);
            Mention served = its ? companyBefore(p, ms, at)
                    : ms.firstAt(at + 1, m -> m.isOrganisation() && ms.outermost(m));
            if (provider != null && served != null && !provider.canonical().equals(served.canonical())) {
                facts.add(provider, RelationType.PARTNERS_WITH, served, at, CLAUSE);
            }
        }
    }

    /**
     * "A已与87家企业签订服务协议，…，其中包括B、C": the bodies named among a count of partners partner the body
     * that opens the clause of the count.
     */
    private static void countedPartnersIncluding(Passage p, Mentions ms, Facts facts) {
        Matcher counted = COUNTED_PARTNERS_INCLUDING.matcher(p.full());
        while (counted.find()) {
            int link = counted.start();
            Mention a = subjectWithin(p, ms, clauseStart(p.full(), link), link);
            int next = counted.end();
            for (Mention b = a == null || !a.isOrganisation() ? null : partyAt(p, ms, next); b != null;
                 b = "、和及".indexOf(p.charAt(next - 1)) >= 0 ? partyAt(p, ms, next) : null) {
                facts.add(a, RelationType.PARTNERS_WITH, b, link, CLAUSE);
                next = endWithDeclaration(p.full(), b) + 1;
            }
        }
    }

    /**
     * "来自A和B。两家单位与Y签署协议", "A、B…，两家单位联合开展…", "Y与上述两家单位签订…": a count of bodies stands
     * for the bodies listed last before it, when the list has as many. Opening its clause, they work with the party
     * linked after them, and together where they act jointly; after 与, they work with the clause's subject.
     */
    private static void countedBodies(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher count = COUNTED_BODIES.matcher(s);
        while (count.find()) {
            int at = count.start();
            int n = Chars.count(count.group(1).charAt(0));
            if (at > 0 && s.charAt(at - 1) == '与') {
                int clause = clauseStart(s, at - 1);
                Mention subject = subjectWithin(p, ms, clause, at - 1);
                Sentences.Sentence sentence = p.sentenceAt(at);
                if (subject == null && sentence != null && clause > sentence.start()
                        && LINK_GOING_ON.matcher(s).region(clause, at).matches()) {
                    subject = subjectWithin(p, ms, sentence.start(), clause);
                }
                List<Mention> bodies = subject == null || !subject.isOrganisation() ? List.of()
                        : listedLast(p, ms, subject.start(), n);
                for (Mention body : bodies) {
                    facts.add(subject, RelationType.PARTNERS_WITH, body, at, CLAUSE);
                }
            } else if (at == 0 || isClauseBreak(s.charAt(at - 1))) {
                List<Mention> bodies = listedLast(p, ms, at, n);
                Matcher linked = COUNTED_THEN_LINKED.matcher(s).region(count.end(), s.length());
                Mention party = bodies.isEmpty() || !linked.lookingAt() ? null : partyAt(p, ms, linked.end());
                if (party != null) {
                    bodies.forEach(b -> facts.add(b, RelationType.PARTNERS_WITH, party, at, CLAUSE));
                }
                int after = party == null ? count.end() : endWithDeclaration(s, party);
                if (COUNTED_TOGETHER.matcher(s).region(after, s.length()).lookingAt()) {
                    pairs(bodies, at, CLAUSE, facts);
                }
            }
        }
    }

    /**
     * "X是Y的全资子公司，其当天还与Z签约共建…": 其 opening a clause that signs or works with Z is the company the
     * sentence opens on, which partners with Z.
     */
    private static void itsPartners(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int at = s.indexOf(ITS_CLAUSE); at >= 0; at = s.indexOf(ITS_CLAUSE, at + 1)) {
            Matcher linked = ITS_LINK.matcher(s).region(at + ITS_CLAUSE.length(), s.length());
            Mention party = !linked.lookingAt() ? null : partyAt(p, ms, linked.end());
            Mention company = party == null ? null : companyOpening(p, ms, at);
            if (company != null && PARTNERING.matcher(s).region(endWithDeclaration(s, party), s.length()).lookingAt()) {
                facts.add(company, RelationType.PARTNERS_WITH, party, at, CLAUSE);
            }
        }
    }

    /** The company the sentence holding {@code pos} opens on, or null: what a 其 opening a later clause stands for. */
    private static Mention companyOpening(Passage p, Mentions ms, int pos) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        return sentence == null ? null
                : ms.firstAt(sentence.start(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
    }

    /**
     * The organisations listed (A、B和C, A与B) last before {@code pos}, in its sentence or the two before it; empty
     * unless there are exactly {@code n}.
     */
    private static List<Mention> listedLast(Passage p, Mentions ms, int pos, int n) {
        int from = pos;
        for (int back = 0; back <= SENTENCES_BACK_TO_COUNTED; back++) {
            Sentences.Sentence sentence = p.sentenceAt(from - (back == 0 ? 0 : 1));
            from = sentence == null ? from : sentence.start();
        }
        int start = from;
        List<Mention> listed = new ArrayList<>();
        for (Mention m = ms.last(x -> x.isOrganisation() && ms.outermost(x) && x.start() >= start && x.end() <= pos);
                m != null && m.start() >= start; m = listedOrLinkedBefore(p, ms, m)) {
            listed.add(0, m);
        }
        return listed.size() == n ? listed : List.of();
    }

    /**
     * The organisation listed right before {@code next} (A、next), or linked to it (A与next), or leading the work
     * next joins (由A牵头、next参与), or null.
     */
    private static Mention listedOrLinkedBefore(Passage p, Mentions ms, Mention next) {
        Mention listed = listedBefore(p.full(), ms, next);
        if (listed != null || next.start() < 1) {
            return listed;
        }
        int mark = next.start() - 1;
        // 由A牵头、next参与: the leader's verb right before the mark.
        boolean led = "、，,".indexOf(p.charAt(mark)) >= 0 && p.full().startsWith(LEADS, mark - LEADS.length());
        int linkAt = p.charAt(mark) == '与' ? mark : led ? mark - LEADS.length() : -1;
        return linkAt < 0 ? null : ms.lastAt(linkAt, m -> m.isOrganisation() && ms.outermost(m));
    }

    /**
     * "深圳市与喀什市联席会议在喀什召开，两市签署合作协议": the two sides a clause signs for (两市, 两县) are
     * the actors listed right before the count (广东、林芝两地启动), else those joined by 与 earlier in the sentence.
     */
    private static void bothSidesSign(Passage p, Mentions ms, Facts facts) {
        Matcher both = BOTH_SIDES_SIGN.matcher(p.full());
        while (both.find()) {
            Sentences.Sentence sentence = p.sentenceAt(both.start());
            int signed = both.start();
            String before = sentence == null ? "" : p.full().substring(sentence.start(), signed);
            int link = before.lastIndexOf('与');
            int linked = sentence == null || link < 0 ? -1 : sentence.start() + link;
            Mention a = linked < 0 ? null : ms.lastAt(linked, m -> m.isActor() && ms.outermost(m));
            Mention b = a == null ? null : partyAt(p, ms, linked + 1);
            int at = linked;
            // "A出资500万元入股B，双方签订…": the two sides are the buyer of shares and the body it joins.
            int joined = a != null || sentence == null ? -1 : before.lastIndexOf(JOINS_SHARES);
            if (joined >= 0) {
                int joinAt = sentence.start() + joined;
                b = ms.firstAt(joinAt + JOINS_SHARES.length(), m -> m.isOrganisation() && ms.outermost(m));
                a = b == null ? null : subjectWithin(p, ms, sentence.start(), joinAt);
                // (Only a buyer with nothing but its sum before 入股: 推动村集体入股Y names another buyer.)
                a = a != null && SUM_PAID.matcher(p.full()).region(a.end(), joinAt).matches() ? a : null;
                b = a == null ? null : b;
                at = joinAt;
            }
            // "A向B投资1200万元，双方共建…": the two sides are the investor and the body its money goes to.
            int toward = a != null || joined >= 0 || sentence == null ? -1 : before.lastIndexOf('向');
            if (toward >= 0) {
                int towardAt = sentence.start() + toward;
                Mention receiver = ms.firstAt(towardAt + 1, m -> m.isOrganisation() && ms.outermost(m));
                boolean invested = receiver != null
                        && INVEST.matcher(p.full()).region(receiver.end(), signed).lookingAt();
                Mention investor = invested ? subjectWithin(p, ms, sentence.start(), towardAt) : null;
                a = investor != null && investor.isOrganisation() ? investor : null;
                b = a == null ? null : receiver;
                at = towardAt;
            }
            // "A的菌包全部来自B，双方签订…": the two sides are the one supplied and its supplier.
            int supplied = a != null || sentence == null ? -1 : before.lastIndexOf(COMES_FROM);
            if (supplied >= 0) {
                int fromAt = sentence.start() + supplied;
                b = ms.firstAt(fromAt + COMES_FROM.length(), m -> m.isOrganisation() && ms.outermost(m));
                a = b == null ? null : subjectWithin(p, ms, sentence.start(), fromAt);
                a = a != null && a.isOrganisation() ? a : null;
                b = a == null ? null : b;
                at = fromAt;
            }
            // "今年广东、林芝两地启动…": the two sides listed right before their count.
            Mention listedLast = ms.lastAt(signed, m -> m.isActor() && ms.outermost(m));
            Mention listedFirst = listedLast == null ? null : listedBefore(p.full(), ms, listedLast);
            if (listedFirst != null && listedFirst.start() > 0
                    && "与同".indexOf(p.charAt(listedFirst.start() - 1)) >= 0) {
                continue;   // "X与A、B两县签订": the two listed are one party, the cooperation rule's
            }
            if (listedFirst != null) {
                a = listedFirst;
                b = listedLast;
                at = listedFirst.start();
            }
            if (b != null && b.end() <= signed) {
                facts.add(a, RelationType.PARTNERS_WITH, b, at, CLAUSE);
            }
        }
    }

    /**
     * "由A市、B县和C县共同组织实施": divisions carrying a program out together, no body among
     * them, are no partners of each other.
     */
    private static boolean divisionsCarryingOut(Passage p, Mentions ms, Matcher verb, int clauseStart) {
        String s = p.full();
        // (四川省与重庆市共同推进…: divisions linked by 与 act as partners.)
        return verb.group().equals(TOGETHER) && CARRYING_OUT_TOGETHER.matcher(s).region(verb.end(), s.length())
                .lookingAt() && s.substring(clauseStart, verb.start()).indexOf('与') < 0
                && ms.first(m -> m.isOrganisation() && m.start() >= clauseStart
                        && m.end() <= verb.start() && ms.outermost(m)) == null;
    }

    /**
     * "A与B开展…", "A同B开展…": work carried out with a party after 与 or 同; not by bodies joined by 和
     * (六安市和安庆市开展, 同时开展: 同 is a link only as a word of its own), nor each on its own (与B分别开展), nor
     * with a place's people (与X县农户开展).
     */
    private static boolean carriedOutWith(Passage p, int clauseStart, int verbStart) {
        String before = p.full().substring(clauseStart, verbStart);
        int with = before.lastIndexOf('同');
        while (with >= 0 && !WITH.equals(Optional.ofNullable(p.termAt(clauseStart + with)).map(t -> t.word).orElse(""))) {
            with = before.lastIndexOf('同', with - 1);
        }
        int link = Math.max(before.lastIndexOf('与'), with);
        return link >= 0 && !EACH.matcher(before).region(link, before.length()).find()
                && !PEOPLE_AS_PARTY.matcher(before).region(link, before.length()).find();
    }

    /**
     * "A与B合作", "A日前与B签订合作协议", "A携手B", "A会同B、C": the actor before a linking word (a few
     * adverbs may stand between) and the actors right after it, listed with 、和及, cooperate.
     */
    private static void cooperation(Passage p, Mentions ms, int clauseStart, int clauseEnd, Facts facts) {
        String s = p.full();
        for (int at = clauseStart; at < clauseEnd; at++) {
            String link = linkAt(s, at);
            int linkAt = at;
            if (link == null || ms.all().stream().anyMatch(m -> m.start() < linkAt && linkAt < m.end())) {
                continue;
            }
            int declared = afterDeclaration(s, linkAt);
            // "A等8家合作社与B签订": A opens the parties counted before the link. (Looked for a party's length back
            // only: a clause of thousands of links without a break would cost quadratic time.)
            int partiesFrom = Math.max(clauseStart, declared - MAX_PARTIES_BEFORE_LINK);
            Matcher counted = COUNTED_PARTIES.matcher(s).region(partiesFrom, declared);
            boolean partiesCounted = counted.find();
            int partyEnd = partiesCounted ? counted.start() : beforeTime(s, partiesFrom, declared);
            int gap = partyGap(s, partyEnd);
            Mention nearest = ms.last(m -> m.isActor() && m.end() <= partyEnd && m.end() >= partyEnd - gap
                    && m.start() >= clauseStart && ms.outermost(m));
            // "在大桥镇与研究院共建": where the work happens is no party to it.
            Mention before = nearest != null && isLocative(p, ms, nearest) ? null : nearest;
            Mention a = before != null ? before : continuedSubject(p, ms, clauseStart, linkAt);
            // "X公司是Y的全资子公司。今年6月，它已与B签订…": 它 stands for the company the sentence before is about.
            a = a == null && IT_BEFORE_LINK.matcher(s).region(clauseStart, linkAt).matches()
                    ? companyBefore(p, ms, clauseStart) : a;
            // "该中心与Y建立…", "工厂依托A…，并与Y共建", "其研发中心与Y共建": the company owning the facility partners.
            Mention owner = before == null ? facilityOwner(p, ms, clauseStart, linkAt) : null;
            a = owner != null ? owner : a;
            Mention led = a == null && linkAt == clauseStart ? leader(p, ms, clauseStart) : null;
            a = led != null ? led : a;
            // "X由A控股，是其与B合资设立的企业", "A旗下的X，是其与B…": 其 after 是 is the organisation last named
            // before it but the subject, which is described as set up by it (in "X…，其与B联合研制" 其 is X itself).
            a = a == null && s.startsWith(IS_ITS, linkAt - IS_ITS.length()) ? itsHolder(p, ms, linkAt - 1) : a;
            // "X积极融入…，与Y合作", "基地采用…模式，分别与A、B签订", "…交由X，联合Y开展", "X的变化，得益于与Y的合作",
            // "X总部位于Z，成立三年来一直与Y合作": X goes on.
            String opener = s.substring(clauseStart, linkAt);
            boolean opensClause = linkAt == clauseStart || opener.equals(RESPECTIVELY) || opener.equals(THANKS_TO)
                    || SINCE_FOUNDED.matcher(opener).matches() || ALL_ALONG.matcher(opener).matches();
            if (a == null && opensClause && (link.equals("与") || link.equals("联合")) && clauseStart > 0
                    && "，,".indexOf(p.charAt(clauseStart - 1)) >= 0) {
                a = previousClauseSubject(p, ms, clauseStart);
            }
            // "双方还将联合C开展…": the two parties of the partnership stated before take C on.
            List<String> pair = a == null && !link.equals("和") ? pairBefore(p, clauseStart, linkAt, facts) : List.of();
            // 与A、B和C: the list after the link, of whatever kinds, is one party.
            Mention listHead = before;
            while (link.equals("和") && listHead != null && listHead.start() > 1
                    && s.charAt(listHead.start() - 1) == '、') {
                int joint = listHead.start() - 1;
                listHead = ms.lastAt(joint, m -> m.isActor() && ms.outermost(m));
            }
            // 双方将共建A和B: what is built, listed, is no party.
            boolean built = link.equals("和") && a == before && listHead != null && builtJointly(s, listHead);
            if ((a == null || a == before && !plainGap(p, ms, a.end(), partyEnd)
                    || link.equals("和") && a == before && listHead != null
                    && linkEndsAt(s, chainStart(ms, listHead)) || built)
                    && pair.isEmpty()) {
                continue;   // 与A和B签订, 与A、B和C签订, 联合X镇A村和B村: all are the other party, not partners of each other
            }
            List<Mention> others = new ArrayList<>();
            int next = pastDescription(p, ms, at + link.length());
            // "A合作社已与其签订…": 其 after the link is a party named before.
            Mention its = p.charAt(next) == '其' && clauseStart > 0 && AGREED_AFTER_ITS.matcher(s)
                    .region(next + 1, clauseEnd).lookingAt() ? partyCalled其(p, ms, clauseStart) : null;
            if (its != null && a != null && !its.canonical().equals(a.canonical())) {
                others.add(its);
            }
            for (Mention b = partyAt(p, ms, next); b != null; b = partyAt(p, ms, next)) {
                others.add(b);
                // 与A（以下简称“A′”）、B签署: a party's declared short name stands before the next.
                int named = endWithDeclaration(s, b);
                next = named + (s.startsWith("以及", named) ? 2 : 1);
                if (next - 1 >= clauseEnd || !s.startsWith("以及", named) && "、和及".indexOf(p.charAt(named)) < 0) {
                    break;
                }
            }
            // "与A村以及B村、C村的三家合作社签订": the places say whose the counted partners are.
            if (!others.isEmpty() && COUNTED_OF.matcher(s).region(others.get(others.size() - 1).end(), s.length())
                    .lookingAt()) {
                others.removeIf(o -> o.type() == EntityType.Place);
            }
            // "与延安、榆林等地市场监管部门建立": those places' departments are the party, not the places.
            if (!others.isEmpty() && DEPARTMENTS_OF_PLACES.matcher(s).region(others.get(others.size() - 1).end(),
                    s.length()).lookingAt()) {
                others.removeIf(o -> o.type() == EntityType.Place);
            }
            // "与A镇、B镇等地42个村签订": the villages counted are the party, not the towns they lie in.
            if (!others.isEmpty() && VILLAGES_COUNTED_IN.matcher(s).region(others.get(others.size() - 1).end(),
                    s.length()).lookingAt()) {
                others.removeIf(o -> o.type() == EntityType.Place && !"village".equals(o.properties().get("level")));
            }
            if (!pair.isEmpty()) {
                for (String party : pair) {
                    others.forEach(b -> facts.add(party, RelationType.PARTNERS_WITH, b.canonical(), linkAt, Map.of(),
                            CLAUSE));
                }
                continue;
            }
            if (a == before && s.substring(a.end(), linkAt).contains(RESPECTIVELY)) {
                respectivePartners(s, ms, a, others, at, facts);
                continue;
            }
            // "A镇、B镇和C镇分别与三家企业结对": bodies joined by 和, each with a party of its own, are no
            // partners of each other.
            // "A和B分别签约进园": nor are bodies each signing with the host.
            int listEnd = others.isEmpty() ? at : endWithDeclaration(s, others.get(others.size() - 1));
            if (link.equals("和") && !others.isEmpty() && (EACH_WITH.matcher(s).region(listEnd, clauseEnd).lookingAt()
                    || EACH_SIGNING.matcher(s).region(listEnd, clauseEnd).lookingAt())) {
                continue;
            }
            // "A、B与C共建X": everyone of the list before the link partners with everyone after it, and A with B;
            // so do co-leaders ("由A和B共同牵头，联合C"). Bodies counted before the link that sign with C ("A、B等3家企业
            // 与C签订投资协议") each sign on their own, and are no partners of each other.
            boolean eachSigns = partiesCounted && SIGNING.matcher(s).region(at, clauseEnd).find();
            List<Mention> parties = new ArrayList<>(List.of(a));
            for (Mention listed = a == before || a == led ? listedBefore(s, ms, a) : null; listed != null;
                 listed = listedBefore(s, ms, listed)) {
                parties.add(listed);
            }
            for (Mention party : parties) {
                for (Mention b : others) {
                    facts.add(party, RelationType.PARTNERS_WITH, b, at, CLAUSE);
                }
                if (party != a && !others.isEmpty() && !eachSigns) {
                    facts.add(party, RelationType.PARTNERS_WITH, a, at, CONTEXT);
                }
            }
            // "由A、B与C、D共同建设", "A与B、C组建X联合体": doing it together or founding one body, the bodies
            // after the link partner each other too; the villages a company is joined by (联合A村、B村共同组建)
            // partner the company only.
            // "X联合A和B，开展…": so do the institutions and companies a party teams up with for a work, though not
            // for a result reported (联合A、B，在…研究中取得进展), nor the government bodies it brings in.
            int nextClauseEnd = clauseEnd < s.length() ? clauseEnd(s, clauseEnd + 1) : clauseEnd;
            boolean teamedUp = TEAMING_LINKS.contains(link)
                    && !RESULT_REPORTED.matcher(s).region(listEnd, nextClauseEnd).find();
            if (others.size() > 1 && FOUNDED_TOGETHER.matcher(s).region(listEnd, clauseEnd).lookingAt()) {
                pairs(others.stream().filter(Mention::isOrganisation).toList(), at, CONTEXT, facts);
            } else if (others.size() > 1 && teamedUp) {
                pairs(others.stream().filter(o -> o.isOrganisation() && o.type() != EntityType.Government).toList(),
                        at, CONTEXT, facts);
            }
            // "A与B、C签署三方合作协议": as many sides as the clause names, each a partner of each.
            // "A与B、C签订合作协议，三方将…": the count may open the clause after.
            int sidesEnd = clauseEnd < s.length() && "，,".indexOf(s.charAt(clauseEnd)) >= 0
                    && SIDES_OPENING.matcher(s).region(clauseEnd + 1, s.length()).lookingAt()
                    ? clauseEnd(s, clauseEnd + 1) : clauseEnd;
            Matcher sides = others.size() < 2 ? null : COUNTED_SIDES.matcher(s)
                    .region(endWithDeclaration(s, others.get(others.size() - 1)), sidesEnd);
            if (sides != null && sides.find() && sidesCounted(sides.group(1)) == others.size() + 1) {
                pairs(others, at, CLAUSE, facts);
            }
        }
    }

    /**
     * "A、B将分别与C、D结对": A with C and B with D; "A分别与C、D签约": A with each; "A、B分别与C签约": each
     * with C. Lists of other unequal lengths say nothing certain.
     */
    private static void respectivePartners(String s, Mentions ms, Mention last, List<Mention> others, int evidenceAt,
                                           Facts facts) {
        List<Mention> parties = new ArrayList<>(List.of(last));
        for (Mention listed = listedBefore(s, ms, last); listed != null; listed = listedBefore(s, ms, listed)) {
            parties.add(0, listed);
        }
        if (others.size() == 1) {
            parties.forEach(party -> facts.add(party, RelationType.PARTNERS_WITH, others.get(0), evidenceAt, CLAUSE));
            return;
        }
        for (int i = 0; i < others.size() && (parties.size() == 1 || parties.size() == others.size()); i++) {
            facts.add(parties.get(parties.size() == 1 ? 0 : i), RelationType.PARTNERS_WITH, others.get(i), evidenceAt,
                    CLAUSE);
        }
    }

    /**
     * "X推出..., 并与Y合作开展...": a clause opening with 并与 (还与, 同时与...) continues the sentence's subject,
     * its first actor; one opening with 则 ("…；B，则与Y签约") goes on with the body right before it. Null when the
     * clause does not open so or the sentence names no actor before it.
     */
    private static Mention continuedSubject(Passage p, Mentions ms, int clauseStart, int linkAt) {
        String opener = p.full().substring(clauseStart, linkAt);
        if (CONTRASTING.matcher(opener).matches()) {
            return clauseStart == 0 ? null : ms.lastAt(clauseStart - 1, m -> m.isOrganisation() && ms.outermost(m));
        }
        if (!CONTINUING.matcher(opener).matches()) {
            return null;
        }
        // "X董事长Y说，合资公司将…，并与Z共建": a clause before that opens on a company of its own goes on with it.
        int previous = clauseStart < 2 ? -1 : clauseStart(p.full(), clauseStart - 2);
        // "X局局长Y介绍，W县正在推进…，并与Z共建": so does a place opening what the speaker says.
        boolean reported = previous > 0 && REPORTED.matcher(p.full()).region(0, previous).find();
        boolean opensOnOwn = previous >= 0 && ms.firstAt(previous, m -> (m.isOrganisation()
                || reported && m.type() == EntityType.Place) && ms.outermost(m)) != null;
        Mention own = opensOnOwn ? subjectWithin(p, ms, previous, clauseStart - 1) : null;
        Mention subject = own != null ? own : sentenceSubject(p, ms, clauseStart);
        // "X（unread）公司…，随后与Y": after a word of time alone, a place opening the sentence is likelier inside a
        // name left unread than the party (but in 益阳市与A签约，随后与B the place is a party already).
        boolean timeAlone = TIME_ONLY_OPENERS.matcher(opener).matches();
        return timeAlone && subject != null && subject.type() == EntityType.Place
                && "与和同".indexOf(p.charAt(subject.end())) < 0 ? null : subject;
    }

    /** "与本地企业B": where the party after a link starts, past a short description of it ending in 企业. */
    private static int pastDescription(Passage p, Mentions ms, int from) {
        // 与青山村的X合作社, 与区内的X公司: the village a party is of, or its zone, though no place the text names
        // in full.
        Matcher locality = LOCALITY_OF_PARTY.matcher(p.full()).region(from, p.full().length());
        if (locality.lookingAt() && actorAt(ms, locality.end()) != null) {
            return locality.end();
        }
        String ahead = p.full().substring(from, Math.min(p.full().length(), from + MAX_DESCRIPTION + 2));
        for (String word : OrganizationRecognizer.DESCRIPTOR_ENDS) {
            int end = ahead.indexOf(word) < 0 ? -1 : from + ahead.indexOf(word);
            int partyStart = end + word.length();
            if (end >= from && end - from <= MAX_DESCRIPTION && isDescription(p, from, partyStart)
                    && actorAt(ms, partyStart) != null) {
                return partyStart;
            }
        }
        return from;
    }

    /** The subject of the sentence before the one at {@code pos}, when it is a company, or null. */
    private static Mention companyBefore(Passage p, Mentions ms, int pos) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        Sentences.Sentence previous = sentence == null ? null
                : previousWithText(p.sentences(), p.sentences().indexOf(sentence));
        Mention subject = previous == null ? null : subjectWithin(p, ms, previous.start(), previous.end());
        return subject != null && subject.type() == EntityType.Enterprise ? subject : null;
    }

    /**
     * The company owning the facility a link's sentence opens on, or null: for 其研发中心 or 项目 after a clause, that
     * clause's subject; for 该中心 or 工厂 opening the sentence, the subject of the last sentence before it that has
     * one, past quotes and who said them. No actor may stand between the facility and the link but one relied on
     * (工厂依托A改进工艺，并与B共建).
     */
    private static Mention facilityOwner(Passage p, Mentions ms, int clauseStart, int linkAt) {
        Sentences.Sentence sentence = p.sentenceAt(linkAt);
        if (sentence == null) {
            return null;
        }
        String s = p.full();
        // (A facility opening a later clause acts for the subject of the clause before: X由Y控股，项目投产后将与Z共建.)
        Matcher ofItsClause = CLAUSE_FACILITY.matcher(s).region(clauseStart, linkAt);
        boolean ofClause = clauseStart > sentence.start() && ofItsClause.lookingAt();
        Matcher opening = ofClause ? ofItsClause : FACILITY_ACTING.matcher(s).region(sentence.start(), linkAt);
        int facilityEnd = opening.lookingAt() ? opening.end() : -1;
        // "项目由林场与Y联合开发": the builders after 由 are the parties, unless 由企业 names the owner again.
        if (facilityEnd < 0 || BY_OTHERS.matcher(s).region(facilityEnd, linkAt).find()
                || ms.firstAt(ofClause ? clauseStart : sentence.start(), m -> true) != null
                || ms.first(m -> m.isActor() && m.start() >= facilityEnd && m.end() <= linkAt
                        && !s.startsWith(HOSTED_ON, m.start() - HOSTED_ON.length())) != null) {
            return null;
        }
        Mention owner = ofClause ? previousClauseSubject(p, ms, clauseStart) : null;
        int index = ofClause ? -1 : p.sentences().indexOf(sentence);
        for (int si = index - 1; owner == null && si >= 0 && index - si <= MAX_SENTENCES_TO_FACILITY; si--) {
            Sentences.Sentence earlier = p.sentences().get(si);
            if (!SAID_CLOSING.matcher(earlier.text()).find()) {
                owner = subjectWithin(p, ms, earlier.start(), earlier.end());
            }
        }
        return owner != null && owner.type() == EntityType.Enterprise
                && !owner.canonical().contains(ReferenceResolver.COOPERATIVE) ? owner : null;
    }

    /**
     * Whom 其 after a link stands for: the subject of the clause before, or, when the link's clause opens its
     * sentence, the company the sentence before is about.
     */
    private static Mention partyCalled其(Passage p, Mentions ms, int clauseStart) {
        Sentences.Sentence sentence = p.sentenceAt(clauseStart);
        return sentence != null && clauseStart == sentence.start() ? companyBefore(p, ms, clauseStart)
                : previousClauseSubject(p, ms, clauseStart);
    }

    /** The first actor, no person, of the clause before the one at {@code clauseStart}. */
    private static Mention previousClauseSubject(Passage p, Mentions ms, int clauseStart) {
        return subjectWithin(p, ms, clauseStart(p.full(), clauseStart - 1), clauseStart - 1);
    }

    /**
     * Whom a provider of support works with: the subject of the sentence, or of the part of it between
     * semicolons the provider stands in; in a later part with none before it, the investor it names ("；由Y提供
     * 技术支持的项目也已签约，投资方为Z").
     */
    private static Mention supported(Passage p, Mentions ms, Mention provider) {
        Sentences.Sentence sentence = p.sentenceAt(provider.start());
        if (sentence == null) {
            return null;
        }
        Sentences.Sentence part = semicolonPart(p, sentence, provider.start());
        Mention subject = subjectWithin(p, ms, part.start(), provider.start());
        if (subject != null || part.start() == sentence.start()) {
            return subject;
        }
        Matcher investor = NAMED_INVESTOR.matcher(p.full()).region(Math.min(provider.end(), part.end()), part.end());
        int at = investor.find() ? investor.end() : -1;
        return at < 0 ? null : ms.firstAt(at, m -> m.isOrganisation() && ms.outermost(m));
    }

    /**
     * The first actor of the sentence, up to {@code clauseStart}: who the sentence is about. A part after a
     * semicolon may have a subject of its own ("…；B则在P设立服务站，并与C结对").
     */
    private static Mention sentenceSubject(Passage p, Mentions ms, int clauseStart) {
        Sentences.Sentence sentence = p.sentenceAt(clauseStart);
        if (sentence == null) {
            return null;
        }
        Mention own = subjectWithin(p, ms, semicolonPart(p, sentence, clauseStart).start(), clauseStart);
        return own != null ? own : subjectWithin(p, ms, sentence.start(), clauseStart);
    }

    /**
     * The first actor, no person, in [from, to), not after a word that makes it an object (与, 在, 向), nor a
     * place said to be where something is (在A镇B村，X…; 位于A县的X公司; A区的X公司), nor one whose people act (A村村民).
     */
    private static Mention subjectWithin(Passage p, Mentions ms, int from, int to) {
        Mention first = ms.first(m -> m.isActor() && m.type() != EntityType.Person && m.start() >= from
                && m.end() <= to && ms.outermost(m) && !ms.insideName(m) && !ms.insideProgram(m)
                && (m.start() == 0 || "与和同及在向对".indexOf(p.charAt(m.start() - 1)) < 0) && !hostsUnitAfter(p, m)
                && !(m.type() == EntityType.Place && (WHERE_BEFORE.stream()
                        .anyMatch(w -> p.full().startsWith(w, chainStart(ms, m) - w.length()))
                        || placesOrganisationAfter(p, ms, m) || PEOPLE_OF_PLACE.matcher(p.full())
                                .region(chainEnd(p, m, ms).end(), p.full().length()).lookingAt())));
        return first == null ? null : describedBy(p, ms, first, to);
    }

    /** "依托X大学建设的Y实验室…": the institution a unit is built on describes the unit, the sentence's subject. */
    private static boolean hostsUnitAfter(Passage p, Mention m) {
        return p.full().startsWith(HOSTED_ON, m.start() - HOSTED_ON.length())
                && HOSTING_THEN.matcher(p.full()).region(m.end(), p.full().length()).lookingAt();
    }

    /**
     * "X联合社在Z成立": plain founding at a place, which says where the body right before 在 is, not the sentence's
     * first (由A、B共同发起的X联盟在Z成立).
     */
    private static boolean foundedThere(String s, int at) {
        String clause = s.substring(at, clauseEnd(s, at));
        return clause.endsWith(FOUNDED) && !REGISTERED_OR_UNVEILED.matcher(clause).find();
    }

    /**
     * "渌口区的X公司是…", "园区龙头企业X今年投资…": the place, with 的 or the kind of body, says where the organisation right
     * after it is.
     */
    private static boolean placesOrganisationAfter(Passage p, Mentions ms, Mention place) {
        int end = chainEnd(p, place, ms).end();
        Matcher kind = PLACE_TO_ITS_BODY.matcher(p.full()).region(end, p.full().length());
        return kind.lookingAt() && kind.end() > end
                && ms.firstAt(kind.end(), m -> m.isOrganisation() && ms.outermost(m)) != null;
    }

    /**
     * 其 at {@code its} after 是: the organisation named last before it in its sentence but the subject, or null;
     * an organisation describing the subject (合作社种植的品种，是其与Y合作选育的) is no subject.
     */
    private static Mention itsHolder(Passage p, Mentions ms, int its) {
        Sentences.Sentence sentence = p.sentenceAt(its);
        Mention first = sentence == null ? null : subjectWithin(p, ms, sentence.start(), its);
        boolean describing = first != null && p.full().substring(first.end(), clauseEnd(p.full(), first.end()))
                .contains("的");
        Mention subject = describing ? null : first;
        return sentence == null ? null : ms.last(m -> m.isOrganisation() && m.start() >= sentence.start()
                && m.end() < its && ms.outermost(m) && (subject == null || !m.canonical().equals(subject.canonical())));
    }

    /**
     * "A控股的B投资…，并与C签订", "A旗下的B也将入驻", "A与B合资组建的C揭牌": the company {@code m} describes, held
     * or set up, when it ends before {@code to}: what the sentence is about; else {@code m}. A short name declared
     * for A stands between (A（以下简称“A′”）旗下的B).
     */
    private static Mention describedBy(Passage p, Mentions ms, Mention m, int to) {
        Matcher held = HELD_ONES.matcher(p.full()).region(Math.min(endWithDeclaration(p.full(), m), to), to);
        Mention heldOne = !held.lookingAt() ? null
                : ms.firstAt(held.end(), o -> o.isOrganisation() && ms.outermost(o) && o.end() <= to);
        return heldOne != null ? heldOne : m;
    }

    /**
     * How far before {@code pos} the party may end: a few characters (日前, 将), or a description of its team
     * ending in a word for a team (X大学小麦遗传育种团队联合Y).
     */
    private static int partyGap(String s, int pos) {
        for (String team : ReferenceResolver.PERSON_TEAM_WORDS) {
            if (s.startsWith(team, pos - team.length())) {
                return team.length() + MAX_TEAM_DESCRIPTION;
            }
        }
        return MAX_PARTY_GAP;
    }

    /**
     * "由A牵头，B、C等16家单位共同发起", "由A牵头，B、C参与组成的联合体", "由A牵头、B和C共同参与的X项目": the bodies
     * listed doing it together after a leader partner the leader, and each other when they are all the text lists.
     */
    private static void togetherUnderLeader(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher led = LED_THEN.matcher(s);
        while (led.find()) {
            int clauseStart = led.end();
            Mention leader = leader(p, ms, clauseStart);
            List<Mention> listed = leader == null ? List.of() : listedFrom(p, ms, clauseStart);
            int after = listed.isEmpty() ? -1 : endWithDeclaration(s, listed.get(listed.size() - 1));
            if (after >= 0 && TOGETHER_AFTER_LIST.matcher(s).region(after, s.length()).lookingAt()) {
                listed.forEach(b -> facts.add(leader, RelationType.PARTNERS_WITH, b, clauseStart, CLAUSE));
                if (s.charAt(after) != '等') {
                    pairs(listed, clauseStart, CLAUSE, facts);   // (not the members of a larger body: A、B等28家)
                }
            }
        }
    }

    /** "（由）A、B联合承担", "A、B共同攻关": bodies listed right before doing a work together partner each other. */
    private static void listedDoingJointly(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher jointly = DONE_JOINTLY.matcher(s);
        while (jointly.find()) {
            int at = jointly.start();
            Mention last = ms.lastAt(at, m -> m.isOrganisation() && ms.outermost(m));
            List<Mention> listed = last == null ? List.of() : listEndingWith(s, ms, last);
            if (listed.size() > 1) {
                pairs(listed, listed.get(0).start(), CLAUSE, facts);
            }
        }
    }

    /** "由A牵头，联合B、C", "由A牵头建设，B、C共同参与": the leader named in the clause before the one at {@code clauseStart}. */
    private static Mention leader(Passage p, Mentions ms, int clauseStart) {
        String s = p.full();
        int led = LED_WORK.stream().mapToInt(w -> clauseStart - 1 - w.length() - LEADS.length())
                .filter(at -> at >= 0 && s.startsWith(LEADS, at)).findFirst().orElse(-1);
        if (led < 0) {
            return null;
        }
        int from = clauseStart(s, led);
        // 由A（以下简称“A′”）牵头: the leader's declared short name may stand before the verb.
        return ms.last(m -> m.isActor() && m.type() != EntityType.Person && m.start() >= from && m.end() <= led
                && ms.outermost(m) && endWithDeclaration(s, m) <= led
                && plainGap(p, ms, endWithDeclaration(s, m), led));
    }

    /** The party before the link that {@code m} follows (A与m, 并与m), or null when m follows none. */
    private static Mention linkedSubject(Passage p, Mentions ms, Mention m, int clauseStart) {
        String s = p.full();
        for (String link : PARTNER_LINKS) {
            int linkStart = m.start() - link.length();
            if (linkStart >= clauseStart && s.startsWith(link, linkStart)) {
                Mention subject = subjectOfLink(p, ms, m);
                return subject != m ? subject : continuedSubject(p, ms, clauseStart, linkStart);
            }
        }
        return null;
    }

    /**
     * The name whose declaration holds {@code m} (X of X（以下简称“m”）由…), or {@code m}: what stands before the
     * declaration says what the body does (由X（以下简称“Y”）投资).
     */
    private static Mention declaringName(Passage p, Mentions ms, Mention m) {
        if (m == null) {
            return null;
        }
        Mention declaring = ms.last(o -> o.end() < m.start() && m.start() - o.end() <= AliasResolver.MAX_DECLARATION
                && o.canonical().equals(m.canonical()) && declaredUpTo(p.full(), o.end()) >= m.end());
        return declaring == null ? m : declaring;
    }

    /** Where {@code m}'s name ends, with the short name declared right after it if any: X（以下简称“Y”）|. */
    static int endWithDeclaration(String s, Mention m) {
        return Math.max(m.end(), declaredUpTo(s, m.end()));
    }

    /** Where a short name declared right at {@code pos} ends (X（以下简称“Y”）), or -1. */
    static int declaredUpTo(String s, int pos) {
        Matcher declared = AliasResolver.declarationAt(s, pos);
        return declared == null ? -1 : declared.end();
    }

    /** Where a time written right before {@code at} starts (A今年3月|与B), or {@code at}; not before {@code from}. */
    private static int beforeTime(String s, int from, int at) {
        // "X成立三年来一直与Y合作": the time since its founding, and how it has been since.
        Matcher since = SINCE_FOUNDED.matcher(s).region(from, at);
        if (since.find()) {
            return since.start();
        }
        Matcher time = TIME_BEFORE_BY.matcher(s).region(from, at);
        // (A time needs its year, month or day: 初 or 底 alone may end a name.)
        return time.find() && DATED.matcher(time.group()).find() ? time.start() : at;
    }

    /** Where a party's name ends before {@code pos} when its declared short name closes there: X(简称“Y”)与. */
    private static int afterDeclaration(String s, int pos) {
        // "X（以下简称“Y”）当天与": a few words of time may stand between the declaration and the link.
        int words = pos;
        while (words > 1 && pos - words < MAX_PARTY_GAP && Chars.isHan(s.charAt(words - 1))) {
            words--;
        }
        int end = words < pos && "）)".indexOf(s.charAt(words - 1)) >= 0 ? words : pos;
        int i = end;
        while (i > 0 && end - i < 3 && "”’\"）)".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    private static boolean linkEndsAt(String s, int pos) {
        return PARTNER_LINKS.stream().anyMatch(link -> s.startsWith(link, pos - link.length()));
    }

    private static String linkAt(String s, int at) {
        for (String link : PARTNER_LINKS) {
            if (s.startsWith(link, at)) {
                return link;
            }
        }
        return null;
    }

    /** Nothing but a few plain characters (日前, 将, 还将) between a party and the linking word. */
    private static boolean plainGap(Passage p, Mentions ms, int from, int to) {
        // 青海省人民医院与…: a body of a kind the graph keeps no node for is the party, not the place before; so
        // are the unnamed companies of a place (常宁油茶企业牵手…).
        if (UNKEPT_BODY_END.matcher(p.full()).region(from, to).find() || to > from
                && OrganizationRecognizer.DESCRIPTOR_ENDS.stream()
                        .anyMatch(w -> p.full().startsWith(w, to - w.length()))) {
            return false;
        }
        // (A program named between is what the party works with, no party: X用创新券与Y合作.)
        for (int i = from; i < to; i++) {
            int at = i;
            if (!Chars.isHan(p.charAt(i)) || ms.all().stream().anyMatch(m -> m.start() <= at && at < m.end()
                    && m.type() != EntityType.Program)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The party at {@code start}; "村里的X合作社", "该县的X公司", "A镇B村的X合作社": the organisation after a place
     * (or a chain of places) and 的.
     */
    private static Mention partyAt(Passage p, Mentions ms, int start) {
        Mention b = actorAt(ms, start);
        Matcher described = b == null ? PARTY_DESCRIPTION.matcher(p.full()).region(start, p.full().length()) : null;
        if (described != null && described.lookingAt()) {
            b = actorAt(ms, described.end());   // 与区属国企X: the kind of party said before its name
        }
        // 与总部位于Z的X: where the party is, said before its name.
        int lying = b == null ? pastWhereItLies(p, ms, start) : start;
        b = lying > start ? actorAt(ms, lying) : b;
        Mention last = b == null || b.type() != EntityType.Place ? b : chainEnd(p, b, ms);
        // 与A区、B县两县人民医院: the places listed before the bodies they count.
        Mention listedLast = last;
        for (Mention next = last; next != null; next = placeListedAfter(p, ms, next, p.full().length())) {
            listedLast = next;
        }
        // 与浙江省人民医院: the party is a body the graph keeps no node for, not the place its name opens on; 携手
        // 上海企业: nor are a place's unnamed companies.
        if (last != null && last.type() == EntityType.Place && (opensUnkeptBody(p, listedLast.end())
                || OrganizationRecognizer.DESCRIPTOR_ENDS.stream().anyMatch(w -> p.full().startsWith(w, last.end())))) {
            return null;
        }
        if (b != null && b.type() == EntityType.Place && last.end() < p.full().length() && p.charAt(last.end()) == '的') {
            Mention owned = actorAt(ms, last.end() + 1);
            if (owned != null && owned.isOrganisation()) {
                return owned;
            }
        }
        // 与X大学（以下简称“Y”）作物研究所: the unit written after its parent's declaration is the party.
        int declared = last == null || !last.isOrganisation() ? -1 : endWithDeclaration(p.full(), last);
        Mention unitAfterDeclaration = last != null && declared > last.end() ? actorAt(ms, declared) : null;
        if (unitAfterDeclaration != null && unitAfterDeclaration.isOrganisation()) {
            return unitAfterDeclaration;
        }
        // 与该校X学院共建: the unit written right after a word referring to its institution is the party.
        Mention unitOfReferred = last != null && last.isOrganisation() && ReferenceResolver.isReference(last)
                ? ms.firstAt(last.end(), m -> m.type() == EntityType.ResearchTeam && ms.outermost(m)) : null;
        if (unitOfReferred != null) {
            return unitOfReferred;
        }
        // 与中国科学院物理研究所旗下的X中心签约: the unit named after its parent is the party.
        int unitAt = last == null || !last.isOrganisation() ? -1 : unitNamedAfter(p, last.end(), p.full().length());
        Mention unit = unitAt < 0 ? null : actorAt(ms, unitAt);
        return unit != null && unit.isOrganisation() ? unit : last;
    }

    /** Past where a body lies, said before its name at {@code at} ((总部)位于Z的|X), or {@code at}. */
    private static int pastWhereItLies(Passage p, Mentions ms, int at) {
        Matcher sited = HEADQUARTERED.matcher(p.full()).region(at, p.full().length());
        Mention where = sited.lookingAt()
                ? ms.firstAt(sited.end(), m -> m.type() == EntityType.Place && !ms.insideName(m)) : null;
        Mention placed = where == null ? null : chainEnd(p, where, ms);
        return placed != null && placed.end() < p.full().length() && p.charAt(placed.end()) == '的'
                ? placed.end() + 1 : at;
    }

    /** Where a unit's name starts after its parent's ending at {@code parentEnd} (X旗下的Y, X所属Y), or -1. */
    private static int unitNamedAfter(Passage p, int parentEnd, int limit) {
        Matcher held = HELD_BY.matcher(p.full()).region(parentEnd, limit);
        return held.lookingAt() ? held.end() + (p.charAt(held.end()) == '的' ? 1 : 0) : -1;
    }

    /**
     * A hospital's, school's or association's name goes on at {@code from} (省|人民医院, 区|马铃薯产业协会); words
     * with a verb between say what is done, no name (与宁晋县|签约建设医院).
     */
    private static boolean opensUnkeptBody(Passage p, int from) {
        Matcher body = UNKEPT_BODY_AFTER.matcher(p.full()).region(from, p.full().length());
        if (!body.lookingAt()) {
            return false;
        }
        // (区|马铃薯产业发展协会: 发展 right before the body's word is part of its name.)
        String words = body.group(1).endsWith(DEVELOPMENT) ? body.group(1).substring(0, body.group(1).length()
                - DEVELOPMENT.length()) : body.group(1);
        return !OrganizationRecognizer.holdsVerb(words);
    }

    private static Mention actorAt(Mentions ms, int start) {
        return ms.firstAt(start, m -> m.isActor() && ms.outermost(m));
    }

    private static void pairs(List<Mention> parties, int evidenceAt, double confidence, Facts facts) {
        List<String> names = parties.stream().map(Mention::canonical).distinct().toList();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                facts.add(names.get(i), RelationType.PARTNERS_WITH, names.get(j), evidenceAt, Map.of(), confidence);
            }
        }
    }

    /** The finest place named in the title: what the article is about. */
    private static Mention headlinePlace(Passage p, Mentions ms) {
        return ms.all().stream().filter(m -> m.type() == EntityType.Place && p.inTitle(m) && !ms.insideName(m))
                .max(Comparator.comparingInt(RelationFinder::rank)).orElse(null);
    }

    /**
     * "X团队的隔膜技术…被Y公司以1860万元拍得", "X选育的新品系由Y公司以760万元竞得独占许可": who buys a research
     * body's technology at auction or by licence works with it.
     */
    private static void technologyBought(Passage p, Mentions ms, Facts facts) {
        Matcher bought = TECHNOLOGY_BOUGHT.matcher(p.full());
        while (bought.find()) {
            int by = bought.start();
            int price = bought.start(1);   // 由常德的Y公司以…: the buyer stands before its price
            Mention buyer = ms.last(m -> m.type() == EntityType.Enterprise && m.start() > by && m.end() <= price
                    && ms.outermost(m));
            Sentences.Sentence sentence = p.sentenceAt(by);
            Mention seller = buyer == null || sentence == null ? null : ms.first(m -> m.type() == EntityType.ResearchTeam
                    && m.start() >= sentence.start() && m.end() <= by && ms.outermost(m));
            if (seller != null) {
                facts.add(buyer, RelationType.PARTNERS_WITH, seller, by, CLAUSE);
            }
        }
    }

    /**
     * "A合作社负责组织社员采摘，再由B公司统一收购", "A负责种植，B负责加工": one work divided between a company and
     * another body, each its share in a clause of one sentence, makes them partners. Bodies of government sharing
     * out a plan's tasks are its implementers, not partners by that alone.
     */
    private static void dividedWork(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Sentences.Sentence sentence : p.sentences()) {
            List<Mention> shares = new ArrayList<>();
            for (int clause = sentence.start(); clause < sentence.end(); clause = clauseEnd(s, clause) + 1) {
                int at = clause;
                // (再)由B统一收购 opening the clause, or A负责 in it (X村的A合作社负责…).
                Matcher byThen = DUTY_BY.matcher(s).region(at, sentence.end());
                int clauseEnd = clauseEnd(s, at);
                Mention holder = byThen.lookingAt()
                        ? ms.firstAt(byThen.end(), m -> m.isOrganisation() && ms.outermost(m)
                                && takes(s, m, DUTY_TAKEN_BY, clauseEnd))
                        : ms.first(m -> m.isOrganisation() && ms.outermost(m) && m.start() >= at
                                && m.end() <= clauseEnd && takes(s, m, DUTY_TAKEN, clauseEnd));
                if (holder != null) {
                    shares.add(holder);
                }
            }
            List<Mention> parties = new ArrayList<>();
            shares.stream().filter(m -> parties.stream().noneMatch(o -> o.canonical().equals(m.canonical())))
                    .forEach(parties::add);
            if (parties.size() != 2) {
                continue;
            }
            Mention a = parties.get(0);
            Mention b = parties.get(1);
            // (A regulator and the company it oversees share no work; a group and its own subsidiary are one.)
            boolean companies = parties.stream().anyMatch(m -> m.type() == EntityType.Enterprise)
                    && parties.stream().noneMatch(m -> m.type() == EntityType.Government)
                    && !facts.has(a, RelationType.PART_OF, b) && !facts.has(b, RelationType.PART_OF, a);
            // (A负责…；B负责…: parts of a list, a group's subsidiaries each with its line, share no work.)
            boolean listed = s.substring(a.end(), b.start()).chars().anyMatch(c -> c == '；' || c == ';');
            if (companies && !listed) {
                facts.add(a, RelationType.PARTNERS_WITH, b, b.start(), CLAUSE);
            }
        }
    }

    /** Whether {@code duty} follows the body's name, or the short name it declares, within its clause. */
    private static boolean takes(String s, Mention body, Pattern duty, int clauseEnd) {
        int after = Math.max(body.end(), declaredUpTo(s, body.end()));
        return after < clauseEnd && duty.matcher(s).region(after, clauseEnd).lookingAt();
    }

    /** "A的技术支撑来自B和C", "A的技术支持由B提供": the bodies a body's technology comes from work with it. */
    private static void technologyFrom(Passage p, Mentions ms, Facts facts) {
        Matcher from = TECHNOLOGY_FROM.matcher(p.full());
        while (from.find()) {
            int at = from.start();
            Mention receiver = ms.lastAt(at, m -> m.isOrganisation() && ms.outermost(m));
            for (Mention giver : receiver == null ? List.<Mention>of() : listedFrom(p, ms, from.end())) {
                if (giver.isOrganisation()) {
                    facts.add(receiver, RelationType.PARTNERS_WITH, giver, at, CLAUSE);
                }
            }
        }
    }

    /**
     * "X研究所将向Y公司转让Z技术", "该学院向Y许可3项专利": who hands a technology over and who takes it work together.
     */
    private static void technologyHanded(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher handed = TECHNOLOGY_HANDED.matcher(s);
        while (handed.find()) {
            int to = handed.start();
            int verb = handed.start(1);
            Mention taker = ms.firstAt(to + 1, m -> m.isOrganisation() && ms.outermost(m));
            int clause = clauseStart(s, to);
            Mention giver = ms.last(m -> m.isOrganisation() && m.start() >= clause && m.end() <= to
                    && ms.outermost(m) && to - endWithDeclaration(s, m) <= MAX_PARTY_GAP);
            // (向国家知识产权局申请转让专利: the office the request goes to takes nothing.)
            if (taker != null && giver != null && endWithDeclaration(s, taker) == verb
                    && !taker.canonical().equals(giver.canonical())) {
                facts.add(giver, RelationType.PARTNERS_WITH, taker, to, CLAUSE);
            }
        }
    }

    // ---- PUBLISHED_IN

    /**
     * A sentence that names a journal and a publishing verb: its teams published there; when it has none,
     * the teams its reference points to (相关研究成果发表于...) or those of the nearest earlier sentence.
     */
    private static void publications(Passage p, Mentions ms, Facts facts) {
        List<Sentences.Sentence> sentences = p.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentences.Sentence s = sentences.get(si);
            List<Mention> journals = ms.of(m -> m.type() == EntityType.Journal && s.contains(m.start(), m.end()));
            if (journals.isEmpty() || !PUBLISH.matcher(s.text()).find()) {
                continue;
            }
            // The institution a unit is built on (该实验室依托X大学建设) wrote none of the unit's papers.
            List<Mention> teams = teamsIn(ms, s).stream()
                    .filter(t -> !p.full().startsWith(HOSTED_ON, t.start() - HOSTED_ON.length())
                            || hostAfter(p, ms, t.start()) == null)
                    .toList();
            Mention result = ms.first(m -> m.type() == EntityType.ResearchTeam && ReferenceResolver.isReference(m)
                    && s.contains(m.start(), m.end()));
            if (teams.isEmpty() && result != null) {
                Sentences.Sentence antecedent = p.sentenceAt((Integer) result.properties().get(ReferenceResolver.ANTECEDENT));
                teams = antecedent == null ? List.of() : teamsIn(ms, antecedent);
            }
            // "相关论文发表于《J》，X大学为第一完成单位": the institution credited first leaves the teams that wrote the
            // paper to the sentences before.
            // So does one named only as an author's (X学院博士研究生Y为第一作者).
            boolean creditedOnly = !teams.isEmpty() && teams.stream().allMatch(t -> FIRST_CREDITED.matcher(p.full())
                    .region(t.end(), s.end()).lookingAt() || AUTHORS_BODY.matcher(p.full()).region(t.end(), s.end())
                    .lookingAt());
            List<Mention> credited = creditedOnly ? teams : List.of();
            teams = creditedOnly ? List.of() : teams;
            for (int back = si - 1; teams.isEmpty() && back >= 0; back--) {
                teams = teamsIn(ms, sentences.get(back));
            }
            if (!credited.isEmpty()) {
                teams = Stream.concat(credited.stream(), teams.stream()).toList();
            }
            for (Mention team : teams) {
                for (Mention journal : journals) {
                    facts.add(team, RelationType.PUBLISHED_IN, journal, journal.start(),
                            s.contains(team.start(), team.end()) ? STATED : CLAUSE);
                }
            }
            // One result of several teams in one journal: they wrote it together (a unit with its own
            // institution is one of them, not two; a body called by its kind alone may be the other's host).
            Set<String> institutions = teams.stream().map(t -> institutionOf(p, ms, t)).filter(Objects::nonNull)
                    .map(Mention::canonical).collect(Collectors.toSet());
            List<Mention> authors = new ArrayList<>(teams.stream().filter(t -> !institutions.contains(t.canonical())
                    && !ReferenceResolver.isBareResearchHead(t)).toList());
            // "X实验室联合Y研究所和Z公司，…": a company listed with the teams wrote the result with them.
            for (Mention team : List.copyOf(authors)) {
                Mention company = team.end() < p.full().length() && "和及、".indexOf(p.charAt(team.end())) >= 0
                        ? ms.firstAt(team.end() + 1, m -> m.type() == EntityType.Enterprise && ms.outermost(m)) : null;
                if (company != null && authors.stream().noneMatch(a -> a.canonical().equals(company.canonical()))) {
                    journals.forEach(j -> facts.add(company, RelationType.PUBLISHED_IN, j, j.start(), CLAUSE));
                    authors.add(company);
                }
            }
            // "X公司（简称）联合Y学院、Z研究所，在《J》发表论文": the company leading the teams wrote it with them.
            Mention first = authors.isEmpty() ? null : authors.get(0);
            int leads = first == null || !p.full().startsWith(JOINED_BY, first.start() - JOINED_BY.length()) ? -1
                    : first.start() - JOINED_BY.length();
            Mention leader = leads < 0 ? null : ms.last(m -> m.type() == EntityType.Enterprise && ms.outermost(m)
                    && s.contains(m.start(), m.end())
                    && (m.end() == leads || declaredUpTo(p.full(), m.end()) == leads));
            int listEnd = first == null ? -1 : first.end();
            for (Mention next = first; next != null; next = "、和及".indexOf(p.charAt(next.end())) < 0 ? null
                    : ms.firstAt(next.end() + 1, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m))) {
                listEnd = next.end();
            }
            // (…联合Y学院开展选育，该学院…发表在《J》: the company leads other work, not the paper.)
            int teamsEnd = listEnd;
            boolean publishedByList = teamsEnd >= 0 && journals.stream().anyMatch(j -> j.start() >= teamsEnd
                    && PUBLISHED_BY_LIST.matcher(p.full()).region(teamsEnd, j.start()).matches());
            if (leader != null && publishedByList
                    && authors.stream().noneMatch(a -> a.canonical().equals(leader.canonical()))) {
                journals.forEach(j -> facts.add(leader, RelationType.PUBLISHED_IN, j, j.start(), CLAUSE));
                authors.add(leader);
            }
            Mention partner = first == null ? null : jointWorkCompany(p, ms, s, first, listEnd);
            if (partner != null && authors.stream().noneMatch(a -> a.canonical().equals(partner.canonical()))) {
                journals.forEach(j -> facts.add(partner, RelationType.PUBLISHED_IN, j, j.start(), CLAUSE));
                authors.add(partner);
            }
            if (journals.stream().map(Mention::canonical).distinct().count() == 1 && authors.size() > 1
                    && authors.size() <= MAX_COAUTHORS) {
                pairs(authors, journals.get(0).start(), STATED, facts);
            }
        }
    }

    /**
     * The company a sentence joins to its teams as the work's other author: "X公司（简称）与Y学院合作完成的…研究" or
     * "Y学院与X公司联合完成的论文", the joint work named right after the pair.
     */
    private static Mention jointWorkCompany(Passage p, Mentions ms, Sentences.Sentence s, Mention first, int listEnd) {
        String full = p.full();
        int link = first.start() - 1;
        if (link > s.start() && "与和".indexOf(full.charAt(link)) >= 0 && JOINT_WORK.matcher(full)
                .region(listEnd, s.end()).lookingAt()) {
            return ms.last(m -> m.type() == EntityType.Enterprise && ms.outermost(m) && s.contains(m.start(), m.end())
                    && (m.end() == link || declaredUpTo(full, m.end()) == link));
        }
        Mention after = listEnd < s.end() && "与和".indexOf(full.charAt(listEnd)) >= 0
                ? ms.firstAt(listEnd + 1, m -> m.type() == EntityType.Enterprise && ms.outermost(m)) : null;
        if (after == null) {
            return null;
        }
        int end = Math.max(after.end(), declaredUpTo(full, after.end()));
        return JOINT_WORK.matcher(full).region(end, s.end()).lookingAt() ? after : null;
    }

    /**
     * The research teams a sentence names, by name or by a reference to a team (该学院与X联合选育...): a
     * reference to a result (相关成果) is resolved above, and one written before a unit (该校X实验室) only
     * says whose unit it is.
     */
    private static List<Mention> teamsIn(Mentions ms, Sentences.Sentence s) {
        return ms.of(m -> m.type() == EntityType.ResearchTeam && s.contains(m.start(), m.end())
                && ms.outermost(m) && (!ReferenceResolver.isReference(m) || ReferenceResolver.namesTeam(m)
                && ms.firstAt(m.end(), u -> u.type() == EntityType.ResearchTeam) == null));
    }

    // ---- IMPLEMENTS

    /** The implementer in the clause from {@code clauseStart} joined to {@code actor} by exactly {@code link}, or null. */
    private static Mention linkedBefore(String s, Mentions ms, Mention actor, int clauseStart, Pattern link) {
        if (actor == null || actor.start() <= clauseStart || !link.matcher(s).region(clauseStart, actor.start()).find()) {
            return null;   // the link is rare: no look at the mentions without it
        }
        return ms.last(m -> isImplementer(m, ms) && m.start() >= clauseStart && m.end() < actor.start()
                && link.matcher(s).region(m.end(), actor.start()).matches());
    }

    /** The subject of the clause before {@code clauseStart} in its sentence: the first body or place there, or null. */
    private static Mention subjectOfClauseBefore(Passage p, Mentions ms, Sentences.Sentence sentence, int clauseStart) {
        int end = clauseStart - 1;
        if (end <= sentence.start() || "；;".indexOf(p.charAt(end)) >= 0) {
            return null;
        }
        int from = clauseStart(p.full(), end);
        // (Not an object, 记者走访了X县，还联合…; nor a newspaper named after its place, 浙江日报报道…，并联合….)
        Mention subject = ms.firstAt(from, m -> isImplementer(m, ms) && m.end() <= end && !isLocative(p, ms, m));
        return subject == null || NEWSPAPER.matcher(p.full()).region(subject.end(), end).lookingAt() ? null : subject;
    }

    /**
     * "“P”是A与B于2023年联合启动的…项目": a program described as launched (carried out, set up) by bodies is
     * theirs, by the bodies named between the copula and the verb.
     */
    private static void programsDescribed(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention program : ms.of(m -> m.type() == EntityType.Program && ms.outermost(m))) {
            int copula = program.end() + (p.charAt(program.end()) == '”' ? 1 : 0);
            if (p.charAt(copula) != '是') {
                continue;
            }
            Matcher launched = LAUNCHED_BY.matcher(s).region(copula + 1, clauseEnd(s, copula + 1));
            if (!launched.find()) {
                continue;
            }
            int verb = launched.start();
            // Bodies only: a place there says where (总部位于X的…) or whose campaign (参与甘肃省“…”行动).
            for (Mention actor : ms.of(m -> isImplementer(m, ms) && m.isOrganisation() && m.start() > copula
                    && m.end() <= verb)) {
                facts.add(actor, RelationType.IMPLEMENTS, program, copula, STATED);
            }
        }
    }

    /**
     * "X实施“P”": the program shortly after the verb, the actor before it in the same clause; when the clause
     * has none, the subject (first actor) of the nearest earlier clause of the sentence ("X表示,镇里将...,推进P").
     */
    private static void implementations(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher v = IMPLEMENT.matcher(s);
        while (findFrom(v, s, IMPLEMENT_FIRSTS)) {
            int verbEnd = v.end();
            int verbAt = v.start();
            // “良种推广应用计划”: a verb inside a program's name is a word of the name.
            if (ms.startingWithin(Math.max(0, verbAt - MAX_NAME_AROUND_VERB), verbAt + 1).stream()
                    .anyMatch(m -> m.type() == EntityType.Program && verbAt < m.end())) {
                continue;
            }
            // A document worked to may come after who issued it (按照省林业局印发的《P》).
            int reach = UNDER.matcher(v.group()).matches() || v.group().equals(TAKING_ON) ? DOCUMENT_REACH
                    : VERB_TO_PROGRAM;
            Mention first = ms.first(m -> m.type() == EntityType.Program && m.start() >= verbEnd
                    && m.start() - verbEnd <= reach
                    && !CLAUSE_BREAK.matcher(s.substring(verbEnd, m.start())).find());
            if (first == null) {
                continue;
            }
            Mention program = projectOf(s, ms, first);
            if (program != first) {
                facts.add(program, RelationType.PART_OF, first, program.start(), STATED);
            }
            int clauseStart = clauseStart(s, v.start());
            int verbStart = v.start();
            // "园区是两市落实“P”的重要载体": the two places that partnered before carry it out, not the subject.
            Matcher twoSides = TWO_SIDES.matcher(s).region(clauseStart, verbStart);
            List<String> sides = twoSides.find() ? facts.placesPartneredBefore(placeNames(ms), verbStart) : List.of();
            for (String side : sides) {
                facts.add(side, RelationType.IMPLEMENTS, program.canonical(), verbStart, Map.of(), CONTEXT);
            }
            if (!sides.isEmpty()) {
                continue;
            }
            // "X银行向合作社发放“P”": whom the program is given to does not carry it out.
            // (该县正依托X等科研单位推进“P”: the body relied on is the means, the clause's subject carries it out.)
            Mention actor = ms.last(m -> isImplementer(m, ms) && m.start() >= clauseStart && m.end() <= verbStart
                    && !isLocative(p, ms, m) && !isRecipient(p, m) && !s.startsWith(HOSTED_ON, m.start() - HOSTED_ON.length()));
            // "G将X列入“P”": X, after 将 or 把, is what is listed; G lists it.
            if (actor != null && v.group().equals(LISTED_UNDER) && "将把".indexOf(p.charAt(actor.start() - 1)) >= 0) {
                int object = actor.start() - 1;
                actor = ms.last(m -> isImplementer(m, ms) && m.start() >= clauseStart && m.end() <= object
                        && !isLocative(p, ms, m));
            }
            // "该项目已被G列入“P”": only the body listing it, in its clause; a work listed (已列入“P”) is no speaker's;
            // nor is a work given to a body (负责“P”) the body's of a clause before, nor a document worked to (该县按照《P》),
            // nor a work made a task (，把“P”列为…).
            // "X印发的《方案》将“P”列为首项任务": a document opening the clause makes it its own part, not X's work.
            boolean madeTask = "把将".contains(v.group());
            if (madeTask && actor != null && s.substring(actor.end(), verbStart).contains("《")) {
                continue;
            }
            if (actor == null && (v.group().equals(LISTED_UNDER) || v.group().equals(IN_CHARGE)
                    || UNDER.matcher(v.group()).matches() || madeTask)) {
                continue;
            }
            double confidence = CLAUSE;
            Sentences.Sentence sentence = p.sentenceAt(v.start());
            // "A与B签署协议，双方共同推进“P”": a clause of 双方 after the sentence's own partnership is the two parties'
            // work (added below), not the work of the subject of the clause before.
            int both = actor != null || sentence == null ? -1 : lastBothParties(p, clauseStart, verbStart);
            boolean bothParties = both >= 0 && !facts.partiesWithin(sentence.start(), both).isEmpty();
            // Back over the sentence's clauses, not past a semicolon: items of a list (一是…；二是…) have their own.
            for (int end = clauseStart - 1; actor == null && !bothParties && sentence != null && end > sentence.start()
                    && "；;".indexOf(s.charAt(end)) < 0; ) {
                int from = clauseStart(s, end);
                int to = end;
                // (双方将共建X研究院，并共同实施“P”: what the clause builds is no one carrying the program out; nor is
                // the issuer of a document the clause carries out: 全区正落实X厅印发的《D》，同步实施“P”.)
                actor = ms.first(m -> isImplementer(m, ms) && m.start() >= from && m.end() <= to
                        && !isLocative(p, ms, m) && !builtJointly(s, m)
                        && !ISSUED_BY_CLAUSE.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 4)).lookingAt());
                end = from - 1;
                confidence = CONTEXT;
            }
            // "A、B联合印发《P》，提出实施“X”", "…，部署“X”“Y”两项任务": the works a document sets out are its parts,
            // not its issuer's own work.
            if (actor != null && actor.end() <= clauseStart && issuedBetween(p, ms, actor.end(), clauseStart)
                    && (SETTING_OUT.matcher(s).region(clauseStart, verbStart).matches()
                    || SETTING_OUT_TASKS.matcher(s).region(clauseStart, verbStart).matches()
                    || clauseStart == verbStart && SETTING_OUT.matcher(v.group()).matches())) {
                continue;
            }
            // "X印发的《P》提出实施“Y”": so are those the document it issued, as its clause's subject, sets out.
            // (…《P》（简称）部署了“Y”: or where the verb is itself the document's setting out.)
            Matcher issuedDocument = actor == null || actor.end() >= verbStart ? null
                    : SET_OUT_BY_DOCUMENT.matcher(s).region(actor.end(), verbStart);
            if (issuedDocument != null && issuedDocument.find()
                    && (issuedDocument.group(1) != null || SETTING_OUT.matcher(v.group()).lookingAt())) {
                continue;
            }
            if (actor == null && !bothParties) {
                actor = quotedSpeakersBody(p, ms, clauseStart, verbStart);
            }
            Mention announced = null;
            if (actor == null && !bothParties) {
                actor = announcer(p, ms, clauseStart);
                announced = actor;
                confidence = CONTEXT;
            }
            List<Mention> programs = carriedTogether(s, ms, program);
            if (actor == null && sentence != null) {
                // "A与B、C三方合作…。三家单位联合实施“P”": the bodies the sentence before named, when there are as many.
                for (Mention body : countedBodiesBefore(p, ms, sentence, clauseStart, verbStart)) {
                    programs.forEach(target -> facts.add(body, RelationType.IMPLEMENTS, target, verbStart, CONTEXT));
                }
                // "双方将共建X，并共同实施“P”": the parties of the partnership stated before.
                for (String party : bothPartiesOpening(p, sentence, verbStart, facts)) {
                    programs.forEach(target -> facts.add(party, RelationType.IMPLEMENTS, target.canonical(), verbStart,
                            Map.of(), CONTEXT));
                }
            }
            // A work report's items (一、全力实施P) are the work of the place as well as of its government.
            Mention governed = announced == null ? null : placeGovernedBy(ms, announced);
            for (Mention target : actor == null ? List.<Mention>of() : programs) {
                implementedBy(p, ms, actor, target, clauseStart, verbStart, v.start(), confidence, facts);
                if (governed != null) {
                    facts.add(governed, RelationType.IMPLEMENTS, target, v.start(), CONTEXT);
                }
            }
            // "省科学技术厅已将联合实验室纳入“P”": who brings the object into the program runs it too; "A会同B公布“P”":
            // so does the body acting together with the actor.
            Mention bringer = v.group().equals(BROUGHT_INTO) ? linkedBefore(s, ms, actor, clauseStart, BRINGING) : null;
            Mention together = linkedBefore(s, ms, actor, clauseStart, ACTING_TOGETHER);
            // "全市正落实《P》，并联合X实施“Q”": a clause opening on the link goes on with the clause before's subject.
            together = together != null || actor == null || sentence == null || actor.start() < clauseStart
                    || !JOINING_CLAUSE.matcher(s).region(clauseStart, actor.start()).matches() ? together
                    : subjectOfClauseBefore(p, ms, sentence, clauseStart);
            for (Mention partner : Stream.of(bringer, together).filter(Objects::nonNull).toList()) {
                programs.forEach(target -> facts.add(partner, RelationType.IMPLEMENTS, target, v.start(), CLAUSE));
            }
        }
        offeredBy(p, ms, facts);
        grantedFrom(p, ms, facts);
        channels(p, ms, facts);
        undertakenBy(p, ms, facts);
        leadsInBrackets(p, ms, facts);
        ownersNamedBefore(p, ms, facts);
        yearsProjectsOfDivisions(ms, facts);
        contractorsOfLots(p, ms, facts);
        pilotsOfTheStory(p, ms, facts);
        documentTasks(p, ms, facts);
        partsNamedInDocuments(p, ms, facts);
        worksByTheirTail(p, ms, facts);
        worksUnderDocument(p, ms, facts);
        measuresOfDocuments(p, ms, facts);
        entrustedPrograms(p, ms, facts);
        programsCarriedOutIn(p, ms, facts);
        selected(p, ms, facts);
        actingAsImplementer(p, ms, facts);
        takenAsGuide(p, ms, facts);
        designatedAsPilots(p, ms, facts);
        madePilots(p, ms, facts);
        // A bank the title names offers the loan products of its story (a borrower the title names does not).
        Mention bank = ms.first(m -> m.type() == EntityType.Enterprise && p.inTitle(m) && m.canonical().endsWith("行"));
        if (bank != null) {
            for (Mention product : ms.of(m -> m.type() == EntityType.Program && m.canonical().endsWith("贷"))) {
                facts.add(bank, RelationType.IMPLEMENTS, product, product.start(), CONTEXT);
            }
        }
    }

    /** A document (《P》) is issued in [from, to): a verb of issuing, then the document's name. */
    private static boolean issuedBetween(Passage p, Mentions ms, int from, int to) {
        Matcher issuing = ISSUING.matcher(p.full()).region(from, to);
        int after = issuing.find() ? issuing.end() : -1;
        return after >= 0 && ms.first(m -> m.type() == EntityType.Program && m.start() >= after && m.end() < to
                && p.charAt(m.start() - 1) == '《') != null;
    }

    /** The place a people's government governs (X市人民政府: X市), where the text names it, or null. */
    private static Mention placeGovernedBy(Mentions ms, Mention government) {
        String name = government.canonical();
        if (government.type() != EntityType.Government || !name.endsWith(PEOPLES_GOVERNMENT)) {
            return null;
        }
        String place = name.substring(0, name.length() - PEOPLES_GOVERNMENT.length());
        return ms.first(m -> m.type() == EntityType.Place && m.canonical().equals(place));
    }

    /**
     * "今年，我们将重点抓好四项工作。一是…，实施“P”": an item of an ordinal list with no subject of its own is
     * done by the subject of the sentence (or the words before a colon) that announced the counted items; null
     * where {@code clauseStart} is in no such item.
     */
    private static Mention announcer(Passage p, Mentions ms, int clauseStart) {
        String s = p.full();
        int itemStart = clauseStart;
        while (itemStart > 0 && clauseStart - itemStart < MAX_ORDINAL_ITEM && ITEM_BREAKS.indexOf(s.charAt(itemStart - 1)) < 0) {
            itemStart--;
        }
        // The ordinal opens the item, in the clause before or in this one (一是全力实施“P”).
        if (!ORDINAL_ITEM_OPENING.matcher(s).region(itemStart, s.length()).lookingAt() || itemStart == 0) {
            return null;
        }
        // Back over the items before this one, each opening on its ordinal, to the words that announced them;
        // items may stand in paragraphs of their own.
        int end = itemStart - 1;
        for (int items = 0; items < ORDINALS_READ && end > 0; items++) {
            while (end > 0 && Character.isWhitespace(s.charAt(end))) {
                end--;
            }
            int start = end;
            while (start > 0 && end - start < MAX_ORDINAL_ITEM && ITEM_BREAKS.indexOf(s.charAt(start - 1)) < 0) {
                start--;
            }
            // A later sentence of an item that is a paragraph of its own (一、…。…。) belongs to that item.
            int paragraph = s.lastIndexOf('\n', start - 1) + 1;
            boolean itemGoesOn = paragraph < start && ORDINAL_ITEM_OPENING.matcher(s).region(paragraph, end).lookingAt();
            if (!itemGoesOn && !ORDINAL_ITEM_OPENING.matcher(s).region(start, end).lookingAt()) {
                int from = start;
                int to = end;
                Matcher counted = COUNTED_ITEMS.matcher(s).region(from, to);
                return counted.find() ? ms.first(m -> isImplementer(m, ms) && m.start() >= from
                        && m.end() <= counted.start() && m.type() != EntityType.Program) : null;
            }
            end = start - 1;
        }
        return null;
    }

    /**
     * "“我们将用好《P》…”X镇党委书记Y说": we of a quote are the body of the one who says it, named after the
     * quote closes; a party committee speaks for its place.
     */
    private static Mention quotedSpeakersBody(Passage p, Mentions ms, int clauseStart, int verbStart) {
        String s = p.full();
        int open = s.lastIndexOf('“', verbStart);
        int close = s.indexOf('”', verbStart);
        if (open < 0 || close < 0 || close - open > MAX_QUOTE || !s.substring(Math.max(open, clauseStart), verbStart)
                .contains("我们")) {
            return null;
        }
        Mention body = ms.firstAt(close + 1, m -> m.isOrganisation() && ms.outermost(m));
        if (body == null || !PARTY_COMMITTEE.matcher(body.canonical()).find()) {
            return body;
        }
        return ms.firstAt(body.start(), m -> m.type() == EntityType.Place);
    }

    /**
     * The actor carries the program out, and with it: everyone of "A、B共同承担", each body of a list before the
     * verb ("A、B和C联合印发《P》"), the partner before a link ("A与B合作开展P", "A会同B、C印发P"), and, where
     * the actor is a county said for by a bureau's head ("X局局长Y表示，全县正在实施P"), that bureau.
     */
    private static void implementedBy(Passage p, Mentions ms, Mention actor, Mention program, int clauseStart,
                                      int verbStart, int evidenceAt, double confidence, Facts facts) {
        String s = p.full();
        if (s.startsWith(TOGETHER, verbStart - TOGETHER.length())) {
            for (Mention party : jointParties(p, ms, clauseStart, verbStart)) {
                facts.add(party, RelationType.IMPLEMENTS, program, evidenceAt, CLAUSE);
            }
        }
        Sentences.Sentence sentence = p.sentenceAt(verbStart);
        if (actor.type() == EntityType.Place && ReferenceResolver.isReference(actor)
                && sentence != null && clauseStart > sentence.start()) {
            // A government body, not a party committee (县委 leads; the county's bodies carry out).
            Mention speaker = ms.first(m -> m.type() == EntityType.Government && m.start() >= sentence.start()
                    && m.end() < clauseStart && ms.outermost(m) && !PARTY_COMMITTEE.matcher(m.canonical()).find());
            if (speaker != null) {
                facts.add(speaker, RelationType.IMPLEMENTS, program, evidenceAt, CONTEXT);
            }
        }
        facts.add(chainEnd(p, actor, ms), RelationType.IMPLEMENTS, program, evidenceAt, confidence);
        // "A与B签署协议，联合启动P": a clause opening on doing it together goes on with the partnership just stated.
        if (sentence != null && clauseStart > sentence.start()
                && JOINTLY.matcher(s).region(clauseStart, verbStart).matches()) {
            List<String> parties = facts.partiesWithin(sentence.start(), clauseStart);
            if (parties.contains(actor.canonical())) {
                parties.stream().filter(party -> !party.equals(actor.canonical())).forEach(party -> facts.add(party,
                        RelationType.IMPLEMENTS, program.canonical(), evidenceAt, Map.of(), CONTEXT));
            }
        }
        Mention head = actor;
        for (Mention listed = listedBefore(s, ms, actor); listed != null; listed = listedBefore(s, ms, listed)) {
            facts.add(listed, RelationType.IMPLEMENTS, program, evidenceAt, confidence);
            head = listed;
        }
        Mention partner = linkedSubject(p, ms, head, clauseStart);
        if (partner != null && partner.type() != EntityType.Place) {
            facts.add(partner, RelationType.IMPLEMENTS, program, evidenceAt, CONTEXT);
        }
    }

    /**
     * The programs a verb of carrying out applies to: the first and every one listed right after it
     * (推出“A贷”“B贷”, 实施A工程、B工程和C工程); when the list is closed by its count (实施A、B、C“三大专项行动”),
     * the counted program alone, whose parts the items are.
     */
    private static List<Mention> carriedTogether(String s, Mentions ms, Mention first) {
        List<Mention> out = new ArrayList<>(List.of(first));
        for (Mention next = listedAfter(s, ms, first); next != null; next = listedAfter(s, ms, next)) {
            out.add(next);
        }
        Mention last = out.get(out.size() - 1);
        return out.size() > 1 && ProgramRecognizer.COUNTED_HEAD.matcher(last.canonical()).matches()
                ? List.of(last) : out;
    }

    /**
     * "本次试点由A、B联合组织实施", "试点工作由X公司牵头实施", "X项目落地P，由A与B共同实施": each body after 由
     * carries the program out, and so do those a leader brings in ("由A牵头，联合B、C共同承担").
     */
    private static void undertakenBy(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        // (方案由X会同Y组织实施: a document referred back to by its kind alone is given out so too, by 由 right after
        // it; in 规划明确，由X牵头实施“P” the clause after gives out its own work.)
        List<Mention> programs = ms.of(m -> m.type() == EntityType.Program);
        List<Mention> referredByKind = documentsByKind(p, programs);
        for (Mention program : Stream.concat(programs.stream(), referredByKind.stream()).toList()) {
            boolean byKind = referredByKind.contains(program);
            // “X工程”由Y牵头, 《方案》由Y牵头, 《P》（以下简称《Q》）由Y牵头
            Matcher declared = AliasResolver.declarationAt(s, closingMarkOf(p, program));
            int closed = declared != null ? declared.end() : closingMarkOf(p, program);
            int after = closed + (s.startsWith("工作", closed) ? 2 : 0);
            // "…工程则由X牵头", "“P”首批由A、B等10个区县承担"
            int at = after + (s.startsWith("则由", after) ? 1 : FIRST_BATCHES.stream().filter(w -> s.startsWith(w + "由",
                    after)).mapToInt(String::length).findFirst().orElse(0));
            // "“X计划”则交由Y": handing a program to a body is giving it the work, no verb of undertaking needed.
            int handed = s.startsWith("则交由", after) ? after + 2 : s.startsWith("交由", after) ? after + 1 : -1;
            // "培训计划依托A和B组织实施": the bodies a program relies on to be carried out carry it out.
            int relying = s.startsWith(HOSTED_ON, after) ? after + HOSTED_ON.length() - 1 : -1;
            // (“A”是“B”的一项举措，具体由Y承办: the clause after is about the measure, not the work it belongs to.)
            boolean measured = MEASURE_OF.matcher(s).region(closed, s.length()).lookingAt();
            at = handed >= 0 ? handed : relying >= 0 ? relying : s.startsWith("由", at) ? at
                    : measured ? -1 : byInNextClause(p, ms, after);
            at = at >= 0 ? at : byInOrdinalItem(p, ms, program, after);
            at = at >= 0 ? at : byAfterCount(s, ms, program);
            if (at < 0 || byKind && at != after) {
                continue;
            }
            undertakenFrom(p, ms, program, at, handed >= 0, facts);
        }
        undertakenRespectively(p, ms, facts);
    }

    /**
     * "实施“A”和“B”，分别由X和Y牵头推进": the works of a list are each given to the body at the same place of
     * the list after 分别由; "部署了“A”“B”等重点任务，均由X牵头实施": after 均由, every work to every body.
     */
    private static void undertakenRespectively(Passage p, Mentions ms, Facts facts) {
        undertakenByList(p, ms, RESPECTIVELY_BY, facts);
        undertakenByList(p, ms, ALL_BY, facts);
    }

    private static void undertakenByList(Passage p, Mentions ms, String marker, Facts facts) {
        String s = p.full();
        boolean each = marker.equals(RESPECTIVELY_BY);
        for (int at = s.indexOf(marker); at >= 0; at = s.indexOf(marker, at + 1)) {
            int listEnd = at - ("，,".indexOf(s.charAt(Math.max(0, at - 1))) >= 0 ? 1 : 0);
            // (部署了“A”“B”和“C”三项重点任务，分别由: the list may be closed by its count.)
            Matcher counted = COUNT_CLOSING_LIST.matcher(s).region(Math.max(0, listEnd - MAX_COUNT_CLOSING), listEnd);
            listEnd = counted.find() ? counted.start() : listEnd;
            int closed = listEnd - ("”》".indexOf(s.charAt(Math.max(0, listEnd - 1))) >= 0 ? 1 : 0);
            Mention last = ms.lastAt(closed, m -> m.type() == EntityType.Program && ms.outermost(m));
            if (last == null) {
                continue;
            }
            List<Mention> works = new ArrayList<>(List.of(last));
            for (Mention before = programListedBefore(s, ms, last); before != null;
                 before = programListedBefore(s, ms, before)) {
                works.add(0, before);
            }
            List<Mention> bodies = listedFrom(p, ms, at + marker.length());
            if (each && (works.size() < 2 || bodies.size() != works.size()) || undertakingEnd(s, bodies) < 0) {
                continue;
            }
            for (int i = 0; i < works.size(); i++) {
                for (Mention body : each ? List.of(bodies.get(i)) : bodies) {
                    facts.add(body, RelationType.IMPLEMENTS, works.get(i), at, CLAUSE);
                }
            }
        }
    }

    /**
     * "纳入省科学技术厅“P”", "得到云南省“P”资助", "沭阳县“P”的导师": a division or government body written right
     * before a quoted program is the program's owner, which carries it out.
     */
    private static void ownersNamedBefore(Passage p, Mentions ms, Facts facts) {
        for (Mention program : ms.of(m -> m.type() == EntityType.Program && p.charAt(m.start() - 1) == '“')) {
            int quote = program.start() - 1;
            Mention owner = ms.lastAt(quote, m -> (m.type() == EntityType.Government || m.type() == EntityType.Place)
                    && ms.outermost(m) && !ms.insideName(m));
            if (owner != null) {
                facts.add(owner, RelationType.IMPLEMENTS, program, quote, CONTEXT);
            }
        }
    }

    /** "宁县2026年高标准农田改造提升项目": the division a year's project is named after carries it out. */
    private static void yearsProjectsOfDivisions(Mentions ms, Facts facts) {
        for (Mention program : ms.of(m -> m.type() == EntityType.Program && m.name().endsWith(PROJECT))) {
            Mention division = ms.firstAt(program.start(), m -> m.type() == EntityType.Place
                    && m.properties().containsKey("divisionCode") && m.end() < program.end());
            if (division != null && ProgramRecognizer.YEARS_PROJECT
                    .matcher(program.name().substring(division.end() - program.start())).matches()) {
                facts.add(division, RelationType.IMPLEMENTS, program, program.start(), STATED);
            }
        }
    }

    /**
     * "X公司中标项目第一标段", "X公司中标6个标段中的3个": a company winning lots of the project just named carries
     * it out; so does the body "该项目由B组织实施" gives it to.
     */
    private static void contractorsOfLots(Passage p, Mentions ms, Facts facts) {
        Matcher lot = LOTS_WON.matcher(p.full());
        while (lot.find()) {
            int won = lot.start();
            int before = afterDeclaration(p.full(), won);
            Mention contractor = ms.lastAt(before, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Mention project = contractor == null ? null : projectJustNamed(p, ms, contractor.start());
            if (project != null) {
                facts.add(contractor, RelationType.IMPLEMENTS, project, won, CLAUSE);
            }
        }
        Matcher given = GIVEN_PROJECT.matcher(p.full());
        while (given.find()) {
            Mention project = projectJustNamed(p, ms, given.start());
            if (project != null) {
                undertakenFrom(p, ms, project, given.end() - 1, false, facts);
            }
        }
    }

    /**
     * The program named as a project (X县2025年Y建设项目) last before {@code at}, when no other project, works or
     * tender is written between, outside the names of bodies (X工程有限公司): what 该项目 and 中标第一标段 are about.
     */
    private static Mention projectJustNamed(Passage p, Mentions ms, int at) {
        Mention project = ms.last(m -> m.type() == EntityType.Program && m.end() <= at
                && m.canonical().endsWith(PROJECT));
        if (project == null) {
            return null;
        }
        Matcher other = OTHER_WORKS.matcher(p.full()).region(project.end(), at);
        while (other.find()) {
            int pos = other.start();
            // (项目覆盖…, 作为项目实施单位: the bare word refers to the project.)
            boolean bare = !Chars.isHan(p.charAt(pos - 1)) || REFERRING_BEFORE_WORKS.indexOf(p.charAt(pos - 1)) >= 0;
            if (!bare && ms.first(m -> m.isOrganisation() && m.start() <= pos && pos < m.end()) == null) {
                return null;
            }
        }
        return project;
    }

    /**
     * "一是实施“X”工程，…（牵头单位：省工业和信息化厅）": the leads a task names in brackets at its end carry out
     * the program the task opened with, or, where it opened with none, the document it is a task of.
     */
    private static void leadsInBrackets(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher leads = LEADS_IN_BRACKETS.matcher(s);
        while (leads.find()) {
            int at = leads.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            // The task opens its sentence or follows its semicolon; the search stays inside the sentence.
            String before = sentence == null ? "" : s.substring(sentence.start(), at);
            int task = sentence == null ? at
                    : sentence.start() + Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1;
            Mention program = ms.first(m -> m.type() == EntityType.Program && m.start() >= task && m.end() <= at);
            // A task of no program of its own is the document's, the last written in 《》 before it.
            program = program != null ? program : ms.last(m -> m.type() == EntityType.Program && m.end() <= task
                    && p.charAt(m.start() - 1) == '《');
            for (Mention lead : program == null ? List.<Mention>of() : listedFrom(p, ms, leads.end())) {
                facts.add(lead, RelationType.IMPLEMENTS, program, at, CLAUSE);
            }
        }
    }

    /**
     * The bodies after the 由 at {@code at} carry {@code program} out when a verb of undertaking follows them
     * (or when the program is handed to them), and so do those the clause after brings in.
     */
    private static void undertakenFrom(Passage p, Mentions ms, Mention program, int at, boolean handed, Facts facts) {
        List<Mention> bodies = withCoLeaders(p, ms, listedFrom(p, ms, at + 1));
        int verbEnd = handed && !bodies.isEmpty() ? bodies.get(bodies.size() - 1).end()
                : undertakingEnd(p.full(), bodies);
        if (verbEnd < 0) {
            return;
        }
        bodies.forEach(b -> facts.add(b, RelationType.IMPLEMENTS, program, at, CLAUSE));
        broughtIn(p, ms, verbEnd).forEach(b -> facts.add(b, RelationType.IMPLEMENTS, program, at, CLAUSE));
    }

    /**
     * "由A牵头，联合B、C共同承担", "由A牵头，B参与", "由A牵头，B和C共同承建", "由A牵头，B负责资金，C负责指导":
     * the bodies the clauses after a leader's bring in to the work, or none.
     */
    private static List<Mention> broughtIn(Passage p, Mentions ms, int verbEnd) {
        String s = p.full();
        Matcher brought = BROUGHT_IN.matcher(s).region(verbEnd, s.length());
        if (brought.lookingAt()) {
            List<Mention> joined = listedFrom(p, ms, brought.end());
            return undertakingEnd(s, joined) >= 0 ? joined : List.of();
        }
        List<Mention> all = new ArrayList<>();
        // 由A牵头实施，B、C协同配合: what the leader does may follow 牵头.
        Matcher led = LEADER_DOING.matcher(s).region(verbEnd, s.length());
        int from = led.lookingAt() ? led.end() : verbEnd;
        while (from < s.length() && "，,、".indexOf(s.charAt(from)) >= 0) {
            List<Mention> taking = listedFrom(p, ms, from + 1);
            boolean joins = !taking.isEmpty() && (TAKING_PART.matcher(s).region(taking.get(taking.size() - 1).end(),
                    s.length()).lookingAt() || undertakingEnd(s, taking) >= 0);
            if (!joins) {
                break;
            }
            all.addAll(taking);
            from = clauseEnd(s, taking.get(taking.size() - 1).end());
        }
        return all;
    }

    /** "由A会同B推进", "由A联合B、C实施": the bodies a leader works with carry the program out with it. */
    private static List<Mention> withCoLeaders(Passage p, Mentions ms, List<Mention> bodies) {
        if (bodies.isEmpty()) {
            return bodies;
        }
        int listEnd = bodies.get(bodies.size() - 1).end();
        Matcher link = CO_LEADING.matcher(p.full()).region(listEnd, p.full().length());
        if (!link.lookingAt()) {
            return bodies;
        }
        List<Mention> all = new ArrayList<>(bodies);
        all.addAll(listedFrom(p, ms, link.end()));
        return all;
    }

    /**
     * Where the verb of undertaking after the listed {@code bodies} ends (…牵头, …共同承担, …（以下简称“X”）承担),
     * or -1.
     */
    private static int undertakingEnd(String s, List<Mention> bodies) {
        if (bodies.isEmpty()) {
            return -1;
        }
        int nameEnd = bodies.get(bodies.size() - 1).end();
        Matcher declared = AliasResolver.declarationAt(s, nameEnd);
        int named = declared != null ? declared.end() : nameEnd;
        Matcher count = LIST_CLOSING_COUNT.matcher(s).region(named, s.length());
        int listEnd = count.lookingAt() ? count.end() : named;
        Matcher verb = UNDERTAKE.matcher(s).region(listEnd, Math.min(s.length(), listEnd + MAX_UNDERTAKE_GAP));
        return verb.lookingAt() ? verb.end() : -1;
    }

    /** Organisations and places listed from {@code from} on, joined by 、和及与, each maybe given a short name. */
    private static List<Mention> listedFrom(Passage p, Mentions ms, int from) {
        List<Mention> bodies = new ArrayList<>();
        int next = from;
        for (Mention b = partyAt(p, ms, next); b != null; b = partyAt(p, ms, next)) {
            bodies.add(b);
            Matcher declared = AliasResolver.declarationAt(p.full(), b.end());
            int end = declared != null ? declared.end() : b.end();
            next = end + 1;
            if ("、和及与".indexOf(p.charAt(end)) < 0) {
                break;
            }
        }
        return bodies;
    }

    /**
     * "X项目落地宿州市埇桥区，由A…": where the clause after the program's own says who does it, that clause's
     * 由, provided the program's clause names no organisation; else -1.
     */
    private static int byInNextClause(Passage p, Mentions ms, int after) {
        String s = p.full();
        int end = clauseEnd(s, after);
        boolean named = ms.first(m -> m.isOrganisation() && m.start() >= after && m.end() <= end) != null;
        // (…的一项重点举措，具体由Y承办: the next clause may say how closely.)
        int by = end + 1 + (s.startsWith(SPECIFICALLY, end + 1) ? SPECIFICALLY.length() : 0);
        return !named && end < s.length() && "，,".indexOf(s.charAt(end)) >= 0 && s.startsWith("由", by) ? by : -1;
    }

    /**
     * A story about one pilot program: the pilots it tells of are that program's. Whoever undertakes one carries
     * the program out ("武乡县的试点由A牵头，B参与", "X县、Y县的试点分别由A和B实施"), and so do the bodies
     * listed as its pilot units ("A、B和C等6家企业作为首批试点单位，将在…").
     */
    private static void pilotsOfTheStory(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        List<Mention> pilots = ms.of(m -> m.type() == EntityType.Program && m.canonical().endsWith(PILOT));
        if (pilots.stream().map(Mention::canonical).distinct().count() != 1) {
            return;
        }
        Mention pilot = pilots.get(0);
        Matcher undertaken = PILOT_UNDERTAKEN.matcher(s);
        while (undertaken.find()) {
            undertakenFrom(p, ms, pilot, undertaken.end() - 1, false, facts);
        }
        Matcher as = AS_PILOT_UNITS.matcher(s);
        while (as.find()) {
            int at = as.start();
            Mention last = ms.last(m -> m.isActor() && m.end() <= at && at - m.end() <= MAX_SELECTED_AFTER_LIST
                    && ms.outermost(m) && SELECTED_AFTER_LIST.matcher(s.substring(m.end(), at)).matches());
            if (last != null) {
                listEndingWith(s, ms, last).forEach(unit -> facts.add(unit, RelationType.IMPLEMENTS, pilot, at,
                        CONTEXT));
            }
        }
    }

    /**
     * "《方案》明确，X类项目由A牵头，Y类项目由B牵头，C负责统筹资金。": the bodies a document opening its
     * sentence gives tasks to, after 由 or opening a clause, carry the document out. "《措施》逐条明确了牵头单位。"
     * gives the next sentence's tasks so, and "《条例》共6章…，并明确部门职责：" the tasks after its colon.
     */
    private static void documentTasks(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention document : documents(p, ms)) {
            Sentences.Sentence sentence = p.sentenceAt(document.start());
            if (sentence == null) {
                continue;
            }
            int after = Math.min(document.end(), sentence.end());
            // "按照《方案》分工，A牵头…，B和C承担…": the tasks a sentence gives out under the document it opens on.
            Matcher shared = WORK_SHARED.matcher(s).region(after, sentence.end());
            boolean sharedOut = opensUnder(s, sentence, document) && shared.lookingAt();
            // (印发《P》，明确由A牵头: a document just issued gives out its tasks too.)
            boolean issued = ISSUED_BEFORE.matcher(s).region(Math.max(0, document.start() - MAX_ISSUED),
                    document.start()).find();
            if (!opensClause(s, document) && !sharedOut && !issued) {
                continue;
            }
            Matcher assigns = DOCUMENT_ASSIGNS.matcher(s).region(after, sentence.end());
            Matcher duties = DUTIES_LISTED.matcher(s).region(after, sentence.end());
            boolean assigned = sharedOut || assigns.lookingAt();
            if (!assigned && !duties.find()) {
                continue;
            }
            Sentences.Sentence tasks = sharedOut || !assigned || assigns.group(1) == null ? sentence
                    : nextSentence(p, sentence);
            if (tasks == null) {
                continue;
            }
            int from = tasks != sentence ? tasks.start() : sharedOut ? shared.end() : assigned ? assigns.end()
                    : duties.end();
            for (int k = from; k < tasks.end(); k++) {
                boolean clauseOpens = k == from || isClauseBreak(s.charAt(k - 1));
                List<Mention> bodies = s.charAt(k) == '由' ? listedFrom(p, ms, k + 1)
                        : clauseOpens ? listedFrom(p, ms, k) : List.of();
                int verbEnd = undertakingEnd(s, bodies);
                if (verbEnd >= 0 && !namesWorkOfItsOwn(p, ms, k, from)) {
                    // "方案由A牵头，会同B、C共同组织实施": the bodies the leader brings in carry it out too.
                    List<Mention> all = new ArrayList<>(bodies);
                    all.addAll(broughtIn(p, ms, verbEnd));
                    for (Mention body : all) {
                        facts.add(body, RelationType.IMPLEMENTS, document, k, CLAUSE);
                    }
                }
            }
        }
    }

    /** "通知明确，…": a document's kind opening a clause is the last document of that kind the text named. */
    private static List<Mention> documentsByKind(Passage p, List<Mention> programs) {
        List<Mention> out = new ArrayList<>();
        Matcher kind = DOCUMENT_KIND.matcher(p.full());
        while (kind.find() && !programs.isEmpty()) {
            int at = kind.start();
            // (《X规划（2025—2030年）》: the period in brackets closes the title after its kind.)
            Mention named = at == 0 || !isClauseBreak(p.charAt(at - 1)) ? null : programs.stream()
                    .filter(m -> m.end() <= at && ProgramRecognizer.PERIOD.matcher(m.name()).replaceFirst("")
                            .endsWith(kind.group()))
                    .max(Comparator.comparingInt(Mention::end)).orElse(null);
            if (named != null) {
                out.add(new Mention(kind.group(), named.canonical(), EntityType.Program, at, kind.end(), Map.of()));
            }
        }
        return out;
    }

    /**
     * The task given at {@code pos} is a program of its own, named earlier in its numbered item (第一条，实施
     * “X工程”，…，由A牵头) or in its own clause (由A牵头实施“X工程”): the task is that program's.
     */
    private static boolean namesWorkOfItsOwn(Passage p, Mentions ms, int pos, int from) {
        String s = p.full();
        int itemStart = pos;
        while (itemStart > from && ITEM_BREAKS.indexOf(s.charAt(itemStart - 1)) < 0) {
            itemStart--;
        }
        boolean numbered = ORDINAL_ITEM_OPENING.matcher(s).region(itemStart, pos).lookingAt();
        // (《方案》明确由A承担…: the document giving the task is no work of the clause's own.)
        int a = numbered ? itemStart : Math.max(from, clauseStart(s, pos));
        int clauseEnd = clauseEnd(s, pos);
        return ms.first(m -> m.type() == EntityType.Program && m.start() >= a && m.end() <= clauseEnd) != null;
    }

    /** The document opens its sentence or a clause of it: "《方案》明确", "记者梳理发现，《措施》…". */
    private static boolean opensClause(String s, Mention document) {
        int at = document.start() > 0 && "《“".indexOf(s.charAt(document.start() - 1)) >= 0
                ? document.start() - 1 : document.start();
        return at == 0 || isClauseBreak(s.charAt(at - 1));
    }

    /** The sentence opens on the document's title, after 根据 or 按照 only: "根据《方案》，…". */
    private static boolean opensUnder(String s, Sentences.Sentence sentence, Mention document) {
        int title = document.start() > 0 && s.charAt(document.start() - 1) == '《' ? document.start() - 1
                : document.start();
        return UNDER.matcher(s).region(sentence.start(), title).matches();
    }

    /**
     * "根据《方案》安排，各地将同时推进“A”和“B”": the works a sentence opening under a document's plan
     * carries out are parts of that document.
     */
    private static void worksUnderDocument(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention document : ms.of(m -> m.type() == EntityType.Program && p.charAt(m.start() - 1) == '《')) {
            Sentences.Sentence sentence = p.sentenceAt(document.start());
            // (A title left open at the sentence's end, 《P, has no closing mark to look past.)
            if (sentence == null || document.end() + 1 > sentence.end()) {
                continue;
            }
            // (…印发的《P》提出实施“A”和“B”: the document itself puts forward the works it carries.)
            boolean proposes = DOCUMENT_PROPOSES.matcher(s).region(document.end() + 1, sentence.end()).lookingAt();
            if (!proposes && (!opensUnder(s, sentence, document)
                    || !PLAN_DEPLOYED.matcher(s).region(document.end() + 1, sentence.end()).lookingAt())) {
                continue;
            }
            Matcher verb = WORKS_CARRIED_OUT.matcher(s).region(document.end(), proposes
                    ? clauseEnd(s, document.end()) : sentence.end());
            while (verb.find()) {
                Predicate<Mention> work = m -> m.type() == EntityType.Program && ms.outermost(m);
                Mention first = Optional.ofNullable(ms.firstAt(verb.end(), work))
                        .orElseGet(() -> s.charAt(verb.end()) == '“' ? ms.firstAt(verb.end() + 1, work) : null);
                for (Mention part : first == null ? List.<Mention>of() : carriedTogether(s, ms, first)) {
                    facts.add(part, RelationType.PART_OF, document, verb.start(), CLAUSE);
                }
            }
        }
    }

    /** "P工程将在A县、B县等N个县先行实施": the places listed carry out the program opening the clause. */
    private static void programsCarriedOutIn(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention program : ms.of(m -> m.type() == EntityType.Program && ms.outermost(m))) {
            int opening = openingQuoteOf(p, program);
            int after = program.end() + (p.charAt(program.end()) == '”' ? 1 : 0);
            Matcher in = CARRIED_OUT_IN.matcher(s).region(after, s.length());
            if (clauseStart(s, opening) != opening || !in.lookingAt()) {
                continue;
            }
            List<Mention> places = listedFrom(p, ms, in.end());
            int end = places.isEmpty() ? -1 : places.get(places.size() - 1).end();
            if (end >= 0 && places.stream().allMatch(m -> m.type() == EntityType.Place)
                    && CARRIED_OUT_AFTER_PLACES.matcher(s).region(end, s.length()).lookingAt()) {
                places.forEach(place -> facts.add(place, RelationType.IMPLEMENTS, program, in.start(), CLAUSE));
            }
        }
    }

    /** "“P”是《方案》的第一个专项，委托X承担": the body a program opening the sentence is entrusted to carries it out. */
    private static void entrustedPrograms(Passage p, Mentions ms, Facts facts) {
        Matcher entrusted = ENTRUSTED_TO.matcher(p.full());
        while (entrusted.find()) {
            Sentences.Sentence sentence = p.sentenceAt(entrusted.start());
            int opening = sentence == null ? -1 : pastOpeningQuote(p, sentence.start());
            Mention program = opening < 0 ? null : ms.firstAt(opening, m -> m.type() == EntityType.Program);
            Mention body = program == null ? null
                    : ms.firstAt(entrusted.start(1), m -> m.isOrganisation() && ms.outermost(m));
            if (body != null && body.end() == entrusted.end(1)) {
                facts.add(body, RelationType.IMPLEMENTS, program, entrusted.start(), CLAUSE);
            }
        }
    }

    /**
     * "“X贷”是《P》的一项配套措施", "“X贷”是W县“P”的一项重点举措": a program said to be one of a document's (or a
     * program's) measures is part of it.
     */
    private static void measuresOfDocuments(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention program : ms.of(m -> m.type() == EntityType.Program && ms.outermost(m))) {
            int copula = closingMarkOf(p, program);
            if (p.charAt(copula) != '是') {
                continue;
            }
            // (是W县“P”的一项重点举措: the division whose work it is may be named before the title.)
            int at = copula + 1;
            for (Mention place = ms.firstAt(at, m -> m.type() == EntityType.Place); place != null;
                 place = ms.firstAt(at, m -> m.type() == EntityType.Place)) {
                at = place.end();
            }
            boolean titled = "《“".indexOf(p.charAt(at)) >= 0;
            Mention document = titled ? ms.firstAt(at + 1, m -> m.type() == EntityType.Program) : null;
            if (document != null && !document.canonical().equals(program.canonical()) && MEASURE_OF.matcher(s)
                    .region(document.end() + 1, s.length()).lookingAt()) {
                facts.add(program, RelationType.PART_OF, document, copula, STATED);
            }
        }
    }

    /** The programs a passage names, and the documents it refers back to by their kind alone (规划明确，…). */
    private static List<Mention> documents(Passage p, Mentions ms) {
        List<Mention> programs = ms.of(m -> m.type() == EntityType.Program);
        List<Mention> out = new ArrayList<>(programs);
        out.addAll(documentsByKind(p, programs));
        return out;
    }

    /**
     * "…实施“核桃苗木培育工程”…，其中苗木培育工程由X牵头": a work referred to by the last words of its name, opening a clause
     * before 由, is given to the bodies after 由.
     */
    private static void worksByTheirTail(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher tail = WORK_BY_TAIL.matcher(s);
        while (tail.find()) {
            String words = tail.group(1);
            int at = tail.start(1);
            Mention work = ms.last(m -> m.type() == EntityType.Program && m.end() <= at
                    && m.canonical().endsWith(words) && m.canonical().length() > words.length());
            if (work != null && ms.firstAt(at, m -> m.type() == EntityType.Program) == null) {
                undertakenFrom(p, ms, work, tail.end() - 1, false, facts);
            }
        }
    }

    /**
     * "《方案》中的X工程", "落实《方案》，其中“X”和“Y”已…", "《方案》把“X”列为首要任务": the works a text names as in a
     * document in book quotes are its parts.
     */
    private static void partsNamedInDocuments(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention document : documents(p, ms)) {
            if (p.charAt(document.start() - 1) != '《') {
                continue;
            }
            Matcher in = PART_NAMED_IN_DOCUMENT.matcher(s).region(Math.min(document.end(), s.length()), s.length());
            Mention first = in.lookingAt() ? ms.firstAt(pastOpeningQuote(p, in.end()),
                    m -> m.type() == EntityType.Program && ms.outermost(m)) : null;
            if (first == null || first.canonical().equals(document.canonical())) {
                continue;
            }
            for (Mention part : carriedTogether(s, ms, first)) {
                facts.add(part, RelationType.PART_OF, document, part.start(), STATED);
            }
        }
    }

    /** The sentence after {@code sentence} with any text, or null. */
    private static Sentences.Sentence nextSentence(Passage p, Sentences.Sentence sentence) {
        return p.sentences().stream().filter(x -> x.start() >= sentence.end() && !x.text().isBlank()).findFirst()
                .orElse(null);
    }

    /**
     * "一是实施“X”专项，围绕…，由A牵头，B配合；二是…": in an item of an ordinal list that opens with its program,
     * the 由 that says who undertakes the work is the program's, wherever in the item it stands; else -1.
     */
    private static int byInOrdinalItem(Passage p, Mentions ms, Mention program, int after) {
        String s = p.full();
        int itemStart = program.start();
        while (itemStart > 0 && program.start() - itemStart < MAX_ORDINAL_OPENING
                && ITEM_BREAKS.indexOf(s.charAt(itemStart - 1)) < 0) {
            itemStart--;
        }
        if (!ORDINAL_ITEM_OPENING.matcher(s).region(itemStart, program.start()).matches()) {
            return -1;
        }
        for (int k = after; k < Math.min(s.length(), after + MAX_ORDINAL_ITEM) && ITEM_BREAKS.indexOf(s.charAt(k)) < 0;
             k++) {
            if (s.charAt(k) == '由' && undertakingEnd(s, listedFrom(p, ms, k + 1)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "按照《方案》，A区、B区被确定为首批试点区", "X县被列为首批试点县", "X区是首批实施区县之一", "A市和B市为实施主体":
     * the divisions or bodies made pilots carry out the program their sentence names before them, or else the one the
     * sentence before names, or else the document the text last named in book quotes.
     */
    private static void madePilots(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher made = MADE_PILOTS.matcher(s);
        while (made.find()) {
            int at = made.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            Predicate<Mention> pilot = m -> m.isActor() && m.type() != EntityType.Person && ms.outermost(m);
            // "X市作为全省的主产区，被列为首批试点市": a clause opening on 被 goes on with the sentence's subject.
            boolean opensClause = made.group().startsWith("被") && clauseStart(s, at) == at && sentence != null;
            // (A、B等9个县区成为首批试点, A和B已作为首批重点县: a count or an adverb may close the list.)
            Mention last = opensClause ? ms.firstAt(sentence.start(), pilot) : ms.last(m -> pilot.test(m)
                    && m.end() <= at && at - m.end() <= MAX_SELECTED_AFTER_LIST
                    && PILOTS_AFTER_LIST.matcher(s.substring(m.end(), at)).matches());
            if (sentence == null || last == null || opensClause && last.start() != sentence.start()) {
                continue;
            }
            Mention program = AS_PILOT.matcher(made.group()).lookingAt()
                    ? programBeforePilot(ms, sentence, last.start(), made.end())
                    : programMadeFor(p, ms, made, sentence);
            if (program != null) {
                listedBack(p, ms, last, clauseStart(s, last.start())).forEach(item -> facts.add(item,
                        RelationType.IMPLEMENTS, program, at, CONTEXT));
            }
        }
        // "首批试点由A、B承担": the program of the pilots, undertaken by the bodies after 由.
        Matcher firstPilots = FIRST_PILOTS_BY.matcher(s);
        while (firstPilots.find()) {
            Sentences.Sentence sentence = p.sentenceAt(firstPilots.start());
            Mention program = sentence == null ? null : programOfPilots(p, ms, sentence, firstPilots.start());
            if (program != null) {
                undertakenFrom(p, ms, program, firstPilots.end() - 1, false, facts);
            }
        }
    }

    /**
     * "…启动“P”，X县作为首批试点县，…": the program the sentence names before the pilot at {@code pilotStart}, or null.
     * A sentence opening on its pilots (A、B作为首批试点县，) names none before them and leaves them to the rules for
     * pilots; one naming another program after them (…，Y县作为首批试点县，将开展“Q”试点) gives them that one, not P.
     */
    private static Mention programBeforePilot(Mentions ms, Sentences.Sentence sentence, int pilotStart, int madeEnd) {
        Mention before = ms.last(m -> m.type() == EntityType.Program && m.start() >= sentence.start()
                && m.end() <= pilotStart);
        boolean otherAfter = before != null && ms.first(m -> m.type() == EntityType.Program && m.start() >= madeEnd
                && m.end() <= sentence.end() && !m.canonical().equals(before.canonical())) != null;
        return otherAfter ? null : before;
    }

    /**
     * The program places are made pilots of by what {@code made} found: for measures issued to it, a document in book
     * quotes; the one of the kind referred to (该行动); the one quoted right after (是四川省“P”重点县); the work named for
     * demonstration (是首批示范县之一); else the program of the pilots. Null when none is named.
     */
    private static Mention programMadeFor(Passage p, Mentions ms, Matcher made, Sentences.Sentence sentence) {
        String s = p.full();
        int at = made.start();
        // "《方案》印发后，…相继出台配套措施": measures are issued to a document, named in book quotes.
        if (made.group().contains(SUPPORTING)) {
            Sentences.Sentence before = p.sentenceAt(sentence.start() - 1);
            int from = before == null ? sentence.start() : before.start();
            return ms.last(m -> m.type() == EntityType.Program && m.start() >= from && m.end() <= at
                    && p.charAt(m.start() - 1) == '《');
        }
        // "被确定为该行动首批试点县": the program of that kind named last.
        Matcher referred = REFERRED_BY_KIND.matcher(made.group());
        if (referred.find()) {
            String kind = referred.group(1);
            return ms.last(m -> m.type() == EntityType.Program && m.end() <= at && m.canonical().endsWith(kind));
        }
        // "被确定为“P”工程首批…示范县", "是四川省“P”重点县": the one quoted right after.
        int quote = s.indexOf('“', made.end());
        Mention quoted = quote < 0 || quote - made.end() > MAX_BEFORE_QUOTED_PROGRAM
                || CLAUSE_BREAK.matcher(s.substring(made.end(), quote)).find() ? null
                : ms.first(m -> m.type() == EntityType.Program && m.start() >= quote && m.start() <= quote + 1);
        // "…“P示范工程”…。X县是首批示范县之一": the work named for what they are made, when one is.
        Mention demonstration = quoted != null || !made.group().startsWith("是")
                || !made.group().contains(DEMONSTRATION) ? null
                : ms.last(m -> m.type() == EntityType.Program && m.end() <= at
                        && m.canonical().contains(DEMONSTRATION));
        return quoted != null ? quoted : demonstration != null ? demonstration : programOfPilots(p, ms, sentence, at);
    }

    /**
     * The program pilots written at {@code at} are of: the one their sentence names before them, else the one the
     * sentence before names (…启动了“P”。X县是首批实施区县之一), else the document the text last named in book quotes.
     */
    private static Mention programOfPilots(Passage p, Mentions ms, Sentences.Sentence sentence, int at) {
        Mention named = programOfSentence(p, ms, sentence, at);
        // (…启动“P”。根据安排，全省…。X县被确定为首批试点县: or the one before that.)
        // (Two sentences back, not a company's own plan: 某公司发布“年度招聘计划”。…。X县被确定为首批试点县.)
        Sentences.Sentence before = p.sentenceAt(sentence.start() - 1);
        for (int back = 0; named == null && before != null && back < PILOT_SENTENCES_BACK; back++) {
            Mention candidate = programOfSentence(p, ms, before, before.end());
            int from = before.start();
            boolean companys = back > 0 && candidate != null && ms.first(m -> m.type() == EntityType.Enterprise
                    && m.end() <= candidate.start() && m.start() >= from) != null;
            named = companys ? null : candidate;
            before = p.sentenceAt(before.start() - 1);
        }
        return named != null ? named
                : ms.last(m -> m.type() == EntityType.Program && m.end() <= at && p.charAt(m.start() - 1) == '《');
    }

    /**
     * The program a sentence speaks of up to {@code to}: the document opening it ("《方案》部署了“A”等五项任务，…"),
     * not one of its tasks; else the program it names last; or null.
     */
    private static Mention programOfSentence(Passage p, Mentions ms, Sentences.Sentence sentence, int to) {
        // (Not a quoted work a sentence opens on as its topic: “千万工程”实施二十年来…，今年又启动“P”.)
        Mention opening = ms.first(m -> m.type() == EntityType.Program && m.start() >= sentence.start()
                && m.start() - sentence.start() <= 1 && m.end() <= to && openingQuoteOf(p, m) == m.start());
        return opening != null ? opening : ms.last(m -> m.type() == EntityType.Program
                && m.start() >= sentence.start() && m.end() <= to);
    }

    /**
     * "印发《P》，确定A市B市、C县和D市等12个县（市、区）为首批试点地区": each place (or body) designated a pilot of
     * the program its sentence issued carries the program out.
     */
    private static void designatedAsPilots(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher designating = DESIGNATING.matcher(s);
        while (designating.find()) {
            int at = designating.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention named = sentence == null ? null : programOfSentence(p, ms, sentence, at);
            List<Mention> items = listedFrom(p, ms, designating.end());
            Mention last = items.isEmpty() ? null : items.get(items.size() - 1);
            Matcher asPilots = last == null ? null : AS_PILOTS.matcher(s).region(last.end(), sentence.end());
            if (named == null || asPilots == null || !asPilots.lookingAt()) {
                continue;
            }
            // "…“A”和“B示范县创建”两项任务，确定X县等8个县为示范县": the task named for what they are made.
            String kind = s.substring(asPilots.end() - 2, Math.min(s.length(), asPilots.end() + 1));
            Mention task = ms.first(m -> m.type() == EntityType.Program && m.start() >= sentence.start()
                    && m.end() <= at && m.canonical().contains(kind));
            Mention program = task != null ? task : named;
            items.forEach(item -> facts.add(item, RelationType.IMPLEMENTS, program, at, CONTEXT));
        }
    }

    /**
     * "X县将以该方案为指引", "开发区将以“P”为抓手": the body or place of the clause that takes a program as its guide
     * carries it out; a program referred to by its kind (该方案) is the one of that kind named last.
     */
    private static void takenAsGuide(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher guide = AS_GUIDE.matcher(s);
        while (guide.find()) {
            int clause = clauseStart(s, guide.start());
            int by = s.lastIndexOf(BY_MEANS_OF, guide.start());
            if (by < clause) {
                continue;
            }
            Matcher referred = REFERRED_BY_KIND.matcher(s).region(by + 1, guide.start());
            String kind = referred.matches() ? referred.group(1) : null;
            Mention program = kind != null ? ms.last(m -> m.type() == EntityType.Program && m.end() <= by
                    && m.canonical().endsWith(kind)) : ms.first(m -> m.type() == EntityType.Program && m.start() > by
                    && m.end() <= guide.start());
            Mention actor = ms.first(m -> isImplementer(m, ms) && m.start() >= clause && m.end() <= by
                    && !isLocative(p, ms, m));
            if (program != null && actor != null) {
                facts.add(actor, RelationType.IMPLEMENTS, program, guide.start(), CLAUSE);
            }
        }
    }

    /**
     * "作为主要实施企业，X在Z投资…": the body a clause introduces as the one carrying out the work carries out the
     * program named last before it.
     */
    private static void actingAsImplementer(Passage p, Mentions ms, Facts facts) {
        // "…启动“P”，X作为承担单位，联合Y…": the body named so carries out the program its sentence named before it.
        Matcher namedAs = NAMED_AS_IMPLEMENTER.matcher(p.full());
        while (namedAs.find()) {
            int at = namedAs.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention body = ms.lastAt(at, m -> m.isOrganisation() && ms.outermost(m));
            Mention program = sentence == null || body == null ? null : ms.last(m -> m.type() == EntityType.Program
                    && m.start() >= sentence.start() && m.end() <= body.start());
            if (program != null) {
                facts.add(body, RelationType.IMPLEMENTS, program, at, CLAUSE);
            }
        }
        // "“P”工程重点支持…，首批承担单位为A和B": the bodies listed carry out the program their sentence named before.
        Matcher listed = IMPLEMENTERS_LISTED.matcher(p.full());
        while (listed.find()) {
            int at = listed.start();
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention program = sentence == null ? null : ms.last(m -> m.type() == EntityType.Program
                    && m.start() >= sentence.start() && m.end() <= at);
            if (program != null) {
                listedFrom(p, ms, listed.end()).forEach(body -> facts.add(body, RelationType.IMPLEMENTS, program, at,
                        CLAUSE));
            }
        }
        Matcher as = AS_IMPLEMENTER.matcher(p.full());
        while (as.find()) {
            int at = as.start();
            int after = as.end();
            // The document the phrase itself names (作为《方案》里的…); a carrier's, else the program named last.
            Mention named = ms.last(m -> m.type() == EntityType.Program && m.start() > at && m.end() <= after);
            boolean pilot = as.group().contains(PILOT);
            boolean project = as.group().endsWith(PROJECT + as.group().charAt(as.group().length() - 1));
            // (作为试点之一: one of the pilots of the program of pilots named before.)
            boolean oneOfPilots = as.group().contains(ONE_OF);
            Sentences.Sentence sentence = p.sentenceAt(at);
            Mention program = oneOfPilots ? (sentence == null ? null : programOfPilots(p, ms, sentence, at))
                    : named != null || pilot || project ? named
                    : ms.last(m -> m.type() == EntityType.Program && m.end() <= at);
            Mention part = as.group(1) == null ? null
                    : ms.firstAt(pastOpeningQuote(p, after), m -> m.type() == EntityType.Program);
            if (program != null && part != null) {
                facts.add(part, RelationType.PART_OF, program, at, CONTEXT);
                continue;
            }
            Mention first = ms.firstAt(after, m -> (m.isOrganisation() || pilot && m.type() == EntityType.Place)
                    && ms.outermost(m));
            Mention body = first == null ? null : chainEnd(p, first, ms);   // 作为首批试点县，A市B县
            if (program != null && body != null) {
                facts.add(body, RelationType.IMPLEMENTS, program, at, CONTEXT);
            }
        }
    }

    /**
     * "公布“X”试点名单，A市、B市等24个县（市）入选": the places or bodies listed before 入选 carry out the
     * program the sentence names before them.
     */
    private static void selected(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int k = s.indexOf(SELECTED); k >= 0; k = s.indexOf(SELECTED, k + 1)) {
            int clause = clauseStart(s, k);
            int at = k;
            Sentences.Sentence sentence = p.sentenceAt(k);
            Mention program = sentence == null ? null : ms.last(m -> m.type() == EntityType.Program
                    && m.start() >= sentence.start() && m.end() <= clause);
            Mention last = ms.last(m -> m.isActor() && m.start() >= clause && m.end() <= at && ms.outermost(m));
            if (program == null || last == null || !SELECTED_AFTER_LIST.matcher(s.substring(last.end(), k)).matches()) {
                continue;
            }
            listedBack(p, ms, last, clause).forEach(item -> facts.add(item, RelationType.IMPLEMENTS, program, at,
                    CONTEXT));
        }
    }

    /**
     * The list written back from {@code last} to the clause's start, each place by the finest of its chain
     * (A市B区、C市D县): the items joined by 、, or by 和 or 及 between bodies.
     */
    private static List<Mention> listedBack(Passage p, Mentions ms, Mention last, int clause) {
        if (last.type() != EntityType.Place) {
            return listEndingWith(p.full(), ms, last);
        }
        List<Mention> items = new ArrayList<>();
        for (Mention listed = last; listed != null; ) {
            items.add(0, listed.type() == EntityType.Place ? chainEnd(p, listed, ms) : listed);
            int joint = chainStart(ms, listed) - 1;
            listed = joint < clause || "、和及".indexOf(p.charAt(joint)) < 0 ? null
                    : ms.lastAt(joint, m -> m.isActor() && ms.outermost(m));
        }
        return items;
    }

    /** Where the chain of places that ends with {@code m} starts: 河南省 of 河南省兰考县. */
    private static int chainStart(Mentions ms, Mention m) {
        int start = m.start();
        for (int guard = 0; guard < 6; guard++) {
            int end = start;
            Mention before = ms.lastAt(end, o -> o.type() == EntityType.Place && !ms.insideName(o));
            if (before == null || m.type() != EntityType.Place) {
                break;
            }
            start = before.start();
        }
        return start;
    }

    /** "“P”是A去年推出的信用贷款产品": A carries out the program P that the sentence defines. */
    private static void offeredBy(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention program : ms.of(m -> m.type() == EntityType.Program)) {
            int is = program.end() + (program.end() < s.length() && "”》\"".indexOf(s.charAt(program.end())) >= 0 ? 1 : 0);
            Mention actor = s.startsWith("是", is)
                    ? ms.firstAt(is + 1, m -> m.isOrganisation() && ms.outermost(m)) : null;
            if (actor != null && OFFERED.matcher(s).region(actor.end(), clauseEnd(s, actor.end())).find()) {
                facts.add(actor, RelationType.IMPLEMENTS, program, program.start(), CLAUSE);
            }
        }
    }

    /**
     * "从A银行申请到40万元“P”", "通过A支行拿到15万元“P”": the bank a loan or grant is obtained from carries out
     * the program it is.
     */
    private static void grantedFrom(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention lender : ms.of(m -> m.isOrganisation() && ms.outermost(m) && ("从向".indexOf(p.charAt(m.start() - 1)) >= 0
                || p.full().startsWith("通过", m.start() - 2) || branchAfterItsBankFrom(p, ms, m)))) {
            Matcher obtained = OBTAINED.matcher(s).region(lender.end(), s.length());
            int clauseEnd = clauseEnd(s, lender.end());
            Mention program = !obtained.lookingAt() ? null : ms.first(m -> m.type() == EntityType.Program
                    && m.start() > lender.end() && m.end() <= clauseEnd && m.start() - lender.end() <= VERB_TO_PROGRAM + 4);
            if (program != null) {
                facts.add(lender, RelationType.IMPLEMENTS, program, lender.start(), CLAUSE);
            }
        }
    }

    /** "从X银行（以下简称“Y”）翼城支行获得": a branch written after its bank's declaration, the bank after 从. */
    private static boolean branchAfterItsBankFrom(Passage p, Mentions ms, Mention branch) {
        int close = branch.start() - 1;
        int open = "）)".indexOf(p.charAt(close)) >= 0 ? p.full().lastIndexOf('（', close) : -1;
        Mention bank = open <= 0 ? null : ms.lastAt(open, m -> m.isOrganisation());
        return bank != null && p.charAt(bank.start() - 1) == '从';
    }

    /**
     * "“P”…目前通过该行A支行、B支行、C支行三家县域支行投放", "通过A、B等网点发放“P”": each body a program is handed
     * out through carries it out; the program is the one after the verb, or else the one the sentence is about.
     */
    private static void channels(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int k = s.indexOf("通过"); k >= 0; k = s.indexOf("通过", k + 2)) {
            int from = k + 2;
            int clauseEnd = clauseEnd(s, from);
            Matcher verb = HANDED_OUT.matcher(s).region(from, clauseEnd);
            Sentences.Sentence sentence = p.sentenceAt(k);
            if (!verb.find() || sentence == null) {
                continue;
            }
            int verbStart = verb.start();
            int verbEnd = verb.end();
            Mention program = ms.first(m -> m.type() == EntityType.Program && m.start() >= verbEnd
                    && m.start() - verbEnd <= VERB_TO_PROGRAM && m.end() <= clauseEnd);
            int channelWord = k;
            Mention topic = program != null ? program : ms.last(m -> m.type() == EntityType.Program
                    && m.start() >= sentence.start() && m.end() <= channelWord);
            if (topic == null) {
                continue;
            }
            for (Mention channel : ms.of(m -> m.isOrganisation() && m.start() >= from && m.end() <= verbStart
                    && ms.outermost(m))) {
                facts.add(channel, RelationType.IMPLEMENTS, topic, channel.start(), CLAUSE);
            }
        }
    }

    /** "X计划项目“Y”": the project Y of the plan X, which is what the verb before X is done to. */
    private static Mention projectOf(String s, Mentions ms, Mention plan) {
        int at = plan.end() + (s.startsWith("项目", plan.end()) ? 2 : 0);
        Mention project = ms.firstAt(at + 1, m -> m.type() == EntityType.Program && "“\"".indexOf(s.charAt(at)) >= 0);
        return at > plan.end() && project != null ? project : plan;
    }

    /**
     * "由A牵头，联合B、C共同承担": everyone of the clause before 共同, and the leader of the clause before it,
     * carries the work out.
     */
    private static List<Mention> jointParties(Passage p, Mentions ms, int clauseStart, int verbStart) {
        List<Mention> parties = new ArrayList<>(ms.of(m -> m.isOrganisation() && m.start() >= clauseStart
                && m.end() <= verbStart && ms.outermost(m) && !ms.insideName(m)));
        Mention leader = leader(p, ms, clauseStart);
        if (leader != null) {
            parties.add(leader);
        }
        return parties;
    }

    /** The organisation or place listed right before {@code next}, of either kind (A公司、B村和C合作社). */
    private static Mention listedActorBefore(String s, Mentions ms, Mention next) {
        int joint = next.start() - 1;
        return joint < 1 || "、和及".indexOf(s.charAt(joint)) < 0 ? null
                : ms.lastAt(joint, m -> m.isActor() && ms.outermost(m));
    }

    /** The list {@code last} ends, in the order written (A、B和C ending with C), {@code last} alone if none. */
    private static List<Mention> listEndingWith(String s, Mentions ms, Mention last) {
        List<Mention> list = new ArrayList<>(List.of(last));
        for (Mention m = listedBefore(s, ms, last); m != null; m = listedBefore(s, ms, m)) {
            list.add(0, m);
        }
        return list;
    }

    /** The organisation, or for a place the place, listed right before {@code next} (A、next, A和next), or null. */
    private static Mention listedBefore(String s, Mentions ms, Mention next) {
        // "A、B（以下简称“b”）与C": the short name declared stands for the name before its bracket.
        Matcher declaring = DECLARING.matcher(s).region(Math.max(0, next.start() - MAX_DECLARING), next.start());
        int start = declaring.find() ? declaring.start() : next.start();
        Mention declared = start == next.start() ? next : ms.lastAt(start, m -> m.isActor() && ms.outermost(m));
        if (declared == null) {
            return null;
        }
        // "A、来自呼和浩特市的B": an item may open with where it comes from.
        Matcher described = ITEM_DESCRIPTION.matcher(s.substring(Math.max(0, declared.start() - MAX_ITEM_DESCRIPTION),
                declared.start()));
        int joint = described.find() ? declared.start() - (described.end() - described.start()) - 1
                : declared.start() - 1;
        if (joint < 1 || "、和及".indexOf(s.charAt(joint)) < 0) {
            return null;
        }
        joint -= s.startsWith(AS_WELL_AS, joint - 1) ? 1 : 0;   // A、B以及C
        boolean place = declared.type() == EntityType.Place;
        return ms.lastAt(joint, m -> (place ? m.type() == EntityType.Place : m.isOrganisation()) && ms.outermost(m));
    }

    /**
     * "南阳分行已通过辖内西峡支行、内乡支行发放": the units written after 辖内 are units of the company the
     * clause is about.
     */
    private static void unitsWithinReach(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int k = s.indexOf(WITHIN_REACH); k >= 0; k = s.indexOf(WITHIN_REACH, k + 1)) {
            int at = k;
            int unitStart = k + WITHIN_REACH.length() + (s.startsWith("的", k + WITHIN_REACH.length()) ? 1 : 0);
            Sentences.Sentence sentence = p.sentenceAt(k);
            Mention owner = sentence == null ? null : ms.last(m -> m.type() == EntityType.Enterprise
                    && m.start() >= sentence.start() && m.end() <= at && ms.outermost(m));
            Mention first = ms.firstAt(unitStart, m -> m.type() == EntityType.Enterprise && ms.outermost(m)
                    && OrganizationRecognizer.UNIT_SUFFIXES.stream().anyMatch(m.canonical()::endsWith));
            for (Mention u = owner == null ? null : first; u != null; u = listedAfterUnit(s, ms, u)) {
                facts.add(u, RelationType.PART_OF, owner, u.start(), STATED);
            }
        }
    }

    /** The organisation of {@code prev}'s kind listed right after it (prev、B, prev和B), or null. */
    private static Mention listedAfterUnit(String s, Mentions ms, Mention prev) {
        int next = prev.end() + 1;
        return prev.end() < s.length() && "、和及".indexOf(s.charAt(prev.end())) >= 0
                ? ms.firstAt(next, m -> m.type() == prev.type() && ms.outermost(m)) : null;
    }

    /**
     * "“A”和“B”两项重点任务，均由X牵头": where the count closing the list a program is in, and the clause after it,
     * hand all of them to the bodies after 由, that 由; else -1.
     */
    private static int byAfterCount(String s, Mentions ms, Mention program) {
        Mention last = program;
        for (Mention next = listedAfter(s, ms, last); next != null; next = listedAfter(s, ms, next)) {
            last = next;
        }
        int closed = last.end() + (last.end() < s.length() && s.charAt(last.end()) == '”' ? 1 : 0);
        Matcher count = COUNT_THEN_BY.matcher(s).region(closed, s.length());
        return count.lookingAt() ? count.end() - 1 : -1;
    }

    /** The program listed right before {@code next}: only quotes and 、和及与 between them. */
    private static Mention programListedBefore(String s, Mentions ms, Mention next) {
        int to = next.start();
        return ms.last(m -> m.type() == EntityType.Program && m.end() <= to && to - m.end() <= 3
                && LIST_GAP.matcher(s.substring(m.end(), to)).matches() && !m.canonical().equals(next.canonical()));
    }

    /** The program listed right after {@code prev}: only quotes and 、和及与 between them. */
    private static Mention listedAfter(String s, Mentions ms, Mention prev) {
        int from = prev.end();
        return ms.first(m -> m.type() == EntityType.Program && m.start() >= from && m.start() - from <= 3
                && LIST_GAP.matcher(s.substring(from, m.start())).matches() && !m.canonical().equals(prev.canonical()));
    }

    /**
     * A place that says where or for whom, not who: 在A市B县、C县等地推出..., 为园区企业定制... Its list and chain are
     * walked back to the preposition, and forward to 等地.
     */
    private static boolean isLocative(Passage p, Mentions ms, Mention m) {
        if (m.type() != EntityType.Place) {
            return false;
        }
        String s = p.full();
        int start = m.start();
        Predicate<Mention> place = o -> o.type() == EntityType.Place;
        for (int guard = 0; guard < 12; guard++) {
            int at = start;
            int joined = at > 0 && "、和及与".indexOf(s.charAt(at - 1)) >= 0 ? at - 1 : at;
            Mention before = Optional.ofNullable(ms.lastAt(at, place)).orElseGet(() -> ms.lastAt(joined, place));
            if (before == null) {
                break;
            }
            start = before.start();
        }
        int end = chainEnd(p, m, ms).end();
        // 为园区企业定制: a place after 为 or 给 is whom it is for (but 作为X: as X, 成为X, 评为X).
        boolean forWhom = p.charAt(start - 1) == '给' || p.charAt(start - 1) == '为' && "作成称列评选".indexOf(p.charAt(start - 2)) < 0;
        // 得益于X出台的《P》: a place after a verb of owing something to it is whom, not where.
        boolean owedTo = p.charAt(start - 1) == '于' && start >= 3 && OWING.contains(s.substring(start - 3, start - 1));
        return "在于到赴向".indexOf(p.charAt(start - 1)) >= 0 && !owedTo || forWhom || s.startsWith("等地", end)
                || s.startsWith("等", end) && LOCATIVE_LEVELS.indexOf(p.charAt(end + 1)) >= 0;
    }

    private static Set<String> placeNames(Mentions ms) {
        return ms.of(m -> m.type() == EntityType.Place).stream().map(Mention::canonical).collect(Collectors.toSet());
    }

    /** An organisation after 向 or 给: whom something is given to (向合作社发放). */
    private static boolean isRecipient(Passage p, Mention m) {
        return m.type() != EntityType.Place && "向给".indexOf(p.charAt(m.start() - 1)) >= 0;
    }

    private static boolean isImplementer(Mention m, Mentions ms) {
        return m.isActor() && ms.outermost(m) && !ms.insideProgram(m) && !ms.insideName(m);
    }

    /**
     * The next match of a list of verbs, tried only where one of their first characters stands: a regex
     * alternation tried at every position of the text costs more than the rest of the rule.
     */
    private static boolean findFrom(Matcher m, String s, String firsts) {
        int from = m.hitEnd() ? s.length() : lastEnd(m);
        for (int i = from; i < s.length(); i++) {
            if (firsts.indexOf(s.charAt(i)) >= 0) {
                m.region(i, s.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        m.region(s.length(), s.length());
        return false;
    }

    private static int lastEnd(Matcher m) {
        try {
            return m.end();
        } catch (IllegalStateException noMatchYet) {
            return 0;
        }
    }

    private static String firstChars(Pattern alternation) {
        StringBuilder b = new StringBuilder();
        for (String word : alternation.pattern().split("\\|")) {
            if (b.indexOf(word.substring(0, 1)) < 0) {
                b.append(word.charAt(0));
            }
        }
        return b.toString();
    }

    static int clauseStart(String s, int pos) {
        int i = pos;
        while (i > 0 && !isClauseBreak(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int clauseEnd(String s, int pos) {
        int i = pos;
        while (i < s.length() && !isClauseBreak(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isClauseBreak(char c) {
        return "，,；;。！？!?\n".indexOf(c) >= 0;
    }

    // ---- PART_OF

    private static void partOf(Passage p, Mentions ms, Facts facts) {
        for (Mention unit : ms.of(m -> m.type() == EntityType.Enterprise)) {
            for (Mention group : ms.all()) {
                if (group.type() == EntityType.Enterprise && group.start() == unit.start() && group.end() < unit.end()
                        && OrganizationRecognizer.UNIT_SUFFIXES.stream().anyMatch(unit.name()::endsWith)) {
                    facts.add(unit, RelationType.PART_OF, group, unit.start(), STATED);
                }
            }
        }
        bodiesNamedAfterTheirParent(ms, facts);
        heldUnits(p, ms, facts);
        unitsWithinReach(p, ms, facts);
        subsidiaries(p, ms, facts);
        controlledCompanies(p, ms, facts);
        subsidiariesIntroduced(p, ms, facts);
        shareholders(p, ms, facts);
        researchUnits(p, ms, facts);
        enumeratedParts(p, ms, facts);
        countedParts(ms, facts);
        headlineParts(p, ms, facts);
        documentParts(p, ms, facts);
        projectsOf(p, ms, facts);
        belongsTo(p, ms, facts);
        parentsNamedAsIts(p, ms, facts);
        branchesByTheirPlace(p, ms, facts);
        broughtInto(p, ms, facts);
        stationsOfTheirCompany(ms, facts);
    }

    /**
     * X有限公司院士工作站, 华钛硬质博士后科研工作站: a station named after a company of the text, by its registered
     * or short name, is that company's.
     */
    private static void stationsOfTheirCompany(Mentions ms, Facts facts) {
        List<Mention> companies = ms.of(m -> m.type() == EntityType.Enterprise);
        for (Mention station : ms.of(m -> m.type() == EntityType.ResearchTeam && m.name().endsWith(STATION))) {
            companies.stream().filter(c -> station.canonical().startsWith(c.canonical()) && station.canonical().length()
                    > c.canonical().length() + STATION.length()).findFirst()
                    .ifPresent(c -> facts.add(station, RelationType.PART_OF, c, station.start(), STATED));
        }
    }

    /**
     * 安徽X控股集团有限公司 and 安徽X智能装备有限公司 in one text: a company that carries a group's place and
     * brand is one of its members, as Chinese company names are given.
     */
    private void membersByBrand(Mentions ms, Facts facts) {
        Map<String, Mention> firstNamed = new LinkedHashMap<>();
        ms.of(m -> m.type() == EntityType.Enterprise && ms.outermost(m) && !ReferenceResolver.isReference(m))
                .forEach(m -> firstNamed.putIfAbsent(m.canonical(), m));
        for (Mention group : firstNamed.values()) {
            Matcher g = GROUP_NAME.matcher(group.canonical());
            String brand = g.matches() ? g.group(1) : "";
            if (brand.isEmpty() || gazetteer.names(brand)) {
                continue;   // 山西集团: a place is no brand
            }
            String core = brandCore(brand);
            for (Mention member : firstNamed.values()) {
                // The place before the trade name is looked up only where the trade name stands after one.
                int at = core.length() >= 2 ? member.canonical().indexOf(core) : -1;
                boolean carries = member.canonical().startsWith(brand) || at == 0
                        || at >= 2 && at <= 4 && placeThen(member.canonical(), core);
                if (member != group && carries && !GROUP_NAME.matcher(member.canonical()).matches()
                        && OrganizationRecognizer.UNIT_SUFFIXES.stream().noneMatch(member.canonical()::endsWith)) {
                    facts.add(member, RelationType.PART_OF, group, member.start(), CONTEXT);
                }
            }
        }
    }

    /**
     * The trade name of a group's brand, without the place it opens with or the trades it ends in (晋铂 of
     * 山西晋铂新材料), which members registered elsewhere carry too (长治晋铂铝业科技有限公司); "" when none is
     * left.
     */
    private String brandCore(String brand) {
        String core = brand;
        for (int len = Math.min(4, core.length() - 2); len >= 2; len--) {
            String head = core.substring(0, len);
            if (gazetteer.names(head)) {
                core = core.substring(len);
                break;
            }
        }
        for (int k = 2; k < core.length(); k++) {
            if (Lexicon.composedOf(core.substring(k), OrganizationRecognizer.TRADES)) {
                return core.substring(0, k);
            }
        }
        return core.equals(brand) ? "" : core;
    }

    /** {@code name} opens with a division's name, then {@code core}: 长治 then 晋铂. */
    private boolean placeThen(String name, String core) {
        for (int len = 2; len <= 4 && len + core.length() <= name.length(); len++) {
            if (name.startsWith(core, len) && gazetteer.names(name.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    /** "将“黑土粮e贷”纳入“金融护航黑土地保护”专项行动": a program brought into another is part of it. */
    private static void broughtInto(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int k = s.indexOf(BROUGHT_INTO); k >= 0; k = s.indexOf(BROUGHT_INTO, k + 1)) {
            int at = k;
            int after = k + BROUGHT_INTO.length();
            // Quotes may stand outside the mentions: “果农贷”纳入“P”专项行动; so may an adverb (该计划已纳入) and
            // the program's owner (纳入吉林省“P”).
            Mention part = ms.last(m -> m.type() == EntityType.Program && m.end() <= at && at - m.end() <= MAX_ADVERBS
                    && BEFORE_BROUGHT.matcher(s).region(m.end(), at).matches());
            Mention whole = ms.first(m -> m.type() == EntityType.Program && m.start() >= after
                    && m.start() - after <= MAX_OWNER && OWNER_THEN.matcher(s).region(after, m.start()).matches());
            if (part != null && whole != null) {
                facts.add(part, RelationType.PART_OF, whole, at, CLAUSE);
            }
        }
    }

    /**
     * 工业和信息化部中小企业局, 晋城市人民政府办公室, X有限公司宁夏分公司: a body whose name is another body's
     * name and a unit word is a unit of it.
     */
    private static void bodiesNamedAfterTheirParent(Mentions ms, Facts facts) {
        List<Mention> bodies = Mentions.firstOfEachName(ms.of(m -> (m.type() == EntityType.Government
                || m.type() == EntityType.Enterprise) && !ReferenceResolver.isReference(m)));
        for (Mention unit : bodies) {
            for (Mention parent : bodies) {
                if (parent.type() != unit.type() || parent.canonical().length() < 3
                        || unit.canonical().length() < parent.canonical().length() + 2
                        || !unit.canonical().startsWith(parent.canonical())) {
                    continue;
                }
                String rest = unit.canonical().substring(parent.canonical().length());
                boolean unitWord = unit.type() == EntityType.Government ? GOVERNMENT_UNIT.matcher(rest).matches()
                        : OrganizationRecognizer.UNIT_SUFFIXES.stream().anyMatch(rest::endsWith);
                if (unitWord) {
                    facts.add(unit, RelationType.PART_OF, parent, unit.start(), STATED);
                }
            }
        }
    }

    /** The actions a page lists under the program of its headline (paragraphs, ordinal items) are its parts. */
    private static void headlineParts(Passage p, Mentions ms, Facts facts) {
        Mention headline = ms.first(m -> m.type() == EntityType.Program && p.inTitle(m));
        if (headline == null) {
            return;
        }
        for (Mention m : ms.of(x -> x.type() == EntityType.Program && !p.inTitle(x))) {
            if (opensParagraph(p, m) || ordinalItem(p, m) || SUB_ITEMS_AHEAD.matcher(p.full()).region(m.end(), p.full().length()).find()
                    && !m.canonical().equals(headline.canonical())) {
                facts.add(m, RelationType.PART_OF, headline, m.start(), CONTEXT);
            }
        }
    }

    /**
     * "X是Y（在Z设立）的全资子公司": X is part of Y; "Y…成立全资子公司X": the subsidiary named after the word
     * belongs to the sentence's first company; "这家Y的全资子公司": the company the description stands for is Y's.
     */
    private static void subsidiaries(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher word = SUBSIDIARY.matcher(s);
        while (word.find()) {
            int k = word.start();
            // 是Y的控股企业, closing its clause; not 为Y全资企业提供 (for them), 是Y控股企业的供应商.
            boolean heldEnterprise = !word.group().equals(SUBSIDIARY_WORD);
            // "Y大学的全资企业X": an owner written before 的 makes the company named after it the held one.
            int of = k - WHOLLY.length() - 1;
            Predicate<Mention> owning = m -> (m.type() == EntityType.Enterprise || m.type() == EntityType.ResearchTeam)
                    && ms.outermost(m);
            // (Y大学全资企业Z公司: or right before the word, with the company named right after it.)
            boolean ownerWritten = heldEnterprise && of > 0 && (s.charAt(of) == '的' && ms.lastAt(of, owning) != null
                    || ms.lastAt(of + 1, owning) != null
                    && ms.firstAt(word.end(), m -> m.type() == EntityType.Enterprise) != null);
            if (heldEnterprise && !ownerWritten
                    && !CLOSES_DESCRIPTION.matcher(s).region(word.end(), s.length()).lookingAt()) {
                continue;
            }
            Sentences.Sentence sentence = p.sentenceAt(k);
            if (sentence == null) {
                continue;
            }
            int at = k;
            Matcher introduced = NAME_INTRODUCER.matcher(s).region(word.end(), s.length());
            int after = introduced.lookingAt() ? introduced.end() : word.end();
            // (外商独资企业X: a kind of company named, not a subsidiary; 企业 says one only after 是Y的.)
            Mention named = heldEnterprise && !ownerWritten ? null
                    : ms.firstAt(after, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Matcher is = IS_SUBSIDIARY_OF.matcher(s).region(sentence.start(), after);
            Matcher described = DESCRIBED_SUBSIDIARY.matcher(s).region(sentence.start(), after);
            Mention child = null;
            Mention parent = null;
            if (named != null) {
                child = named;
                // "X的全资子公司Y", "集团控股子公司Y": the owner written right before, else the sentence's first.
                Matcher owned = OWNED_BY.matcher(s.substring(Math.max(sentence.start(), at - 4), at));
                int ownerEnd = owned.find() ? at - (owned.end() - owned.start()) : at;
                // "由其子公司Y": 其 is the company spoken of before; when its clause names none, the company the
                // sentence is about, the first it names ("A与B合作社签订协议；沙棘则由其控股子公司Y收购": A's).
                // (西北农林科技大学全资企业Y: a university owns companies too.)
                Mention adjacent = p.charAt(ownerEnd - 1) == '其' ? ownerOf其(p, ms, sentence, ownerEnd - 1)
                        : ms.lastAt(ownerEnd, m -> (m.type() == EntityType.Enterprise
                                || m.type() == EntityType.ResearchTeam) && ms.outermost(m));
                parent = adjacent != null ? adjacent : describedSubject(p, ms, ms.first(m ->
                        m.type() == EntityType.Enterprise && m.start() >= sentence.start() && m.end() <= at
                        && ms.outermost(m) && m != named));
                // "在大同，控股子公司Y投资…": a subsidiary opening a clause is the story's company's.
                if (parent == null && ownerEnd > 0 && isClauseBreak(s.charAt(ownerEnd - 1))) {
                    parent = ReferenceResolver.mostNamedBefore(ms.all(), ownerEnd, m -> m.type() == EntityType.Enterprise
                            && ms.outermost(m) && !m.canonical().equals(named.canonical()));
                }
            } else if (described.find()) {
                child = ms.firstAt(described.start(1), m -> m.type() == EntityType.Enterprise);
                parent = ms.lastAt(described.start(1) - 1, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            } else if (is.find() && (!heldEnterprise || s.charAt(is.start()) != '为'   // 为 may be "for",
                    || ms.lastAt(is.start(), Mention::isOrganisation) != null)) {   // but not right after a name
                int copula = is.start();
                // "X…，由A与B合资组建，是A的控股子公司": a copula opening its clause goes on with the sentence's subject.
                Predicate<Mention> before = m -> m.isOrganisation() && m.start() >= sentence.start()
                        && m.end() <= copula && ms.outermost(m);
                child = copula > sentence.start() && isClauseBreak(s.charAt(copula - 1)) ? ms.first(before)
                        : ms.last(before);
                int owner = afterOwnersSeat(p, ms, is.end());
                // (是该校全资设立的X企业: a university sets companies up too.)
                parent = ms.firstAt(owner, m -> (m.type() == EntityType.Enterprise
                        || m.type() == EntityType.ResearchTeam) && ms.outermost(m));
                // "是Y大学全资企业Z公司的控股子公司": the owner is Z, itself Y's.
                Mention holder = parent == null ? null : heldCompanyAfter(p, ms, parent, at);
                if (holder != null) {
                    facts.add(holder, RelationType.PART_OF, parent, holder.start(), STATED);
                    parent = holder;
                }
                setUpBy(p, ms, child, parent, at, facts);
            }
            if (child != null && parent != null && !child.canonical().equals(parent.canonical())) {
                facts.add(child, RelationType.PART_OF, parent, child.start(), STATED);
            }
        }
    }

    /**
     * "是泉州的X集团的全资子公司", "是总部位于深圳市南山区的X集团的控股子公司", "隶属于总部位于Z的X集团": where the
     * owner named after {@code from} starts, past the place that introduces it (是Z高新区企业X集团: and past the
     * word for a company there).
     */
    private static int afterOwnersSeat(Passage p, Mentions ms, int from) {
        String s = p.full();
        Matcher sited = HEADQUARTERED.matcher(s).region(from, s.length());
        int placeAt = sited.lookingAt() ? sited.end() : from;
        Mention place = ms.firstAt(placeAt, m -> m.type() == EntityType.Place);
        place = place == null ? null : chainEnd(p, place, ms);
        return place == null ? from : p.charAt(place.end()) == '的' ? place.end() + 1
                : s.startsWith(ENTERPRISE, place.end()) ? place.end() + ENTERPRISE.length() : from;
    }

    /**
     * "X的控股股东是(长沙的)Y", "X的控股股东为Y", "X的厂区建在Z，其控股股东为Y", "X总部位于Z，控股股东为Y": the
     * company is its controlling shareholder's unit.
     */
    private static void controlledCompanies(Passage p, Mentions ms, Facts facts) {
        Matcher holder = ITS_CONTROLLING_HOLDER.matcher(p.full());
        while (holder.find()) {
            int of = holder.start();
            Sentences.Sentence sentence = p.sentenceAt(of);
            Mention child = sentence == null ? null : p.charAt(of) == '其' ? ownerOf其(p, ms, sentence, of)
                    : p.charAt(of) == '的' ? ms.lastAt(of, m -> m.type() == EntityType.Enterprise && ms.outermost(m))
                    : ms.firstAt(sentence.start(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Mention parent = ms.firstAt(afterOwnersSeat(p, ms, holder.end()),
                    m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (child != null && parent != null && !child.canonical().equals(parent.canonical())) {
                facts.add(child, RelationType.PART_OF, parent, of, STATED);
            }
        }
    }

    /** "作为Y的全资子公司，X此前已…", "作为Y在西北设立的核心子公司，X…": the company the clause after opens on is Y's unit. */
    private static void subsidiariesIntroduced(Passage p, Mentions ms, Facts facts) {
        Matcher as = AS_SUBSIDIARY_OF.matcher(p.full());
        while (as.find()) {
            Mention parent = ms.lastAt(as.end(1), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            Mention child = ms.firstAt(as.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (parent != null && parent.start() == as.start(1) && child != null
                    && !child.canonical().equals(parent.canonical())) {
                facts.add(child, RelationType.PART_OF, parent, child.start(), STATED);
            }
        }
    }

    /** "Y全资企业Z的(控股子公司)": the company Z that Y is said to hold, named before {@code at}, or null. */
    private static Mention heldCompanyAfter(Passage p, Mentions ms, Mention owner, int at) {
        Matcher held = HELD_COMPANY_WORD.matcher(p.full()).region(owner.end(), at);
        if (!held.lookingAt()) {
            return null;
        }
        Mention company = ms.firstAt(held.end(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
        return company != null && company.end() < at && p.charAt(company.end()) == '的' ? company : null;
    }

    /**
     * The company 其 in "由其控股" at {@code at} stands for: the subject of the clause before, or of the sentence
     * before when 其's clause opens its own, if that subject is a company (张三创办X。Y由其控股: 张三, so none).
     */
    private static Mention ownerBefore其(Passage p, Mentions ms, int at) {
        int clause = clauseStart(p.full(), at);
        Sentences.Sentence sentence = p.sentenceAt(at);
        if (sentence == null) {
            return null;
        }
        Sentences.Sentence previous = clause > sentence.start() ? null : p.sentenceAt(sentence.start() - 2);
        int from = clause > sentence.start() ? clauseStart(p.full(), clause - 1)
                : previous == null ? clause : previous.start();
        Mention subject = ms.startingWithin(from, clause).stream()
                .filter(m -> m.isActor() && m.end() < clause && ms.outermost(m)).findFirst().orElse(null);
        return subject != null && subject.type() == EntityType.Enterprise ? subject : null;
    }

    /**
     * The company 其 at {@code at} stands for: the last before it, or the sentence's first if its clause names none.
     * When its sentence names no company before it: the research body the sentence opens on ("X研究所负责…，其下属的
     * Y公司"), or the subject of the sentence before ("A是B旗下企业。其全资子公司C…": A's).
     */
    private static Mention ownerOf其(Passage p, Mentions ms, Sentences.Sentence sentence, int at) {
        Predicate<Mention> company = m -> m.type() == EntityType.Enterprise && m.end() <= at && ms.outermost(m);
        boolean clauseNamesOne = ms.startingWithin(clauseStart(p.full(), at), at).stream().anyMatch(company);
        List<Mention> inSentence = clauseNamesOne ? List.of() : ms.startingWithin(sentence.start(), at);
        Optional<Mention> first = inSentence.stream().filter(company).findFirst();
        if (first.isPresent() || clauseNamesOne) {
            return first.orElseGet(() -> ms.last(company));
        }
        Mention institution = inSentence.isEmpty() ? null : researchBodyOpening(ms, sentence, at);
        if (institution != null) {
            return institution;
        }
        Mention subjectBefore = ownerBefore其(p, ms, at);
        return subjectBefore != null ? subjectBefore : ms.last(company);
    }

    /** "X研究所负责…，其下属的Y公司": the research body a sentence naming no company before {@code at} opens on. */
    private static Mention researchBodyOpening(Mentions ms, Sentences.Sentence sentence, int at) {
        // Among the sentence's mentions only: a scan of the whole passage for every 其 is quadratic.
        List<Mention> before = ms.startingWithin(sentence.start(), at);
        Mention opening = before.stream().filter(m -> m.isActor() && m.end() <= at && ms.outermost(m)).findFirst()
                .orElse(null);
        boolean companyBefore = opening != null && before.stream()
                .anyMatch(m -> m.type() == EntityType.Enterprise && m.end() <= at);
        return opening != null && opening.type() == EntityType.ResearchTeam && !companyBefore ? opening : null;
    }

    /**
     * "为A配套生产…的B，今年…": the company a description of the sentence's first company opens is the subject;
     * otherwise {@code first}.
     */
    private static Mention describedSubject(Passage p, Mentions ms, Mention first) {
        if (first == null) {
            return null;
        }
        int clauseEnd = clauseEnd(p.full(), first.end());
        Mention described = ms.first(m -> m.type() == EntityType.Enterprise && m.start() > first.end()
                && m.end() <= clauseEnd && p.charAt(m.start() - 1) == '的' && ms.outermost(m));
        return described != null && described.end() == clauseEnd ? described : first;
    }

    /**
     * "A是B在P设立的控股子公司": B put money into A, which lies in P. (The words say where A is, not that B
     * spends in P.)
     */
    private static void setUpBy(Passage p, Mentions ms, Mention child, Mention parent, int subsidiaryWord, Facts facts) {
        if (child == null || parent == null) {
            return;
        }
        Matcher declared = AliasResolver.DECLARED.matcher(p.full()).region(parent.end(), subsidiaryWord);
        int from = declared.lookingAt() ? declared.end() : parent.end();   // B（以下简称“B′”）在P设立的
        Matcher at = SET_UP_IN.matcher(p.full()).region(from, subsidiaryWord);
        Mention place = at.lookingAt() ? ms.firstAt(at.start(1), m -> m.type() == EntityType.Place) : null;
        if (place != null) {
            facts.add(parent, RelationType.INVESTS_IN, child, child.start(), STATED);
            facts.add(child, RelationType.LOCATED_IN, place, child.start(), STATED);
        }
    }

    /**
     * "A是B的控股子公司，B持股70%，其余股份由C持有": each shareholder the sentence names invests in the company
     * it opens with.
     */
    private static void shareholders(Passage p, Mentions ms, Facts facts) {
        Matcher held = SHARES_HELD.matcher(p.full());
        while (held.find()) {
            int holderAt = held.group(1) != null ? held.end(1) : held.start();
            Mention holder = held.group(1) != null
                    ? ms.firstAt(holderAt, m -> m.isOrganisation() && ms.outermost(m))
                    : ms.lastAt(holderAt, m -> m.isOrganisation() && ms.outermost(m));
            Sentences.Sentence s = p.sentenceAt(held.start());
            List<Mention> companies = holder == null || s == null ? List.of() : ms.startingWithin(s.start(),
                    held.start()).stream().filter(m -> m.type() == EntityType.Enterprise && m.end() <= held.start()
                    && ms.outermost(m) && !m.canonical().equals(holder.canonical())).toList();
            // "A与B合资组建C，A持股60%": the company set up is the one whose shares are held.
            Mention company = companies.stream().filter(m -> AliasResolver.SET_UP_BEFORE.matcher(p.full())
                    .region(Math.max(0, m.start() - MAX_SET_UP_BEFORE), m.start()).find()).findFirst()
                    .orElse(companies.isEmpty() ? null : companies.get(0));
            if (company != null) {
                facts.add(holder, RelationType.INVESTS_IN, company, held.start(), CLAUSE);
            }
        }
    }

    /**
     * "X集团旗下的Y公司", "X银行所属Y支行", "省农科院下属的A、B", "X海关所属Y海关": units written after 旗下 (所属, 下属) belong to
     * the company or institution right before it; "X集团总部位于Y，旗下Z分公司...": a unit after 旗下 alone, to
     * the sentence's first company.
     */
    private static void heldUnits(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        // (A university holds companies too: 这是X大学下属的科技型企业.)
        for (Mention owner : ms.of(m -> (m.type() == EntityType.Enterprise || m.type() == EntityType.ResearchTeam)
                && ms.outermost(m))) {
            Mention unit = heldUnitDescribed(p, ms, owner);
            if (unit != null) {
                facts.add(unit, RelationType.PART_OF, owner, owner.start(), STATED);
            }
        }
        Matcher held = HELD_BY.matcher(s);
        while (held.find()) {
            int k = held.start();
            // 旗下的Y, 旗下有Y, 旗下已有Y: the unit after the words that say it is held.
            Matcher having = HAVING.matcher(s).region(held.end(), s.length());
            int unitStart = having.lookingAt() ? having.end() : held.end();
            Mention unit = ms.firstAt(unitStart, m -> m.type() == EntityType.Enterprise);
            Sentences.Sentence sentence = p.sentenceAt(k);
            int at = k;
            Mention institution = ms.lastAt(at, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
            Mention researchUnit = ms.firstAt(unitStart, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
            for (Mention u = institution == null ? null : researchUnit; u != null; u = listedAfterUnit(s, ms, u)) {
                facts.add(u, RelationType.PART_OF, institution, u.start(), STATED);
            }
            // "X大学旗下的Y公司": an institution's company.
            if (institution != null && unit != null) {
                facts.add(unit, RelationType.PART_OF, institution, unit.start(), STATED);
            }
            // "厦门海关所属漳州海关": a government body's own unit.
            Mention agency = ms.lastAt(at, m -> m.type() == EntityType.Government && ms.outermost(m));
            Mention subAgency = agency == null ? null
                    : ms.firstAt(unitStart, m -> m.type() == EntityType.Government && ms.outermost(m));
            if (subAgency != null && !subAgency.canonical().equals(agency.canonical())) {
                facts.add(subAgency, RelationType.PART_OF, agency, subAgency.start(), STATED);
            }
            // The company written right before 旗下 (X集团旗下的Y公司), or the one 其 stands for (X总部位于Y，其旗下的Z;
            // 去年，其旗下的Z: the company the sentence before is about); a unit alone, the sentence's first.
            boolean its = at > 0 && s.charAt(at - 1) == '其' && sentence != null;
            Mention itsCompany = its ? companyOfIts(s, ms, sentence, at - 1) : null;
            itsCompany = its && itsCompany == null ? researchBodyOpening(ms, sentence, at - 1) : itsCompany;
            Mention named = !its ? companyEndingAt(p, ms, at)
                    : itsCompany != null ? itsCompany : companyBefore(p, ms, at);
            // "X公司旗下Y研究院和Z实验室": a company's research units.
            for (Mention u = institution == null && named != null ? researchUnit : null; u != null;
                 u = listedAfterUnit(s, ms, u)) {
                facts.add(u, RelationType.PART_OF, named, u.start(), STATED);
            }
            // "X集团还组织旗下Y公司…": the company the clause opens on, a few plain words before 旗下.
            int clause = clauseStart(s, at);
            named = named != null ? named : ms.firstAt(clause, m -> m.type() == EntityType.Enterprise && m.end() < at
                    && at - m.end() <= MAX_OWNER_VERB && s.substring(m.end(), at).chars().allMatch(Chars::isHan));
            boolean unitWord = unit != null
                    && OrganizationRecognizer.UNIT_SUFFIXES.stream().anyMatch(unit.canonical()::endsWith);
            boolean mayBeFirsts = unitWord || isClauseBreak(p.charAt(at - 1));
            Mention first = named != null || unit == null || sentence == null || !mayBeFirsts ? null
                    : ms.first(m -> m.type() == EntityType.Enterprise && m.start() >= sentence.start() && m.end() <= at
                    && ms.outermost(m) && OrganizationRecognizer.UNIT_SUFFIXES.stream().noneMatch(m.canonical()::endsWith));
            // "X集团总部位于Y，旗下Z有限公司…": after a comma, any company is the group's the sentence is about, or
            // the company's the sentence opens on (X股份有限公司总部位于Y，旗下Z有限公司…).
            boolean ofGroup = first != null && isClauseBreak(p.charAt(at - 1))
                    && (first.canonical().contains(GROUP) || first.start() == sentence.start()
                    && ms.startingWithin(first.end(), at).stream().noneMatch(m -> m.type() == EntityType.Enterprise));
            Mention owner = unit == null ? null : named != null ? named : unitWord || ofGroup ? first : null;
            // 集团旗下A、B和C: every unit of the list.
            for (Mention u = owner == null ? null : unit; u != null; u = listedAfterUnit(s, ms, u)) {
                facts.add(u, RelationType.PART_OF, owner, u.start(), STATED);
            }
        }
    }

    /**
     * The research body, named elsewhere, whose name or short name opens {@code unit}'s name (the longest), or
     * null; {@code byName} holds each body under each name it is written with.
     */
    private static Mention bodyOpeningName(Map<String, List<Mention>> byName, Mention unit) {
        String name = unit.canonical();
        for (int k = name.length() - MIN_UNIT_NAME; k >= 2; k--) {
            for (Mention body : byName.getOrDefault(name.substring(0, k), List.of())) {
                if (!body.canonical().equals(name) && !body.within(unit)) {
                    return body;
                }
            }
        }
        return null;
    }

    /**
     * A research unit written right after its institution, by name (X大学Y实验室) or by reference (该校Y实验室),
     * or listed after a unit so written (X大学Y学院和Z学院), is part of it.
     */
    private static void researchUnits(Passage p, Mentions ms, Facts facts) {
        List<Mention> teams = ms.of(m -> m.type() == EntityType.ResearchTeam && !ReferenceResolver.isReference(m));
        // Each academy once, with where it is named: a text may name the same one thousands of times.
        Map<String, List<Mention>> academies = teams.stream().filter(a -> ACADEMY.matcher(a.canonical()).find())
                .collect(Collectors.groupingBy(Mention::canonical, LinkedHashMap::new, Collectors.toList()));
        Map<Integer, Mention> teamEndingAt = new HashMap<>();
        teams.stream().filter(ms::outermost).forEach(t -> teamEndingAt.merge(t.end(), t, (a, b) -> b));
        // Two of each name suffice: one may be the unit's own opening, the other is not.
        Map<String, List<Mention>> teamsByName = new HashMap<>();
        teams.forEach(t -> {
            List<Mention> named = teamsByName.computeIfAbsent(t.name(), k -> new ArrayList<>());
            if (named.size() < 2) {
                named.add(t);
            }
        });
        for (Mention unit : teams) {
            Mention parent = institutionOf(p, ms, unit);
            // X研究所东乡县Y示范站: a unit written right after its parent, as a name of its own.
            parent = parent != null || !ms.outermost(unit) ? parent : teamEndingAt.get(unit.start());
            if (parent != null) {
                facts.add(unit, RelationType.PART_OF, parent, unit.start(), STATED);
            }
            // 食品学院Y实验室 after 东北农业大学食品学院（食品学院）: a unit named after a body by the name the text
            // gave it.
            Mention namedBody = bodyOpeningName(teamsByName, unit);
            if (namedBody != null) {
                facts.add(unit, RelationType.PART_OF, namedBody, unit.start(), CLAUSE);
            }
            // X农业科学院Y研究所 where the text also names X农业科学院 on its own: an institute of the academy.
            academies.forEach((name, named) -> {
                if (unit.canonical().startsWith(name) && unit.canonical().length() - name.length() >= 3
                        && named.stream().anyMatch(a -> !a.within(unit))) {
                    facts.add(unit, RelationType.PART_OF, named.get(0), unit.start(), CLAUSE);
                }
            });
        }
    }

    /**
     * The institution {@code unit} is written as a unit of, or null: X大学Y学院, 该校Y实验室, X有限公司Y研究院, and
     * units the recogniser named after their institution (X大学A学院和Y学院, X大学依托其Y学院, 学校园艺学院).
     */
    private static Mention institutionOf(Passage p, Mentions ms, Mention unit) {
        // A company's unit named after it (X有限公司Y研究院) is the company's.
        Mention company = ms.firstAt(unit.start(), m -> m.type() == EntityType.Enterprise && m.end() < unit.end());
        if (company != null) {
            return company;
        }
        return ms.first(m -> m.type() == EntityType.ResearchTeam && m != unit
                && (m.start() == unit.start() && m.end() < unit.end()
                || ReferenceResolver.isReference(m) && m.end() == unit.start()
                || declaredRightBefore(p, m, unit)
                || !unit.canonical().equals(unit.name()) && unit.canonical().equals(m.name() + unit.name())));
    }

    /** "X研究所（以下简称“Y所”）Z实验室": the unit written right after its institution's declared short name. */
    private static boolean declaredRightBefore(Passage p, Mention institution, Mention unit) {
        int close = unit.start() - 1;
        return close > institution.end() && close - institution.end() <= AliasResolver.MAX_DECLARATION
                && "）)".indexOf(p.charAt(close)) >= 0
                && "（(".indexOf(p.charAt(institution.end())) >= 0
                && p.full().substring(institution.end(), close).contains("简称");
    }

    /**
     * "《方案》提出，全市将实施“三大工程”，并启动X计划": the programs of a sentence whose subject is a document
     * saying what it contains are parts of it, unless already parts of something (a counted list, a headline
     * program).
     */
    private static void documentParts(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention document : documents(p, ms)) {
            Sentences.Sentence sentence = p.sentenceAt(document.start());
            if (sentence == null) {
                continue;
            }
            // "X县印发《方案》（以下简称《方案》），提出实施…", "X县全面实施《方案》，部署了…": a document just issued or
            // carried out says what it holds, too.
            // A title running past its sentence (an unclosed 《) issues nothing to read on from.
            Matcher issued = ISSUED_THEN.matcher(s).region(Math.min(document.end(), sentence.end()), sentence.end());
            boolean opens = opensClause(s, document);
            boolean issuedOrCarriedOut = !opens && issued.lookingAt() && ISSUED_OR_CARRIED_OUT.matcher(
                    s.substring(Math.max(sentence.start(), document.start() - 3), document.start())).find();
            // "X印发的《方案》（简称）提出实施…": a document issued, its clause's subject, says what it holds.
            Matcher subject = ISSUED_AS_SUBJECT.matcher(s)
                    .region(Math.min(document.end(), sentence.end()), sentence.end());
            boolean issuedSubject = !opens && !issuedOrCarriedOut && subject.lookingAt() && ISSUED_BY_CLAUSE.matcher(
                    s.substring(Math.max(sentence.start(), document.start() - 4), document.start())).find();
            Matcher listed = ITEMS_FOLLOW.matcher(s).region(Math.min(document.end(), sentence.end()), sentence.end());
            if (opens && listed.lookingAt()) {
                partsListedBelow(p, ms, document, sentence, facts);   // 《措施》主要条款如下：第一条…
                continue;
            }
            // "问：《计划》重点支持哪些方面？答：…重点实施“A”“B”…": the answer to a question about a document says
            // what it holds.
            Sentences.Sentence answer = ASKED.matcher(s).region(sentence.start(), document.start()).matches()
                    ? nextSentence(p, sentence) : null;
            if (answer != null && ANSWERED.matcher(s).region(answer.start(), answer.end()).lookingAt()) {
                for (Mention part : ms.of(m -> m.type() == EntityType.Program && answer.contains(m.start(), m.end())
                        && !facts.hasFrom(m, RelationType.PART_OF) && !m.canonical().equals(document.canonical()))) {
                    facts.add(part, RelationType.PART_OF, document, part.start(), CLAUSE);
                }
                continue;
            }
            Matcher says = DOCUMENT_SAYS.matcher(s).region(issuedOrCarriedOut ? issued.end()
                    : issuedSubject ? subject.end() : document.end(), s.length());
            // "《方案》聚焦A、B等产业链，部署了“C”“D”等十项行动": the document goes on as the subject of a later clause,
            // as does one issued that opens the sentence (X印发的《方案》，把Z列为…，提出实施…) or one issued after its
            // subject (X县出台《方案》，由Y组织实施，提出实施…); not a program carried out, which holds no text.
            boolean titled = p.charAt(document.start() - 1) == '《';
            Matcher later = (opens || issuedSubject || issuedOrCarriedOut && titled) && !says.lookingAt()
                    ? LATER_CLAUSE_SAYS.matcher(s).region(Math.min(document.end(), sentence.end()), sentence.end())
                    : null;
            boolean saysLater = later != null && later.find();
            // "根据《方案》，全区将实施“A”和“B”": the works a sentence sets out under the document it opens on.
            Matcher under = UNDER_DOCUMENT.matcher(s).region(Math.min(document.end(), sentence.end()), sentence.end());
            boolean underIt = opensUnder(s, sentence, document) && under.lookingAt();
            if (!saysLater && !underIt && (!says.lookingAt() || !opens && !issuedOrCarriedOut && !issuedSubject)) {
                continue;
            }
            int saysEnd = saysLater ? later.end() : underIt ? under.end() : says.end();
            // "《方案》部署了四项重点工程。“A”由…；“B”由…": the counted works are the next sentence's programs, and
            // so are those listed after "《措施》逐条明确了牵头单位。".
            int said = Math.min(saysEnd, sentence.end());   // a title running past its sentence says nothing
            boolean counted = COUNTED_WORKS.matcher(s).region(said, sentence.end()).lookingAt()
                    || LEADS_NAMED.matcher(s).region(said, sentence.end()).lookingAt();
            Sentences.Sentence following = counted ? nextSentence(p, sentence) : null;
            int from = following != null ? following.start() : saysEnd;
            // "一是…。二是…。": each item a sentence of its own, up to the first that opens on no ordinal.
            int to = following != null ? following.end() : sentence.end();
            boolean numbered = following != null
                    && ORDINAL_ITEM_OPENING.matcher(s).region(following.start(), following.end()).lookingAt();
            for (Sentences.Sentence item = numbered ? nextSentence(p, following) : null; item != null
                    && ORDINAL_ITEM_OPENING.matcher(s).region(item.start(), item.end()).lookingAt()
                    && item.start() - to <= 1; item = nextSentence(p, item)) {
                to = item.end();
            }
            int until = to;
            for (Mention part : ms.of(m -> m.type() == EntityType.Program && m.start() >= from
                    && m.end() <= until && !facts.hasFrom(m, RelationType.PART_OF)
                    && !m.canonical().equals(document.canonical()))) {
                facts.add(part, RelationType.PART_OF, document, part.start(), STATED);
            }
        }
    }

    /**
     * "X农商银行已通过小城子支行、蔡家支行等12个网点发放…": a branch named by its place alone belongs to the
     * bank its sentence names before it.
     */
    private static void branchesByTheirPlace(Passage p, Mentions ms, Facts facts) {
        for (Mention branch : ms.of(m -> m.type() == EntityType.Enterprise && BRANCH.matcher(m.canonical()).matches())) {
            Sentences.Sentence sentence = p.sentenceAt(branch.start());
            Mention bank = sentence == null ? null : ms.last(m -> m.type() == EntityType.Enterprise
                    && m.start() >= sentence.start() && m.end() <= branch.start() && m.canonical().contains("银行")
                    && !m.canonical().endsWith("支行") && ms.outermost(m));
            if (bank != null) {
                facts.add(branch, RelationType.PART_OF, bank, branch.start(), CLAUSE);
            }
        }
    }

    /**
     * "其中X出资2亿元，其母公司Y出资6000万元": the company 其 stands for belongs to Y; so does the company written
     * right before 的母公司 (X的母公司Y).
     */
    private static void parentsNamedAsIts(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (int k = s.indexOf(PARENT_COMPANY, 1); k >= 0; k = s.indexOf(PARENT_COMPANY, k + 1)) {
            int at = k - 1;
            char before = s.charAt(at);
            Sentences.Sentence sentence = p.sentenceAt(k);
            // 其母公司为Y, 其母公司是Y: the copula may stand before the parent.
            int after = k + PARENT_COMPANY.length();
            Mention parent = ms.firstAt(after + ("为是".indexOf(p.charAt(after)) >= 0 ? 1 : 0),
                    m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            if (parent == null || sentence == null || before != '其' && before != '的') {
                continue;
            }
            Mention child = before == '的'
                    ? ms.lastAt(at, m -> m.type() == EntityType.Enterprise && ms.outermost(m))
                    : companyOfIts(s, ms, sentence, at);
            if (child != null && !child.canonical().equals(parent.canonical())) {
                facts.add(child, RelationType.PART_OF, parent, at, CLAUSE);
            }
        }
    }

    /**
     * The company 其 at {@code at} stands for: the first the clause before names (A in "A与B合作，其母公司为C", X in
     * "其中X出资2亿元，其母公司Y"), else the last its sentence names before it.
     */
    private static Mention companyOfIts(String s, Mentions ms, Sentences.Sentence sentence, int at) {
        int clause = clauseStart(s, Math.max(sentence.start(), at - 1));
        Predicate<Mention> company = m -> m.type() == EntityType.Enterprise && m.end() <= at && ms.outermost(m);
        Mention subject = ms.first(m -> company.test(m) && m.start() >= clause);
        return subject != null ? subject : ms.last(m -> company.test(m) && m.start() >= sentence.start());
    }

    /**
     * "《措施》主要条款如下：" then one paragraph or sentence per numbered item (第一条　实施“X工程”…): the programs of
     * the items are the document's parts, up to the first that opens on no ordinal.
     */
    private static void partsListedBelow(Passage p, Mentions ms, Mention document, Sentences.Sentence sentence,
                                         Facts facts) {
        String s = p.full();
        int items = 0;
        for (Sentences.Sentence item = nextSentence(p, sentence); item != null && items < ORDINALS_READ
                && ORDINAL_ITEM_OPENING.matcher(s).region(item.start(), item.end()).lookingAt(); item = nextSentence(p, item)) {
            Sentences.Sentence numbered = item;
            Mention part = ms.first(m -> m.type() == EntityType.Program && numbered.contains(m.start(), m.end())
                    && !m.canonical().equals(document.canonical()));
            if (part != null) {
                facts.add(part, RelationType.PART_OF, document, part.start(), STATED);
            }
            items++;
        }
    }

    /**
     * "该公司隶属于Y", "X（以下简称“x”）由Y控股", "X位于Z，隶属Y": the company of the clause, or of the sentence,
     * belongs to Y.
     */
    private static void belongsTo(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        Matcher owned = BELONGS_TO.matcher(s);
        while (owned.find()) {
            int at = owned.start();
            int clause = clauseStart(s, at);
            // "X重点实验室隶属Y大学": a research unit belongs to its institution so too (held by 由, only companies).
            boolean held = owned.group().equals("由");
            Mention named = ms.last(m -> (m.type() == EntityType.Enterprise
                    || !held && m.type() == EntityType.ResearchTeam) && m.start() >= clause && m.end() <= at
                    && ms.outermost(m));
            // "X位于Z，隶属Y": a clause opening on the word goes on with the sentence's subject.
            Sentences.Sentence sentence = named == null && at == clause && !held
                    ? p.sentenceAt(at) : null;
            Mention child = sentence == null ? named
                    : ms.firstAt(sentence.start(), m -> m.type() == EntityType.Enterprise && ms.outermost(m));
            int after = held ? owned.end() : afterOwnersSeat(p, ms, owned.end());
            // "在隶属Y大学的X重点实验室完成": the research unit the phrase describes, named after 的, is Y's.
            Mention institution = held ? null
                    : ms.firstAt(after, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
            Mention described = institution == null || p.charAt(institution.end()) != '的' ? null
                    : ms.firstAt(institution.end() + 1, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
            if (described != null) {
                facts.add(described, RelationType.PART_OF, institution, at, STATED);
                continue;
            }
            EntityType kind = child == null ? EntityType.Enterprise : child.type();
            Mention parent = ms.firstAt(after, m -> m.type() == kind && ms.outermost(m));
            if (held && (parent == null
                    || !HELD.matcher(s).region(parent.end(), s.length()).lookingAt())) {
                continue;
            }
            if (child != null && parent != null && !child.canonical().equals(parent.canonical())) {
                facts.add(child, RelationType.PART_OF, parent, at, STATED);
            }
        }
    }

    /**
     * "该平台…，是X县“P”三年行动的首个落地项目", "此次试点是…“P”的组成部分": the program a sentence is about,
     * said to be a project or a component of another, is part of it.
     */
    private static void projectsOf(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention whole : ms.of(m -> m.type() == EntityType.Program)) {
            int closed = whole.end() + ("”》".indexOf(p.charAt(whole.end())) >= 0 ? 1 : 0);
            closed = Math.max(closed, declaredUpTo(s, closed));   // 《D》（以下简称《规划》）确定的
            Sentences.Sentence sentence = p.sentenceAt(whole.start());
            // A program running past its sentence (an unclosed quote) is said to be nothing there.
            if (sentence == null || closed > sentence.end()
                    || !PROJECT_OF.matcher(s).region(closed, sentence.end()).lookingAt()) {
                continue;
            }
            int copula = whole.start() - 1;   // 是 in the program's own clause, before it
            while (copula >= sentence.start() && s.charAt(copula) != '是' && !isClauseBreak(s.charAt(copula))) {
                copula--;
            }
            int at = copula;
            // "…实施《D》，“A”是《D》确定的工程之一": the work right before 是, else the sentence's first.
            Predicate<Mention> work = m -> m.type() == EntityType.Program && ms.outermost(m);
            Mention part = at < sentence.start() || s.charAt(at) != '是' ? null
                    : Optional.ofNullable(ms.lastAt(at - (p.charAt(at - 1) == '”' ? 1 : 0), work)).orElseGet(() ->
                            ms.first(work.and(m -> m.start() >= sentence.start() && m.end() <= at)));
            if (part != null && !part.canonical().equals(whole.canonical())) {
                facts.add(part, RelationType.PART_OF, whole, at, CLAUSE);
            }
        }
    }

    /** "种薯繁育、精深加工“两大专项行动”": each item of the list is part of the counted program after it. */
    private static void countedParts(Mentions ms, Facts facts) {
        for (Mention item : ms.of(m -> m.type() == EntityType.Program && m.end() - m.start() < m.name().length())) {
            String head = item.name().substring(item.end() - item.start());
            Mention whole = ms.first(m -> m.type() == EntityType.Program && m.start() >= item.end()
                    && m.start() - item.end() <= ProgramRecognizer.MAX_LIST
                    && ProgramRecognizer.COUNTED_HEAD.matcher(m.canonical()).matches()
                    && m.canonical().endsWith("大" + head));
            if (whole != null) {
                facts.add(item, RelationType.PART_OF, whole, item.start(), STATED);
            }
        }
    }

    /**
     * "“五大行动”包括A行动、B行动和C行动" (…，即A行动…): each program listed up to the sentence end, or to a
     * clause that goes on to something else (，并出台《X》), is part of it; so is each listed between 由 and 组成.
     */
    private static void enumeratedParts(Passage p, Mentions ms, Facts facts) {
        String s = p.full();
        for (Mention whole : ms.of(m -> m.type() == EntityType.Program)) {
            Matcher m = ENUMERATION_AHEAD.matcher(s).region(whole.end(), s.length());
            Matcher madeUp = MADE_UP_OF.matcher(s).region(whole.end(), s.length());
            int listStart;
            int listEnd;
            if (m.lookingAt()) {
                listStart = m.end();
                Matcher nextClause = NEW_CLAUSE.matcher(s).region(listStart, sentenceEnd(s, listStart));
                int toNextClause = nextClause.find() ? nextClause.start() : sentenceEnd(s, listStart);
                // 下设“A”“B”三个子计划 lists within its clause (下设专项资金，重点支持A: what the fund supports).
                int comma = m.group().endsWith(SETS_UNDER) ? s.indexOf('，', listStart) : -1;
                listEnd = comma >= 0 && comma < toNextClause ? comma : toNextClause;
            } else if (madeUp.lookingAt() && onlyProgramsListed(s, ms, madeUp.start(1), madeUp.end(1))) {
                listStart = madeUp.start(1);
                listEnd = madeUp.end(1);
            } else {
                continue;
            }
            for (Mention part : ms.of(x -> x.type() == EntityType.Program && x.start() >= listStart
                    && x.end() <= listEnd)) {
                facts.add(part, RelationType.PART_OF, whole, part.start(), STATED);
            }
        }
    }

    /**
     * [from, to) lists programs and nothing else but the words between them and their count (“A”“B”和“C”三项工程):
     * no people or bodies (由X计划专家和县农技人员组成).
     */
    private static boolean onlyProgramsListed(String s, Mentions ms, int from, int to) {
        List<Mention> programs = ms.of(x -> x.type() == EntityType.Program && x.start() >= from && x.end() <= to);
        StringBuilder rest = new StringBuilder();
        int at = from;
        for (Mention m : programs) {
            rest.append(s, at, Math.max(at, m.start()));
            at = Math.max(at, m.end());
        }
        rest.append(s, at, to);
        return !programs.isEmpty()
                && LISTED_PROGRAMS_REST.matcher(rest.toString().replaceAll("[\\s、和及与“”]", "")).matches();
    }

    private static int sentenceStartAt(Passage p, int pos) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        return sentence == null ? pos : sentence.start();
    }

    private static int sentenceEnd(String s, int from) {
        int i = from;
        while (i < s.length() && "。；;！？!?\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** "一是实施X行动；二是..." : an item of an ordinal list is one of the actions under the article's program. */
    private static boolean ordinalItem(Passage p, Mention m) {
        int from = Math.max(0, m.start() - 8);
        Matcher o = ProgramRecognizer.ORDINAL_ACTION.matcher(p.full()).region(from, Math.min(p.full().length(), m.end() + 1))
                .useTransparentBounds(true).useAnchoringBounds(false);
        while (o.find()) {
            if (o.start(1) == m.start() && o.end(1) == m.end()) {
                return true;
            }
        }
        return false;
    }

    /** "实施X行动。" at the head of a paragraph: one of the numbered actions under the article's program. */
    private static boolean opensParagraph(Passage p, Mention m) {
        int lineStart = p.full().lastIndexOf('\n', m.start() - 1) + 1;
        String before = p.full().substring(lineStart, m.start());
        return before.matches("(?:实施|推进|开展)?") && "。：:".indexOf(p.charAt(m.end())) >= 0;
    }

    /**
     * "A、B等6家合作社共同发起成立了这家联合社": the cooperatives that set up a union of cooperatives are its
     * members.
     */
    private static void unionMembers(Passage p, Mentions ms, Facts facts) {
        Matcher founded = UNION_FOUNDED.matcher(p.full());
        while (founded.find()) {
            int verb = founded.start();
            Mention union = ms.lastAt(founded.end(), m -> m.type() == EntityType.Enterprise && m.canonical().endsWith(ReferenceResolver.UNION));
            int clause = clauseStart(p.full(), verb);
            for (Mention member : union == null ? List.<Mention>of() : ms.of(m -> m.type() == EntityType.Enterprise
                    && m.start() >= clause && m.end() <= verb && m.canonical().endsWith(ReferenceResolver.COOPERATIVE)
                    && ms.outermost(m))) {
                facts.add(member, RelationType.PART_OF, union, verb, STATED);
            }
        }
    }

    // ---- AFFILIATED_WITH

    /**
     * "董事长：X" on a line of its own, the next line naming a body (X公司董事会): a report's signature, the
     * signer holding the title at that body.
     */
    private Mention signingBody(Passage p, Mentions ms, Mention person) {
        String s = p.full();
        int colon = person.start() - 1;
        int lineStart = s.lastIndexOf('\n', Math.max(0, colon - 1)) + 1;
        if (colon < 0 || "：:".indexOf(s.charAt(colon)) < 0 || p.charAt(person.end()) != '\n'
                || !lexicon.personTitles.contains(s.substring(lineStart, colon).replaceFirst("^副", ""))) {
            return null;
        }
        int next = person.end() + 1;
        return ms.firstAt(next, m -> m.isOrganisation() && ms.outermost(m));
    }

    private void affiliations(Passage p, Mentions ms, Facts facts) {
        for (Mention person : ms.of(m -> m.type() == EntityType.Person)) {
            Mention taken = postTaken(p, ms, person);
            if (taken != null) {
                facts.add(person, RelationType.AFFILIATED_WITH, taken, person.start(), STATED);
            }
            Mention given = postGiven(p, ms, person);
            given = given != null ? given : deputyOfPostGiven(p, ms, person);
            if (given != null) {
                facts.add(person, RelationType.AFFILIATED_WITH, given, person.start(), STATED);
            }
            Mention signing = signingBody(p, ms, person);
            if (signing != null) {
                facts.add(person, RelationType.AFFILIATED_WITH, signing, person.start(), STATED);
            }
            Mention founded = founded(p, ms, person);
            if (founded != null) {
                facts.add(person, RelationType.AFFILIATED_WITH, founded, person.start(), STATED);
            }
            for (Mention post : postsAfterCopula(p, ms, person)) {
                facts.add(person, RelationType.AFFILIATED_WITH, post, person.start(), STATED);
            }
            Mention bracketed = bracketedOrganisation(p, ms, person);
            if (bracketed != null) {
                facts.add(person, RelationType.AFFILIATED_WITH, bracketed, person.start(), STATED);
                continue;
            }
            // 身兼X董事长和Y理事长的王晓琳: the titles before 的 are the person's.
            int pos = p.charAt(person.start() - 1) == '的' && lexicon.titleEndsAt(p.full(), person.start() - 1)
                    ? person.start() - 1 : person.start();
            String ownTitle = p.full().substring(skipTitle(p, ms, pos), pos);
            for (int hop = 0; hop < 6 && pos > 0; hop++) {
                int titleStart = fieldAfterBody(p, ms, pastProgramField(p, ms, skipTitle(p, ms, pos)), pos);
                int at = afterBracket(p, titleStart);
                Mention org = ms.lastAt(at, m -> m.isOrganisation() && ms.outermost(m));
                int titleEnd = pos;
                if (org == null && titleStart < pos) {
                    // 点头镇党委书记: the body's name ends inside the title read (党委书记), 党委 being both.
                    org = ms.last(m -> m.isOrganisation() && m.start() < at && m.end() > at && m.end() < titleEnd
                            && ms.outermost(m));
                }
                if (org == null && titleStart < pos) {
                    // "A是B的全资子公司…。公司董事长X": 公司 is the subsidiary, though the parent was named last.
                    Mention titled = titledAntecedent(p, ms, titleStart, p.full().substring(titleStart, pos));
                    org = titled == null ? null : ReferenceResolver.subsidiaryCalledBy(p, ms.all(), titled);
                }
                if (org == null && titleStart < pos) {
                    org = governmentHeaded(p, ms, at, p.full().substring(titleStart, pos));
                }
                if (org == null && titleStart < pos) {
                    org = ofInnerDivision(p, ms, at);   // 省农业农村厅种植业管理处处长X: the division's body
                }
                if (org == null && hop == 0) {
                    org = dispatchedBy(p, ms, titleStart);   // "该所派出研究员X常驻指导": the sender's
                }
                if (org == null && hop == 0 && ownTitle.matches(RESEARCH_TITLE) && p.charAt(titleStart - 1) == '，') {
                    org = researchSubject(p, ms, titleStart);   // "X研究所在村里设立工作站，研究员Y每月…"
                }
                if (org == null && hop == 0 && titleStart > 0 && p.charAt(titleStart - 1) == '其') {
                    // "X合作社统一管理，其理事长Y说": the post is in the body 其 stands for, X.
                    Sentences.Sentence sentence = p.sentenceAt(person.start());
                    org = sentence == null || titleStart - 1 <= sentence.start() ? null
                            : ownerOf其(p, ms, sentence, titleStart - 1);
                }
                int postsStart = titleStart;
                while (hop == 0 && p.charAt(postsStart - 1) == CONCURRENTLY
                        && postsStart - 1 > titleStart - MAX_POSTS) {
                    postsStart = skipTitle(p, ms, postsStart - 1);   // 创始人兼首席执行官: posts held together
                }
                if (org == null && hop == 0 && p.charAt(postsStart - 1) == '，'
                        && COMPANY_TITLES.matcher(p.full().substring(postsStart, pos)).matches()) {
                    // "X公司成立于2021年，创始人兼首席执行官Y…": the company the sentence is about.
                    org = onlySubject(p, ms, postsStart, EntityType.Enterprise);
                }
                if (org == null && hop == 0 && ownTitle.matches(GOVERNMENT_HEAD) && !Chars.isHan(p.charAt(titleStart - 1))) {
                    org = theOneGovernment(ms, ownTitle);   // "副县长乔丽娜表示": the county's, when the text names one
                }
                if (org != null && hop > 0 && ownTitle.matches(GOVERNMENT_HEAD)) {
                    // "X县委书记A、县长B": B heads the county's government, not its party committee.
                    org = PARTY_COMMITTEE.matcher(org.canonical()).find() ? governmentOfCommittee(ms, org, ownTitle) : org;
                    if (org == null) {
                        break;
                    }
                }
                if (org != null) {
                    facts.add(person, RelationType.AFFILIATED_WITH, org, person.start(),
                            org.end() == at ? STATED : CONTEXT);
                    // Where the post's body is written: its name, or the bare head before the title (合作社理事长).
                    int written = org.end() == at ? org.start() : at - HEAD_NOUNS.stream()
                            .filter(h -> p.full().startsWith(h, at - h.length())).mapToInt(String::length).max().orElse(0);
                    Mention alsoAt = concurrentPost(p, ms, written);
                    if (alsoAt == null) {
                        alsoAt = governmentOfCommittee(ms, org, p.full().substring(titleStart, pos));
                    }
                    if (alsoAt == null) {
                        alsoAt = villageOfBranch(ms, org, p.full().substring(titleStart, pos));
                    }
                    if (alsoAt != null) {
                        facts.add(person, RelationType.AFFILIATED_WITH, alsoAt, person.start(), STATED);
                    }
                    break;
                }
                // "X大学赵立新院士、王晓雪教授": a later name inherits the organisation of the first.
                int siblingEnd = p.charAt(at - 1) == '、' ? skipTitle(p, ms, at - 1) : -1;
                Mention sibling = ms.lastAt(siblingEnd, m -> m.type() == EntityType.Person);
                if (sibling == null) {
                    break;
                }
                pos = sibling.start();
            }
        }
    }

    /**
     * The research body a sentence opens on, when it is the only organisation named before {@code pos}, or else
     * the one research body named before it (合作社与该所签订协议，研究员X…): a researcher opening a later clause
     * of it works there.
     */
    private static Mention researchSubject(Passage p, Mentions ms, int pos) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        if (sentence == null) {
            return null;
        }
        Mention subject = onlySubject(p, ms, pos, EntityType.ResearchTeam);
        if (subject != null) {
            return subject;
        }
        // "合作社与该所签订协议，研究员X带领团队常驻": the one research body the sentence named before.
        List<Mention> research = ms.of(m -> m.type() == EntityType.ResearchTeam && m.start() >= sentence.start()
                && m.end() <= pos && ms.outermost(m));
        return research.stream().map(Mention::canonical).distinct().count() == 1 ? research.get(0) : null;
    }

    /**
     * The body of {@code type} the sentence holding {@code pos} opens on, when no other organisation is named
     * before {@code pos}; else null.
     */
    private static Mention onlySubject(Passage p, Mentions ms, int pos, EntityType type) {
        Sentences.Sentence sentence = p.sentenceAt(pos);
        if (sentence == null) {
            return null;
        }
        Predicate<Mention> before = m -> m.isOrganisation() && m.start() >= sentence.start() && m.end() <= pos
                && ms.outermost(m);
        Mention subject = ms.first(before);
        Mention last = ms.last(before);
        return subject != null && subject.type() == type && subject.start() == sentence.start()
                && subject.canonical().equals(last.canonical()) ? subject : null;
    }

    /** No verb (but a verbal noun) and no preposition lies in [from, to): 向X中心, 携手X中心 are no divisions. */
    private static boolean noVerbOrPrepositionIn(Passage p, int from, int to) {
        for (int i = from; i < to; i++) {
            Term t = p.termAt(i);
            String nature = t == null ? "w" : t.nature.toString();
            if (nature.startsWith("p") || nature.startsWith("v") && !nature.equals("vn")) {
                return false;
            }
        }
        return true;
    }

    /** The body whose inner division (种植业管理处, 办公室) ends at {@code at}, written right before it, or null. */
    private static Mention ofInnerDivision(Passage p, Mentions ms, int at) {
        for (int k = at - 2; k >= Math.max(0, at - MAX_INNER_DIVISION); k--) {
            int end = k;
            Mention org = ms.lastAt(end, m -> m.isOrganisation() && ms.outermost(m));
            if (org != null) {
                // (A centre's name holds no verb: 向X疾控中心, 携手X融媒体中心 say what the body did.)
                boolean centre = p.full().startsWith(CENTRE, at - CENTRE.length());
                return INNER_DIVISION.matcher(p.full()).region(end, at).matches()
                        && (!centre || noVerbOrPrepositionIn(p, end, at)) ? org : null;
            }
        }
        return null;
    }

    /**
     * "该院教授、国家苹果产业技术体系岗位科学家X": a program named as the field of the last title of a list is no
     * organisation of the person; the titles before it are read on.
     */
    private int pastProgramField(Passage p, Mentions ms, int titleStart) {
        Mention field = ms.lastAt(titleStart, m -> m.type() == EntityType.Program);
        if (field == null || p.charAt(field.start() - 1) != '、') {
            return titleStart;
        }
        int before = skipTitle(p, ms, field.start() - 1);
        return before < field.start() - 1 ? before : titleStart;
    }

    /**
     * "X公司（简称）育种总监Y", "X公司营销总监Y": the start of a word of the post's field (nouns only) between a
     * body's name, or the bracket after it, and the title at {@code titleStart}; else {@code titleStart}.
     */
    private static int fieldAfterBody(Passage p, Mentions ms, int titleStart, int pos) {
        // "X学院果树栽培团队负责人Y": a team the body's post is in, named by its work, before the title.
        boolean team = titleStart < pos
                && ReferenceResolver.PERSON_TEAM_WORDS.stream()
                        .anyMatch(w -> p.full().startsWith(w, titleStart - w.length()));
        for (int from = titleStart - 2; team && from > 0 && from >= titleStart - MAX_TEAM_NAME
                && Chars.isHan(p.charAt(from)) && NOT_IN_TEAM_NAME.indexOf(p.charAt(from)) < 0; from--) {
            int teamStart = from;
            if (ms.lastAt(teamStart, m -> m.isOrganisation() && ms.outermost(m)) != null) {
                return teamStart;
            }
        }
        for (int d = 2; titleStart < pos && d <= MAX_FIELD_BEFORE_TITLE && titleStart - d > 0
                && Chars.isHan(p.charAt(titleStart - d)) && Chars.isHan(p.charAt(titleStart - d + 1)); d++) {
            int from = titleStart - d;
            String field = p.full().substring(from, titleStart);
            boolean afterBody = "）)".indexOf(p.charAt(from - 1)) >= 0
                    || ms.lastAt(from, m -> m.isOrganisation() && ms.outermost(m)) != null;
            if (afterBody && Lexicon.composedOf(field, RelationFinder::fieldNoun)
                    && HEAD_NOUNS.stream().noneMatch(field::endsWith) && !BODY_END.matcher(field).find()) {
                return from;
            }
        }
        return titleStart;
    }

    /** A noun of two characters or more, or an abbreviation (研发): what a post's field is written with. */
    private static boolean fieldNoun(String word) {
        var attribute = word.length() < 2 ? null : CoreDictionary.get(word);
        return attribute != null && Arrays.stream(attribute.nature).map(Object::toString)
                .anyMatch(n -> n.equals("n") || n.equals("vn") || n.equals("j"));
    }

    /** The only government of the title's level the text names (县长: the one 县人民政府), or null. */
    private static Mention theOneGovernment(Mentions ms, String title) {
        String level = title.substring(title.length() - 2, title.length() - 1) + PEOPLES_GOVERNMENT;
        List<String> governments = ms.of(m -> m.type() == EntityType.Government && m.canonical().endsWith(level)).stream()
                .map(Mention::canonical).distinct().toList();
        return governments.size() == 1
                ? ms.first(m -> m.type() == EntityType.Government && m.canonical().equals(governments.get(0))) : null;
    }

    /**
     * "剑河县委副书记、县长X": a party committee's member who also heads the division's government works for that
     * government too, when the text names it.
     */
    private static Mention governmentOfCommittee(Mentions ms, Mention committee, String titles) {
        Matcher c = COMMITTEE_OF.matcher(committee.canonical());
        boolean heads = Arrays.stream(titles.split("、")).anyMatch(t -> t.matches(GOVERNMENT_HEAD));
        if (!c.matches() || !heads) {
            return null;
        }
        String place = c.group(1) != null ? c.group(1) : c.group(2);
        // 攸县县委: the county's short name and its level word again.
        String single = place.length() > 2 && place.charAt(place.length() - 1) == place.charAt(place.length() - 2)
                ? place.substring(0, place.length() - 1) : place;
        return governmentOrDivision(ms, place, single);
    }

    /**
     * The government the text names for a division (X县: X县人民政府); where it names none, the division itself,
     * which a head of its government serves (阳城县委副书记、县长Y with no 阳城县人民政府 in the text).
     */
    private static Mention governmentOrDivision(Mentions ms, String... forms) {
        Mention government = governmentOf(ms, forms);
        return government != null ? government : ms.first(m -> m.type() == EntityType.Place
                && Arrays.stream(forms).anyMatch(form -> m.canonical().equals(form) || m.name().equals(form)));
    }

    /**
     * "X村党总支书记、村委会主任Y": the village committee, which the text names by no name of its own, is the
     * village's; Y serves the village itself too.
     */
    private static Mention villageOfBranch(Mentions ms, Mention branch, String titles) {
        Matcher b = VILLAGE_BRANCH.matcher(branch.canonical());
        return b.matches() && VILLAGE_COMMITTEE_POST.matcher(titles).find()
                ? ms.first(m -> m.type() == EntityType.Place && m.canonical().equals(b.group(1))) : null;
    }

    /**
     * "A公司副总裁兼B公司董事长X", "A指挥部指挥长、B县委副书记X", "身兼A董事长和合作社理事长的X": the
     * organisation of the post held before 兼, 、 or 和 and the body written at {@code orgStart}, when one is named;
     * "A学院、B重点实验室X教授团队": the research body listed right before the one a researcher's post is at.
     */
    private Mention concurrentPost(Passage p, Mentions ms, int orgStart) {
        int conjunction = orgStart - 1;
        int titleStart = "兼、和".indexOf(p.charAt(conjunction)) >= 0 ? skipTitle(p, ms, conjunction) : conjunction;
        if (titleStart == conjunction && p.charAt(conjunction) == '、'
                && ms.firstAt(orgStart, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m)) != null) {
            return ms.lastAt(conjunction, m -> m.type() == EntityType.ResearchTeam && ms.outermost(m));
        }
        return titleStart == conjunction ? null
                : ms.lastAt(titleStart, m -> m.isOrganisation() && ms.outermost(m));
    }

    /** "X牵头成立Y合作社", "X创办了Y公司": the organisation a person founds is the person's. */
    private static Mention founded(Passage p, Mentions ms, Mention person) {
        Matcher founds = FOUNDS.matcher(p.full()).region(person.end(), p.full().length());
        if (!founds.lookingAt()) {
            return null;
        }
        int at = founds.end();
        return ms.firstAt(at, m -> m.type() == EntityType.Enterprise && ms.outermost(m));
    }

    /**
     * "X担任高分子材料实验室主任", "X担任实验室主任": the post taken is at the organisation named there, or at
     * the last one named before whose kind the bare word says.
     */
    private Mention postTaken(Passage p, Mentions ms, Mention person) {
        String s = p.full();
        // "X，同时担任…": a comma may stand before the post; so may the person's degree or rank (X博士担任…).
        Matcher rank = ACADEMIC_RANK.matcher(s).region(person.end(), s.length());
        int named = rank.lookingAt() ? rank.end() : person.end();
        int after = named + ("，,".indexOf(p.charAt(named)) >= 0 ? 1 : 0);
        Matcher takes = HOLDS_POST.matcher(s).region(after, s.length());
        if (!takes.lookingAt()) {
            return null;
        }
        int at = takes.end();
        // "是永胜村的X合作社理事长": the places the organisation is in may stand before it.
        Mention place = ms.firstAt(at, m -> m.type() == EntityType.Place && !ms.insideName(m));
        int placed = place == null ? -1 : chainEnd(p, place, ms).end();
        int bodyAt = placed >= 0 && p.charAt(placed) == '的' ? placed + 1 : at;
        Mention organisation = ms.firstAt(bodyAt, m -> m.isOrganisation() && ms.outermost(m));
        if (organisation != null) {
            return titleAt(p, pastTermOfPost(s, organisation.end())) ? organisation : null;
        }
        if (takes.group().endsWith("是")) {
            return null;   // 是 and a bare word is no post taken (X是实验室主任 says nothing of which)
        }
        // "出任(该)研究院(首任)院长": the post is at the last body of that kind named before.
        Matcher postUnit = POST_UNIT_REFERRED.matcher(s).region(at, s.length());
        if (postUnit.lookingAt() && titleAt(p, pastTermOfPost(s, postUnit.end()))) {
            String kind = postUnit.group(1);
            return ms.last(m -> m.isOrganisation() && m.end() <= person.start() && m.canonical().endsWith(kind)
                    && ms.outermost(m));
        }
        // "X实验室于2022年挂牌，…，由该所研究员Y担任主任": a post given by 由 is at what the sentence is about.
        int clause = clauseStart(s, person.start());
        boolean given = titleAt(p, at) && s.substring(clause, person.start()).startsWith("由");
        // "共建了X研究院，由…Y担任院长": a head (院长, 所长) of the kind of body the sentence built before.
        int titleStart = p.charAt(at) == '副' ? at + 1 : at;
        Sentences.Sentence sentence = p.sentenceAt(clause);
        // "成立了X公司，由…Y担任总经理": a company's post, at the company the sentence named before.
        if (given && sentence != null && COMPANY_POST.matcher(s).region(titleStart, s.length()).lookingAt()) {
            // Among the sentence's mentions only: a scan of the whole passage for every such post is quadratic.
            Mention company = ms.startingWithin(sentence.start(), clause).stream()
                    .filter(m -> m.type() == EntityType.Enterprise && m.end() < clause && ms.outermost(m))
                    .max(Comparator.comparingInt(Mention::end).thenComparingInt(m -> -m.start())).orElse(null);
            if (company != null) {
                return company;
            }
        }
        if (given && sentence != null && titleStart + 1 < s.length() && s.charAt(titleStart + 1) == HEAD) {
            String kind = s.substring(titleStart, titleStart + 1);
            Mention unit = ms.last(m -> m.isOrganisation() && m.start() >= sentence.start() && m.end() < clause
                    && m.canonical().endsWith(kind) && ms.outermost(m));
            if (unit != null) {
                return unit;
            }
        }
        // "研究院由A学院牵头组建，该学院教授Y出任首任院长": the first head of the body the sentence opens on, of the
        // post's kind.
        int firstHead = pastTermOfPost(s, titleStart);
        if (!given && firstHead > titleStart && sentence != null && firstHead + 1 < s.length()
                && s.charAt(firstHead + 1) == HEAD) {
            String kind = s.substring(firstHead, firstHead + 1);
            Mention unit = ms.firstAt(sentence.start(), m -> m.isOrganisation() && ms.outermost(m));
            if (unit != null && unit.end() < clause && unit.canonical().endsWith(kind)) {
                return unit;
            }
        }
        // "与X学院签约，由该院Y教授担任首席专家": one whose own research body is written after 由 advises the
        // subject, and holds no post of the subject's but its head's (由该所研究员Y担任主任).
        boolean ownBodyNamed = ms.startingWithin(clause, person.start()).stream()
                .anyMatch(m -> m.type() == EntityType.ResearchTeam);
        boolean advises = ownBodyNamed && !HEAD_POST.matcher(s).region(titleStart, s.length()).lookingAt();
        Mention subject = given && !advises ? sentenceSubject(p, ms, clause) : null;
        // "X公司与Y学院共建试验站，由该院教授Z担任站长": a researcher heads what the company built with the body,
        // not the company, unless the post is the company's own (董事长, 总经理).
        if (subject != null && subject.type() == EntityType.Enterprise && ownBodyNamed
                && !COMPANY_POST.matcher(s).region(titleStart, s.length()).lookingAt()) {
            return null;
        }
        // 该校农学院…: a reference to an institution before its unit is no subject of its own.
        boolean beforeUnit = subject != null && ms.firstAt(subject.end(), m -> m.isOrganisation()) != null;
        return subject != null && subject.isOrganisation() && !beforeUnit ? subject : null;
    }

    /**
     * "研究院院长由宁夏大学动物科技学院教授苏文斌担任": the post named before 由 is at the organisation named
     * right before it, and the person who takes it on holds it.
     */
    private Mention postGiven(Passage p, Mentions ms, Mention person) {
        String s = p.full();
        if (!TAKES_POST.matcher(s).region(person.end(), s.length()).lookingAt()) {
            return null;
        }
        int clause = clauseStart(s, person.start());
        int by = s.substring(clause, person.start()).lastIndexOf('由');
        if (by < 0) {
            return null;
        }
        int titleEnd = clause + by;
        for (String title : lexicon.personTitles) {
            int titleStart = titleEnd - title.length();
            if (titleStart == clause && s.startsWith(title, titleStart) && clause > 0) {
                // "X合作社规模最大，理事长由Y兼任": a post opening the clause is at the clause before's subject, or
                // at the body it gave a post at last ("A董事长X将出任合资公司董事长，总经理由Y担任").
                int before = clauseStart(s, clause - 1);
                Mention postBefore = ms.last(m -> m.isOrganisation() && m.start() >= before && m.end() < clause
                        && ms.outermost(m) && lexicon.personTitles.stream().anyMatch(t -> s.startsWith(t, m.end()))
                        && TAKES_POST.matcher(s).region(before, m.start()).find());
                return postBefore != null ? postBefore
                        : ms.first(m -> m.isOrganisation() && m.start() >= before && m.end() < clause && ms.outermost(m));
            }
            if (titleStart > clause && s.startsWith(title, titleStart)) {
                int deputy = p.charAt(titleStart - 1) == '副' ? titleStart - 1 : titleStart;
                // 该院首任院长由X担任: which holder of the post it is stands between the unit and the title.
                int unitEnd = deputy - TERM_OF_POST.stream().filter(w -> s.startsWith(w, deputy - w.length()))
                        .mapToInt(String::length).findFirst().orElse(0);
                return ms.lastAt(unitEnd, m -> m.isOrganisation() && ms.outermost(m));
            }
        }
        return null;
    }

    /**
     * "实验室主任由X担任，Y任副主任": the deputy of a post the sentence gave before is at the same organisation.
     */
    private Mention deputyOfPostGiven(Passage p, Mentions ms, Mention person) {
        String s = p.full();
        Matcher takes = TAKES_DEPUTY_POST.matcher(s).region(person.end(), s.length());
        Sentences.Sentence sentence = p.sentenceAt(person.start());
        if (!takes.lookingAt() || sentence == null) {
            return null;
        }
        String before = s.substring(sentence.start(), person.start());
        for (String title : lexicon.personTitles) {
            int found = s.startsWith(title, takes.end()) ? before.lastIndexOf(title + "由") : -1;
            int given = found < 0 ? -1 : sentence.start() + found;
            if (given >= 0) {
                return ms.lastAt(given, m -> m.isOrganisation() && ms.outermost(m));
            }
        }
        return null;
    }

    /**
     * The organisation right before a verb of sending that ends at {@code titleStart} (该所派出|研究员, 学院则派出由|王建国教授
     * 领衔的团队), or null.
     */
    private static Mention dispatchedBy(Passage p, Mentions ms, int titleStart) {
        Matcher sent = SENT.matcher(p.full()).region(Math.max(0, titleStart - MAX_SENDING), titleStart);
        if (!sent.find()) {
            return null;
        }
        int verb = sent.start();
        Mention sender = ms.lastAt(verb, m -> m.isOrganisation() && ms.outermost(m));
        // "X研究所与合作社签订协议，派出研究员Y…": a clause opening on the verb goes on with the sentence's subject.
        Sentences.Sentence sentence = sender == null && verb > 0 && isClauseBreak(p.charAt(verb - 1))
                ? p.sentenceAt(verb) : null;
        Mention subject = sentence == null ? null : subjectWithin(p, ms, sentence.start(), verb);
        return subject != null && subject.isOrganisation() ? subject : sender;
    }

    /**
     * "X是中国工程院院士、华南理工大学机械与汽车工程学院教授": the organisations the copula names, each with a title
     * right after it, are the person's.
     */
    private List<Mention> postsAfterCopula(Passage p, Mentions ms, Mention person) {
        List<Mention> posts = new ArrayList<>();
        if (p.charAt(person.end()) != '是') {
            return posts;
        }
        for (int at = person.end() + 1; ; ) {
            Mention org = ms.firstAt(at, m -> m.isOrganisation() && ms.outermost(m));
            if (org == null || !titleAt(p, org.end())) {
                return posts;
            }
            posts.add(org);
            // Over the title to the mark that lists the next post (院士、), if one does.
            int next = org.end();
            while (Chars.isHan(p.charAt(next)) && POST_LIST_MARKS.indexOf(p.charAt(next)) < 0) {
                next++;
            }
            if (POST_LIST_MARKS.indexOf(p.charAt(next)) < 0) {
                return posts;
            }
            at = next + 1;
        }
    }

    /** A title (or its deputy) begins at {@code pos}. */
    /** Past which holder of a post someone is, written right at {@code pos} (首任院长), or {@code pos}. */
    private static int pastTermOfPost(String s, int pos) {
        return pos + TERM_OF_POST.stream().filter(w -> s.startsWith(w, pos)).mapToInt(String::length).findFirst()
                .orElse(0);
    }

    private boolean titleAt(Passage p, int pos) {
        int from = p.charAt(pos) == '副' ? pos + 1 : pos;
        return lexicon.personTitles.stream().anyMatch(t -> p.full().startsWith(t, from));
    }

    /**
     * The organisation a title without one next to it refers to: a bare head noun before it (合作社理事长:
     * the nearest cooperative) or the title's own kind (矿长: the nearest mine, 行长: the nearest bank).
     */
    private static Mention titledAntecedent(Passage p, Mentions ms, int titleStart, String title) {
        String kind = null;
        for (String head : HEAD_NOUNS) {
            if (p.full().startsWith(head, titleStart - head.length())) {
                kind = head.equals(ENTERPRISE) ? "" : head;
            }
        }
        // (第二小学校长: a title after a body of a kind no type holds is that body's.)
        if (kind == null && title.length() == 2 && title.endsWith("长")
                && !UNKEPT_SCHOOL_OR_HOSPITAL.matcher(p.full()).region(0, titleStart).find()) {
            kind = title.substring(0, 1);
        }
        for (int i = 0; kind == null && i < BARE_RESEARCH_HEADS.size(); i++) {
            String head = BARE_RESEARCH_HEADS.get(i);
            int at = titleStart - head.length();
            // "由中心副研究员X负责": a research body's head word standing alone is the one named before.
            boolean alone = at >= 0 && (!Chars.isHan(p.charAt(at - 1)) || p.charAt(at - 1) == '由');
            if (alone && p.full().startsWith(head, at)) {
                kind = head;
            }
        }
        if (kind == null) {
            return null;
        }
        // 村股份经济合作社理事长: the words before the head say which of its kind, the one whose name ends so.
        String suffix = kind;
        for (int len = kind.length() + 1; !kind.isEmpty() && len <= kind.length() + MAX_HEAD_QUALIFIER
                && titleStart - len >= 0; len++) {
            String longer = p.full().substring(titleStart - len, titleStart);
            int before = titleStart - len;
            if (ms.last(m -> m.isOrganisation() && m.end() <= before && m.canonical().endsWith(longer)
                    && ms.outermost(m)) == null) {
                break;
            }
            suffix = longer;
        }
        String named = suffix;
        return ms.last(m -> m.isOrganisation() && m.end() <= titleStart && m.canonical().endsWith(named)
                && ms.outermost(m));
    }

    /**
     * 门头沟区副区长X: the head of a division's government works for that government, when the text names it
     * (北京市门头沟区人民政府); the place alone is no organisation.
     */
    private static Mention governmentHeaded(Passage p, Mentions ms, int titleStart, String title) {
        Mention place = ms.lastAt(titleStart, m -> m.type() == EntityType.Place);
        if (place == null || !title.matches(GOVERNMENT_HEAD)) {
            return null;
        }
        return governmentOrDivision(ms, place.canonical(), place.name());
    }

    /** The government the text names for a division written in one of {@code forms} (X县: X县人民政府), or null. */
    private static Mention governmentOf(Mentions ms, String... forms) {
        return ms.first(m -> m.type() == EntityType.Government
                && Arrays.stream(forms).anyMatch(form -> m.canonical().endsWith(form + PEOPLES_GOVERNMENT)));
    }

    /** 赵立新（山西大学教授）: the organisation inside the bracket after the name, ending at a title. */
    private Mention bracketedOrganisation(Passage p, Mentions ms, Mention person) {
        if ("（(".indexOf(p.charAt(person.end())) < 0) {
            return null;
        }
        String s = p.full();
        int close = s.indexOf(s.charAt(person.end()) == '（' ? '）' : ')', person.end());
        if (close < 0 || close - person.end() > PersonRecognizer.MAX_BRACKET
                || PersonRecognizer.bracketOpening(s, close) != person.end()) {
            return null;
        }
        int at = skipTitle(p, ms, close);
        return at == close ? null : ms.lastAt(at, m -> m.isOrganisation() && ms.outermost(m));
    }

    /** 合作社（以下简称“绿野合作社”）理事长: the organisation ends before a bracket that stands before the title. */
    private static int afterBracket(Passage p, int titleStart) {
        int open = PersonRecognizer.bracketOpening(p.full(), titleStart - 1);
        return open >= 0 ? open : titleStart;
    }

    /**
     * The start of the titles ending at {@code pos}; a list of them counts as one (党委书记、行长), and a
     * deputy's title as the title (副校长, 常务副县长).
     */
    private int skipTitle(Passage p, Mentions ms, int pos) {
        int start = pos;
        for (String title : lexicon.personTitles) {
            if (pos - title.length() < start && p.full().startsWith(title, pos - title.length())) {
                start = pos - title.length();
            }
        }
        if (start < pos && p.charAt(start - 1) == '副') {
            start--;
        }
        // 常务副县长, 常务副主任: a standing deputy's, whether the list holds the title with 副 or without.
        if (start < pos && p.charAt(start) == '副' && p.full().startsWith("常务", start - 2)) {
            start -= 2;
        }
        // 研究员、大豆育种首席专家: a few words of field before the last title of a list (but a body's name
        // there is the body of that title: 副总裁、湖北楚锋总经理).
        int titleStart = start;
        boolean afterBody = ms.lastAt(titleStart, m -> m.isOrganisation()) != null;
        for (int d = 1; !afterBody && start < pos && d <= MAX_FIELD_BEFORE_TITLE && Chars.isHan(p.charAt(start - d)); d++) {
            String field = p.full().substring(start - d, start);
            if (p.charAt(start - d - 1) == '、' && skipTitle(p, ms, start - d - 1) < start - d - 1
                    && HEAD_NOUNS.stream().noneMatch(field::endsWith) && !BODY_END.matcher(field).find()) {
                start -= d;
                break;
            }
        }
        if (start < pos && p.charAt(start - 1) == '、') {
            int previous = skipTitle(p, ms, start - 1);
            return previous < start - 1 ? previous : start;
        }
        return start;
    }

    // ---- helpers

    /** What parties build together is named right after the verb of building: 共建|Y. */
    private static boolean builtJointly(String s, Mention m) {
        return BUILT_JOINTLY.matcher(s).region(Math.max(0, m.start() - MAX_BUILT_JOINTLY), m.start()).find();
    }

    /**
     * The last place of the administrative chain a place starts (吕梁市|汾阳市|杏花村镇 -> 杏花村镇), written
     * together or joined by 的 (高力板镇的巴彦淖尔嘎查 -> 巴彦淖尔嘎查).
     */
    private static Mention chainEnd(Passage p, Mention m, Mentions ms) {
        Mention cur = m;
        for (Mention next = cur; next != null; ) {
            cur = next;
            int end = cur.end();
            // "A市的B县", "A市下辖的B县": a place governed by the one before it; "A县城所在地B镇": its seat.
            Matcher governed = GOVERNED.matcher(p.full()).region(end, p.full().length());
            int nextStart = governed.lookingAt() ? governed.end() : end;
            next = cur.type() != EntityType.Place ? null
                    : ms.firstAt(nextStart, o -> o.type() == EntityType.Place && !ms.insideName(o));
        }
        return cur;
    }

}
