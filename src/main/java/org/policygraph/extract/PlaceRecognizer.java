package org.policygraph.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds places: administrative divisions from the gazetteer (full names, and short forms of provinces and
 * cities where the segmenter agrees it is a word), villages (X村), development zones named after a place,
 * foreign countries and major world cities. Ambiguous names are resolved by the chain they stand in
 * (晋城市阳城县润城镇) or by the other divisions of the passage.
 */
final class PlaceRecognizer {

    /** The energy bases, the one zone word ending in 地, looked for only where it ends: 当地, 土地 and 基地 are common. */
    private static final String ENERGY_BASE = "能源化工基地";
    static final Pattern ZONE = Pattern.compile(
            "(?:高新技术产业开发区|新技术产业开发区|新技术开发区|高技术产业开发区|经济技术开发区|经济开发区|高新区|开发区|产业园区|工业园区|农业科技园区|现代农业园区|农业园区"
            + "|国家现代农业产业园|现代农业产业园"
            + "|科技园区|科技园|物流园区|经济园区|产业集聚区|产业聚集区|综合保税区|保税区|新片区|片区|边境经济合作区|跨境经济合作区|经济合作区|经济区"
            + "|产业园|工业园|化工园区|化工园|经开区|工业区"
            + "|产业区|农业高新技术产业示范区|示范区|试验区|管理区|港务区|港区|新区|园区|科技城|生物城|科创园|科创城"
            + "|创新园|设计城|产业城|创业园|示范园|软件园|科学园|科学城|工业城|工业集中区|中央商务区|自由贸易港|自贸港|口岸|旅游度假区"
            + "|" + ENERGY_BASE + ")");
    private static final String NEW_AREA = "新区";
    /** A pilot free trade zone, its province in brackets: 中国（上海）自由贸易试验区. */
    private static final Pattern FREE_TRADE_ZONE = Pattern.compile("中国[（(]\\p{IsHan}{2,3}[）)]自由贸易试验区");
    /** An area of a pilot free trade zone, right after the zone: 钦州港片区, 临港新片区. */
    private static final Pattern FREE_TRADE_AREA = Pattern.compile("\\p{IsHan}{2,6}?片区");
    /** A free trade zone's new area, whose own name is proper though it may be a common word (临港新片区). */
    private static final String NEW_FREE_TRADE_AREA = "新片区";
    /** The digits a county's division code shares with its city's (GB/T 2260: 620102 in 620100). */
    private static final int CITY_CODE = 4;
    private static final String UNIVERSITY = "大学";
    private static final String SCHOOL = "学校";
    /** The words for a university's science park after its name, longest first. */
    private static final List<String> UNIVERSITY_PARK_WORDS = List.of("国家大学科技园", "科技园区", "科技园");
    /**
     * Zone words only zones are called (the state's kinds of zone, 科学城, the energy bases 能源化工基地), so a
     * proper name of a few characters before one names a zone of its own (洋浦经济开发区, 张江科学城).
     */
    private static final Pattern OFFICIAL_ZONE_WORD = Pattern.compile(
            "高新技术产业开发区|高技术产业开发区|经济技术开发区|经济开发区|综合保税区|边境经济合作区|农业高新技术产业示范区"
            + "|科学城|" + NEW_FREE_TRADE_AREA + "|旅游度假区|"
            + ENERGY_BASE);
    private static final int MAX_OFFICIAL_OWN_NAME = 5;
    private static final Pattern PLACE_NAMED_ZONE_WORD = Pattern.compile("示范区|试验区");
    private static final int MAX_TRADE_AFTER_PLACE_WORD = 4;
    private static final Pattern COMPASS_REGION = Pattern.compile("[华东西南北][东西南北中]");
    /** A foreign city's or province's own name before 市 (省, 州): a few characters, none a clause's little words. */
    private static final Pattern CITY_AFTER_COUNTRY = Pattern.compile("([\\p{IsHan}&&[^的在与和及是为从对向等各市省州]]{2,4}?)[市省州]");
    /** Verbs saying where a body is, right before a zone: 位于, 落户, 注册在. */
    private static final Pattern SITED_IN = Pattern.compile("(?:位于|落户|地处|注册在|坐落在)$");
    private static final int MAX_SITED = 3;
    /** A count or a side opening what follows a zone word or a city: (开发区)两个(产业园), 北部(园区), (X市)几个(新城). */
    private static final Pattern COUNT_OR_SIDE = Pattern.compile("[一二三四五六七八九十两几多\\d]+[个大家]|[东西南北中]部");
    /** A division referred back to, right before a zone's own name: 该市, 本县. */
    private static final Pattern DIVISION_REFERRED = Pattern.compile("[该本][省市县区镇乡]$");
    /** Verbs right before a park where a body invests or settles: 在, 选址, 落户, 入驻, 位于. */
    private static final Pattern PARK_SITING = Pattern.compile("(?:在|选址|落户|入驻|位于)$");
    /** What follows a city's name in the name of a street: 路, 街, 大道, 巷. */
    private static final String ROAD_WORDS = "路街大巷";
    /** A zone's area by its direction (产业园西区), which is also the name of some districts. */
    private static final Pattern AREA_OF_ZONE = Pattern.compile("[东西南北中]区");
    private static final Pattern ZONE_ENDING = Pattern.compile("(?:" + ZONE.pattern() + ")$");
    private static final int MAX_ZONE_WORD = 9;
    /** Verbs saying what was done at a place, which no zone's name opens with: X县建成核心示范区. */
    private static final String COMPASS = "东南西北";
    /** Verbs of settling somewhere (入驻, 位于; 落户 is among the building verbs), which no zone's own name holds. */
    private static final Pattern SETTLING = Pattern.compile("入驻|位于|选址|签约");
    private static final Pattern BUILDING_VERBS = Pattern.compile(
            "建成|建起|建设|建立|新建|兴建|扩建|打造|投建|设立|落户|启动|开工|创建|获批|申报|入选|布局");
    /** The most characters between a declared zone's own name and its zone word (晋长|合作|产业园). */
    private static final int MAX_BETWEEN_OWN_AND_ZONE = 4;
    /**
     * Kinds of village news writes like names (“空壳村”, 空心村治理, 网红村, 31个薄弱村, 200个以上特色村), and one picked out
     * of those named (其中村), or villages beyond or around those named (推广到更多村, 在其他村, 辐射周边村), or the
     * village as a party with others (校企村合作, 政企村共建), which no village is called, nor ends its name with.
     */
    private static final Set<String> VILLAGE_KINDS = Set.of("空壳", "空心", "网红", "薄弱", "后进", "特色", "重点", "其中",
            "更多", "其他", "其它", "周边", "附近", "邻近", "周围", "校企", "政企", "银企");
    /** 两个茶村, 12个嘎查村: villages counted, not named. */
    private static final Pattern COUNTED_VILLAGES = Pattern.compile("[一二两三四五六七八九十百几数多]*个");
    /** "X村" where X ends like this is a kind of village (行政村, 该村), not a village's name. */
    private static final String NOT_VILLAGE_NAME_END = "农乡山全本该各每邻外同进出入回整驻政然困范点们个这那此其些与和及在到让由被为以对两等"
            + "一二三四五六七八九十百千几";
    /**
     * Of those, the ones that end village names as often as words (南山村 / 山村, 峰回村 / 回村), told apart by a
     * town before.
     */
    private static final String NAME_END_AFTER_TOWN = "山那出回让";
    /** The level words of towns: 镇, 乡. */
    private static final String TOWN_LEVEL_WORDS = "镇乡";
    /**
     * After a quoted X村: what makes it a kind of village, a way of working it names (“干部包村”机制, “X村”模式), or the
     * rest of a program named with it (“X村”振兴行动).
     */
    private static final Pattern CAMPAIGN_AFTER_QUOTE = Pattern.compile(
            "建设|创建|评选|评定|评比|示范|机制|模式|\\p{IsHan}{0,8}?(?:工程|行动|计划|方案)");
    /** A way of working a quoted X村 names: (“干部包村”)机制, (“X村”)模式. */
    private static final Pattern WAY_OF_WORKING = Pattern.compile("机制|模式");
    /** The shortest quoted slogan ending in 村 (干部包村); a shorter quote (余村) is a village's own name. */
    private static final int MIN_QUOTED_SLOGAN = 4;
    /**
     * Words that end a village's name, with the longest name before them: 村, 嘎查 for the administrative
     * villages of Inner Mongolia's pastures, whose names are transliterated Mongolian (巴彦宝力格嘎查), and 社区
     * for their urban counterparts under a 街道.
     */
    private static final List<VillageWord> VILLAGE_WORDS = List.of(new VillageWord("村", 3),
            new VillageWord("嘎查", 6), new VillageWord("社区", 4));
    /** The most characters a quoted name goes on after a village word it opens with (“富村安居贷”). */
    private static final int MAX_QUOTED_TAIL = 8;
    /**
     * What follows 村 in words that are no village's name: 村民, 村委, 村里, 村级, 村貌 (村容村貌), 村子, 村均 (per
     * village: 带动村均收入).
     */
    private static final String NOT_AFTER_VILLAGE = "民委里集级企干庄部落务办镇两组支貌子均";
    /** Verbs 组 opens after a village's name (小王村组建合作社), where it is no village group (村组干部). */
    private static final Pattern GROUP_VERB = Pattern.compile("组(?:建|织|成)");
    /** What follows 强村 or 联村 in a policy's words: 强村公司, 强村富民, 联村公司. */
    private static final Pattern VILLAGE_POLICY_AFTER = Pattern.compile("公司|富民");
    /** What strengthening or joining villages opens with, before 村: 强村, 联村. */
    private static final String VILLAGE_POLICY_VERBS = "强联";
    private static final char ACROSS = '跨';
    private static final char COOPERATIVE = '社';
    private static final Pattern JOINED_WITH = Pattern.compile("合资|合作|共建|共富|联营|联建|联合|抱团|流转|发展|整合");
    private static final char VILLAGE = '村';
    /** 村口 before 镇 or 乡 is inside a town's name (X村口镇), not a village's end; 村口 alone is its entrance. */
    private static final Pattern TOWN_NAMED_CUNKOU = Pattern.compile("口[镇乡]");
    /** First characters of adverbs a subject is followed by (正在, 将, 已经, 还, 也, 要, 就, 都). */
    static final String ADVERBS_AFTER_SUBJECT = "正将已还也要就都";
    /** Levels of divisions whose short forms stand for them once named in full: counties, cities as subjects. */
    private static final Set<String> NAMED_SHORT = Set.of("county", "city");
    /** Verbs of building, setting up or settling at a site, after 在 and the site: (在诸城)建设, 设立, 投资, 落户. */
    private static final Pattern BUILT_AFTER_SITE = Pattern.compile("建设|新建|兴建|设立|投资|落户");
    /**
     * Adverbs between a division's short form as a subject and its verb: 正在, 将, 已经, maybe with how it acts
     * (正深入, 将全面).
     */
    private static final Pattern ADVERB_BEFORE_ACT = Pattern.compile(
            "(?:正在|将|已经|已|正|还将|也将)(?:深入|全面|加快|大力|持续|积极|着力|全力)?");
    /** What a clause's subject follows: a clause break or an opening quote. */
    static final String CLAUSE_OPENERS = "，,。；;：:\n“";
    /** The most divisions a chain holds: province, prefecture, county, town, village and one more. */
    private static final int MAX_CHAIN = 6;
    /** The longest village name written right after its town (托万买里 of X镇托万买里村). */
    private static final int LONGEST_NAME_AFTER_TOWN = 6;
    /** 村党支部, 村党委, 村党总支: the village's party branch, not a village named X村 (but 本庙村党参 is one). */
    private static final Pattern PARTY_AFTER_VILLAGE = Pattern.compile("党(?:支部|委|总支|组织|员)");
    private static final String BARE_PARK = "园区";
    private static final int MAX_ZONE_NAME = 12;
    private static final Pattern BRACKETED = Pattern.compile("[（(](\\p{IsHan}{2,4})[）)]");
    private static final char COPULA = '是';
    /** A zone's new town: two characters and 新城. */
    private static final Pattern NEW_TOWN = Pattern.compile("(\\p{IsHan}{2})新城");
    /** The levels of divisions that have new towns of their own: cities and provinces. */
    private static final Set<String> CITY_LEVELS = Set.of("city", "province");
    /** How often a word may occur in HanLP's corpus and still name a new town (空港, 水土); 产业, 智慧 are words. */
    private static final int MAX_NAME_FREQUENCY = 30;
    /** The level words of towns and townships, and the longest such name a county's own town runs to. */
    private static final String TOWN_WORDS = "镇乡";
    private static final int MAX_TOWN_NAME = 5;
    private static final Pattern NOT_OPENING_A_TOWN = Pattern.compile("[pucrmqdw].*");
    private static final Set<String> KINDS_OF_TOWN = Set.of("重点", "中心", "建制", "小城", "特色", "集镇", "商贸", "工业",
            "旅游", "农业", "城关");
    /** Natures of proper names: of places, people, and other proper nouns. */
    private static final List<String> PROPER_NATURES = List.of("ns", "nr", "nz");
    /** The characters every zone word ends in (开发区, 产业园, 科技城, 自由贸易港, 口岸) but the energy bases'. */
    private static final String ZONE_WORD_ENDS = "区园城港岸";
    /** A village's own collective, after the village's name: 村股份经济合作社, 村经济联合社. */
    private static final Pattern VILLAGE_COLLECTIVE = Pattern.compile("村(?:股份)?经济(?:合作|联合)(?:联合)?社$");
    /** A village's name right after a town's: two to four characters and 村, not 村民 or 村委. */
    private static final Pattern VILLAGE_NEXT = Pattern.compile("\\p{IsHan}{2,4}?村(?![" + NOT_AFTER_VILLAGE + "])");
    private static final int LONGEST_ZONE_WORD = "农业高新技术产业示范区".length();
    /** The longest name of its own a zone has after the place it lies in (南港 of X开发区南港工业区). */
    private static final int MAX_OWN_ZONE_NAME = 4;
    /** How long the description of a park's trade may run where a body builds in it: 草食畜循环经济(产业园). */
    private static final int MAX_DESCRIBED_PARK_NAME = 8;
    /** The names a high-tech zone goes by: 蜀山新技术开发区 is 蜀山高新区. */
    private static final List<String> HIGH_TECH_ZONE_WORDS = List.of("高新技术产业开发区", "新技术产业开发区", "新技术开发区",
            "高技术产业开发区");
    /** A development zone called by the bare word, and the economic zones it stands for once named in full. */
    private static final String DEVELOPMENT_ZONE = "开发区";
    private static final List<String> ECONOMIC_ZONE_WORDS = List.of("经济技术开发区", "经济开发区");
    /** Zones go by their full official form, so 晋城高新区 and 晋城高新技术产业开发区 are one place. */
    static final Map<String, String> ZONE_FULL_FORMS = Map.of("高新区", "高新技术产业开发区",
            "经开区", "经济技术开发区", "自贸港", "自由贸易港");
    private static final String LEVEL_WORDS = "省市县区镇乡";
    private static final char FORMER = '原';
    /** The shortest village name that stands for a longer one ending in it (塔拉敖包嘎查; not 新村 of 团结新村). */
    private static final int MIN_VILLAGE_NAMED_ALONE = 4;
    private static final String MODERN_AGRICULTURAL_PARK = "现代农业产业园";
    /** Conjunctions that join two places written one after the other. */
    private static final String JOINING = "和与及";
    /** A word joining two bodies, then a level word: 和县, 会同县. */
    private static final Pattern JOINING_THEN_LEVEL = Pattern.compile("(?:和|与|及|会同)[省市县区镇乡]");
    /** Adverbs between a body's name and the word joining it to another: (局)正(会同), 还, 将. */
    private static final String ADVERBS_AFTER_BODY = "正还将已也";
    /** Times between a body's name and the word joining it to another: (局)今年(会同), 近日, 日前. */
    private static final Set<String> TIMES_AFTER_BODY = Set.of("今年", "近日", "日前", "此前", "去年", "目前", "随后", "年内");
    private static final int TIME_AFTER_BODY_LENGTH = 2;
    /** A body leading a work, before the bodies joining it: (由X局)牵头，(会同县Y局). */
    private static final String LEADING = "牵头，";
    /** Last characters of bodies' names: 局, 委, 厅, 人民政府, 研究院, 合作社, 公司. */
    private static final String BODY_ENDS = "局委厅办府院会所站社司";
    /** The longest name a township written with its peoples runs to (阿市苗族彝族乡 and longer). */
    private static final int MAX_TOWNSHIP_OF_PEOPLES = 12;
    /** The most items before the last a counted list of divisions is read with (十 counts ten). */
    private static final int MAX_COUNTED_ITEMS = 20;
    /** Words that refer back to a division named before: 该镇, 本县, 此乡. */
    private static final String REFERRING = "该本此";
    /**
     * A list of short names closed by its count or 等 and level word: 望奎、兰西、青冈三县, 廊下、吕巷等镇, A、B等8个主产县.
     * Its repetition is bounded: a regular expression's unbounded group recurses once per item, and a text of thousands
     * of 、-joined pairs overflows the stack.
     */
    private static final Pattern COUNTED_LIST = Pattern.compile(
            "((?:\\p{IsHan}{2,3}、){1," + MAX_COUNTED_ITEMS + "}\\p{IsHan}{2,3})(?:[两三四五六七八九十]个?|等(?:\\d{1,3}个)?)"
            + "(?:主产|重点|试点|核心)?(县|市|区|镇|乡|地)");
    /** 涪陵、丰都、万州等地: places listed so are provinces, cities or counties, whichever the short form names. */
    private static final Set<String> PLACES_OF_ANY_LEVEL = Set.of("province", "city", "county");
    /** The level a level word names a division of: 市 is a prefecture-level city, not a county-level one. */
    static final Map<String, String> LEVEL_OF_WORD = Map.of("省", "province", "市", "city", "州", "city",
            "县", "county", "区", "county", "镇", "town", "乡", "town");
    /**
     * Words for what lies around, written right before the villages they point to (带动周边苟坝村, 与当地X村), for the
     * town or township named before (带动镇上X村, 在镇内X村), and for one picked out of those named (其中X村).
     */
    private static final List<String> NEIGHBOURHOOD_WORDS = List.of("周边", "附近", "邻近", "毗邻", "周围", "镇上", "镇里",
            "乡里", "镇内", "乡内", "县内", "区内", "当地", "其中");
    /** China and a partner abroad, joined by a dash, before the rest of a zone's name: 中国—东盟, 中国-新加坡. */
    private static final Pattern PARTNER_COUNTRIES = Pattern.compile("(\\p{IsHan}{2,3})[—－-]\\p{IsHan}{0,6}$");
    private static final String CHINA = "中国";
    private static final Set<String> PROVINCE_LEVEL = Set.of("province");
    private static final int MAX_PARTNER_COUNTRIES = 9;
    private static final String BEFORE_NAME = "在到于和与及至赴从对向把将由—、的了驻址除以是据给为";
    /** Prepositions of {@link #BEFORE_NAME} that also open villages' names before a family's word (向家村, 于家村). */
    private static final String NAME_OPENING_PREPOSITIONS = "向于";
    /** The characters after 向 or 于 that make them a name's: 家 (a family's village), 阳 (向阳). */
    private static final String FAMILY_OR_SUN = "家阳";
    private static final List<String> LEVELS = List.of("province", "city", "county", "town");
    private static final Pattern DATELINE_END = Pattern.compile("\\d|讯|电");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    PlaceRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** A gazetteer hit before its division is known. */
    private record Hit(String name, int start, int end, List<Gazetteer.Division> candidates) {
    }

    List<Mention> find(Passage p) {
        List<Hit> hits = divisionHits(p);
        hits.addAll(shortFormsOfNamedCounties(p, hits));
        hits.addAll(countedDivisions(p, hits));
        Map<String, Gazetteer.Division> resolved = resolve(hits);
        List<Mention> out = new ArrayList<>();
        for (Hit h : hits) {
            Gazetteer.Division d = resolved.get(h.name());
            // An area office goes by the town or township the text names it as (金海湖镇 for 金海湖地区).
            // So does the township written with its peoples (汤旺朝鲜族乡 for 汤旺乡).
            boolean asWritten = d != null && Gazetteer.isAreaOffice(d)
                    || !gazetteer.townsWithoutTheirPeoples(h.name()).isEmpty();
            String canonical = asWritten ? h.name() : d != null ? d.name()
                    : h.candidates().size() > 0
                    && h.candidates().stream().allMatch(c -> c.name().equals(h.candidates().get(0).name()))
                    ? h.candidates().get(0).name() : h.name();
            Map<String, Object> props = new HashMap<>();
            props.put("level", d != null ? d.level() : h.candidates().get(0).level());
            if (d != null) {
                props.put("divisionCode", d.code());
            }
            out.add(new Mention(h.name(), canonical, EntityType.Place, h.start(), h.end(), props));
        }
        out.replaceAll(m -> townRunningFromItsCounty(p, m, out));
        out.removeIf(m -> isDateline(p, m));
        out.addAll(afterProvince(p, out));
        out.addAll(townsAfterTheirCounty(p, out));
        List<Mention> villages = villages(p, out);
        // 帮助塔拉敖包嘎查: a village the text names elsewhere stands alone, without the verb the walk took before it.
        villages.replaceAll(v -> villages.stream().filter(w -> w.name().length() < v.name().length()
                        && v.name().length() - w.name().length() >= 2 && v.name().endsWith(w.name())
                        && w.name().length() >= MIN_VILLAGE_NAMED_ALONE
                        && OrganizationRecognizer.dictionaryVerb(
                                v.name().substring(0, v.name().length() - w.name().length()))).findFirst()
                .map(w -> new Mention(w.name(), w.canonical(), w.type(), v.end() - w.name().length(), v.end(),
                        w.properties())).orElse(v));
        // 随着杨村桥镇: a village whose name runs into a division's (杨村 of 杨村桥镇) is none.
        villages.removeIf(v -> out.stream().anyMatch(d -> v.start() < d.start() && d.start() < v.end() && v.end() < d.end()));
        out.removeIf(division -> villages.stream().anyMatch(division::within));
        out.addAll(villages);
        List<Mention> zones = zones(p, out).stream().map(z -> parkOfItsCounty(p, z, out)).toList();
        // 滨海 of 天津滨海高新技术产业开发区: a division after the one a zone is named after is part of its own name.
        out.removeIf(division -> zones.stream().anyMatch(z -> z.start() < division.start() && division.end() <= z.end()));
        out.addAll(zones);
        // (济南市汉峪新城: a city's new town is written after the city as a zone's is after the zone.)
        List<Mention> cities = out.stream().filter(d -> CITY_LEVELS.contains(d.properties().get("level"))).toList();
        out.addAll(newTownsOfZones(p, Stream.concat(zones.stream(), cities.stream()).toList(), out));
        // 冰岛 in 冰岛村: a foreign name inside a place of ours is part of its name.
        foreign(p).stream().filter(f -> out.stream().noneMatch(f::within)).forEach(out::add);
        return out;
    }

    /**
     * 南京农业大学国家大学科技园, 浙江大学科技园: a science park a university runs (the state designates them as 国家大学科技园)
     * is a zone named after the university, written right after it.
     */
    static List<Mention> universityParks(Passage p, List<Mention> organisations) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (Mention university : organisations) {
            // (入驻苏州大学 read as one name holds the company before it: no university, no park.)
            boolean holdsAnother = organisations.stream().anyMatch(o -> o != university
                    && o.start() >= university.start() && o.end() < university.end());
            String park = university.type() != EntityType.ResearchTeam || !university.name().endsWith(UNIVERSITY)
                    || holdsAnother ? null
                    : UNIVERSITY_PARK_WORDS.stream().filter(w -> s.startsWith(w, university.end())).findFirst()
                            .orElse(null);
            if (park != null) {
                int end = university.end() + park.length();
                out.add(new Mention(s.substring(university.start(), end), university.canonical() + park,
                        EntityType.Place, university.start(), end, Map.of("level", "zone")));
            }
        }
        return out;
    }

    /**
     * The places that are mentions of their own: a place inside an organisation's name (晋城 in 晋城职业技术学院)
     * is part of that name, except where the name is built on it on purpose: a government body's
     * jurisdiction (山西省农业农村厅) and the city a branch serves (建行晋城分行).
     */
    static List<Mention> outsideNames(List<Mention> places, List<Mention> organisations) {
        List<Mention> out = new ArrayList<>();
        for (Mention place : places) {
            boolean partOfName = organisations.stream().anyMatch(org -> place.start() >= org.start()
                    && place.end() <= org.end() && place.end() < org.end() && !namedAfter(place, org)
                    && !inJurisdictionChain(place, org, places) && !beforeSchoolsDivision(place, org, places));
            if (!partOfName) {
                out.add(place);
            }
        }
        return out;
    }

    /**
     * 宁夏吴忠市利通区国家现代农业产业园: a modern agricultural park is named after the last division of the chain
     * before it (利通区), which the others govern; they are places of their own.
     */
    private static Mention parkOfItsCounty(Passage p, Mention zone, List<Mention> divisions) {
        if (!zone.name().endsWith(MODERN_AGRICULTURAL_PARK)) {
            return zone;
        }
        Mention last = null;
        for (int at = zone.start(); ; ) {
            int from = at;
            Mention next = divisions.stream().filter(d -> d.start() == from && d.end() < zone.end()).findFirst()
                    .orElse(null);
            if (next == null) {
                break;
            }
            last = next;
            at = next.end();
        }
        if (last == null || last.start() == zone.start()) {
            return zone;
        }
        String name = p.full().substring(last.start(), zone.end());
        return new Mention(name, name, EntityType.Place, last.start(), zone.end(), zone.properties());
    }

    /** 首批示范县: the character at {@code start} closes a word begun before it (示范), so opens no county there. */
    private static boolean closesWordBefore(String s, int start) {
        return start > 0 && Chars.isHan(s.charAt(start - 1)) && LEVEL_WORDS.indexOf(s.charAt(start - 1)) < 0
                && CoreDictionary.get(s.substring(start - 1, start + 1)) != null;
    }

    /**
     * Whether a body's name ends at {@code at}, maybe before an adverb or a time: 县农业农村局(正), 县农业农村局(今年);
     * or a body leads there (由县农业农村局牵头，), the next body joining it.
     */
    static boolean afterBody(String s, int at) {
        int led = at - LEADING.length();
        if (led > 0 && s.startsWith(LEADING, led) && BODY_ENDS.indexOf(s.charAt(led - 1)) >= 0) {
            return true;
        }
        int end = at > 0 && ADVERBS_AFTER_BODY.indexOf(s.charAt(at - 1)) >= 0 ? at - 1 : at;
        int timeStart = end - TIME_AFTER_BODY_LENGTH;
        end = timeStart > 0 && TIMES_AFTER_BODY.contains(s.substring(timeStart, end)) ? timeStart : end;
        return end > 0 && BODY_ENDS.indexOf(s.charAt(end - 1)) >= 0;
    }

    /**
     * X市Y县Z镇人民政府: the chain of places a government's name opens with is a chain of places, each a
     * mention of its own, not only the first. So are a city and its county before a company's or a cooperative's
     * name (X市Y县Z种植专业合作社): they say where it lies, and it is registered in the county. So are the town and
     * the village a village's own collective is named after (X镇Y村股份经济合作社).
     */
    private static boolean inJurisdictionChain(Mention place, Mention org, List<Mention> places) {
        return (org.type() == EntityType.Government || countyNamingCompany(org, places) != null
                || VILLAGE_COLLECTIVE.matcher(org.canonical()).find())
                && jurisdictionChain(org, places).contains(place);
    }

    /**
     * 定西市安定区X种植专业合作社: a company whose name opens with a city and one of its counties, both written in
     * full, is the county's company (registered there by the name from the county on). That county, or null.
     */
    static Mention countyNamingCompany(Mention org, List<Mention> places) {
        List<Mention> chain = org.type() == EntityType.Enterprise ? jurisdictionChain(org, places) : List.of();
        if (chain.size() != 2 || chain.stream().anyMatch(pl -> !pl.name().equals(pl.canonical()))) {
            return null;
        }
        Map<String, Object> city = chain.get(0).properties();
        Map<String, Object> county = chain.get(1).properties();
        boolean inCity = "city".equals(city.get("level")) && "county".equals(county.get("level"))
                && city.get("divisionCode") instanceof String c && county.get("divisionCode") instanceof String d
                && c.length() >= CITY_CODE && d.startsWith(c.substring(0, CITY_CODE));
        return inCity ? chain.get(1) : null;
    }

    /** The places of the chain a name opens with (晋城市, 阳城县, 润城镇 of 晋城市阳城县润城镇人民政府), in order. */
    static List<Mention> jurisdictionChain(Mention org, List<Mention> places) {
        List<Mention> chain = new ArrayList<>();
        int at = org.start();
        for (int guard = 0; guard < MAX_CHAIN; guard++) {
            int from = at;
            Mention next = places.stream().filter(pl -> pl.type() == EntityType.Place && pl.start() == from
                    && pl.end() < org.end()).max(java.util.Comparator.comparingInt(Mention::end)).orElse(null);
            if (next == null) {
                break;
            }
            chain.add(next);
            at = next.end();
        }
        return chain;
    }

    /** 六安市舒城县职业技术学校: a school is named after its county; the divisions written before that are where it lies. */
    private static boolean beforeSchoolsDivision(Mention place, Mention org, List<Mention> places) {
        if (!org.canonical().endsWith(SCHOOL)) {
            return false;
        }
        List<Mention> chain = jurisdictionChain(org, places);
        int at = chain.indexOf(place);
        return at >= 0 && at < chain.size() - 1;
    }

    private static boolean namedAfter(Mention place, Mention org) {
        return org.type() == EntityType.Government && place.start() == org.start()
                || OrganizationRecognizer.isBranch(org.name());
    }

    private List<Hit> divisionHits(Passage p) {
        String s = p.full();
        List<Hit> hits = new ArrayList<>();
        int longest = gazetteer.longestName();
        for (int i = 0; i < s.length(); ) {
            int reach = 1;
            while (reach < Math.min(longest, s.length() - i) && (reach > 1 || gazetteer.mayStartName(s, i))
                    && gazetteer.startsSomeName(s.substring(i, i + reach + 1))) {
                reach++;
            }
            Hit hit = null;
            for (int len = reach; len >= 2 && hit == null; len--) {
                hit = hitAt(p, i, i + len, hits);
            }
            if (hit != null) {
                hits.add(hit);
                i = hit.end();
            } else {
                i++;
            }
        }
        return withTownshipsOfPeoples(s, hits);
    }

    /**
     * 汤原县汤旺朝鲜族乡: a township the codes list without the peoples it is named for (汤旺乡) is that town,
     * though no name of the codes runs on to where the text's ends. The text's fuller name stands.
     */
    private List<Hit> withTownshipsOfPeoples(String s, List<Hit> hits) {
        if (!s.contains("族乡") && !s.contains("族镇")) {
            return hits;
        }
        List<Hit> out = new ArrayList<>(hits);
        for (int k = s.indexOf('族'); k >= 0; k = s.indexOf('族', k + 1)) {
            int end = k + 2;
            // 苗族乡村旅游, 回族乡亲: 乡 opening a word of its own (乡村, 乡亲) ends no township.
            if (end > s.length() || "乡镇".indexOf(s.charAt(k + 1)) < 0
                    || end < s.length() && CoreDictionary.get(s.substring(k + 1, end + 1)) != null) {
                continue;
            }
            for (int start = Math.max(0, end - MAX_TOWNSHIP_OF_PEOPLES); start < end - 4; start++) {
                String name = s.substring(start, end);
                int from = start;
                List<Gazetteer.Division> towns = gazetteer.townsWithoutTheirPeoples(name);
                if (!towns.isEmpty() && name.chars().allMatch(Chars::isHan)
                        && out.stream().noneMatch(h -> h.start() < from && h.end() > from)) {
                    out.removeIf(h -> h.start() >= from && h.start() < end);
                    out.add(new Hit(name, start, end, towns));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    /** A division's full name starts at {@code from} and runs past {@code end}. */
    private boolean longerDivisionFrom(String s, int from, int end) {
        for (int to = end + 1; to <= Math.min(s.length(), from + gazetteer.longestName()); to++) {
            if (!gazetteer.byName(s.substring(from, to)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Hit hitAt(Passage p, int start, int end, List<Hit> before) {
        String name = p.full().substring(start, end);
        // 产业园西区, 开发区东区: an area of the zone written before, not the district 西区 of 攀枝花市.
        if (AREA_OF_ZONE.matcher(name).matches()
                && ZONE_ENDING.matcher(p.full()).region(Math.max(0, start - MAX_ZONE_WORD), start).find()) {
            return null;
        }
        // 总部位于成都的: right after a verb of siting, a place is read though the segmenter glued its first
        // character to the verb (于成|都); 位于长春路176号: a road named after a city is no place.
        boolean aligned = p.isBoundary(end) && (p.isBoundary(start) || ROAD_WORDS.indexOf(p.charAt(end)) < 0
                && SITED_IN.matcher(p.full()).region(Math.max(0, start - MAX_SITED), start).find());
        // 县林业局和县水利局, 县林业局正会同县水利局: 和 or 会同 right after a body's name (and an adverb)
        // joins it to the next body of the county; it opens no county 和县 or 会同县.
        if (afterBody(p.full(), start) && JOINING_THEN_LEVEL.matcher(name).matches()) {
            return null;
        }
        // 周口市和新乡市: 和 right after a place, before a longer division's name, joins the two places; it opens no
        // township 和新乡.
        boolean afterPlace = !before.isEmpty() && before.get(before.size() - 1).end() == start;
        if (afterPlace && JOINING.indexOf(name.charAt(0)) >= 0 && longerDivisionFrom(p.full(), start + 1, end)) {
            return null;
        }
        List<Gazetteer.Division> full = gazetteer.byName(name);
        Hit parent = before.isEmpty() ? null : before.get(before.size() - 1);
        // 祁连县野牛沟乡曲格尔村: a town right after its county is the town, whatever word its last character opens.
        boolean afterParent = parent != null && parent.end() == start && full.stream().anyMatch(d ->
                parent.candidates().stream().anyMatch(c -> gazetteer.isAncestor(c, d)));
        // 暖泉镇上穗峪村: a town right before a village is the town, though 镇上 is a word too.
        boolean beforeVillage = VILLAGE_NEXT.matcher(p.full()).region(end, p.full().length()).lookingAt();
        // 进贤县长山晏乡: a county right before one of its own towns named in full is the county, though its last
        // character opens a word with the town's first (县长).
        boolean beforeChild = name.length() > 2 && full.stream().anyMatch(d -> fullNameOfChildAt(p.full(), end, d));
        if (!full.isEmpty() && (name.length() > 2 || aligned && !closesWordBefore(p.full(), start))
                && (afterParent || beforeVillage || beforeChild || !endingInAWord(p, start, end, full))
                && (afterParent || !wordsAcross(p.full(), start, end))) {
            return new Hit(name, start, end, full);
        }
        // 桐乡市乌镇, 寿光市侯镇: a town of two characters, right after its county, or before a village or after 在
        // where the text has named its county (寿光市…、侯镇X村); elsewhere such a name is mostly a word (古镇, 新镇).
        // (在齐镇流转土地: after 在, where the text has named the town's county before.)
        List<Hit> counties = parent != null && parent.end() == start ? List.of(parent)
                : beforeVillage || start > 0 && p.charAt(start - 1) == '在' ? before : List.of();
        List<Gazetteer.Division> twoCharacterTown = gazetteer.twoCharacterTowns(name).stream()
                .filter(d -> counties.stream().anyMatch(h -> h.candidates().stream()
                        .anyMatch(c -> gazetteer.isAncestor(c, d)))).toList();
        if (!twoCharacterTown.isEmpty()) {
            return new Hit(name, start, end, twoCharacterTown);
        }
        // 清远英德市, and 苏州昆山市周市镇人民政府 as one term: a city's short form right before one of its own
        // counties named in full is the city, though the term runs on.
        List<Gazetteer.Division> parentsOfNext = !aligned && !isPlaceWord(name) ? List.of()
                : gazetteer.byShortName(name).stream().filter(d -> d.level().equals("city")
                        && fullNameOfChildAt(p.full(), end, d)).toList();
        if (!parentsOfNext.isEmpty()) {
            return new Hit(name, start, end, parentsOfNext);
        }
        if (!aligned || !isPlaceWord(name)) {
            return null;
        }
        // Short forms: provinces and cities anywhere, but for one the dictionary knows first as an ordinary
        // word (真金白银); such a city and a county only right after their own province or city (甘肃白银,
        // 晋城阳城).
        Hit previous = before.isEmpty() ? null : before.get(before.size() - 1);
        boolean chained = previous != null && previous.end() == start;
        // 贺兰山|东麓: a short form whose first character closes a place word written before it (a mountain, 贺兰山)
        // is no place.
        boolean mainlyPlace = isMainlyPlaceWord(name) && !closesPlaceWord(p.full(), start);
        List<Gazetteer.Division> shorts = gazetteer.byShortName(name).stream()
                .filter(d -> (d.level().equals("province") || d.level().equals("city")) && mainlyPlace
                        || (d.level().equals("city") || d.level().equals("county")) && chained
                        && previous.candidates().stream().anyMatch(c -> gazetteer.isAncestor(c, d)))
                .toList();
        return shorts.isEmpty() ? null : new Hit(name, start, end, shorts);
    }

    /** Whether a division of {@code parent}, named in full, starts at {@code at}. */
    private boolean fullNameOfChildAt(String s, int at, Gazetteer.Division parent) {
        for (int end = Math.min(s.length(), at + gazetteer.longestName()); end > at + 2; end--) {
            if (gazetteer.byName(s.substring(at, end)).stream().anyMatch(d -> gazetteer.isAncestor(parent, d))) {
                return true;
            }
        }
        return false;
    }

    /**
     * 闽西北|林区, 东北|林区: a three-character name whose first character closes a compass point begun before it
     * and whose other two are a word of their own is those two words, not the division (北林区).
     */
    private static boolean wordsAcross(String s, int start, int end) {
        return end - start == 3 && start > 0 && COMPASS.indexOf(s.charAt(start - 1)) >= 0
                && COMPASS.indexOf(s.charAt(start)) >= 0 && CoreDictionary.get(s.substring(start + 1, end)) != null;
    }

    /** The character at {@code pos} ends a place word of the dictionary that begins before it (贺兰山, 太行山). */
    static boolean closesPlaceWord(String s, int pos) {
        for (int from = pos - 1; from >= Math.max(0, pos - 3); from--) {
            if (OrganizationRecognizer.dictionaryTags(s.substring(from, pos + 1), "ns")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 发展乡 in 发展乡村旅游: a township's name whose last character opens the next word (乡村) is that word's
     * start, not a township. So is any division's whose name before that character is a verb and no place
     * (新建|区域, often one term 新建区域物流中心: not the district 新建区).
     */
    private static boolean endingInAWord(Passage p, int start, int end, List<Gazetteer.Division> divisions) {
        var last = p.termAt(end - 1);
        boolean town = last != null && last.offset == end - 1 && last.word.length() > 1
                && CoreDictionary.get(last.word) != null
                && divisions.stream().allMatch(d -> d.level().equals("town"));
        String s = p.full();
        String stem = s.substring(start, end - 1);
        return town || end < s.length() && CoreDictionary.get(s.substring(end - 1, end + 1)) != null
                && OrganizationRecognizer.dictionaryTags(stem, "v")
                && !OrganizationRecognizer.dictionaryTags(stem, "ns");
    }

    /**
     * A county the text has named in full goes by its short form afterwards (东台市, then 东台): each such
     * occurrence that the segmenter cuts as a word, and no ordinary word, is the same county.
     */
    private List<Hit> shortFormsOfNamedCounties(Passage p, List<Hit> hits) {
        String s = p.full();
        boolean[] covered = new boolean[s.length() + 1];
        Map<String, Hit> counties = new HashMap<>();
        for (Hit h : hits) {
            java.util.Arrays.fill(covered, h.start(), h.end(), true);
            if (h.candidates().stream().allMatch(d -> NAMED_SHORT.contains(d.level()) && d.name().equals(h.name()))) {
                counties.putIfAbsent(h.name(), h);
            }
        }
        List<Hit> out = new ArrayList<>();
        for (Hit h : counties.values()) {
            String shortForm = Gazetteer.shortName(h.name());
            if (shortForm.equals(h.name()) || shortForm.length() < 2) {
                continue;
            }
            boolean placeWord = isPlaceWord(shortForm);
            for (int i = s.indexOf(shortForm); i >= 0; i = s.indexOf(shortForm, i + 1)) {
                int end = i + shortForm.length();
                // 平利正在实施 read as 平利正/nr 在: an adverb after the county ends its name all the same.
                boolean beforeAdverb = ADVERBS_AFTER_SUBJECT.indexOf(p.charAt(end)) >= 0;
                // 在诸城|建设疫苗车间/nt: the segmenter may glue what is built there to the county after 在.
                boolean builtThere = i > 0 && p.charAt(i - 1) == '在'
                        && BUILT_AFTER_SITE.matcher(s).region(end, s.length()).lookingAt();
                boolean ends = p.isBoundary(end) || beforeAdverb || builtThere;
                // 龙泉正在推进: a short form the dictionary knows as another word is the division as a clause's
                // subject, after its full name, with an adverb and a verb after it (not 安康将至, 白银也出现).
                boolean subject = beforeAdverb && h.start() < i
                        && (i == 0 || CLAUSE_OPENERS.indexOf(p.charAt(i - 1)) >= 0) && actsNext(p, end);
                // (A city's short form only so: 林芝正在实施.)
                boolean county = h.candidates().stream().allMatch(d -> d.level().equals("county"));
                if (!covered[i] && !covered[end - 1] && p.isBoundary(i) && ends && (placeWord && county || subject)) {
                    out.add(new Hit(shortForm, i, end, h.candidates()));
                    java.util.Arrays.fill(covered, i, end, true);
                }
            }
        }
        return out;
    }

    /**
     * An adverb of time or progress at {@code pos}, then a verb of two characters or more: 正在推进, 将实施,
     * 正深入实施.
     */
    private static boolean actsNext(Passage p, int pos) {
        Matcher adverb = ADVERB_BEFORE_ACT.matcher(p.full()).region(pos, p.full().length());
        Term verb = adverb.lookingAt() ? p.termAt(adverb.end()) : null;
        return verb != null && verb.offset == adverb.end() && verb.word.length() >= 2
                && verb.nature.toString().startsWith("v");
    }

    /**
     * "在望奎、兰西、青冈三县": the items of a list closed by their count and the level word are divisions of
     * that level by their short forms.
     */
    private List<Hit> countedDivisions(Passage p, List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        Matcher list = COUNTED_LIST.matcher(p.full());
        while (list.find()) {
            String level = list.group(2).equals("地") ? null : LEVEL_OF_WORD.get(list.group(2));
            int at = list.start(1);
            for (String written : list.group(1).split("、")) {
                // The first item may have taken the word before it along (在望奎): then its last two characters.
                boolean known = !ofLevel(written, level).isEmpty();
                String item = known ? written : written.substring(written.length() - 2);
                int start = at + written.length() - item.length();
                List<Gazetteer.Division> candidates = ofLevel(item, level);
                if (!candidates.isEmpty() && hits.stream().noneMatch(h -> h.start() < start + item.length() && start < h.end())) {
                    out.add(new Hit(item, start, start + item.length(), candidates));
                }
                at += written.length() + 1;
            }
        }
        return out;
    }

    /** Divisions {@code shortName} names at {@code level}, or at any level a list closed by 等地 means (null). */
    private List<Gazetteer.Division> ofLevel(String shortName, String level) {
        return gazetteer.byShortName(shortName).stream()
                .filter(d -> level == null ? PLACES_OF_ANY_LEVEL.contains(d.level()) : d.level().equals(level)).toList();
    }

    /** Rejects short forms the core dictionary knows only as ordinary words (和平, 东方). */
    private static boolean isPlaceWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return true;
        }
        for (var nature : a.nature) {
            if (nature.toString().startsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word the core dictionary does not know first as a common noun, adjective or verb (白银 is first a
     * metal; 南阳, first a personal name, is still mainly a place).
     */
    private static boolean isMainlyPlaceWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        String first = a == null ? "ns" : a.nature[0].toString();
        return !first.equals("n") && "avd".indexOf(first.charAt(0)) < 0;
    }

    /** Each name's division: from its chain neighbours first, then from every division the passage names. */
    private Map<String, Gazetteer.Division> resolve(List<Hit> hits) {
        Map<String, Gazetteer.Division> resolved = new HashMap<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < hits.size(); i++) {
                Hit h = hits.get(i);
                if (resolved.containsKey(h.name())) {
                    continue;
                }
                Set<Gazetteer.Division> context = new LinkedHashSet<>();
                if (i > 0 && hits.get(i - 1).end() == h.start()) {
                    Hit parent = hits.get(i - 1);
                    context.add(resolved.getOrDefault(parent.name(), null));
                    context.addAll(parent.candidates());
                } else {
                    resolved.values().forEach(context::add);
                }
                context.remove(null);
                Gazetteer.Division d = gazetteer.resolve(h.candidates(), context);
                if (d != null) {
                    resolved.put(h.name(), d);
                }
            }
        }
        return resolved;
    }

    private static boolean isTown(Mention division) {
        return "town".equals(division.properties().get("level"));
    }

    private List<Mention> villages(Passage p, List<Mention> divisions) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (VillageWord village : VILLAGE_WORDS) {
            String word = village.word();
            for (int k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
                int end = k + word.length();
                // X嘎查村: the village is named with both words; the walk from 村 finds it whole.
                boolean beforeAnotherVillageWord = end < s.length() && !word.equals("村") && s.charAt(end) == '村';
                // 强村公司, 强村富民, 联村公司: strengthening or joining villages, a policy's words, not a village
                // named 强村 or 联村.
                boolean policyWords = word.equals("村") && VILLAGE_POLICY_VERBS.indexOf(p.charAt(k - 1)) >= 0
                        && VILLAGE_POLICY_AFTER.matcher(s).region(end, s.length()).lookingAt();
                // 跨村联营: across villages; 社村合资, 社村共富: a cooperative and villages together; 村村有点: every
                // village; no village named.
                // (马跨村, 龙跨村 are villages: 跨 joins only before a word of joint work.)
                boolean joined = JOINED_WITH.matcher(s).region(end, s.length()).lookingAt();
                boolean acrossVillages = word.equals("村") && (p.charAt(k - 1) == VILLAGE
                        || (p.charAt(k - 1) == ACROSS || p.charAt(k - 1) == COOPERATIVE) && joined);
                // 杨村桥镇: the word inside a registered division's name names no village.
                int at = k;
                boolean insideDivision = divisions.stream().anyMatch(d -> d.start() < at && end < d.end());
                boolean notAfterVillage = NOT_AFTER_VILLAGE.indexOf(p.charAt(end)) >= 0
                        && !GROUP_VERB.matcher(s).region(end, s.length()).lookingAt();
                if (notAfterVillage || beforeAnotherVillageWord || policyWords
                        || acrossVillages || insideDivision
                        || TOWN_NAMED_CUNKOU.matcher(s).region(end, s.length()).lookingAt()
                        || PARTY_AFTER_VILLAGE.matcher(s).region(end, s.length()).lookingAt()) {
                    continue;
                }
                // 巴彦淖尔嘎查: a division's short form right before the word is the village's name, not a place.
                int wordStart = k;
                int start = divisions.stream().filter(d -> d.end() == wordStart && !d.name().equals(d.canonical()))
                        .mapToInt(Mention::start).findFirst().orElse(k);
                // 石门镇铜川堡村: a city's short form right after a town, one character before the word, opens the
                // village's name; no city lies inside a town.
                start = divisions.stream().filter(d -> d.end() == wordStart - 1 && !d.name().equals(d.canonical())
                                && divisions.stream().anyMatch(t -> t.end() == d.start() && isTown(t)))
                        .mapToInt(Mention::start).findFirst().orElse(start);
                while (start > 0 && k - start < village.longestName() && Chars.isHan(s.charAt(start - 1))
                        && BEFORE_NAME.indexOf(s.charAt(start - 1)) < 0 && !endsDivision(divisions, start)
                        && !afterReferredDivision(s, start)) {
                    start--;
                }
                // X镇永和村, X镇泰和庄村: right after a town, a name whose second character is 和 is the village's, 和
                // no conjunction there (but X镇东和西湖村 may be two villages).
                int stopped = start;
                boolean endsIn和 = word.equals("村") && stopped >= 2 && wordStart - stopped <= 1
                        && s.charAt(stopped - 1) == '和' && divisions.stream().anyMatch(d -> d.end() == stopped - 2
                        && isTown(d));
                start = endsIn和 ? stopped - 2 : start;
                // 与呼和X嘎查: 和 closing a Mongolian name's element (呼和, 布和) is a syllable of a pasture's
                // name, not a conjunction.
                // (江苏和巴彦嘎查: not where the element's characters close a word before, there a place's.)
                if (!word.equals("村") && start >= 2 && s.charAt(start - 1) == '和'
                        && k - start + 2 <= village.longestName()
                        && lexicon.isMongolianName(s.substring(start - 2, start))
                        && (start == 2 || !Chars.isHan(s.charAt(start - 3))
                                || BEFORE_NAME.indexOf(s.charAt(start - 3)) >= 0)) {
                    start -= 2;
                }
                // X镇A村、查干陶勒村: a village listed after another may have a four-character name as well.
                int listed = start - 2;
                if (k - start == village.longestName() && listed >= 0 && s.charAt(listed) == '、'
                        && Chars.isHan(s.charAt(start - 1)) && BEFORE_NAME.indexOf(s.charAt(start - 1)) < 0
                        && s.substring(start - 1, k).indexOf(word.charAt(0)) < 0
                        && out.stream().anyMatch(v -> v.end() == listed)) {
                    start--;
                }
                // 色力布亚镇托万买里村: right after its town, a transliterated name may be longer.
                boolean transliterated = !word.equals("村");
                for (int back = start - 1; back >= Math.max(1, k - LONGEST_NAME_AFTER_TOWN)
                        && !endsDivision(divisions, start); back--) {
                    // 呼和乌拉嘎查: 和 inside a Mongolian name, not right after the town, is a syllable.
                    boolean syllable = transliterated && s.charAt(back) == '和' && !endsDivision(divisions, back);
                    if (!Chars.isHan(s.charAt(back)) || BEFORE_NAME.indexOf(s.charAt(back)) >= 0 && !syllable) {
                        break;
                    }
                    if (endsDivision(divisions, back) && noClauseWords(p, back, k, transliterated)) {
                        start = back;
                    }
                }
                // 银桥镇和平村: right after a town, 和 before one character opens the village's name (和平, 和顺);
                // so do 向 and 于 before a family's or the sun's word (向阳村, X镇向家湾村, 于家村), not before any
                // village they point to (X镇向七堰村捐赠).
                int conjunction = start - 1;
                char opening = conjunction > 0 ? s.charAt(conjunction) : ' ';
                boolean opensName = opening == '和' ? k - start == 1
                        : NAME_OPENING_PREPOSITIONS.indexOf(opening) >= 0 && k - start <= 2
                        && FAMILY_OR_SUN.indexOf(s.charAt(start)) >= 0;
                // (该镇和兴村: so after a town referred to.)
                if (opensName && (divisions.stream().anyMatch(d -> d.end() == conjunction && isTown(d))
                        || afterReferredTown(s, conjunction))) {
                    start--;
                }
                boolean delimited = start == 0 || !Chars.isHan(s.charAt(start - 1))
                        || BEFORE_NAME.indexOf(s.charAt(start - 1)) >= 0 || endsDivision(divisions, start)
                        || afterReferredDivision(s, start);
                // 周边|苟坝村, 镇内|石槽沟村: the word for "around" ends before the name, maybe right where the walk
                // stopped.
                for (int after = start; !delimited && after < k; after++) {
                    int wordEnd = after;
                    if (NEIGHBOURHOOD_WORDS.stream().anyMatch(w -> s.startsWith(w, wordEnd - w.length()))) {
                        start = after;
                        delimited = true;
                    }
                }
                // 驻点|石桥村: a word the walk cut after its first character (驻) opens no name; one the core
                // dictionary holds (在望|海岭村) was cut by the segmenter, not by the text.
                Term cutWord = start > 0 && k - start == village.longestName() ? p.termAt(start - 1) : null;
                if (cutWord != null && cutWord.offset == start - 1 && cutWord.word.length() == 2
                        && BEFORE_NAME.indexOf(s.charAt(start - 1)) >= 0 && CoreDictionary.get(cutWord.word) == null) {
                    start++;
                }
                // 3家|村社: a count of bodies in digits (三家村 is a village's name).
                if (start > 0 && start < k && Character.isDigit(s.charAt(start - 1)) && s.charAt(start) == '家') {
                    continue;
                }
                // 2023年|枫坪村: the unit of a date written in digits closes the date and opens no name.
                if (start > 0 && start < k && Character.isDigit(s.charAt(start - 1))
                        && "年月日".indexOf(s.charAt(start)) >= 0) {
                    start++;
                }
                if (start == k) {
                    continue;
                }
                // 南山村, 四那村 are names when written after their town; alone they may be 山村, 那村 (but 还让村民 is
                // an adverb's).
                char last = s.charAt(k - 1);
                // X镇桃乡村: a village of one character and 乡 right after its town (but X县数字乡村, X镇美丽乡村 and
                // X镇新乡村建设 are the countryside).
                int nameStart = start;
                boolean afterTown = divisions.stream().anyMatch(d -> d.end() == nameStart && isTown(d));
                CoreDictionary.Attribute modifier = CoreDictionary.get(s.substring(start, start + 1));
                boolean countryside = modifier != null && modifier.nature[0].toString().startsWith("a");
                boolean named = endsIn和 || endsDivision(divisions, start) && k - start >= 2
                        && (NAME_END_AFTER_TOWN.indexOf(last) >= 0
                        || last == '乡' && k - start == 2 && afterTown && !countryside)
                        && noClauseWords(p, start, k - 1, false);
                // 社区 is also the word for a neighbourhood (吸纳社区居民): a community is named after its 街道 only.
                boolean community = word.equals("社区");
                // 镇村 (towns and villages) is a pair of levels, no village; 古镇村 may be one; 原村 is the former
                // village (but 林原村 is one).
                boolean levels = k - start == 1 && (LEVEL_WORDS.indexOf(last) >= 0 || last == FORMER);
                if (!delimited || levels || !named && NOT_VILLAGE_NAME_END.indexOf(last) >= 0
                        || VILLAGE_KINDS.stream().anyMatch(s.substring(start, k)::endsWith)
                        || COUNTED_VILLAGES.matcher(s).region(start, k).lookingAt()
                        || quotedKind(s, start, end) || insideQuotedName(s, start, end)
                        || community && !endsDivision(divisions, start)) {
                    continue;
                }
                out.add(new Mention(s.substring(start, end), s.substring(start, end), EntityType.Place, start, end,
                        Map.of("level", "village")));
            }
        }
        return out;
    }

    private static boolean closesBracketWithin(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '）' || s.charAt(i) == ')') {
                return true;
            }
        }
        return false;
    }

    /** 广州（清远）产业转移工业园: a place in brackets (where a zone one city runs lies) is part of its name. */
    private String withoutBracketedPlace(String between) {
        Matcher bracket = BRACKETED.matcher(between);
        return bracket.lookingAt() && gazetteer.names(bracket.group(1)) ? between.substring(bracket.end()) : between;
    }

    /**
     * {@code place} is followed, up to {@code zoneWord}, by two to four characters of nouns only (国际医学), no
     * verb or preposition among them (分行为).
     */
    private static boolean namedByNouns(Passage p, Mention place, int zoneWord) {
        return place != null && zoneWord - place.end() >= 2 && zoneWord - place.end() <= 4
                && nounsOnly(p, place.end(), zoneWord);
    }

    /** The segmenter reads [from, to) as whole terms, nouns all. */
    private static boolean nounsOnly(Passage p, int from, int to) {
        for (int at = from; at < to; ) {
            var t = p.termAt(at);
            if (t == null || t.offset != at || t.offset + t.word.length() > to
                    || !t.nature.toString().startsWith("n")) {
                return false;
            }
            at += t.word.length();
        }
        return true;
    }

    /** 该镇, 本乡: a town referred to ends right before {@code pos}. */
    private static boolean afterReferredTown(String s, int pos) {
        return afterReferredDivision(s, pos) && TOWN_LEVEL_WORDS.indexOf(s.charAt(pos - 1)) >= 0;
    }

    /** 该镇|槐树岗村: a division referred to (该镇, 本乡) ends right before {@code pos}, as a town's name would. */
    private static boolean afterReferredDivision(String s, int pos) {
        return pos >= 2 && REFERRING.indexOf(s.charAt(pos - 2)) >= 0 && LEVEL_WORDS.indexOf(s.charAt(pos - 1)) >= 0;
    }

    /**
     * No adverb, function word or verb of two characters lies in [from, to): 牧民贷款不出 is a clause, 托万买里 a
     * name, though the segmenter reads its 托 as a verb. In a Mongolian name ({@code transliterated}: before 嘎查)
     * a one-character conjunction inside is a syllable (呼和乌拉).
     */
    private static boolean noClauseWords(Passage p, int from, int to, boolean transliterated) {
        for (int i = from; i < to; i++) {
            Term t = p.termAt(i);
            char nature = t == null ? 'w' : t.nature.toString().charAt(0);
            boolean syllable = transliterated && nature == 'c' && t.word.length() == 1 && t.offset > from;
            if ("dpcuw".indexOf(nature) >= 0 && !syllable || nature == 'v' && t.word.length() > 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * 民勤县红沙岗镇: a town the codes list only elsewhere (沙岗镇), written a character or two after a county, is
     * a town of that county whose name starts where the county's ends; so is the same name written again.
     */
    private static Mention townRunningFromItsCounty(Passage p, Mention town, List<Mention> divisions) {
        if (!isTown(town) || town.properties().containsKey("divisionCode")) {
            return town;
        }
        for (int start = town.start() - 1; start >= Math.max(0, town.start() - 2); start--) {
            int from = start;
            String between = p.full().substring(from, town.start());
            if (!between.chars().allMatch(Chars::isHan) || between.chars().anyMatch(c -> BEFORE_NAME.indexOf(c) >= 0)) {
                return town;
            }
            String name = p.full().substring(from, town.end());
            // In the county, or named so before (在红沙岗镇 after 民勤县红沙岗镇).
            if (divisions.stream().anyMatch(d -> d.end() == from && "county".equals(d.properties().get("level"))
                    || d.end() <= from && d.canonical().equals(name))) {
                return new Mention(name, name, EntityType.Place, from, town.end(), Map.of("level", "town"));
            }
        }
        return town;
    }

    /** 本报北京11月20日电, 本报石家庄讯: where the paper filed the story from, which is not what it is about. */
    private static boolean isDateline(Passage p, Mention m) {
        return p.full().startsWith("本报", m.start() - 2) && DATELINE_END.matcher(p.full())
                .region(m.end(), p.full().length()).lookingAt();
    }

    /**
     * "陕西杨凌", "甘肃定西": a place name the gazetteer lacks (or knows by another spelling), written right after
     * a province and tagged as a place by the segmenter, is a place in that province.
     */
    private static List<Mention> afterProvince(Passage p, List<Mention> divisions) {
        List<Mention> out = new ArrayList<>();
        for (Mention province : divisions) {
            if (!"province".equals(province.properties().get("level"))) {
                continue;
            }
            int at = province.end();
            Term t = placeTermAt(p, at, 2, 3);
            if (t == null || divisions.stream().anyMatch(d -> d.start() == at)) {
                continue;
            }
            out.add(new Mention(t.word, t.word, EntityType.Place, at, at + t.word.length(), Map.of("level", "city")));
        }
        return out;
    }

    /**
     * X新区Y新城, X经济技术开发区Y新城, X市Y新城: a new town (新城) of two characters, no verb or common word, written
     * right after a zone or city is an area of it; so is the same name written again as a word of its own.
     */
    private static List<Mention> newTownsOfZones(Passage p, List<Mention> zones, List<Mention> places) {
        String s = p.full();
        Set<String> towns = new LinkedHashSet<>();
        for (Mention zone : zones) {
            Matcher town = NEW_TOWN.matcher(s).region(zone.end(), s.length());
            // (武汉市两个新城: a count of new towns names none.)
            if (town.lookingAt() && p.isBoundary(town.end()) && !isCommonWordOrVerb(town.group(1))
                    && !COUNT_OR_SIDE.matcher(town.group(1)).lookingAt()) {
                towns.add(town.group());
            }
        }
        return writtenAsWords(p, towns, places, "zone");
    }

    /** Each place of {@code names} wherever the text writes it as a word of its own outside {@code places}. */
    private static List<Mention> writtenAsWords(Passage p, Set<String> names, List<Mention> places, String level) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (String name : names) {
            for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
                int start = at;
                int end = at + name.length();
                if (p.isBoundary(start) && p.isBoundary(end)
                        && places.stream().noneMatch(d -> d.start() < end && start < d.end())) {
                    out.add(new Mention(name, name, EntityType.Place, start, end, Map.of("level", level)));
                }
            }
        }
        return out;
    }

    /** 打造, 建设, 产业, 智慧 before 新城 say what is done or what kind of new town, not which one. */
    private static boolean isCommonWordOrVerb(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && (a.totalFrequency >= MAX_NAME_FREQUENCY || Arrays.stream(a.nature)
                .anyMatch(n -> n.toString().startsWith("v") || n.toString().startsWith("a")));
    }

    /**
     * 隆回县桃洪镇: a town the codes lack, written right after its county and tagged as a place by the segmenter,
     * is a town of that county; so is the same name written again as a word of its own.
     */
    private static List<Mention> townsAfterTheirCounty(Passage p, List<Mention> divisions) {
        Set<String> towns = new LinkedHashSet<>();
        for (Mention county : divisions) {
            int at = county.end();
            if (!"county".equals(county.properties().get("level"))
                    || divisions.stream().anyMatch(d -> d.start() <= at && at < d.end())) {
                continue;
            }
            Term t = placeTermAt(p, at, 3, MAX_TOWN_NAME);
            String town = t != null && TOWN_WORDS.indexOf(t.word.charAt(t.word.length() - 1)) >= 0 ? t.word
                    : townReadInPieces(p, at);
            if (town != null) {
                towns.add(town);
            }
        }
        return writtenAsWords(p, towns, divisions, "town");
    }

    /**
     * 盱眙县维|桥乡, 盱眙县铁|佛镇: a town the codes lack (renamed or merged since), which the segmenter reads in
     * pieces right after its county. Two or three characters and the level word, the level word closing a term of its
     * own or a place's; not 城乡, nor a word of a kind of town (重点镇, 中心镇), nor opening on a preposition,
     * particle, pronoun, count, conjunction or verb of two characters (在白果镇, 各乡镇, 三个乡, 举行镇村干部…).
     */
    private static String townReadInPieces(Passage p, int at) {
        String s = p.full();
        Term first = p.termAt(at);
        if (first == null || !p.isBoundary(at) || NOT_OPENING_A_TOWN.matcher(first.nature.toString()).matches()
                || first.nature.startsWith("v") && first.word.length() > 1) {
            return null;
        }
        for (int level = at + 2; level <= at + 3 && level < s.length(); level++) {
            Term closing = p.termAt(level);
            String own = s.substring(at, level);
            // 边远|乡, 东部|镇, 山区|镇: one word that is no name says which kind or part of the county's towns.
            boolean describing = first.word.equals(own)
                    && PROPER_NATURES.stream().noneMatch(first.nature.toString()::startsWith);
            if (TOWN_WORDS.indexOf(s.charAt(level)) >= 0 && p.isBoundary(level + 1) && !describing
                    && own.chars().allMatch(Chars::isHan)
                    && (closing.word.length() == 1 || closing.nature.toString().equals("ns"))
                    && !(s.charAt(level) == '乡' && own.endsWith("城")) && !KINDS_OF_TOWN.contains(own)) {
                return own + s.charAt(level);
            }
        }
        return null;
    }

    /** The term the segmenter tags as a place (ns), of Han characters only, starting right at {@code at}, or null. */
    private static Term placeTermAt(Passage p, int at, int minLength, int maxLength) {
        Term t = p.termAt(at);
        return t != null && t.offset == at && t.word.length() >= minLength && t.word.length() <= maxLength
                && t.nature.toString().equals("ns") && t.word.chars().allMatch(Chars::isHan) ? t : null;
    }

    /**
     * “信用村”建设, "文明村"评选: a quoted X村 followed by a word of building or rating is a kind of village
     * the campaign makes, not a village's name; followed by a program's words, it is the program's slogan.
     */
    private static boolean quotedKind(String s, int start, int end) {
        if (start == 0 || end >= s.length() || "“‘\"'".indexOf(s.charAt(start - 1)) < 0
                || "”’\"'".indexOf(s.charAt(end)) < 0) {
            return false;
        }
        // (“余村”模式: a village's own name, short, quoted for the way of working it gave its name to.)
        Matcher after = CAMPAIGN_AFTER_QUOTE.matcher(s).region(end + 1, s.length());
        return after.lookingAt()
                && (end - start >= MIN_QUOTED_SLOGAN || !WAY_OF_WORKING.matcher(after.group()).matches());
    }

    /**
     * “富村安居贷”, “汉中茶叶强村行动”: an X村 inside a quotation that goes on after it is part of what is
     * quoted, a product's or program's name.
     */
    private static boolean insideQuotedName(String s, int start, int end) {
        int opening = start - 1;
        while (opening >= 0 && start - opening <= MAX_QUOTED_TAIL && Chars.isHan(s.charAt(opening))) {
            opening--;
        }
        if (opening < 0 || "“‘".indexOf(s.charAt(opening)) < 0 || end >= s.length() || !Chars.isHan(s.charAt(end))) {
            return false;
        }
        char closing = s.charAt(opening) == '“' ? '”' : '’';
        for (int i = end; i < Math.min(s.length(), end + MAX_QUOTED_TAIL + 1); i++) {
            if (s.charAt(i) == closing) {
                return true;
            }
            if (!Chars.isHan(s.charAt(i))) {
                return false;
            }
        }
        return false;
    }

    private static int nextZoneEnd(String s, int from) {
        // One pass to the next such character: an indexOf per character would scan to the end for a rare one.
        for (int i = from; i < s.length(); i++) {
            if (ZONE_WORD_ENDS.indexOf(s.charAt(i)) >= 0
                    || s.charAt(i) == '地' && s.startsWith(ENERGY_BASE, i + 1 - ENERGY_BASE.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsDivision(List<Mention> divisions, int pos) {
        return divisions.stream().anyMatch(m -> m.end() == pos);
    }

    /**
     * "阳城经济技术开发区": a zone suffix after a place name that starts a phrase or a word; "X开发区南港工业区",
     * "X县芹池工业园区", "X镇的闽宁产业园": a zone named by a few characters of its own after the zone or
     * division it lies in.
     */
    private List<Mention> zones(Passage p, List<Mention> divisions) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        Map<String, String> inFull = new HashMap<>();   // a zone named after a short form -> its name in full
        Matcher m = ZONE.matcher(s);
        for (int k = nextZoneEnd(s, 0); k >= 0; k = nextZoneEnd(s, k + 1)) {
            // Zone words all end in 区, 园, 城, 港, 岸 or 能源化工基地's 地: try the pattern only where one ends, longest
            // word first.
            // 工业园 of 工业园区 is no zone word of its own.
            if (s.startsWith("园区", k) || !zoneWordEndingAt(m, k + 1)) {
                continue;
            }
            int zoneWordStart = m.start();
            int zoneWordEnd = m.end();
            // 滨海新区, 浦东新区: districts whose names end in the word for a new area, no zones named after 滨海县.
            if (m.group().equals(NEW_AREA)
                    && divisions.stream().anyMatch(d -> d.end() == zoneWordEnd && d.start() < zoneWordStart)) {
                continue;
            }
            // 西咸新区, 两江新区: a national new area, often written without its province or city, is a zone by its name.
            String newArea = m.group().equals(NEW_AREA) ? lexicon.nationalNewAreaEndingAt(s, zoneWordEnd) : null;
            if (newArea != null) {
                out.add(new Mention(newArea, newArea, EntityType.Place, zoneWordEnd - newArea.length(), zoneWordEnd,
                        Map.of("level", "zone")));
                continue;
            }
            String zoneWord = ZONE_FULL_FORMS.getOrDefault(m.group(), m.group());
            int chainEnd = -1;
            Mention chained = null;
            // A place in brackets makes the name longer (广州（清远）产业转移工业园).
            int reach = closesBracketWithin(s, Math.max(0, m.start() - MAX_ZONE_NAME), m.start()) ? MAX_ZONE_NAME : 8;
            for (int start = Math.max(0, m.start() - reach); start <= m.start() - 2; start++) {
                boolean delimited = start == 0 || !Chars.isHan(s.charAt(start - 1))
                        || BEFORE_NAME.indexOf(s.charAt(start - 1)) >= 0 || start == chainEnd;
                if (!delimited && !p.isBoundary(start)) {
                    continue;
                }
                // Started only at a word boundary (选址/大同...), the place must be a word of its own too.
                // A bare 园区 is a park only under a zone's name or its own (X开发区金村园区), never after a
                // division a few words before (包头分行为园区).
                // A city's park named by nouns alone (上海|国际医学|园区) is one, though.
                Mention place = placePrefix(s, start, m.start(), divisions);
                place = m.group().equals(BARE_PARK) && !namedByNouns(p, place, m.start()) ? null : place;
                // 凭祥市友谊关口岸: after a division in full, a namesake of a division elsewhere (友谊县) is the zone's
                // own name.
                if (place != null && start == chainEnd && !within(place, chained)) {
                    place = null;
                }
                // 浙江省湖州市长兴经济技术开发区: a division written in full before another place is the chain the
                // zone lies in; the zone is named after the last place.
                if (place != null && !gazetteer.byName(place.name()).isEmpty()
                        && placePrefix(s, place.end(), m.start(), divisions) != null) {
                    chainEnd = place.end();
                    chained = place;
                    continue;
                }
                String between = place == null ? "" : withoutBracketedPlace(s.substring(place.end(), m.start()));
                // 全椒县在全椒经济开发区: a preposition between place and zone word ends the name before it; so does a
                // copula (怀柔园是中关村科技园区 says what one park is), or a verb (X县建成核心示范区 says what was
                // built there, X镇规划建设Y产业园 what it plans, X基地落户Y园区 where it settled).
                if (place != null && between.chars().allMatch(Chars::isHan) && !opensWithBuildingVerb(p, place.end())
                        && !SETTLING.matcher(between).find() && !BUILDING_VERBS.matcher(between).find()
                        && between.chars().noneMatch(c -> BEFORE_NAME.indexOf(c) >= 0 || c == COPULA)
                        && (delimited || p.isBoundary(place.end()))) {
                    String name = s.substring(start, m.end());
                    String canonical = s.substring(start, m.start()) + zoneWord;
                    // 宜宾三江新区, later 三江新区: the zone named again without its city, not one named after a
                    // namesake county elsewhere.
                    Mention named = zoneNamedBefore(out, s.substring(start, m.start()), zoneWord);
                    // 松山|湖高新区: a county's short form inside a word of its own (松山湖), which ends before the
                    // zone word, is no place of the zone's, only the start of its own name, unless it is a county
                    // written right after its city (黄石市大冶湖高新区).
                    Term word = p.termAt(place.start());
                    boolean inWord = !place.name().equals(place.canonical()) && word != null
                            && word.offset == place.start() && word.offset + word.word.length() > place.end()
                            && word.offset + word.word.length() <= m.start() && !afterItsCity(place, divisions);
                    // 邗江经济技术开发区: a district or county the zone is named after by its short form, and the text
                    // writes nowhere in full, is no place the text names; a city (赣州高新区) is.
                    boolean districtInName = !place.name().equals(place.canonical())
                            && (place.canonical().endsWith("区") || place.canonical().endsWith("县"))
                            && !s.contains(place.canonical());
                    if (named == null && !inWord && !districtInName) {
                        out.add(place);
                    }
                    // 滨海新区东疆综合保税区: after a division written in full, the zone goes by its own name, when
                    // that is a proper name (东疆, 北湖); 阳城县纺织服装产业园 keeps its county. So it does after a
                    // national new area found before it (长春新区北湖科技开发区).
                    Mention areaBefore = newAreaEndingWithin(out, start, place.end(), m.start());
                    int ownStart = areaBefore != null ? areaBefore.end() : place.end();
                    String own = s.substring(ownStart, m.start());
                    boolean ownName = own.length() >= 2 && own.chars().allMatch(Chars::isHan)
                            && (areaBefore != null || !gazetteer.byName(place.name()).isEmpty())
                            && isProperName(p, ownStart, own);
                    out.add(new Mention(name, named != null ? named.canonical() : ownName ? own + zoneWord
                            : canonical, EntityType.Place, start, m.end(), Map.of("level", "zone")));
                    if (named == null && !ownName && !place.name().equals(place.canonical())) {
                        inFull.put(canonical, place.canonical() + between + zoneWord);
                    }
                    break;
                }
                boolean afterPlace = isPlaceEnd(start, divisions, out)
                        || p.charAt(start - 1) == '的' && isPlaceEnd(start - 1, divisions, out);
                String own = s.substring(start, m.start());
                // X村建设黑茶产业园: a verb after the place says what is done there; it names no zone.
                Term opening = p.termAt(start);
                boolean verbOpens = opening != null && opening.offset == start && opening.word.length() > 1
                        && opening.nature.toString().startsWith("v");
                // "在翠湖新区，…": a zone whose own name is no word, where a sentence or clause opens on it.
                boolean framed = start > 0 && s.charAt(start - 1) == '在' && (start == 1
                        || !Chars.isHan(s.charAt(start - 2))) && "，,".indexOf(p.charAt(m.end())) >= 0
                        && CoreDictionary.get(own) == null;
                boolean underZone = isPlaceEnd(start, List.of(), out);
                // "落户开发区X产业园", "选址高新区X园区": a park named after the zone it lies in, called by its kind
                // alone, by a name of its own (开发区光伏产业园 is the zone's trade, and the zone is meant; so is
                // X经济开发区光伏产业园 after a zone named in full; 开发区两个产业园, 北部园区 name none).
                boolean afterZoneWord = !underZone
                        && (!tradeCountOrSide(p, start, own) || m.group().equals(NEW_FREE_TRADE_AREA))
                        && ZONE_ENDING.matcher(s).region(Math.max(0, start - MAX_ZONE_WORD), start).find();
                // "落户该市X经济开发区": an official zone's own name after the division it lies in, referred back to.
                boolean afterDivisionReferred = DIVISION_REFERRED.matcher(s).region(Math.max(0, start - 2), start)
                        .find();
                // 天津港保税区临港片区, later 在临港片区建设: the zone named again by the end of its name.
                Mention earlier = own.length() >= 2 ? zoneNamedBefore(out, own, zoneWord) : null;
                if (earlier != null && own.chars().allMatch(Chars::isHan) && delimited) {
                    out.add(new Mention(s.substring(start, m.end()), earlier.canonical(), EntityType.Place, start,
                            m.end(), Map.of("level", "zone")));
                    break;
                }
                // "位于榆神工业区的X", "注册在洋浦经济开发区的X": a zone said to be where a body is, before 的;
                // its own name is no common word, though it may be a place's (洋浦 is a port). "项目落户X工业园区":
                // without 的 too, where the name is no word at all nor opens on a division referred back to (落户该县X
                // 经济开发区), and the zone word is no short form (落户X高新区 may name a zone written in full later).
                boolean noWord = CoreDictionary.get(own) == null;
                boolean sited = SITED_IN.matcher(s).region(Math.max(0, start - MAX_SITED), start).find()
                        && (p.charAt(m.end()) == '的' && (noWord || OrganizationRecognizer.dictionaryTags(own, "ns"))
                                || noWord && earlier == null && own.length() >= 2 && !m.group().equals(BARE_PARK)
                                && !ZONE_FULL_FORMS.containsKey(m.group())
                                && !DIVISION_REFERRED.matcher(own.substring(0, 2)).matches());
                // "在洋浦经济开发区建设": an official zone word after a proper name of its own, written as a word.
                boolean official = OFFICIAL_ZONE_WORD.matcher(m.group()).matches()
                        && (delimited || afterDivisionReferred)
                        && own.length() >= 2 && own.length() <= MAX_OFFICIAL_OWN_NAME && isProperName(p, start, own);
                // "计划在龙凤园区投资": a park named by a place's name of two characters, where a body invests or
                // settles (not by a trade: 电商园区, 双创园区).
                boolean sitedPark = own.length() == 2
                        && PARK_SITING.matcher(s).region(Math.max(0, start - MAX_SITED), start).find()
                        && (gazetteer.names(own) || OrganizationRecognizer.dictionaryTags(own, "ns"))
                        && !countOrReference(p, start);
                // "在杨凌示范区投资", "柴达木循环经济试验区": a demonstration or pilot zone named by a place's name the
                // dictionary knows, though no division is called so, maybe with the nouns of its trade after it.
                boolean placeNamed = PLACE_NAMED_ZONE_WORD.matcher(m.group()).matches()
                        && namedByPlaceWord(p, start, m.start());
                boolean named = m.group().equals(BARE_PARK) ? underZone || framed || sitedPark || afterZoneWord
                        : afterPlace || framed || sited || official || afterZoneWord || placeNamed;
                // "在Z镇草食畜循环经济产业园建设": a park after the places it lies in, where a body builds, may be
                // named by a longer description of its trade.
                // (Not a zone named after another (X经济开发区Y工业园), nor a description holding a verb: 加工轻工业园.)
                boolean builtIn = afterPlace && own.length() <= MAX_DESCRIBED_PARK_NAME
                        && BUILT_AFTER_SITE.matcher(s).region(m.end(), s.length()).lookingAt()
                        && !ZONE.matcher(own).find() && !holdsVerb(p, start, m.start());
                // (获批创建国家现代农业产业园: what a place is allowed to build has no name of its own yet.)
                if ((own.length() <= MAX_OWN_ZONE_NAME || placeNamed || builtIn) && named && !verbOpens
                        && !BUILDING_VERBS.matcher(own).find() && own.chars().allMatch(Chars::isHan)
                        && own.chars().noneMatch(c -> BEFORE_NAME.indexOf(c) >= 0)) {
                    out.add(new Mention(s.substring(start, m.end()), s.substring(start, m.start()) + zoneWord,
                            EntityType.Place, start, m.end(), Map.of("level", "zone")));
                    break;
                }
            }
            Mention declared = declaredZone(s, m.start(), m.end(), zoneWord);
            if (declared != null && out.stream().noneMatch(z -> z.end() == declared.end())) {
                out.add(declared);
            }
        }
        inFreeTradeZones(s, out);
        return sameZoneInFull(out, inFull).stream().map(z -> withPartnerCountries(s, z))
                .map(z -> inFullElsewhere(out, z)).toList();
    }

    /**
     * 中国（上海）自由贸易试验区临港新片区: an area of a pilot free trade zone is named in full with the zone, which
     * is written with its province in brackets; the area named alone (临港新片区) is the same. A zone written
     * without an area is a zone of its own.
     */
    private static void inFreeTradeZones(String s, List<Mention> zones) {
        Matcher freeTrade = FREE_TRADE_ZONE.matcher(s);
        while (freeTrade.find()) {
            int start = freeTrade.start();
            int end = freeTrade.end();
            Mention area = zones.stream().filter(z -> z.start() == end).findFirst().orElse(null);
            // (钦州港片区: an area named by its port, which no zone rule reads alone, is the area still.)
            Matcher areaWord = area == null ? FREE_TRADE_AREA.matcher(s).region(end, s.length()) : null;
            if (areaWord != null && areaWord.lookingAt()) {
                zones.add(new Mention(s.substring(start, areaWord.end()), s.substring(start, areaWord.end()),
                        EntityType.Place, start, areaWord.end(), Map.of("level", "zone")));
            } else if (area != null) {
                String full = freeTrade.group() + area.canonical();
                zones.replaceAll(z -> z == area ? new Mention(s.substring(start, z.end()), full, EntityType.Place,
                        start, z.end(), z.properties())
                        : z.canonical().equals(area.canonical()) ? new Mention(z.name(), full, EntityType.Place,
                        z.start(), z.end(), z.properties()) : z);
            } else if (zones.stream().noneMatch(z -> z.start() < end && start < z.end())) {
                zones.add(new Mention(freeTrade.group(), freeTrade.group(), EntityType.Place, start, end,
                        Map.of("level", "zone")));
            }
        }
    }

    /**
     * 杨凌|示范区, 柴达木|循环经济|试验区: a place's name of two characters or more the dictionary tags as a place, then
     * nothing or a few characters of nouns; or the place alone, where the segmenter glued it to the zone word and
     * more (杨凌示范区建设研发中心 as one term). Not a country or a region of the compass (中国特色农业示范区, 华东绿色农业
     * 示范区 say what kind of zone is meant).
     */
    private boolean namedByPlaceWord(Passage p, int start, int end) {
        String own = p.full().substring(start, end);
        Term place = p.termAt(start);
        if (place != null && place.offset == start && place.word.length() > own.length() && own.length() <= 3) {
            return OrganizationRecognizer.dictionaryTags(own, "ns") && !broadRegion(own);
        }
        if (place == null || place.offset != start || place.word.length() < 2 || start + place.word.length() > end
                || !OrganizationRecognizer.dictionaryTags(place.word, "ns") || broadRegion(place.word)) {
            return false;
        }
        int from = start + place.word.length();
        return end - from <= MAX_TRADE_AFTER_PLACE_WORD && nounsOnly(p, from, end);
    }

    /** A country (中国) or a region of the compass (华东, 西北), no place a zone is named after. */
    private boolean broadRegion(String word) {
        return word.equals(CHINA) || lexicon.countries.contains(word) || COMPASS_REGION.matcher(word).matches();
    }

    /**
     * 杨凌示范区 and (陕西)杨凌农业高新技术产业示范区 in one text: a demonstration or pilot zone named by two
     * characters is the zone of that name and kind written in full, before or after it.
     */
    private static Mention inFullElsewhere(List<Mention> zones, Mention zone) {
        String name = zone.canonical();
        Matcher word = PLACE_NAMED_ZONE_WORD.matcher(name);
        if (!name.equals(zone.name()) || !word.find() || word.start() != 2 || word.end() != name.length()) {
            return zone;
        }
        String own = name.substring(0, 2);
        return zones.stream().filter(z -> "zone".equals(z.properties().get("level")) && z.canonical().length()
                        > name.length() && z.canonical().contains(own) && z.canonical().endsWith(word.group()))
                .findFirst().map(z -> new Mention(zone.name(), z.canonical(), zone.type(), zone.start(), zone.end(),
                        zone.properties())).orElse(zone);
    }

    /**
     * 中国—马来西亚钦州产业园区, 中国—白俄罗斯工业园, 广西—东盟经济技术开发区: a zone of China or a province and a
     * partner abroad is named with both, written before the rest of its name.
     */
    private Mention withPartnerCountries(String s, Mention zone) {
        Matcher countries = PARTNER_COUNTRIES.matcher(s).region(Math.max(0, zone.start() - MAX_PARTNER_COUNTRIES),
                zone.start());
        if (!"zone".equals(zone.properties().get("level")) || !countries.find()) {
            return zone;
        }
        // The side at home, the country or a province (在广西—: not the preposition before it).
        int dash = countries.end(1);
        int home = IntStream.of(3, 2).map(n -> dash - n).filter(from -> from >= countries.start(1))
                .filter(from -> s.startsWith(CHINA, from) || gazetteer.names(s.substring(from, dash), PROVINCE_LEVEL))
                .findFirst().orElse(-1);
        if (home < 0) {
            return zone;
        }
        String named = s.substring(home, zone.start());
        return new Mention(named + zone.name(), named + zone.canonical(), zone.type(), home, zone.end(),
                zone.properties());
    }

    /** {@code place} is a county written right after the city it lies in. */
    private boolean afterItsCity(Mention place, List<Mention> divisions) {
        Gazetteer.Division own = gazetteer.byCode(String.valueOf(place.properties().get("divisionCode")));
        Gazetteer.Division city = own == null || !own.level().equals("county") ? null : gazetteer.parent(own);
        return city != null && divisions.stream().anyMatch(d -> d.end() == place.start()
                && city.code().equals(String.valueOf(d.properties().get("divisionCode"))));
    }

    /**
     * 长宁竹产业园区 in a headline and 长宁县竹产业园区 in the story: a zone named after a division's short form is
     * the one the text also names after the division in full ({@code inFull} maps the one name to the other).
     */
    private static List<Mention> sameZoneInFull(List<Mention> zones, Map<String, String> inFull) {
        Set<String> names = zones.stream().map(Mention::canonical).collect(Collectors.toSet());
        return zones.stream().map(z -> {
            String full = inFull.get(z.canonical());
            return full != null && names.contains(full)
                    ? new Mention(z.name(), full, z.type(), z.start(), z.end(), z.properties()) : z;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    /** A new area of {@code found} opening at {@code start} and ending after {@code from}, before {@code limit}. */
    private static Mention newAreaEndingWithin(List<Mention> found, int start, int from, int limit) {
        return found.stream().filter(z -> z.start() == start && z.end() > from && z.end() < limit
                && z.canonical().endsWith(NEW_AREA)).findFirst().orElse(null);
    }

    /** Some word in [from, to) is a verb (加工, 落实, 创新). */
    private static boolean holdsVerb(Passage p, int from, int to) {
        for (int at = from; at < to; at++) {
            Term term = p.termAt(at);
            if (term != null && term.nature.toString().startsWith("v")) {
                return true;
            }
        }
        return false;
    }

    /** A verb of building or setting up is the word at {@code pos} (but 预制菜产业园 is named by a verb's noun). */
    private static boolean opensWithBuildingVerb(Passage p, int pos) {
        Term t = p.termAt(pos);
        return t != null && t.offset == pos && BUILDING_VERBS.matcher(t.word).matches();
    }

    /**
     * {@code name} at {@code start} opens with a proper name, as the segmenter reads it (东疆/nr, 北湖/nz) or, where
     * its terms run across, as the dictionary does not know its first word as a common one (纺织 of 纺织服装).
     */
    /** A numeral, classifier or pronoun opens the words at {@code start}: 两个园区, 各园区. */
    private static boolean countOrReference(Passage p, int start) {
        Term t = p.termAt(start);
        return t != null && t.offset == start && "mqr".indexOf(t.nature.toString().charAt(0)) >= 0;
    }

    /**
     * What a park is called by other than a name of its own: its trade, read as one term (新能源/nz, 光伏/nz) or as
     * nouns of the dictionary (生物医药, 食品), a count (两个) or its side (北部).
     */
    private static boolean tradeCountOrSide(Passage p, int start, String name) {
        Term t = p.termAt(start);
        return COUNT_OR_SIDE.matcher(name).lookingAt()
                || t != null && t.offset == start && t.word.length() == name.length()
                        && t.nature.toString().equals("nz")
                || Lexicon.composedOf(name, w -> w.length() >= 2 && OrganizationRecognizer.dictionaryTags(w, "n"));
    }

    private static boolean isProperName(Passage p, int start, String name) {
        Term t = p.termAt(start);
        // An organisation's whole name as one term (东疆综合保税区管理委员会/nt) says nothing of the zone's own name,
        // nor do single characters the segmenter cut it into (净/a 月/n); 大/a 健康/n are words.
        boolean cutIntoCharacters = true;
        for (int i = start; i < start + name.length() && cutIntoCharacters; i++) {
            Term at = p.termAt(i);
            cutIntoCharacters = at != null && at.word.length() == 1;
        }
        if (t != null && t.offset == start && !cutIntoCharacters && !t.nature.toString().startsWith("nt")) {
            return PROPER_NATURES.stream().anyMatch(t.nature.toString()::startsWith);
        }
        CoreDictionary.Attribute first = CoreDictionary.get(name.substring(0, 2));
        return first == null || PROPER_NATURES.stream().anyMatch(first.nature[0].toString()::startsWith);
    }

    /** The division of {@code inner} lies in that of {@code outer}, both placed by the gazetteer. */
    private boolean within(Mention inner, Mention outer) {
        Object innerCode = inner.properties().get("divisionCode");
        Object outerCode = outer == null ? null : outer.properties().get("divisionCode");
        Gazetteer.Division in = innerCode == null ? null : gazetteer.byCode(innerCode.toString());
        Gazetteer.Division out = outerCode == null ? null : gazetteer.byCode(outerCode.toString());
        return in != null && out != null && gazetteer.isAncestor(out, in);
    }

    /**
     * The zone found before whose name ends with {@code own} and {@code zoneWord}, or with {@code own} and another
     * word for a high-tech zone (东湖新技术开发区, later 东湖高新区), or for an economic one that 开发区 alone stands
     * for (天津西青经济技术开发区, later 西青开发区).
     */
    private static Mention zoneNamedBefore(List<Mention> found, String own, String zoneWord) {
        Mention named = zoneNamedBefore(found, own + zoneWord);
        if (named != null) {
            return named;
        }
        List<String> alike = HIGH_TECH_ZONE_WORDS.contains(zoneWord) ? HIGH_TECH_ZONE_WORDS
                : zoneWord.equals(DEVELOPMENT_ZONE) ? ECONOMIC_ZONE_WORDS : List.of();
        return alike.stream().map(word -> zoneNamedBefore(found, own + word)).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /**
     * The zone found before whose name ends with {@code tail}, the longest where several do: the zone named again,
     * maybe by its end.
     */
    private static Mention zoneNamedBefore(List<Mention> found, String tail) {
        return found.stream().filter(z -> "zone".equals(z.properties().get("level")) && z.canonical().endsWith(tail))
                .max(Comparator.comparingInt(z -> z.canonical().length())).orElse(null);
    }

    /**
     * "海南自由贸易港洋浦经济开发区（以下简称“洋浦经开区”）" or "（以下简称“洋浦”）": a zone whose own name is no
     * division (洋浦 is a port, not a county) is still named by the text's own short form, whose stem stands
     * right before the zone word.
     */
    private static Mention declaredZone(String s, int zoneStart, int zoneEnd, String zoneWord) {
        Matcher d = AliasResolver.declarationAt(s, zoneEnd);
        if (d == null) {
            return null;
        }
        Matcher shortWord = ZONE.matcher(d.group(1));
        boolean withZoneWord = shortWord.find() && shortWord.end() == d.group(1).length() && shortWord.start() >= 2;
        // (以下简称“洋浦”): the short form may be the zone's own name alone.
        String own = withZoneWord ? d.group(1).substring(0, shortWord.start()) : d.group(1);
        if (!withZoneWord && (own.length() < 2 || ZONE.matcher(own).find())) {
            return null;
        }
        // 包巴合作产业园（以下简称“包巴园区”）: a few words of the name may stand between its own part and the
        // zone word.
        for (int between = 0; between <= MAX_BETWEEN_OWN_AND_ZONE && own.chars().allMatch(Chars::isHan); between++) {
            int start = zoneStart - between - own.length();
            String middle = start < 0 ? "" : s.substring(start + own.length(), zoneStart);
            if (start >= 0 && s.startsWith(own, start) && middle.chars().allMatch(Chars::isHan)
                    && middle.chars().noneMatch(c -> BEFORE_NAME.indexOf(c) >= 0)) {
                return new Mention(s.substring(start, zoneEnd), own + middle + zoneWord, EntityType.Place, start,
                        zoneEnd, Map.of("level", "zone"));
            }
        }
        return null;
    }

    private static boolean zoneWordEndingAt(Matcher m, int end) {
        for (int from = Math.max(0, end - LONGEST_ZONE_WORD); from < end - 1; from++) {
            if (m.region(from, end).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlaceEnd(int pos, List<Mention> divisions, List<Mention> zones) {
        return endsDivision(divisions, pos) || zones.stream().anyMatch(z -> z.end() == pos
                && "zone".equals(z.properties().get("level")));
    }

    /**
     * The division name (full or short, any level) that [start, limit) begins with, longest first; a short name
     * shared by several divisions (东兴 of 东兴市 and 东兴区) is the one of them {@code divisions} holds in full.
     */
    private Mention placePrefix(String s, int start, int limit, List<Mention> divisions) {
        for (int end = limit; end >= start + 2; end--) {
            String name = s.substring(start, end);
            // A zone is named after a province, city or county; towns only by their full name, or by their short
            // one where the text names the town in full (凤桥镇的凤桥X产业园).
            // A short name that is first a verb (合作 of 合作市, in X合作产业园) names no zone, unless the text names
            // its division in full (新建区, then 新建经济开发区).
            boolean verb = OrganizationRecognizer.firstTagged(name, "v");
            List<Gazetteer.Division> ds = gazetteer.byName(name).isEmpty()
                    ? gazetteer.byShortName(name).stream().filter(d -> (!verb && !d.level().equals("town"))
                            || divisions.stream().anyMatch(m -> m.canonical().equals(d.name()))).toList()
                    : gazetteer.byName(name);
            Gazetteer.Division d = highestLevel(ds);
            if (d == null && ds.size() > 1) {
                List<Gazetteer.Division> inText = ds.stream()
                        .filter(c -> divisions.stream().anyMatch(m -> m.canonical().equals(c.name()))).toList();
                d = inText.size() == 1 ? inText.get(0) : null;
            }
            if (d != null) {
                return new Mention(name, d.name(), EntityType.Place, start, end,
                        Map.of("level", d.level(), "divisionCode", d.code()));
            }
        }
        return null;
    }

    /** The one division of the highest level among {@code ds} (晋城 is 晋城市, not a 晋城街道), or null on a tie. */
    private static Gazetteer.Division highestLevel(List<Gazetteer.Division> ds) {
        int best = ds.stream().mapToInt(d -> LEVELS.indexOf(d.level())).filter(i -> i >= 0).min().orElse(-1);
        List<Gazetteer.Division> top = ds.stream().filter(d -> LEVELS.indexOf(d.level()) == best).toList();
        return best >= 0 && top.size() == 1 ? top.get(0) : null;
    }

    private List<Mention> foreign(Passage p) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        Set<String> citiesOfCountries = new LinkedHashSet<>();
        for (int i = 0; i < s.length(); i++) {
            String w = lexicon.foreignPlaceAt(s, i);
            // 洛桑次仁: a city's name (洛桑, Lausanne) may open a Tibetan name. A name of two characters is read only
            // as a word of its own (多哈, not 许多哈萨克族; 韩国, not 局长韩国华表示).
            boolean tibetanName = w != null && lexicon.isTibetanName(s.substring(i, Math.min(s.length(), i + 4)));
            boolean word = w != null && (w.length() > 2 || p.isBoundary(i) && p.isBoundary(i + w.length()));
            if (word && p.charAt(i + w.length()) != '族' && !tibetanName) {
                String level = lexicon.countries.contains(w) ? "country" : "city";
                out.add(new Mention(w, w, EntityType.Place, i, i + w.length(), Map.of("level", level)));
                String city = level.equals("country") ? cityAfterCountry(s, i + w.length()) : null;
                if (city != null) {
                    citiesOfCountries.add(city);
                }
                i += w.length() - 1;
            }
        }
        boolean[] taken = new boolean[s.length() + 1];
        out.forEach(f -> Arrays.fill(taken, f.start(), f.end(), true));
        for (String city : citiesOfCountries) {
            // Named again with 市 or, when three characters or more are left, without it (位于隆德里纳的).
            String own = city.substring(0, city.length() - 1);
            for (String form : own.length() >= 3 ? List.of(city, own) : List.of(city)) {
                for (int k = s.indexOf(form); k >= 0; k = s.indexOf(form, k + form.length())) {
                    if (IntStream.range(k, k + form.length()).noneMatch(i -> taken[i])) {
                        out.add(new Mention(form, city, EntityType.Place, k, k + form.length(),
                                Map.of("level", city.endsWith("市") ? "city" : "province")));
                        Arrays.fill(taken, k, k + form.length(), true);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * 巴西隆德里纳市, 越南高平省: a city or province the list of world cities lacks, written right after its country,
     * is one of that country wherever the text names it; its name is no word of ours (友好城市 is a kind of city).
     */
    private static String cityAfterCountry(String s, int at) {
        Matcher city = CITY_AFTER_COUNTRY.matcher(s).region(at, s.length());
        if (!city.lookingAt()) {
            return null;
        }
        String own = city.group(1);
        CoreDictionary.Attribute known = CoreDictionary.get(own);
        boolean word = known != null && !known.nature[0].toString().startsWith("ns");
        // 连锁超市, 水上集市, 友好城市: 市 ending a word of its own ends no city's name.
        String last = city.group().substring(city.group().length() - 2);
        return word || CoreDictionary.contains(last) ? null : city.group();
    }

    private record VillageWord(String word, int longestName) {
    }

    /** 唐兴 for the 唐兴镇 among {@code mentions}: a town's name without its level word, where the text names it. */
    static boolean shortFormOfNamedTown(String name, List<Mention> mentions) {
        return mentions.stream().anyMatch(town -> isTown(town)
                && town.canonical().length() == name.length() + 1 && town.canonical().startsWith(name));
    }
}
