package org.policygraph.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Decides which mentions name the same thing and turns them into entities: one canonical name per entity
 * and every other name as an alias. Sources of sameness: the text's own declarations (X(以下简称“Y”)),
 * a name in brackets after another (山西大学(山西大学农学院)), a short company name that begins a
 * full one of the same article (X公司 for X农业发展有限公司, X集团 for X集团有限公司), a plan and its
 * 计划/方案 form, and the well-known short forms of the lexicon. Afterwards every name of every entity is looked up again in the
 * text, so later bare occurrences (东沟村 after 晋城市阳城县润城镇东沟村) are mentions too.
 */
final class AliasResolver {

    /** "(以下简称“Y”)" right after a name: group 1 is the short name Y. */
    static final Pattern DECLARED = Pattern.compile(
            "^[》”\"]?[(（](?:以下简称|下称|简称|以下称)[“《\"]([^”》\"]{1,20})[”》\"][)）]");
    private static final Pattern DECLARED_ANYWHERE = Pattern.compile(DECLARED.pattern().substring(1));
    /** The longest declaration {@link #DECLARED} reads: 30 characters hold its bracket and a 20-character name. */
    static final int MAX_DECLARATION = 30;
    /** A system of government (河长制, 链长制): an institution, not a document. */
    private static final String SYSTEM = "制";
    /** 联农带农机制: a mechanism, which a document may carry like any program. */
    private static final String MECHANISM = "机制";
    private static final Pattern DOCUMENT_TAIL = Pattern.compile("实施方案|行动方案|行动计划|工作方案|实施意见|方案|计划|规划");
    /** What a document carrying a program's name adds to it: (建设)(三年)行动计划. */
    private static final Pattern CARRYING_DOCUMENT = Pattern.compile(
            "(?:建设|发展)?(?:[一二两三四五]年)?(?:" + DOCUMENT_TAIL.pattern() + ")");
    /** A cooperative called by its village or town: group 1 is the place's own name (金米 of 金米村合作社). */
    private static final Pattern PLACE_COOPERATIVE = Pattern.compile("(\\p{IsHan}{2,4})[村镇乡]合作社");
    private static final Pattern BRACKETED = Pattern.compile("^[》”]?[(（]([^()（）]{2,30})[)）]");

    /** Legal forms of company names, longest first. */
    static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司");
    private static final String SPECIALISED_COOPERATIVE = "专业合作社";
    /** The longest short form of a place a name may open on (呼和浩特). */
    private static final int MAX_SHORT_PLACE = 4;
    /** Institutions whose units are named after them: X大学园艺学院, X农业科学院作物研究所. */
    private static final Pattern INSTITUTION = Pattern.compile("大学|科学院|学院");
    /** The shortest form of a unit written without its institution: 农学院. */
    private static final int MIN_UNIT_FORM = 3;
    /** The shortest name a research body named after its place goes by without it (茶产业研究院, not 研究院). */
    private static final int MIN_PLACELESS_UNIT = 5;
    private static final String COOPERATIVE = "合作社";
    private static final String STATE_OWNED = "国有";
    private static final String UNION = "联合社";
    private static final String SPECIALISED_UNION = SPECIALISED_COOPERATIVE + UNION;
    private static final String COMPANY = "公司";
    /** The longest name of the place a branch serves (黑龙江省) between a brand and 分公司. */
    private static final int MAX_BRANCH_PLACE = 4;
    /** The longest name of a division looked up before or after a company's name (黑龙江, 洋浦; 和静县). */
    private static final int MAX_DIVISION_NAME = 4;
    /** What a trade's word ends with where the dictionary lacks it: 种业, 乳业, 茶业. */
    static final String TRADE = "业";
    /** The longest word of a trade after a brand's first two characters: 零部件. */
    private static final int MAX_TRADE_WORD = 3;
    /** How many characters of a brand a short name opens with (楚泓 of 楚泓制药 for 湖北楚泓制药股份有限公司). */
    private static final int BRAND_OPENING = 2;
    /** Merges the companies claiming a short form: one, or "" for a form two claim, which is none's. */
    private static final BinaryOperator<String> ONE_CLAIMANT = (a, b) -> a.equals(b) ? a : "";
    private static final String GROUP = "集团";
    /** Where the two characters a group may go by end in its brand: 蓉溪|康澍|食品集团. */
    private static final int INNER_BRAND_END = 4;
    /** The shortest party a name read across 与 may open with: a place and a brand (新疆椒谷与…). */
    private static final int MIN_SPLIT_PARTY = 4;
    /** Little words of a clause, seldom of a brand, that the segmenter glues to a name (X是, X与). */
    private static final String LITTLE_WORDS = "是与和及在的为对向从将由等";
    /** How many characters of a group's brand may stand between its opening and a mention cut short after them. */
    private static final int MAX_BRAND_GAP = 1;
    /** The fewest characters of a brand after its opening that name the company on their own. */
    private static final int MIN_INNER_BRAND = 4;
    /** Words a party follows: 与X签约, 由X控股, 向X增资. */
    private static final String PARTY_INTRODUCERS = "与和及由向同跟被";
    /** The longest word looked up at the opening of what follows a brand's first characters. */
    private static final int MAX_OPENING_WORD = 4;
    private static final Set<String> COMPANY_PLACE_LEVELS = Set.of("province", "city", "county");
    /** Levels of the places an institute's name may open on (中国科学院|青海|盐湖研究所). */
    private static final Set<String> NAMING_LEVELS = Set.of("province", "city");
    /** The shortest tail of a brand that names a company with 公司 (碳纤维公司). */
    private static final int MIN_BRAND_TAIL = 3;
    /** Words before a company word that make it any company of the kind: 一家, 该, 这个. */
    private static final String COUNTING = "家个一某该这那各";
    /** A program written “core” and then its words: group 2 the head word when nothing else follows. */
    private static final Pattern QUOTED_CORE = Pattern.compile(
            "“([^”]{2,12})”(?:\\p{IsHan}{0,8}?(行动方案|实施方案|方案|行动|工程|计划|专项|项目))?");
    /** The head word of the projects a program funds: “X”项目 are the program “X”专项's. */
    private static final String PROJECTS = "项目";
    /** The level words of provinces: a body named by one belongs to the province the story's places lie in. */
    private static final Set<String> PROVINCE_WORDS = Set.of("省", OrganizationRecognizer.AUTONOMOUS_REGION);
    /** A company founding the branch written right after: 在园区设立, 新设. */
    static final Pattern SET_UP_BEFORE = Pattern.compile("(?:设立|成立|组建|开设|新设)了?$");

    /** Trades whose contraction is an everyday word (县电商, 通航产业), written only after a brand. */
    private static final Set<String> BRAND_NEEDED = Set.of("电子商务", "通用航空");
    /** A research unit's name right after its institution's contraction: (省农科院)茶叶研究所; group 1 its word. */
    private static final Pattern UNIT_AFTER_CONTRACTION = Pattern.compile(
            "[\\p{IsHan}&&[^的与和及在]]{2,8}?(研究所|研究中心|试验站|实验站|重点实验室|实验室)");
    /** Words no field of research is: people and teams (省农科院专家团队). */
    private static final Pattern PEOPLE_WORDS = Pattern.compile("专家|团队|人员|师生|院士|科研");
    /** Words of institutions' names and the contractions news writes for them (农业科学院 -> 农科院). */
    private static final Map<String, String> CONTRACTIONS = Map.of("农业科学院", "农科院", "林业科学院", "林科院",
            "林业科学研究院", "林科院", "农业科学研究院", "农科院", "农业大学", "农大", "师范大学", "师大");

    private static final String RURAL_BANK = "农村商业银行";
    private static final String RURAL_BANK_SHORT = "农商银行";

    /**
     * Trades with customary contractions: of state investment companies and insurers (城市建设投资 is 城投),
     * e-commerce (电子商务 is 电商) and general aviation (通用航空 is 通航).
     */
    private static final Map<String, String> TRADE_CONTRACTIONS = Map.of("城市建设投资", "城投", "产业投资", "产投",
            "交通投资", "交投", "财产保险", "财险", "国有资本投资运营", "国投", "电子商务", "电商", "通用航空", "通航");
    /** An academy's institute, by its discipline (中国科学院|物理|研究所). */
    private static final Pattern ACADEMY_INSTITUTE = Pattern.compile("\\p{IsHan}+科学院(\\p{IsHan}{2,6})研究所");

    /** Kinds of enterprise news calls by their own name without 公司: 金光农场, 贺兰山酒庄. */
    private static final List<String> SELF_NAMED_KINDS = List.of("农场", "牧场", "林场", "茶场", "酒庄");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    AliasResolver(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** Entities of a passage and its mentions, each mention carrying its entity's canonical name and type. */
    record Resolution(List<Entity> entities, List<Mention> mentions) {
    }

    Resolution resolve(Passage p, List<Mention> found) {
        List<Mention> mentions = distinct(found);
        Map<String, String> sameAs = new HashMap<>();   // name -> canonical it stands for
        Map<String, EntityType> typeOf = new HashMap<>();
        List<Mention> shortNames = declared(p, mentions, sameAs, typeOf);
        splitAtDeclaredParties(p, mentions, shortNames);
        mentions.removeIf(m -> insideDeclaredName(p.full(), m, shortNames));
        mentions.addAll(shortNames);
        mentions.addAll(zoneStems(shortNames, sameAs));
        mentions.addAll(zoneStemsAsSubjects(p, mentions, sameAs));
        mentions.addAll(undeclaredCompanyNames(p, mentions, sameAs));
        mentions.addAll(brandTails(p, mentions, sameAs));
        mentions.addAll(cooperativeShortNames(p, mentions, sameAs));
        mentions.addAll(unitsWithoutTheirInstitution(p, mentions, sameAs));
        mentions.addAll(branchesByBrand(p, mentions, sameAs));
        mentions.addAll(namesFromTheirCounty(mentions));
        widenRepeatedNames(p, mentions, sameAs);
        widenGroupBrands(p, mentions);
        widenBrandNames(p, mentions, sameAs);
        placeQualified(mentions, shortNames, sameAs);
        Set<String> places = placeNames(mentions);
        placePrefixed(mentions, sameAs);
        abbreviations(mentions, places, sameAs);
        ofTheArticlesDivision(mentions, sameAs);
        branchesOfTheirCompany(p, mentions, sameAs);
        stationsByTheirCompany(mentions, sameAs);
        committeesOfTheirZone(mentions, sameAs);
        governmentsByTheirDivision(mentions, sameAs);
        nationalZones(mentions, sameAs);
        unitsByKnownShortName(mentions, sameAs);
        Map<String, Mention> contracted = contractedNames(mentions, gazetteer);
        tradeContractions(mentions).forEach(contracted::putIfAbsent);
        contracted.forEach((form, full) -> {
            if (!form.equals(full.canonical())) {
                sameAs.putIfAbsent(form, full.canonical());   // 山西农大园艺学院 the recogniser named on its own
            }
        });
        List<Mention> canonical = new ArrayList<>();
        for (Mention m : mentions) {
            String target = follow(sameAs, m.name(), follow(sameAs, m.canonical(), m.canonical()));
            EntityType type = typeOf.getOrDefault(m.name(), m.type());
            canonical.add(new Mention(m.name(), target, type, m.start(), m.end(), m.properties()));
        }
        canonical = withoutPlacesInShortNames(rescan(p, canonical, places, contracted), shortNames);
        return new Resolution(entities(p, canonical), canonical);
    }

    /**
     * One mention per span and type; a person inside another name is no person, but a city's short form or a
     * country opening a person's name read after a title (研究员常德胜, 项目经理韩国栋) is no place.
     */
    private static List<Mention> distinct(List<Mention> found) {
        Map<String, Mention> bySpan = new LinkedHashMap<>();
        for (Mention m : found) {
            bySpan.putIfAbsent(m.start() + ":" + m.end() + ":" + m.type(), m);
        }
        List<Mention> out = new ArrayList<>(bySpan.values());
        out.removeIf(o -> o.type() == EntityType.Place
                && (!o.name().equals(o.canonical()) || "country".equals(o.properties().get("level")))
                && out.stream().anyMatch(m -> m.type() == EntityType.Person && m.start() == o.start()
                        && m.end() > o.end()));
        out.removeIf(m -> m.type() == EntityType.Person
                && out.stream().anyMatch(o -> o != m && o.type() != EntityType.Person && o.overlaps(m)));
        return out;
    }

    private static String follow(Map<String, String> sameAs, String name, String fallback) {
        String cur = sameAs.containsKey(name) ? name : null;
        if (cur == null) {
            return fallback;
        }
        for (int guard = 0; guard < 8 && sameAs.containsKey(cur); guard++) {
            cur = sameAs.get(cur);
        }
        return cur;
    }

    /** The text declares {@code name} as a short name somewhere: X（以下简称“name”）. */
    static boolean declaresShortName(String s, String name) {
        Matcher d = DECLARED_ANYWHERE.matcher(s);
        while (d.find()) {
            if (d.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A short name's declaration (（以下简称“Y”）) closes right before {@code pos}. */
    private static boolean declarationEndsAt(String s, int pos) {
        return declarationOpeningBefore(s, pos) >= 0;
    }

    /** Where a short name's declaration (（以下简称“Y”）) closing right before {@code pos} opens, or -1. */
    static int declarationOpeningBefore(String s, int pos) {
        int open = pos < 1 ? -1 : Math.max(s.lastIndexOf('（', pos - 1), s.lastIndexOf('(', pos - 1));
        return open >= 0 && pos - open <= MAX_DECLARATION && DECLARED.matcher(s).region(open, pos).matches() ? open
                : -1;
    }

    /** The declaration of a short name right at {@code at} (（以下简称“Y”）, group 1 the name Y), or null. */
    static Matcher declarationAt(String s, int at) {
        Matcher d = DECLARED.matcher(s).region(at, Math.min(s.length(), at + MAX_DECLARATION));
        return d.lookingAt() ? d : null;
    }

    /**
     * （以下简称“金秋农商银行”）, then 金秋农商银行副行长: a body found inside the short name where the text writes it, a
     * recogniser having stopped early (金/ng 秋/tg), is the declared one.
     */
    private static boolean insideDeclaredName(String s, Mention m, List<Mention> shortNames) {
        if (!m.isOrganisation()) {
            return false;
        }
        for (Mention d : shortNames) {
            int len = d.name().length();
            for (int k = s.indexOf(d.name()); k >= 0 && k <= m.start(); k = s.indexOf(d.name(), k + 1)) {
                if (m.end() <= k + len && m.end() - m.start() < len) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * X(以下简称“Y”) and X(Y) where Y is recognised as the same kind of thing. Returns a mention for each
     * declared short name, which no recogniser may have found (晶澳科技 has no suffix).
     */
    private static List<Mention> declared(Passage p, List<Mention> mentions, Map<String, String> sameAs,
                                          Map<String, EntityType> typeOf) {
        List<Mention> shortNames = new ArrayList<>();
        String s = p.full();
        for (Mention m : mentions) {
            if (m.type() == EntityType.Person || !isOutermost(m, mentions)) {
                continue;
            }
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 40));
            Matcher d = DECLARED.matcher(after);
            if (d.find()) {
                sameAs.put(d.group(1), m.canonical());
                typeOf.put(d.group(1), m.type());
                shortNames.add(new Mention(d.group(1), m.canonical(), m.type(), m.end() + d.start(1),
                        m.end() + d.end(1), m.properties()));
                continue;
            }
            Matcher b = BRACKETED.matcher(after);
            if (b.find() && m.type() != EntityType.Place) {
                String inner = b.group(1);
                int innerStart = m.end() + b.start(1);
                boolean sameKind = mentions.stream().anyMatch(o -> o.start() == innerStart
                        && o.end() == innerStart + inner.length() && o.type() == m.type());
                if (sameKind) {
                    sameAs.put(inner, m.canonical());
                }
            }
        }
        return shortNames;
    }

    /**
     * Short names a report uses for a company without declaring them: its registered name without the legal
     * form, cut after the brand's first characters, with or without the place it starts with (上海鲜链,
     * 晶湃光电 for 上海鲜链冷链物流有限公司, 苏州晶湃光电科技有限公司), or the brand with 集团 (澜海集团 for
     * 北京澜海能源科技集团股份有限公司). A candidate must stand as words of its own where the text writes it,
     * outside every other name, and be four characters or carry its place or 集团; a form two companies could
     * go by names neither, unless it is one's whole brand and only the start of the other's (晋禾谷业 of
     * 山西晋禾谷业股份有限公司, not of 太原晋禾谷业农场有限公司).
     */
    private List<Mention> undeclaredCompanyNames(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        String s = p.full();
        Map<String, String> claimedBy = new HashMap<>();
        Map<String, String> wholeBrandOf = new HashMap<>();
        List<Mention> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention m : mentions) {
            String core = m.type() == EntityType.Enterprise && seen.add(m.canonical()) ? withoutLegalForm(m.canonical())
                    : null;
            int placeEnd = core == null ? 0 : leadingPlaceEnd(core);
            String brand = core == null ? "" : core.substring(placeEnd);
            if (brand.length() < 3) {
                continue;
            }
            String place = core.substring(0, placeEnd);
            for (int i = s.indexOf(brand.substring(0, 2)); i >= 0; i = s.indexOf(brand.substring(0, 2), i + 1)) {
                int len = writtenLength(s, i, brand);
                // 岚汀创投 for X岚汀创业投资有限公司: two words of the rest written by their first characters, which
                // may open on the rest's first.
                boolean contracted = len <= 3 && brand.length() >= 6 && contractionAt(s, i + 2, brand.substring(2))
                        && p.isBoundaryOrGluedWord(i + 4);
                len = contracted ? 2 : len;
                int end = i + len;
                boolean group = s.startsWith("集团", end) && brand.indexOf("集团", len) >= 0;
                // 榆川公司 for 陕西榆川清洁能源有限公司 (闽禾珍公司 for 福建闽禾珍食品有限公司): the brand's first two or
                // three characters and 公司, if they are no word.
                boolean company = !group && len <= 3 && s.startsWith(COMPANY, end)
                        && CoreDictionary.get(s.substring(i, end)) == null;
                // 麓谷投资 for 长沙麓谷产业发展投资有限公司: the brand's first two characters and a word of the rest, a
                // dictionary word or a trade in 业 (闽屿种业 for 漳州闽屿水产种业有限公司, 澄衡检测 for X澄衡汽车检测技术…).
                int tradeWord = contracted ? 2 : group || company || len != 2 || brand.length() < 6
                        || CoreDictionary.get(s.substring(i, end)) != null ? 0
                        : tradeWordAt(s, end, brand.substring(2));
                boolean trade = tradeWord > 0;
                end += group || company ? 2 : tradeWord;
                int start = placeBefore(s, i, place);
                int from = start;
                int to = end;
                int brandStart = i;
                // Free text (but for the place written before the brand, 深圳鲜丰汇), or a bare X集团 some
                // recogniser found on its own.
                boolean free = mentions.stream().noneMatch(o -> o.start() < to && from < o.end()
                        && !(o.type() == EntityType.Place && o.end() <= brandStart)
                        && !(o.start() == from && o.end() == to && o.type() == EntityType.Enterprise
                        && o.canonical().equals(o.name()) && withoutLegalForm(o.name()) == null));
                // 禾麦源将投资…: three characters of a brand may name it opening a clause, unless they are a word
                // or part of another's name (汽开区 of the zone 长春汽开区), but for a registered company's, which
                // claims them too.
                String three = s.substring(i, end);
                // (…则与湘X签订订单: or after a word joining a party.)
                boolean opening = len == 3 && start == i && (i == 0 || Chars.isPunctuation(s.charAt(i - 1))
                        || PARTY_INTRODUCERS.indexOf(s.charAt(i - 1)) >= 0)
                        && CoreDictionary.get(three) == null && mentions.stream()
                        .noneMatch(o -> !o.canonical().equals(m.canonical()) && o.name().contains(three)
                                && (o.type() != EntityType.Enterprise || withoutLegalForm(o.canonical()) == null));
                if (free && (len >= 4 || start < i || group || company || trade || opening) && p.isBoundary(start)
                        && p.isBoundaryOrGluedWord(end)) {
                    String name = s.substring(start, end);
                    (len == brand.length() ? wholeBrandOf : claimedBy).merge(name, m.canonical(),
                            ONE_CLAIMANT);
                    candidates.add(new Mention(name, m.canonical(), EntityType.Enterprise, start, end, m.properties()));
                }
            }
            for (Mention inner : innerBrandForms(p, mentions, m, brand)) {
                claimedBy.merge(inner.name(), m.canonical(), ONE_CLAIMANT);
                candidates.add(inner);
            }
        }
        // A form two companies could go by names the one the text had named where it is first written, if only
        // one was (荆虾坊公司 for X荆虾坊食品有限公司 before its subsidiary Y荆虾坊冷链物流有限公司 is named), and
        // the brand alone goes with it. A headline writes short names before the report introduces anyone, so
        // where the report uses the form too, its first use there counts.
        Map<String, Integer> introduced = new HashMap<>();
        Map<String, Integer> firstWritten = new HashMap<>();
        mentions.forEach(m -> introduced.merge(m.canonical(), m.start(), Math::min));
        candidates.forEach(c -> firstWritten.merge(c.name(), c.start(), (a, b) -> firstUse(a, b, p.textOffset())));
        Map<String, Set<String>> introducedClaimants = new HashMap<>();
        for (Mention c : candidates) {
            if (introduced.getOrDefault(c.canonical(), Integer.MAX_VALUE) < firstWritten.get(c.name())) {
                introducedClaimants.computeIfAbsent(c.name(), k -> new HashSet<>()).add(c.canonical());
            }
        }
        Function<String, String> ownerOf = name -> {
            String owner = wholeBrandOf.getOrDefault(name, claimedBy.getOrDefault(name, ""));
            Set<String> named = introducedClaimants.getOrDefault(name, Set.of());
            return owner.isEmpty() && !wholeBrandOf.containsKey(name) && named.size() == 1
                    ? named.iterator().next() : owner;
        };
        List<Mention> out = new ArrayList<>();
        for (Mention c : candidates) {
            // 荆虾坊 goes with 荆虾坊公司 when two companies could go by it.
            String owner = ownerOf.apply(c.name());
            owner = owner.isEmpty() ? ownerOf.apply(c.name() + COMPANY) : owner;
            if (owner.equals(c.canonical()) && sameAs.putIfAbsent(c.name(), c.canonical()) == null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The first of two uses of a form, counting one in the report (from {@code bodyStart}) before the headline's. */
    private static int firstUse(int a, int b, int bodyStart) {
        boolean aInBody = a >= bodyStart;
        return aInBody == (b >= bodyStart) ? Math.min(a, b) : aInBody ? a : b;
    }

    /**
     * 禾韵农业 for 山西太岳禾韵农业科技有限公司, 鲜源冷链 for 重庆渝川鲜源冷链物流有限公司: a brand whose first two
     * characters are a mountain's, a river's or its group's goes by what follows them, four characters or more
     * written as words of their own, when they open on no dictionary word (新能源 of 晋旭新能源 names nothing).
     * The text must write them where a party stands, after a mark or a word joining a party (与鲜源冷链), not
     * after a verb or before 公司 (主营林蛙养殖 is the trade, 林蛙养殖公司 a tail of the brand).
     */
    private static List<Mention> innerBrandForms(Passage p, List<Mention> mentions, Mention company, String brand) {
        String inner = brand.length() >= MIN_INNER_BRAND + BRAND_OPENING ? brand.substring(BRAND_OPENING) : "";
        if (inner.isEmpty() || IntStream.rangeClosed(2, MAX_OPENING_WORD)
                .anyMatch(len -> CoreDictionary.get(inner.substring(0, len)) != null)) {
            return List.of();
        }
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (int i = s.indexOf(inner.substring(0, 2)); i >= 0; i = s.indexOf(inner.substring(0, 2), i + 1)) {
            int len = writtenLength(s, i, inner);
            int start = i;
            int end = i + len;
            boolean whereAPartyStands = Chars.isPunctuation(p.charAt(i - 1))
                    || PARTY_INTRODUCERS.indexOf(p.charAt(i - 1)) >= 0;
            // 冷链物流 for X冷链物流有限公司: words of any dictionary (trades such as 冷链, 文旅) name no company.
            if (len >= MIN_INNER_BRAND && whereAPartyStands && !s.startsWith(COMPANY, i + len)
                    && !Lexicon.composedOf(s.substring(i, i + len), AliasResolver::dictionaryWord)
                    && mentions.stream().noneMatch(o -> o.start() < end && start < o.end())
                    && p.isBoundary(start) && p.isBoundaryOrGluedWord(end)) {
                out.add(new Mention(s.substring(start, end), company.canonical(), EntityType.Enterprise, start, end,
                        company.properties()));
            }
        }
        return out;
    }

    /** A word of two characters or more that HanLP's core or custom dictionary holds. */
    private static boolean dictionaryWord(String w) {
        return w.length() >= 2 && (CoreDictionary.get(w) != null || CustomDictionary.contains(w));
    }

    /** How much of {@code brand}, whose first two characters stand at {@code at}, the text writes from there. */
    private static int writtenLength(String s, int at, String brand) {
        int len = 2;
        while (len < brand.length() && at + len < s.length() && s.charAt(at + len) == brand.charAt(len)) {
            len++;
        }
        return len;
    }

    /**
     * How long a word of {@code rest} written at {@code at} is: a dictionary word of three characters (零部件 of
     * 汽车零部件) or two, or a trade in 业; 0 where none is.
     */
    private static int tradeWordAt(String s, int at, String rest) {
        for (int len = MAX_TRADE_WORD; len >= 2; len--) {
            for (int k = 0; k + len <= rest.length(); k++) {
                String word = rest.substring(k, k + len);
                if (s.startsWith(word, at) && (CoreDictionary.get(word) != null || len == 2 && word.endsWith(TRADE))) {
                    return len;
                }
            }
        }
        return 0;
    }

    /**
     * Two words of {@code rest} written by their first characters at {@code at}: 创投 of 创业投资, 粮贸 of 粮食贸易, 电商
     * of 电子商务.
     */
    private static boolean contractionAt(String s, int at, String rest) {
        for (int k = 0; k + 4 <= rest.length() && at + 2 <= s.length(); k++) {
            if (s.charAt(at) == rest.charAt(k) && s.charAt(at + 1) == rest.charAt(k + 2)
                    && dictionaryWord(rest.substring(k, k + 2)) && dictionaryWord(rest.substring(k + 2, k + 4))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A group's companies share its brand and are told apart by what follows it: 储能材料公司 for
     * 大庆寒材储能材料有限公司 once 寒材集团 is named. The tail after the brand's first two characters, with 公司,
     * names the company when the text writes it as words of its own outside every other name, no counting word
     * before it (一家储能材料公司 is any), and no other company of the text ends so. A group goes by the two
     * characters after its brand's first two as well (康澍集团 for 成都蓉溪康澍食品集团股份有限公司), when they are no
     * word and open no other company's brand; the text may write that name as a bare group the recogniser found.
     */
    private List<Mention> brandTails(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        String s = p.full();
        Map<String, String> claimedBy = new HashMap<>();
        Map<String, Map<String, Object>> propertiesOf = new HashMap<>();
        Set<String> groupNames = new HashSet<>();
        // Each company's brand, worked out once, not at every mention nor for every group's inner name.
        Map<String, String> brands = new HashMap<>();
        mentions.stream().filter(m -> m.type() == EntityType.Enterprise)
                .forEach(m -> brands.computeIfAbsent(m.canonical(), this::brandOf));
        for (Mention m : mentions) {
            String brand = m.type() == EntityType.Enterprise ? brands.get(m.canonical()) : "";
            for (int cut = 2; cut + MIN_BRAND_TAIL <= brand.length(); cut++) {
                String tail = brand.substring(cut);
                claimedBy.merge(tail + "公司", m.canonical(), ONE_CLAIMANT);
                // 金光农场 for X金光农场有限公司: a farm or winery is called by its own name, without 公司 (but
                // 家庭农场 is a kind of farm).
                if (SELF_NAMED_KINDS.stream().anyMatch(kind -> tail.endsWith(kind)
                        && !lexicon.isGenericModifier(tail.substring(0, tail.length() - kind.length())))) {
                    claimedBy.merge(tail, m.canonical(), ONE_CLAIMANT);
                }
            }
            String group = innerGroupName(m.canonical(), brand, brands);
            if (group != null) {
                claimedBy.merge(group, m.canonical(), ONE_CLAIMANT);
                groupNames.add(group);
            }
            propertiesOf.putIfAbsent(m.canonical(), m.properties());
        }
        List<Mention> out = new ArrayList<>();
        claimedBy.forEach((name, canonical) -> {
            for (int i = canonical.isEmpty() ? -1 : s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
                int start = i;
                int end = i + name.length();
                boolean free = mentions.stream().noneMatch(o -> o.start() < end && start < o.end());
                boolean bareGroup = groupNames.contains(name) && mentions.stream().anyMatch(o -> o.start() == start
                        && o.end() == end && o.type() == EntityType.Enterprise && o.canonical().equals(name));
                boolean written = free && p.isBoundary(start) && p.isBoundary(end)
                        && COUNTING.indexOf(p.charAt(start - 1)) < 0;
                if (!written && !bareGroup) {
                    continue;
                }
                boolean claimed = sameAs.putIfAbsent(name, canonical) == null || sameAs.get(name).equals(canonical);
                // A bare group the recogniser found is a mention already: the name it goes by is all it needs.
                if (claimed && written) {
                    out.add(new Mention(name, canonical, EntityType.Enterprise, start, end, propertiesOf.get(canonical)));
                }
            }
        });
        return out;
    }

    /** The two characters after a group's brand's first two, with 集团 (康澍集团), or null where they name nothing. */
    private static String innerGroupName(String company, String brand, Map<String, String> brands) {
        if (brand.indexOf(GROUP) < INNER_BRAND_END) {
            return null;
        }
        String inner = brand.substring(INNER_BRAND_END - 2, INNER_BRAND_END);
        boolean opensAnother = brands.entrySet().stream()
                .anyMatch(o -> !o.getKey().equals(company) && o.getValue().startsWith(inner));
        return CoreDictionary.get(inner) == null && !opensAnother ? inner + GROUP : null;
    }

    /**
     * A name written again without the place it opens with, where the recogniser stopped short (巴宜区达嘎藏香猪
     * 养殖专业合作社, later 达嘎藏香猪养殖专业合作社 read as 藏香猪养殖专业合作社 because 嘎 looked like no word): the
     * characters before the short mention that continue the full name backwards belong to it, and the mention
     * is the full name's entity when what is left of the full name is a place the text names.
     */
    private void widenRepeatedNames(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        String s = p.full();
        // One full name of each kind: a name repeated (a branch named at every turn) is tried once.
        Collection<Mention> fullNames = mentions.stream().filter(Mention::isOrganisation)
                .collect(Collectors.toMap(m -> m.type() + m.name(), m -> m, (a, b) -> a, LinkedHashMap::new)).values();
        for (int i = 0; i < mentions.size(); i++) {
            Mention bare = mentions.get(i);
            for (Mention full : fullNames) {
                if (!bare.isOrganisation() || bare.type() != full.type() || !full.name().endsWith(bare.name())
                        || full.name().length() <= bare.name().length()) {
                    continue;
                }
                String before = full.name().substring(0, full.name().length() - bare.name().length());
                int k = writtenBefore(p, bare.start(), before);
                String left = before.substring(0, before.length() - k);
                int start = bare.start() - k;
                // 吕梁|小米与茶产业研究院 written as 共建小米与茶产业研究院: the place may be left in its short form,
                // and a verb may stand before the rest where a word begins.
                boolean placeLeft = gazetteer.names(left);
                boolean free = mentions.stream().noneMatch(o -> o.start() < bare.start() && o.end() > start);
                if (k >= 2 && placeLeft && free && (!Chars.isHan(p.charAt(start - 1)) || p.isBoundary(start))) {
                    Mention widened = new Mention(s.substring(start, bare.end()), full.canonical(), bare.type(), start,
                            bare.end(), bare.properties());
                    mentions.set(i, widened);
                    sameAs.putIfAbsent(widened.name(), full.canonical());
                    break;
                }
            }
        }
    }

    /** How many of the last characters of {@code text} the passage writes right before {@code end}. */
    private static int writtenBefore(Passage p, int end, String text) {
        int k = 0;
        while (k < text.length() && p.charAt(end - k - 1) == text.charAt(text.length() - k - 1)) {
            k++;
        }
        return k;
    }

    /** A company written with its legal form (X有限公司): the registered name other names are told from. */
    private static boolean isRegistered(Mention m) {
        return m.type() == EntityType.Enterprise && LEGAL_FORMS.stream().anyMatch(m.name()::endsWith);
    }

    /**
     * "新疆椒谷与和静县X合作社签订": a name the recogniser read across 与 or 和 from a short name the text declared,
     * or from the opening of another company's registered name (新疆椒谷 of 新疆椒谷食品有限公司), is two parties,
     * the second opening with its place; the first is found again by its name.
     */
    private void splitAtDeclaredParties(Passage p, List<Mention> mentions, List<Mention> shortNames) {
        // Each known name with the company it names: a company's own short name (X和Y农业有限公司（以下简称“X”）)
        // opens no other party.
        Map<String, String> known = new HashMap<>();
        shortNames.forEach(d -> known.put(d.name(), d.canonical()));
        mentions.stream().filter(AliasResolver::isRegistered).forEach(m -> known.put(m.name(), m.name()));
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.isOrganisation() || !m.name().equals(m.canonical())) {
                continue;
            }
            for (int link = MIN_SPLIT_PARTY; link < m.name().length() - 1; link++) {
                String first = m.name().substring(0, link);
                int second = m.start() + link + 1;
                if (RelationFinder.PARTNER_JOINS.indexOf(m.name().charAt(link)) >= 0
                        && gazetteer.namesAt(p.full(), second)
                        && known.entrySet().stream().anyMatch(k -> k.getKey().startsWith(first)
                        && !k.getValue().equals(m.name()))) {
                    String rest = m.name().substring(link + 1);
                    mentions.set(i, new Mention(rest, rest, m.type(), second, m.end(), m.properties()));
                    break;
                }
            }
        }
    }

    /**
     * A company named after its group's brand where the recogniser stopped inside the brand (澄迈|汇|诚|果蔬供应链有限公司,
     * 诚 read as an adverb, after 海南汇诚农业集团股份有限公司): the first two characters of another company's brand
     * written right before the registered name open it, with the place before them if there is one (a division, or
     * the opening of a place the text names); one character may stand between them and the name where a place does.
     */
    private void widenGroupBrands(Passage p, List<Mention> mentions) {
        Set<String> openings = mentions.stream().filter(m -> m.type() == EntityType.Enterprise)
                .map(m -> brandOf(m.canonical())).filter(b -> b.length() > BRAND_OPENING)
                .map(b -> b.substring(0, BRAND_OPENING)).collect(Collectors.toSet());
        String s = p.full();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!isRegistered(m) || !m.canonical().equals(m.name()) || brandOf(m.name()).length() < BRAND_OPENING) {
                continue;
            }
            // 渭源|陇峰|种|薯繁育有限公司: one character of the brand may stand between the opening and the mention,
            // where a place opens the name.
            for (int gap = 0; gap <= MAX_BRAND_GAP; gap++) {
                int brandAt = m.start() - BRAND_OPENING - gap;
                // The character between is no little word of a clause (瑞禾是|上海…, 澄源与|福建…).
                if (brandAt < 0 || !openings.contains(s.substring(brandAt, brandAt + BRAND_OPENING))
                        || !Chars.isHan(p.charAt(m.start() - 1))
                        || gap > 0 && LITTLE_WORDS.indexOf(p.charAt(m.start() - 1)) >= 0) {
                    continue;
                }
                int start = placeEndingAt(p, mentions, brandAt);
                int from = gap > 0 && start == brandAt ? -1 : start;
                if (from >= 0 && (p.isBoundary(from) || !Chars.isHan(p.charAt(from - 1))) && mentions.stream()
                        .noneMatch(o -> o.type() != EntityType.Place && o.start() < m.start() && o.end() > from)) {
                    String name = s.substring(from, m.end());
                    mentions.set(i, new Mention(name, name, m.type(), from, m.end(), m.properties()));
                    break;
                }
            }
        }
    }

    /**
     * Where a place ending at {@code end} starts: a division's name, or the opening of a place the text names (洋浦
     * of 洋浦经济开发区); {@code end} where none does.
     */
    private int placeEndingAt(Passage p, List<Mention> mentions, int end) {
        for (int len = MAX_DIVISION_NAME; len >= 2; len--) {
            String place = end - len >= 0 ? p.full().substring(end - len, end) : "";
            if (!place.isEmpty() && (gazetteer.names(place) || mentions.stream()
                    .anyMatch(o -> o.type() == EntityType.Place && o.name().startsWith(place)))) {
                return end - len;
            }
        }
        return end;
    }

    /**
     * A company called by its brand and 公司 where the recogniser stopped inside the brand (山雾|春|抹茶粉公司, 春 read
     * as a season): the characters before the short mention that continue the brand of one full name of the text
     * back to its first character belong to it, and the mention is that company.
     */
    private void widenBrandNames(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        Map<String, String> brands = new LinkedHashMap<>();   // registered name -> its brand, worked out once
        mentions.stream().filter(AliasResolver::isRegistered).forEach(m -> brands.computeIfAbsent(m.canonical(),
                this::brandOf));
        for (int i = 0; i < mentions.size(); i++) {
            Mention bare = mentions.get(i);
            String core = bare.name().endsWith(COMPANY) && bare.type() == EntityType.Enterprise
                    && bare.canonical().equals(bare.name()) && LEGAL_FORMS.stream().noneMatch(bare.name()::endsWith)
                    ? bare.name().substring(0, bare.name().length() - COMPANY.length()) : "";
            Set<String> claimants = new HashSet<>();
            int widest = 0;
            for (var full : core.isEmpty() ? Map.<String, String>of().entrySet() : brands.entrySet()) {
                int inBrand = full.getValue().indexOf(core);
                if (inBrand > 1 && writtenBefore(p, bare.start(), full.getValue().substring(0, inBrand)) == inBrand) {
                    claimants.add(full.getKey());
                    widest = inBrand;
                }
            }
            int start = bare.start() - widest;
            if (claimants.size() == 1 && p.isBoundary(start)
                    && mentions.stream().noneMatch(o -> o.start() < bare.start() && o.end() > start)) {
                String canonical = claimants.iterator().next();
                Mention widened = new Mention(p.full().substring(start, bare.end()), canonical, bare.type(), start,
                        bare.end(), bare.properties());
                mentions.set(i, widened);
                sameAs.putIfAbsent(widened.name(), canonical);
            }
        }
    }

    /**
     * 洋浦 for 洋浦经济开发区 declared as 洋浦经开区: a zone whose own name is no division goes by that name alone
     * (在洋浦设立). A zone named after its county (阳城经开区) does not: 阳城 is the county.
     */
    private List<Mention> zoneStems(List<Mention> shortNames, Map<String, String> sameAs) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : shortNames) {
            Matcher zone = PlaceRecognizer.ZONE.matcher(m.name());
            boolean ownName = m.type() == EntityType.Place && zone.find() && zone.end() == m.name().length()
                    && zone.start() >= 2;
            String stem = ownName ? m.name().substring(0, zone.start()) : "";
            // 稀土 of 包头稀土高新区 is no name of its own: the zone is named after its city.
            if (ownName && m.canonical().startsWith(stem) && gazetteer.byName(stem).isEmpty()
                    && gazetteer.byShortName(stem).isEmpty()
                    && sameAs.putIfAbsent(stem, m.canonical()) == null) {
                out.add(new Mention(stem, m.canonical(), m.type(), m.start(), m.start() + stem.length(), m.properties()));
            }
        }
        return out;
    }

    /**
     * 东疆 for 天津东疆综合保税区, 洋浦 for 洋浦经济开发区: a zone the text names in full goes by its own name as
     * the subject of a clause, before an adverb (东疆正在推进…, “洋浦将…), when that name is no division's and no
     * common word (未来 of 未来科技城, 数字经济 of 数字经济产业园 are not).
     */
    private List<Mention> zoneStemsAsSubjects(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        String s = p.full();
        boolean[] covered = new boolean[s.length() + 1];
        mentions.forEach(m -> Arrays.fill(covered, m.start(), m.end(), true));
        Map<String, Mention> zones = new LinkedHashMap<>();
        mentions.stream().filter(m -> m.type() == EntityType.Place).forEach(m -> zones.putIfAbsent(m.canonical(), m));
        List<Mention> out = new ArrayList<>();
        for (Mention zone : zones.values()) {
            String name = zone.canonical();
            int kindStart = -1;
            for (Matcher kind = PlaceRecognizer.ZONE.matcher(name); kind.find(); ) {
                kindStart = kind.end() == name.length() ? kind.start() : kindStart;
            }
            String stem = kindStart < 0 ? "" : name.substring(Math.min(leadingPlaceEnd(name), kindStart), kindStart);
            if (stem.length() < 2 || !gazetteer.byName(stem).isEmpty() || !gazetteer.byShortName(stem).isEmpty()
                    || isCommonWord(stem) || !sameAs.getOrDefault(stem, name).equals(name)) {
                continue;
            }
            for (int at = s.indexOf(stem); at >= 0; at = s.indexOf(stem, at + 1)) {
                int end = at + stem.length();
                boolean subject = (at == 0 || PlaceRecognizer.CLAUSE_OPENERS.indexOf(s.charAt(at - 1)) >= 0)
                        && end < s.length() && PlaceRecognizer.ADVERBS_AFTER_SUBJECT.indexOf(s.charAt(end)) >= 0;
                if (subject && !covered[at] && !covered[end - 1]) {
                    sameAs.putIfAbsent(stem, name);
                    out.add(new Mention(stem, name, zone.type(), at, end, zone.properties()));
                    Arrays.fill(covered, at, end, true);
                }
            }
        }
        return out;
    }

    /** A word of the core dictionary other than a place's, or one made of such words (数字经济). */
    private static boolean isCommonWord(String word) {
        return !OrganizationRecognizer.dictionaryTags(word, "ns")
                && Lexicon.composedOf(word, w -> w.length() >= 2 && CoreDictionary.get(w) != null);
    }

    /**
     * 上海绿渚蔬果专业合作社, later 绿渚蔬果专业合作社, 绿渚蔬果合作社 or 绿渚合作社: a cooperative is written again
     * without the places its name opens with, often without 专业 and its trade. Each such form in the text is a
     * name of it, whatever shorter part of it the recogniser read.
     */
    private List<Mention> cooperativeShortNames(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> brands = new LinkedHashMap<>();   // cooperative -> its name without places and 专业合作社
        for (Mention co : mentions) {
            String name = co.canonical();
            String kind = cooperativeKind(name);
            if (co.type() == EntityType.Enterprise && kind != null) {
                String core = name.substring(leadingPlaceEnd(name));
                brands.putIfAbsent(name, core.substring(0, core.length() - kind.length()));
            }
        }
        for (Mention co : List.copyOf(mentions)) {
            String name = co.canonical();
            String brand = brands.getOrDefault(name, "");
            if (brand.length() < 2 || !seen.add(name)) {
                continue;
            }
            // A union of cooperatives (X专业合作社联合社) goes by 联合社 as a cooperative goes by 合作社.
            String kind = cooperativeKind(name);
            String shortKind = kind.equals(SPECIALISED_UNION) ? UNION : COOPERATIVE;
            List<String> forms = new ArrayList<>(List.of(brand + kind, brand + shortKind));
            // 沙海合作社 for X县沙海甜瓜种植专业合作社: the brand's head alone, where no other cooperative shares it.
            for (int len = 2; len < brand.length(); len++) {
                String head = brand.substring(0, len);
                // Counted among bodies of the same kind: a union its cooperative founded keeps 联合社.
                if (brands.entrySet().stream().filter(b -> b.getValue().startsWith(head)
                        && kind.equals(cooperativeKind(b.getKey()))).count() == 1) {
                    forms.add(head + shortKind);
                }
            }
            forms.remove(name);
            for (String form : forms) {
                for (int start : freeOccurrences(p, mentions, form)) {
                    int end = start + form.length();
                    if (sameAs.getOrDefault(form, name).equals(name)) {
                        sameAs.put(form, name);
                        out.add(new Mention(form, name, EntityType.Enterprise, start, end, co.properties()));
                        // The recogniser may have read less of it (藏香猪养殖专业合作社 of 达嘎藏香猪…).
                        mentions.removeIf(o -> o.type() == EntityType.Enterprise && o.start() > start && o.end() == end);
                    }
                }
            }
        }
        return out;
    }

    /** How a cooperative's (专业合作社) or a union's (专业合作社联合社) registered name ends, or null for others. */
    private static String cooperativeKind(String name) {
        return name.endsWith(SPECIALISED_UNION) ? SPECIALISED_UNION
                : name.endsWith(SPECIALISED_COOPERATIVE) ? SPECIALISED_COOPERATIVE : null;
    }

    /**
     * X大学园艺学院, later 园艺学院; X大学平利茶产业研究院, in the title 茶产业研究院; 曲阳绿色建材研究院, later
     * 绿色建材研究院: a research unit written again without its institution (and the place after it), or a body
     * named after its place written again without the place, is the same unit, where no other unit of the text
     * ends so.
     */
    private List<Mention> unitsWithoutTheirInstitution(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        Map<String, Set<String>> unitsByForm = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Matcher institution = INSTITUTION.matcher(m.canonical());
            int unitStart = -1;
            while (m.type() == EntityType.ResearchTeam && institution.find()) {
                unitStart = institution.end() < m.canonical().length() ? institution.end() : unitStart;
            }
            String unit = unitStart < 0 ? "" : m.canonical().substring(unitStart);
            String bare = unit.substring(leadingPlaceEnd(unit));
            // 曲阳绿色建材研究院: with no institution, the place alone opens the name, and the rest must be a name,
            // not two joined (咖啡与茶产业研究院, which the recogniser may part).
            int placeEnd = unitStart < 0 && m.type() == EntityType.ResearchTeam ? leadingPlaceEnd(m.canonical()) : 0;
            String withoutPlace = m.canonical().substring(placeEnd);
            if (placeEnd > 0 && withoutPlace.length() >= MIN_PLACELESS_UNIT
                    && OrganizationRecognizer.namesResearchUnit(withoutPlace)
                    && withoutPlace.chars().noneMatch(c -> "与和及".indexOf(c) >= 0)) {
                bare = withoutPlace;
            }
            for (String form : new LinkedHashSet<>(List.of(unit, bare))) {
                if (form.length() >= MIN_UNIT_FORM) {
                    unitsByForm.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(m.canonical());
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        unitsByForm.forEach((form, units) -> {
            String unit = units.iterator().next();
            if (units.size() != 1 || !sameAs.getOrDefault(form, unit).equals(unit)) {
                return;
            }
            for (int start : freeOccurrences(p, mentions, form)) {
                sameAs.put(form, unit);
                out.add(new Mention(form, unit, EntityType.ResearchTeam, start, start + form.length(), Map.of()));
            }
        });
        return out;
    }

    /** Where {@code form} stands in the text at a word's start and inside no longer mention. */
    private static List<Integer> freeOccurrences(Passage p, List<Mention> mentions, String form) {
        String s = p.full();
        List<Integer> out = new ArrayList<>();
        for (int at = s.indexOf(form); at >= 0; at = s.indexOf(form, at + 1)) {
            int start = at;
            int end = at + form.length();
            if (p.isBoundary(start) && mentions.stream().noneMatch(o -> o.start() <= start && end <= o.end()
                    && o.end() - o.start() > form.length())) {
                out.add(start);
            }
        }
        return out;
    }

    /**
     * 浏阳市城投集团, 市城投集团, 城投集团 for 浏阳市城市建设投资集团有限公司, 湘橙电商 for 湖南湘橙电子商务有限公司:
     * the customary contraction of a trade (城市建设投资: 城投), with its place, its level word or neither; a form
     * two companies could go by names neither.
     */
    private Map<String, Mention> tradeContractions(List<Mention> mentions) {
        Map<String, Mention> out = new LinkedHashMap<>();
        Set<String> shared = new HashSet<>();
        for (Mention m : mentions) {
            String core = m.type() == EntityType.Enterprise ? withoutLegalFormOfCompanyOrBranch(m.canonical()) : null;
            var trade = core == null ? null : TRADE_CONTRACTIONS.entrySet().stream()
                    .filter(e -> core.contains(e.getKey())).findFirst().orElse(null);
            if (trade == null) {
                continue;
            }
            String contracted = core.replace(trade.getKey(), trade.getValue());
            int placeEnd = Math.min(leadingPlaceEnd(core), core.indexOf(trade.getKey()));
            // 湘橙电商, never 县电商发展 or 湖南通航: a trade that is no company's name alone goes by its brand only.
            boolean brandNeeded = BRAND_NEEDED.contains(trade.getKey());
            if (brandNeeded && core.indexOf(trade.getKey()) - placeEnd < 2) {
                continue;
            }
            String rest = contracted.substring(placeEnd);
            List<String> forms = new ArrayList<>(List.of(contracted));
            if (placeEnd > 0) {
                char level = contracted.charAt(placeEnd - 1);
                if (OrganizationRecognizer.BARE_LEVELS.indexOf(level) >= 0 && !brandNeeded) {
                    forms.add(level + rest);
                }
                forms.add(rest);
            }
            Mention like = standingFor(m);
            for (String form : forms) {
                if (form.length() >= 4 && out.putIfAbsent(form, like) != null
                        && !out.get(form).canonical().equals(m.canonical())) {
                    shared.add(form);
                }
            }
        }
        shared.forEach(out::remove);
        return out;
    }

    /**
     * 白沙乡投 declared for 湘潭市白沙乡村振兴投资有限公司: what reads as a place inside an organisation's declared
     * short name (白沙乡) is part of that name wherever the text writes it.
     */
    private static List<Mention> withoutPlacesInShortNames(List<Mention> mentions, List<Mention> shortNames) {
        Set<String> declared = shortNames.stream().filter(Mention::isOrganisation).map(Mention::name)
                .collect(Collectors.toSet());
        // Covered positions marked once: testing each place against each short name would be quadratic.
        int length = mentions.stream().mapToInt(Mention::end).max().orElse(0);
        int[] furthest = furthestEnds(mentions, o -> o.isOrganisation() && declared.contains(o.name()), length);
        return mentions.stream().filter(m -> m.type() != EntityType.Place || furthest[m.start()] < m.end())
                .collect(Collectors.toList());
    }

    /**
     * For each position up to {@code length}, the furthest end of the mentions {@code which} selects that start
     * there or before (-1 where none does): a span [a, b) lies inside one of them where the value at a is b or more.
     */
    private static int[] furthestEnds(List<Mention> mentions, Predicate<Mention> which, int length) {
        int[] furthest = new int[length + 1];
        Arrays.fill(furthest, -1);
        for (Mention m : mentions) {
            if (which.test(m) && m.start() <= length) {
                furthest[m.start()] = Math.max(furthest[m.start()], m.end());
            }
        }
        for (int i = 1; i <= length; i++) {
            furthest[i] = Math.max(furthest[i], furthest[i - 1]);
        }
        return furthest;
    }

    /** What another form of {@code m}'s name stands for: its entity, where it was named. */
    private static Mention standingFor(Mention m) {
        return new Mention(m.canonical(), m.canonical(), m.type(), m.start(), m.end(), Map.of());
    }

    /**
     * X财产保险六安中心支公司 for X财产保险股份有限公司六安中心支公司: a branch's name without its company's legal
     * form, or a company's as {@link #withoutLegalForm} gives it.
     */
    private static String withoutLegalFormOfCompanyOrBranch(String name) {
        if (!OrganizationRecognizer.isBranch(name)) {
            return withoutLegalForm(name);
        }
        return LEGAL_FORMS.stream().filter(name::contains).findFirst().map(form -> {
            int at = name.indexOf(form);
            return name.substring(0, at) + name.substring(at + form.length());
        }).orElse(null);
    }

    /** 苏州晶湃光电科技 for 苏州晶湃光电科技有限公司; null for a name without a legal form. */
    private static String withoutLegalForm(String registered) {
        return LEGAL_FORMS.stream().filter(registered::endsWith).findFirst()
                .map(form -> registered.substring(0, registered.length() - form.length())).orElse(null);
    }

    /**
     * Where the places a company name starts with end: 山西晋城 of 山西晋城X科技; 中国 counts as one. A place after
     * the first lies in it: 宁城 of 广东宁城茶业 is a county of another province, so the brand's.
     */
    private int leadingPlaceEnd(String core) {
        int end = 0;
        List<Gazetteer.Division> outer = List.of();   // what the places read so far may be; none after 中国
        for (boolean found = true; found; ) {
            found = false;
            for (int len = Math.min(8, core.length() - end - 2); len >= 2 && !found; len--) {
                String prefix = core.substring(end, end + len);
                List<Gazetteer.Division> named = prefix.equals("中国") ? List.of()
                        : gazetteer.named(prefix, COMPANY_PLACE_LEVELS);
                List<Gazetteer.Division> within = outer;
                if (prefix.equals("中国") || !named.isEmpty() && (end == 0 || within.isEmpty()
                        || named.stream().anyMatch(d -> within.stream().anyMatch(o -> gazetteer.isAncestor(o, d))))) {
                    end += len;
                    outer = named;
                    found = true;
                }
            }
        }
        return end;
    }

    /**
     * The start of {@code place}, in full or short, written right before {@code pos}, or of the last places of
     * its chain (阳城沁岭 for 山西阳城沁岭…公司); else {@code pos}.
     */
    private int placeBefore(String s, int pos, String place) {
        for (String form : List.of(place, Gazetteer.shortName(place))) {
            if (!form.isEmpty() && s.startsWith(form, pos - form.length())) {
                return pos - form.length();
            }
        }
        for (int from = 1; from <= place.length() - 2; from++) {
            String last = place.substring(from);
            if (s.startsWith(last, pos - last.length()) && gazetteer.names(last, COMPANY_PLACE_LEVELS)) {
                return pos - last.length();
            }
        }
        return pos;
    }

    /**
     * A declared short name written with its place again (省科技厅 declared for 河北省科学技术厅, then 河北省科技厅):
     * the place is where the full name starts, so the longer form is one more name of the same entity.
     */
    private static void placeQualified(List<Mention> mentions, List<Mention> shortNames, Map<String, String> sameAs) {
        for (Mention m : mentions) {
            for (Mention d : shortNames) {
                String place = m.name().length() > d.name().length() && m.name().endsWith(d.name())
                        ? m.name().substring(0, m.name().length() - d.name().length()) : "";
                if (m.type() == d.type() && !place.isEmpty() && d.canonical().startsWith(place)
                        && !m.name().equals(d.canonical())) {
                    sameAs.putIfAbsent(m.name(), d.canonical());
                }
            }
        }
    }

    /**
     * 省商务厅 in an article about one province is that province's 商务厅 (广东省商务厅), 市农业农村局 the
     * one city's (county-level cities such as 宜都市 do not count), 区农业农村局 the one district's; with two
     * named at that level, the body keeps the name the text gives it. Before all that, a body the text names in
     * full at that level is the one (市发改委 after 湘潭市发展和改革委员会). A province the text does not name is
     * the one all its places lie in (自治区人民政府 in a story about 包头市 is 内蒙古自治区人民政府).
     */
    private void ofTheArticlesDivision(List<Mention> mentions, Map<String, String> sameAs) {
        Map<String, Set<String>> divisionsByWord = new HashMap<>();
        Set<String> provincesAround = new LinkedHashSet<>();
        List<Mention> organisations = mentions.stream().filter(Mention::isOrganisation).toList();
        for (Mention pl : mentions) {
            if (pl.type() != EntityType.Place) {
                continue;
            }
            String word = levelWordOf(pl.canonical());
            Object level = pl.properties().get("level");
            if (word != null && PlaceRecognizer.LEVEL_OF_WORD.getOrDefault(word, "province").equals(level)) {
                divisionsByWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(pl.canonical());
            }
            Object code = pl.properties().get("divisionCode");
            Gazetteer.Division province = code == null ? null : gazetteer.provinceOf(code.toString());
            boolean inName = organisations.stream().anyMatch(o -> o.start() <= pl.start() && pl.end() <= o.end());
            if (province != null && !inName) {
                provincesAround.add(province.name());
            }
        }
        List<String> bodies = organisations.stream().map(Mention::canonical).distinct().toList();
        for (Mention m : mentions) {
            // By the name as the recogniser completed it: 商务厅 listed after 自治区工业和信息化厅 is 自治区商务厅.
            String word = levelWordOpening(m.canonical());
            if (m.type() != EntityType.Government || word == null || sameAs.containsKey(m.name())) {
                continue;
            }
            // 市发改委 after 湘潭市发展和改革委员会: the one body of that level the text names in full.
            String rest = m.canonical().substring(word.length());
            List<String> namedInFull = bodies.stream()
                    .filter(c -> c.length() > m.canonical().length() && c.endsWith(rest)
                            && word.equals(levelWordOf(c.substring(0, c.length() - rest.length())))).toList();
            if (namedInFull.size() == 1) {
                sameAs.put(m.name(), namedInFull.get(0));
                continue;
            }
            Set<String> divisions = divisionsByWord.getOrDefault(word, Set.of());
            String around = provincesAround.size() == 1 ? provincesAround.iterator().next() : "";
            if (divisions.isEmpty() && PROVINCE_WORDS.contains(word) && around.endsWith(word)) {
                divisions = Set.of(around);
            }
            if (divisions.size() == 1) {
                sameAs.put(m.name(), divisions.iterator().next() + m.canonical().substring(word.length()));
            }
        }
    }

    /** The level word a body's name opens with (省商务厅, 自治区人民政府), or null. */
    private static String levelWordOpening(String name) {
        return name.startsWith(OrganizationRecognizer.AUTONOMOUS_REGION) ? OrganizationRecognizer.AUTONOMOUS_REGION
                : levelWordOf(name.substring(0, Math.min(1, name.length())));
    }

    /** The level word a division's name ends in (省, 市, 县, 区, 自治区), or null. */
    private static String levelWordOf(String name) {
        if (name.endsWith(OrganizationRecognizer.AUTONOMOUS_REGION)) {
            return OrganizationRecognizer.AUTONOMOUS_REGION;
        }
        String last = name.isEmpty() ? "" : name.substring(name.length() - 1);
        return !last.isEmpty() && OrganizationRecognizer.BARE_LEVELS.contains(last) ? last : null;
    }

    /**
     * 龙腾通信绥化分公司 of 黑龙江龙腾通信有限公司, where the recogniser found no name (the segmenter cut the brand):
     * a company's name without its place and legal form, then a place it serves and a branch's word (分公司, 支公司,
     * 分行, 支行), is the company's branch there.
     */
    private List<Mention> branchesByBrand(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Where an organisation's name already stands, marked once: a look at every mention per occurrence of a
        // brand would be quadratic.
        int[] furthest = furthestEnds(mentions, Mention::isOrganisation, s.length());
        for (Mention company : mentions) {
            String brand = company.type() == EntityType.Enterprise && seen.add(company.canonical())
                    ? brandOf(company.canonical()) : "";
            for (int at = brand.length() < 2 ? -1 : s.indexOf(brand); at >= 0; at = s.indexOf(brand, at + 1)) {
                // Only a few characters on: the place's name, then the unit word.
                String window = s.substring(at, Math.min(s.length(), at + brand.length() + MAX_BRANCH_PLACE + 3));
                for (String unit : OrganizationRecognizer.BRANCH_SUFFIXES) {
                    int unitAt = window.indexOf(unit, brand.length());
                    int end = at + unitAt + unit.length();
                    int from = at;
                    String branch = unitAt < 0 ? null : branchByBrand(company, s.substring(at, end));
                    if (branch != null && furthest[from] < end) {
                        sameAs.putIfAbsent(s.substring(at, end), branch);
                        out.add(new Mention(s.substring(at, end), branch, EntityType.Enterprise, at, end, Map.of()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The branch {@code name} stands for when it is {@code company}'s name without its place and legal form, a
     * place the branch serves and its unit word (龙腾通信绥化分公司 of 黑龙江龙腾通信有限公司), or null.
     */
    private String branchByBrand(Mention company, String name) {
        String brand = company.type() == EntityType.Enterprise ? brandOf(company.canonical()) : "";
        String unit = OrganizationRecognizer.BRANCH_SUFFIXES.stream().filter(name::endsWith).findFirst().orElse("");
        String place = brand.length() >= 2 && !unit.isEmpty() && name.startsWith(brand)
                ? name.substring(brand.length(), name.length() - unit.length()) : "";
        return place.length() >= 2 && gazetteer.names(place, COMPANY_PLACE_LEVELS)
                ? company.canonical() + place + unit : null;
    }

    /** A registered name without its legal form and the places it opens with (龙腾通信), or "". */
    private String brandOf(String registered) {
        String core = withoutLegalForm(registered);
        return core == null ? "" : core.substring(leadingPlaceEnd(core));
    }

    /**
     * 恒禾精机博士后工作站 and X有限公司（以下简称“恒禾精机”）博士后科研工作站 in one text are one station: a station
     * named after its company, by the company's registered or declared short name, goes by the registered name,
     * and a postdoctoral station by the longer of the two words the text writes for it.
     */
    private static void stationsByTheirCompany(List<Mention> mentions, Map<String, String> sameAs) {
        Map<String, String[]> companyAndWordOf = new LinkedHashMap<>();   // station's canonical -> its company, word
        Set<String> longWordUsed = new HashSet<>();
        for (Mention m : mentions) {
            String word = m.type() != EntityType.ResearchTeam ? null
                    : OrganizationRecognizer.stationWordEnding(m.canonical());
            if (word == null) {
                continue;
            }
            String named = m.canonical().substring(0, m.canonical().length() - word.length());
            String company = sameAs.getOrDefault(named, named);
            if (LEGAL_FORMS.stream().anyMatch(company::endsWith)) {
                companyAndWordOf.put(m.canonical(), new String[] {company, word});
                if (word.equals(OrganizationRecognizer.POSTDOCTORAL_STATION)) {
                    longWordUsed.add(company);
                }
            }
        }
        companyAndWordOf.forEach((station, companyAndWord) -> {
            String company = companyAndWord[0];
            String word = companyAndWord[1];
            boolean postdoctoral = word.startsWith(OrganizationRecognizer.POSTDOCTORAL);
            String full = company + (postdoctoral && longWordUsed.contains(company)
                    ? OrganizationRecognizer.POSTDOCTORAL_STATION : word);
            if (!full.equals(station)) {
                sameAs.putIfAbsent(station, full);
            }
        });
    }

    /**
     * A branch named without its company goes by the company's name: "X公司在园区设立宁夏分公司" and then
     * "X简称宁夏分公司" are both X公司宁夏分公司.
     */
    private void branchesOfTheirCompany(Passage p, List<Mention> mentions, Map<String, String> sameAs) {
        String s = p.full();
        Set<String> named = new HashSet<>();
        Map<String, String> brandOpenings = null;   // registered name -> its brand's first two characters
        for (Mention branch : mentions) {
            String unit = OrganizationRecognizer.BRANCH_SUFFIXES.stream().filter(branch.name()::endsWith).findFirst()
                    .orElse(null);
            if (branch.type() != EntityType.Enterprise || unit == null || !branch.canonical().equals(branch.name())
                    || sameAs.containsKey(branch.name()) || branch.name().contains("银行") || !named.add(branch.name())) {
                continue;
            }
            String company = null;
            for (var e : sameAs.entrySet()) {
                String rest = branch.name().startsWith(e.getKey()) ? branch.name().substring(e.getKey().length()) : "";
                // X集团 standing for X集团有限公司 leaves a branch named after the whole name (X集团有限公司Y分公司) as it is.
                if (rest.length() > unit.length() && LEGAL_FORMS.stream().anyMatch(e.getValue()::endsWith)
                        && LEGAL_FORMS.stream().noneMatch(rest::startsWith)) {
                    company = e.getValue() + rest;
                }
            }
            for (int k = 0; company == null && k < mentions.size(); k++) {
                company = branchByBrand(mentions.get(k), branch.name());
            }
            int clause = RelationFinder.clauseStart(s, branch.start());
            if (company == null && SET_UP_BEFORE.matcher(s.substring(clause, branch.start())).find()) {
                // The founder in the clause, or else the sentence's subject (X公司投资3亿元，在Y设立Y分公司).
                Sentences.Sentence sentence = p.sentenceAt(branch.start());
                brandOpenings = brandOpenings != null ? brandOpenings : brandOpenings(mentions);
                company = founderOf(p, mentions, brandOpenings, branch, clause);
                company = company == null && sentence != null && sentence.start() < clause
                        ? founderOf(p, mentions, brandOpenings, branch, sentence.start()) : company;
            }
            String place = branch.name().substring(0, branch.name().length() - unit.length());
            if (company == null && (gazetteer.names(place, COMPANY_PLACE_LEVELS)
                    || PlaceRecognizer.shortFormOfNamedTown(place, mentions))) {
                company = ofTheOneBank(mentions, branch.name(), sameAs);
            }
            if (company != null) {
                sameAs.put(branch.name(), company);
            }
        }
    }

    /** The registered companies of {@code mentions}, each with the first two characters of its brand. */
    private Map<String, String> brandOpenings(List<Mention> mentions) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.Enterprise && LEGAL_FORMS.stream().anyMatch(m.canonical()::endsWith)
                    && !out.containsKey(m.canonical())) {
                String brand = brandOf(m.canonical());
                out.put(m.canonical(), brand.length() >= BRAND_OPENING ? brand.substring(0, BRAND_OPENING) : "");
            }
        }
        return out;
    }

    /**
     * X公司宁夏分公司 for the company named from {@code from} up to {@code branch}: the first named by its registered
     * name, else the one registered company of the text whose brand's first two characters are written there (楚泓
     * of 楚泓制药, for 湖北楚泓制药股份有限公司); null where there is none.
     */
    private static String founderOf(Passage p, List<Mention> mentions, Map<String, String> brandOpenings,
                                    Mention branch, int from) {
        String before = p.full().substring(from, branch.start());
        String inFull = mentions.stream().filter(m -> m.start() >= from && m.end() <= branch.start())
                .map(Mention::canonical).filter(brandOpenings::containsKey).findFirst().orElse(null);
        List<String> byBrand = brandOpenings.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty() && before.contains(e.getValue())).map(Map.Entry::getKey).toList();
        String founder = inFull != null ? inFull : byBrand.size() == 1 ? byBrand.get(0) : null;
        return founder == null ? null : founder + branch.name();
    }

    /**
     * 内乡支行 after 豫商银行内乡支行: a branch named by its place alone is the one the text names in full; else,
     * after 豫商银行西峡支行 or in a text about 豫商银行股份有限公司, the branch of the one bank the text names, by
     * itself or in its branches' names (by its fullest name). Null where it names more than one.
     */
    private static String ofTheOneBank(List<Mention> mentions, String branch, Map<String, String> sameAs) {
        Map<String, String> banks = new HashMap<>();   // the bank's name up to 银行 -> its fullest name
        Set<String> inFull = new HashSet<>();
        for (Mention m : mentions) {
            // A short name the text declared (以下简称“X农商银行”) is the bank it stands for.
            String name = sameAs.getOrDefault(m.canonical(), m.canonical());
            int bankEnd = name.lastIndexOf("银行") + 2;
            if (m.type() != EntityType.Enterprise || bankEnd < 4) {
                continue;
            }
            String rest = name.substring(bankEnd);
            String legalForm = LEGAL_FORMS.stream().filter(rest::startsWith).findFirst().orElse("");
            String written = name.substring(0, bankEnd + legalForm.length());
            boolean branchInFull = name.length() > written.length() + 2
                    && OrganizationRecognizer.isBranch(name);
            String bank = sameAs.getOrDefault(written, written);   // 晋南农商银行|翼城支行: the declared bank's
            if (branchInFull || written.equals(name)) {
                banks.merge(bank.substring(0, bank.lastIndexOf("银行") + 2), bank,
                        (a, b) -> a.length() >= b.length() ? a : b);
            }
            if (branchInFull && name.endsWith(branch)) {
                inFull.add(name);
            }
        }
        if (!inFull.isEmpty()) {
            return inFull.size() == 1 ? inFull.iterator().next() : null;
        }
        return banks.size() == 1 ? banks.values().iterator().next() + branch : null;
    }

    /** 稀土高新区管委会 for the zone declared as 稀土高新区: the zone's 管理委员会 (or 党工委) by the zone's full name. */
    private static void committeesOfTheirZone(List<Mention> mentions, Map<String, String> sameAs) {
        Set<String> places = new HashSet<>();
        Map<String, String> zoneByName = new HashMap<>();   // 九江经开区 -> 九江经济技术开发区, as the recogniser read it
        for (Mention z : mentions) {
            if (z.type() == EntityType.Place) {
                places.add(z.canonical());
                zoneByName.putIfAbsent(z.name(), z.canonical());
            }
        }
        for (Mention m : mentions) {
            // By the canonical name: 管委会 of a title chain (X经开区党工委委员、管委会副主任) carries its zone's.
            Matcher committee = OrganizationRecognizer.ZONE_COMMITTEE.matcher(m.canonical());
            if (m.type() != EntityType.Government || !committee.matches() || sameAs.containsKey(m.canonical())) {
                continue;
            }
            String zone = sameAs.getOrDefault(committee.group(1), zoneByName.getOrDefault(committee.group(1),
                    committee.group(1)));
            String full = zone + (committee.group(2).equals("管委会") ? "管理委员会" : committee.group(2));
            if (places.contains(zone) && !m.canonical().equals(full)) {
                sameAs.put(m.canonical(), full);
            }
        }
    }

    /**
     * 巴彦淖尔市五原县塔尔湖镇人民政府 is 塔尔湖镇人民政府: a government whose name opens with a chain of
     * divisions goes by the last of them, as it calls itself; the whole chain stays an alias.
     */
    private static void governmentsByTheirDivision(List<Mention> mentions, Map<String, String> sameAs) {
        for (Mention m : mentions) {
            if (m.type() != EntityType.Government || sameAs.containsKey(m.canonical())) {
                continue;
            }
            List<Mention> chain = PlaceRecognizer.jurisdictionChain(m, mentions);
            Mention last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            if (chain.size() >= 2 && m.canonical().startsWith(m.name().substring(0, last.end() - m.start()))) {
                String own = m.canonical().substring(last.start() - m.start());
                sameAs.put(m.canonical(), own);
                // The name without its county, written too, was sent to the whole chain: no loop of the two.
                sameAs.remove(own, m.canonical());
            }
        }
    }

    /**
     * 定西市安定区X种植专业合作社 is registered in 安定区 as 安定区X种植专业合作社: a company whose name opens with a
     * city and one of its counties goes by its name from the county on as well.
     */
    private static List<Mention> namesFromTheirCounty(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Mention county = PlaceRecognizer.countyNamingCompany(m, mentions);
            if (county != null) {
                out.add(new Mention(m.name().substring(county.start() - m.start()), m.canonical(), m.type(),
                        county.start(), m.end(), m.properties()));
            }
        }
        return out;
    }

    /**
     * 中国科大微电子学院 for 中国科学技术大学微电子学院, named in the text: a unit written with its institution's
     * well-known short form is the unit named in full.
     */
    private void unitsByKnownShortName(List<Mention> mentions, Map<String, String> sameAs) {
        Set<String> named = mentions.stream().filter(Mention::isOrganisation).map(Mention::canonical)
                .collect(Collectors.toSet());
        List<String> universities = named.stream().filter(n -> n.endsWith(OrganizationRecognizer.UNIVERSITY)).toList();
        for (String name : named) {
            for (var e : lexicon.shortForms.entrySet()) {
                String full = e.getValue() + name.substring(Math.min(name.length(), e.getKey().length()));
                if (name.startsWith(e.getKey()) && name.length() > e.getKey().length() && named.contains(full)) {
                    sameAs.putIfAbsent(name, full);
                }
            }
            // 西农动物医学院 (or 西北农林科技大学西农动物医学院, the university's name put before it): a unit written
            // with its university's two-character contraction, its first character and another of its name.
            int at = name.indexOf(OrganizationRecognizer.UNIVERSITY);
            boolean prefixed = at > 0;
            String written = prefixed ? name.substring(at + OrganizationRecognizer.UNIVERSITY.length()) : name;
            for (String institution : universities) {
                String full = institution + written.substring(Math.min(2, written.length()));
                if (written.length() > 2 && written.charAt(0) == institution.charAt(0)
                        && institution.indexOf(written.charAt(1), 1) > 0 && !written.startsWith(institution)
                        && named.contains(full) && (!prefixed || name.startsWith(institution))) {
                    sameAs.putIfAbsent(name, full);
                }
            }
        }
    }

    /** 昌吉高新区 for 昌吉国家高新技术产业开发区: a zone's short form leaves out 国家, its full name does not. */
    private static void nationalZones(List<Mention> mentions, Map<String, String> sameAs) {
        Set<String> zones = new HashSet<>();
        mentions.stream().filter(m -> m.type() == EntityType.Place && m.canonical().contains("国家"))
                .forEach(m -> zones.add(m.canonical()));
        for (String national : zones) {
            String plain = national.replaceFirst("国家", "");
            boolean named = mentions.stream().anyMatch(m -> m.type() == EntityType.Place && m.canonical().equals(plain));
            if (named && PlaceRecognizer.ZONE.matcher(plain).find()) {
                sameAs.putIfAbsent(plain, national);
            }
        }
    }

    /**
     * "“蓟北山货”电商助农行动" and later "“蓟北山货”行动", "晋城市“X”产业提升行动方案（2025—2027年）" and
     * "“X”行动方案": a program written by its quoted core and its head word alone is the one program of the
     * text with that core and head. The projects of a program are written so too: “X”项目 for “X”专项.
     */
    private static void quotedCoreShortForms(List<Mention> mentions, Map<String, String> sameAs) {
        Map<String, Set<String>> fullByCore = new HashMap<>();   // “core” -> canonical names written with it
        for (Mention m : mentions) {
            Matcher q = QUOTED_CORE.matcher(m.name());
            if (m.type() == EntityType.Program && q.find()) {
                fullByCore.computeIfAbsent(q.group(1), k -> new LinkedHashSet<>()).add(m.canonical());
            }
        }
        for (Mention m : mentions) {
            Matcher q = QUOTED_CORE.matcher(m.name());
            if (m.type() != EntityType.Program || !q.matches() || q.group(2) == null || sameAs.containsKey(m.canonical())) {
                continue;
            }
            String head = q.group(2);
            List<String> longer = fullByCore.getOrDefault(q.group(1), Set.of()).stream()
                    .filter(c -> head.equals(PROJECTS) ? !c.equals(m.canonical()) : c.length() > m.canonical().length()
                            && ProgramRecognizer.PERIOD.matcher(c).replaceFirst("").endsWith(head)).toList();
            if (longer.size() == 1) {
                sameAs.put(m.canonical(), longer.get(0));
            }
        }
    }

    private static boolean isOutermost(Mention m, List<Mention> mentions) {
        return mentions.stream().noneMatch(o -> m.within(o) && o.type() == m.type());
    }

    /**
     * "X公司" for a full name starting with X, "X集团" for X集团有限公司, "X银行" for X银行股份有限公司; a plan "P"
     * for "P计划"/"P方案".
     */
    private static void abbreviations(List<Mention> mentions, Set<String> places, Map<String, String> sameAs) {
        Set<String> enterprises = new LinkedHashSet<>();
        Set<String> programs = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.Enterprise) {
                enterprises.add(m.canonical());
            } else if (m.type() == EntityType.Program) {
                programs.add(m.canonical());
            }
        }
        villagesCooperatives(mentions, enterprises, sameAs);
        for (String e : enterprises) {
            if (e.endsWith("公司") && !e.endsWith("有限公司")) {
                String stem = e.substring(0, e.length() - 2);
                enterprises.stream()
                        .filter(full -> !full.equals(e) && full.startsWith(stem) && full.endsWith("公司"))
                        .findFirst()
                        .ifPresent(full -> sameAs.putIfAbsent(e, full));
            }
        }
        for (String bank : enterprises) {
            if (bank.endsWith("银行")) {   // 豫商银行 for 豫商银行股份有限公司
                LEGAL_FORMS.stream().filter(form -> enterprises.contains(bank + form)).findFirst()
                        .ifPresent(form -> sameAs.putIfAbsent(bank, bank + form));
            }
        }
        // 浏阳星源农商银行, 星源农商银行 for 湖南浏阳星源农村商业银行: the contraction, with or without the places
        // the name opens with, stands for the one rural commercial bank whose contracted name ends in it.
        for (String written : enterprises) {
            if (written.endsWith(RURAL_BANK_SHORT) && written.length() > RURAL_BANK_SHORT.length() + 1) {
                List<String> banks = enterprises.stream().filter(full -> full.contains(RURAL_BANK)
                        && full.replace(RURAL_BANK, RURAL_BANK_SHORT).endsWith(written)).toList();
                if (banks.size() == 1) {
                    sameAs.putIfAbsent(written, banks.get(0));
                }
            }
        }
        for (String group : enterprises) {
            if (group.endsWith("集团")) {
                enterprises.stream()
                        .filter(full -> full.length() > group.length() && groupNames(full, places).contains(group))
                        .findFirst().ifPresent(full -> sameAs.putIfAbsent(group, full));
            }
        }
        for (String prog : programs) {
            for (String suffix : List.of("计划", "方案")) {
                if (programs.contains(prog + suffix)) {
                    sameAs.putIfAbsent(prog, prog + suffix);
                }
            }
        }
        quotedCoreShortForms(mentions, sameAs);
        // 《方案》 after 《X行动方案》: a document word alone names the one document of the text that ends in it.
        for (String prog : programs) {
            List<String> documents = programs.stream()
                    .filter(doc -> doc.length() > prog.length() && doc.endsWith(prog)).toList();
            if (DOCUMENT_TAIL.matcher(prog).matches() && documents.size() == 1) {
                sameAs.putIfAbsent(prog, documents.get(0));
            }
        }
        // A short name and the document that carries it (“五大行动” / 《某省乡村产业振兴五大行动实施方案》,
        // “X走廊” / 《X走廊建设三年行动计划（2025—2027年）》): the document is the name followed only by a
        // document word, maybe its work and span before it and its period after, so both are one program.
        for (String prog : programs) {
            // (“湘江新区” quoted is the zone too, no short name of 《湘江新区建设实施方案》: names are merged by name.
            // A system (“链长制”) is no short name of its work plan (《X链长制工作方案》): the plan carries it out.)
            if (sameAs.containsKey(prog) || prog.length() < 3 || prog.endsWith(SYSTEM) && !prog.endsWith(MECHANISM)
                    || mentions.stream().anyMatch(m -> m.type() != EntityType.Program && m.canonical().equals(prog))) {
                continue;
            }
            programs.stream()
                    .filter(doc -> doc.length() > prog.length() && doc.contains(prog)
                            && CARRYING_DOCUMENT.matcher(ProgramRecognizer.PERIOD.matcher(
                                    doc.substring(doc.lastIndexOf(prog) + prog.length())).replaceFirst("")).matches())
                    .reduce((x, y) -> x.length() >= y.length() ? x : y)
                    .filter(doc -> !sameAs.containsKey(doc))
                    .ifPresent(doc -> sameAs.put(prog, doc));
        }
    }

    /**
     * An organisation or program named once with its place and once without (岢岚县宏福合作社, then 宏福合作社;
     * 湖北省“X”专项 and “X”专项): the shorter name is the same organisation or program when what it lacks is
     * exactly a place the passage names, or a province, city or county opening the full name by its short name
     * (宁波海屿渔舍运营管理有限公司, then 海屿渔舍运营管理有限公司; 三亚崖州湾科技城, then 崖州湾科技城). Programs
     * are compared without their quotes.
     */
    private void placePrefixed(List<Mention> mentions, Map<String, String> sameAs) {
        Set<String> placeNames = mentions.stream().filter(m -> m.type() == EntityType.Place).map(Mention::name)
                .collect(Collectors.toSet());
        List<Mention> named = Mentions.firstOfEachName(mentions.stream()
                .filter(m -> m.isOrganisation() || m.type() == EntityType.Program
                        || m.type() == EntityType.Place && PlaceRecognizer.ZONE.matcher(m.name()).find()).toList());
        Map<String, Set<String>> fullNamesOf = new LinkedHashMap<>();
        for (Mention full : named) {
            // A program, and a zone named after the divisions it lies in (滨海新区东疆综合保税区), by its canonical name.
            boolean program = full.type() == EntityType.Program || full.type() == EntityType.Place;
            String fullName = program ? full.canonical() : full.name();
            for (Mention bare : named) {
                String bareName = program ? bare.canonical() : bare.name();
                int cut = fullName.length() - bareName.length();
                String lacked = cut >= 2 && fullName.endsWith(bareName) ? fullName.substring(0, cut) : "";
                // 贵州国有龙岗林场, then 龙岗林场: a state body with no legal form (a farm) may be called without 国有.
                boolean stateBody = full.type() == EntityType.Enterprise && withoutLegalForm(fullName) == null;
                String place = stateBody && lacked.endsWith(STATE_OWNED)
                        ? lacked.substring(0, cut - STATE_OWNED.length()) : lacked;
                boolean onlyStateOwned = place.isEmpty() && !lacked.isEmpty();
                boolean unaltered = full.name().equals(full.canonical());
                Predicate<String> isPlace = n -> placeNames.contains(n)
                        || unaltered && gazetteer.names(n, COMPANY_PLACE_LEVELS);
                if (bare.type() == full.type() && (onlyStateOwned || !place.isEmpty() && chainOf(place, isPlace))) {
                    fullNamesOf.computeIfAbsent(bareName, k -> new LinkedHashSet<>()).add(full.canonical());
                }
            }
        }
        // A bare name two places' organisations could go by (宁波X公司 and 舟山X公司, then X公司) is neither's.
        fullNamesOf.forEach((bare, fulls) -> {
            if (fulls.size() == 1) {
                sameAs.putIfAbsent(bare, fulls.iterator().next());
            }
        });
        sameWithPlaceInFull(named, sameAs);
    }

    /**
     * 宁德锂电研究院, then 宁德市锂电研究院: a name opening on a city's or county's short form is the one
     * the text also writes with the place in full.
     */
    private void sameWithPlaceInFull(List<Mention> named, Map<String, String> sameAs) {
        Map<String, Mention> byName = new HashMap<>();
        named.forEach(m -> byName.putIfAbsent(m.name(), m));
        for (Mention shortened : named) {
            for (int len = 2; len <= Math.min(MAX_SHORT_PLACE, shortened.name().length() - 2); len++) {
                String place = shortened.name().substring(0, len);
                String rest = shortened.name().substring(len);
                for (Gazetteer.Division d : gazetteer.byShortName(place)) {
                    Mention full = byName.get(d.name() + rest);
                    if (full != null && full.type() == shortened.type() && shortened.isOrganisation()
                            && !d.name().equals(place)) {
                        sameAs.putIfAbsent(shortened.name(), full.canonical());
                    }
                }
            }
        }
    }

    /** {@code text} is one or more places written one after another (梅州市平远县). */
    private static boolean chainOf(String text, Predicate<String> place) {
        if (text.isEmpty()) {
            return true;
        }
        for (int len = 2; len <= text.length(); len++) {
            if (place.test(text.substring(0, len)) && chainOf(text.substring(len), place)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 金米村合作社 for 柞水县金米木耳种植专业合作社: a cooperative called by its village or town is the one
     * cooperative of the text whose name holds the place's own name.
     */
    private static void villagesCooperatives(List<Mention> mentions, Set<String> enterprises,
                                             Map<String, String> sameAs) {
        for (Mention m : mentions) {
            Matcher called = PLACE_COOPERATIVE.matcher(m.name());
            if (m.type() != EntityType.Enterprise || !called.matches()) {
                continue;
            }
            String stem = called.group(1);
            List<String> holders = enterprises.stream().filter(e -> !e.equals(m.name()) && e.endsWith("合作社")
                    && e.contains(stem)).toList();
            if (holders.size() == 1) {
                sameAs.putIfAbsent(m.name(), holders.get(0));
            }
        }
    }

    /**
     * The names a group goes by besides its registered one: X集团 for X集团有限公司, and without the place it
     * starts with (晋丰集团 for 晋城市晋丰集团有限公司). Empty for other names.
     */
    private static List<String> groupNames(String registered, Set<String> places) {
        for (String form : LEGAL_FORMS) {
            String group = registered.endsWith("集团" + form)
                    ? registered.substring(0, registered.length() - form.length()) : null;
            if (group != null) {
                List<String> names = new ArrayList<>(List.of(group));
                places.stream().filter(place -> group.startsWith(place) && group.length() - place.length() >= 4)
                        .forEach(place -> names.add(group.substring(place.length())));
                return names;
            }
        }
        return List.of();
    }

    /**
     * The words in [from, to) are nouns naming a field (茶叶, 作物), no verb, person or title (共建, 研究员), even
     * where the segmenter glued a verb into a name.
     */
    private static boolean namesAField(Passage p, int from, int to) {
        if (OrganizationRecognizer.dictionaryTags(p.full().substring(from, from + 2), "v")
                || PEOPLE_WORDS.matcher(p.full()).region(from, to).find()) {
            return false;
        }
        for (int i = from; i < to; ) {
            var t = p.termAt(i);
            String nature = t == null ? "" : t.nature.toString();
            if (t == null || !nature.startsWith("n") || nature.startsWith("nr") || nature.equals("nnt")) {
                return false;
            }
            i = t.offset + t.word.length();
        }
        return true;
    }

    private static Set<String> placeNames(List<Mention> mentions) {
        Set<String> places = new LinkedHashSet<>();
        mentions.stream().filter(m -> m.type() == EntityType.Place).forEach(m -> places.add(m.name()));
        return places;
    }

    /**
     * Adds a mention at every further occurrence of a known name not yet covered by a mention of it, and of
     * a group's shorter names (X集团).
     */
    private static List<Mention> rescan(Passage p, List<Mention> mentions, Set<String> places,
                                        Map<String, Mention> contracted) {
        Map<String, Mention> names = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.name().length() >= 2) {
                names.putIfAbsent(m.name(), m);
            }
            if (m.type() == EntityType.Enterprise) {
                groupNames(m.canonical(), places).forEach(group -> names.putIfAbsent(group,
                        new Mention(group, m.canonical(), m.type(), m.start(), m.end(), m.properties())));
            }
        }
        unitsByShortName(mentions).forEach(names::putIfAbsent);
        contracted.forEach(names::putIfAbsent);
        List<Mention> out = new ArrayList<>(mentions);
        List<Mention> organisations = mentions.stream().filter(Mention::isOrganisation).toList();
        String s = p.full();
        List<String> longestFirst = new ArrayList<>(names.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : longestFirst) {
            Mention like = names.get(name);
            for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
                int start = i;
                int end = i + name.length();
                boolean covered = out.stream().anyMatch(o -> o.type() == like.type() && o.start() <= start
                        && o.end() >= end);
                Mention again = new Mention(name, like.canonical(), like.type(), start, end, like.properties());
                boolean partOfName = like.type() == EntityType.Place
                        && PlaceRecognizer.outsideNames(List.of(again), organisations).isEmpty();
                // A person named again alone (周启航同时担任…): where the words around it leave the name whole.
                boolean personInWord = like.type() == EntityType.Person && (!p.isBoundary(start) || !p.isBoundary(end));
                if (!covered && !partOfName && !personInWord) {
                    out.add(again);
                }
                // 省农科院茶叶研究所: a unit written after its institution's contraction is the institution's unit.
                Matcher unit = contracted.get(name) == like && like.type() == EntityType.ResearchTeam
                        ? UNIT_AFTER_CONTRACTION.matcher(s).region(end, s.length()) : null;
                if (unit != null && unit.lookingAt() && !covered && namesAField(p, end, unit.end(1))) {
                    out.add(new Mention(s.substring(start, unit.end()), like.canonical() + unit.group(), like.type(),
                            start, unit.end(), Map.of()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
        return out;
    }

    /**
     * The customary contractions of institutions' names, 湖南省农科院, 湖南农科院 and, with one such institution
     * named, 省农科院 for 湖南省农业科学院; an institution named only as the head of its unit's name
     * (四川省农业科学院作物研究所) goes by them too.
     */
    private static Map<String, Mention> contractedNames(List<Mention> mentions, Gazetteer gazetteer) {
        Map<String, Mention> out = new LinkedHashMap<>();
        Map<String, Set<String>> byLevelWord = new HashMap<>();
        for (Mention m : mentions) {
            // 物理所 for 中国科学院物理研究所: an academy's institute goes by its discipline and 所, unless two
            // academies' institutes of that discipline are named.
            Matcher institute = ACADEMY_INSTITUTE.matcher(m.canonical());
            if (m.type() == EntityType.ResearchTeam && institute.matches()) {
                String discipline = institute.group(1);
                // 能源所 for 中国科学院广州能源研究所 too: the discipline without the province or city it opens on.
                String field = discipline.length() >= 4 && gazetteer.byShortName(discipline.substring(0, 2)).stream()
                        .anyMatch(d -> NAMING_LEVELS.contains(d.level())) ? discipline.substring(2) : discipline;
                Set<String> forms = new LinkedHashSet<>(List.of(discipline + "所", field + "所"));
                // 化物所 and 大连化物所 for 中国科学院大连化学物理研究所: a field of two words goes by their first
                // characters, with or without the place it opens on.
                if (field.length() == 4 && CoreDictionary.get(field.substring(0, 2)) != null
                        && CoreDictionary.get(field.substring(2)) != null) {
                    String contracted = "" + field.charAt(0) + field.charAt(2) + "所";
                    forms.add(contracted);
                    forms.add(discipline.substring(0, discipline.length() - field.length()) + contracted);
                }
                for (String form : forms) {
                    out.putIfAbsent(form, standingFor(m));
                    byLevelWord.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(m.canonical());
                }
            }
            for (var c : CONTRACTIONS.entrySet()) {
                int at = m.type() == EntityType.ResearchTeam ? m.canonical().indexOf(c.getKey()) : -1;
                if (at < 2) {
                    continue;
                }
                String institution = m.canonical().substring(0, at + c.getKey().length());
                String stem = institution.substring(0, at);
                Mention like = new Mention(institution, institution, m.type(), m.start(), m.end(), Map.of());
                out.putIfAbsent(stem + c.getValue(), like);
                String unit = m.canonical().substring(institution.length());
                if (!unit.isEmpty()) {   // 山西农大园艺学院 for 山西农业大学园艺学院
                    out.putIfAbsent(stem + c.getValue() + unit, standingFor(m));
                }
                char level = stem.charAt(stem.length() - 1);
                if (stem.length() >= 3 && OrganizationRecognizer.BARE_LEVELS.indexOf(level) >= 0) {
                    out.putIfAbsent(stem.substring(0, stem.length() - 1) + c.getValue(), like);
                    byLevelWord.computeIfAbsent(level + c.getValue(), k -> new LinkedHashSet<>()).add(institution);
                    out.putIfAbsent(level + c.getValue(), like);
                }
            }
        }
        byLevelWord.forEach((form, institutions) -> {
            if (institutions.size() > 1) {
                out.remove(form);   // 省农科院 with two provinces' academies named: which one is unknown
            }
        });
        return out;
    }

    /**
     * 西农园艺学院 for 西北农林科技大学园艺学院 once 西农 is the university's short name: a unit goes by its
     * parent's short name too. Looked up by the unit's prefixes, so the cost grows with the names, not their pairs.
     */
    private static Map<String, Mention> unitsByShortName(List<Mention> mentions) {
        Map<String, List<String>> shortNames = new HashMap<>();
        for (Mention m : mentions) {
            if (m.isOrganisation() && !m.name().equals(m.canonical()) && m.name().length() >= 2) {
                List<String> forms = shortNames.computeIfAbsent(m.canonical(), k -> new ArrayList<>());
                if (!forms.contains(m.name())) {
                    forms.add(m.name());
                }
            }
        }
        Map<String, Mention> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Mention unit : mentions) {
            String full = unit.canonical();
            if (!unit.isOrganisation() || shortNames.isEmpty() || !seen.add(full)) {
                continue;
            }
            for (int cut = 2; cut <= full.length() - 2; cut++) {
                String rest = full.substring(cut);
                for (String form : shortNames.getOrDefault(full.substring(0, cut), List.of())) {
                    out.putIfAbsent(form + rest, new Mention(form + rest, full, unit.type(), unit.start(), unit.end(),
                            unit.properties()));
                }
            }
        }
        return out;
    }

    private List<Entity> entities(Passage p, List<Mention> mentions) {
        Map<String, EntityBuilder> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            EntityBuilder b = byKey.computeIfAbsent(m.type() + "|" + m.canonical(),
                    k -> new EntityBuilder(m.canonical(), m.type()));
            // X（以下简称“Y”）院士工作站: the unit's own word after the declaration is no name of it, which two
            // parents' units would share.
            boolean unitAfterDeclaration = m.type() == EntityType.ResearchTeam && m.canonical().endsWith(m.name())
                    && m.canonical().length() > m.name().length() && declarationEndsAt(p.full(), m.start());
            if (!unitAfterDeclaration) {
                b.names.add(m.name());
            }
            m.properties().forEach(b.properties::putIfAbsent);
            if (m.start() >= p.textOffset()) {
                b.offsets.add(p.articleOffset(m.start()));
            }
        }
        List<Entity> out = new ArrayList<>();
        for (EntityBuilder b : byKey.values()) {
            b.names.addAll(knownForms(b.name));
            b.names.remove(b.name);
            out.add(new Entity(b.name, b.type, List.copyOf(b.names), b.properties,
                    b.offsets.stream().distinct().sorted().toList()));
        }
        return out;
    }

    /**
     * Spellings the lexicon knows: 中国科学技术大学 -> 中国科大, and for units named with a short form
     * 建行晋城分行 -> 中国建设银行晋城分行 (only units: 北大荒 does not start with 北大 = 北京大学).
     */
    private List<String> knownForms(String name) {
        List<String> out = new ArrayList<>();
        boolean unit = OrganizationRecognizer.UNIT_SUFFIXES.stream().anyMatch(name::endsWith)
                || name.endsWith("所");
        for (var e : lexicon.shortForms.entrySet()) {
            if (unit && name.startsWith(e.getKey()) && !name.startsWith(e.getValue())) {
                out.add(e.getValue() + name.substring(e.getKey().length()));
            } else if (name.equals(e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static final class EntityBuilder {
        final String name;
        final EntityType type;
        final Set<String> names = new LinkedHashSet<>();
        final Map<String, Object> properties = new LinkedHashMap<>();
        final List<Integer> offsets = new ArrayList<>();

        EntityBuilder(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }
    }
}
