package org.policygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * China's administrative divisions (province, city, county, town) from {@code gazetteer/divisions.tsv}:
 * names, short forms, levels, GB/T 2260 codes and parent chains. Immutable once loaded.
 */
final class Gazetteer {

    static final String RESOURCE = "gazetteer/divisions.tsv";

    record Division(String code, String name, String level, String parentCode) {
    }

    private static final String BEIJING = "11";
    private static final String AREA = "地区";

    /** Full names that are also everyday words ("矿区" is a county of 阳泉, and the word for a mining area). */
    private static final Set<String> GENERIC_NAMES = Set.of("城区", "郊区", "矿区", "新区", "市辖区", "市中区",
            "高新区", "开发区", "新城区", "老城区", "中心区");
    private static final String[] SUFFIXES = {"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "街道",
            "省", "市", "县", "区", "盟", "旗", "镇", "乡"};
    private static final String ETHNIC_GROUPS = "维吾尔 柯尔克孜 哈萨克 塔吉克 乌孜别克 俄罗斯 塔塔尔 达斡尔 鄂温克"
            + " 鄂伦春 蒙古 朝鲜 土家 布依 哈尼 景颇 傈僳 仡佬 仫佬 毛南 东乡 撒拉 裕固 纳西 普米 独龙 基诺 拉祜"
            + " 布朗 阿昌 德昂 门巴 珞巴 保安 锡伯 赫哲 高山 壮 回 藏 苗 羌 彝 侗 傣 白 瑶 黎 畲 水 满 土 怒 佤 京";

    /** A banner or county named after a wing of a league: 科尔沁|左|翼|后旗, 喀喇沁|左|翼|县. */
    private static final Pattern WING = Pattern.compile("(\\p{IsHan}{2,4})([左右])翼(\\p{IsHan}?[旗县])");
    /** A banner named after a part of a tribe of three characters or more: 土默特|左旗, 新巴尔虎|右旗. */
    private static final Pattern BANNER_PART = Pattern.compile("(\\p{IsHan}{3,4})([左右前中后]旗)");
    private static final String AUTONOMOUS = "自治";
    private static final String TOWN_WORDS = "镇乡";
    private static final char REGISTERED_MOUTH = '咀';
    private static final char EVERYDAY_MOUTH = '嘴';
    private static final String[][] AUTONOMOUS_LEVELS = {{"自治县", "县"}, {"自治州", "州"}, {"自治旗", "旗"},
            {"族乡", "乡"}, {"族镇", "镇"}};

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byShortName = new HashMap<>();
    /**
     * Towns of two characters by the name news calls them: 乌镇 for 乌镇镇 (a doubled level word), 侯镇. Such a
     * name is mostly a word elsewhere (古镇, 新镇), so it is read right after the town's county only.
     */
    private final Map<String, List<Division>> twoCharacterTowns = new HashMap<>();
    /** Every beginning (two characters or more) of a full or short name: lets a scan stop early. */
    private final Set<String> prefixes = new java.util.HashSet<>();
    /** Characters that begin, and that come second in, some name: a cheap first test at each text position. */
    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] secondChars = new boolean[Character.MAX_VALUE + 1];
    private int longestName;

    private Gazetteer() {
    }

    static Gazetteer load() {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the TSV: a "# " comment line, the header {@code code name level parent_code}, then rows. */
    static Gazetteer read(BufferedReader r) throws IOException {
        Gazetteer g = new Gazetteer();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            g.add(new Division(f[0], f[1], f[2], f.length > 3 && !f[3].isEmpty() ? f[3] : null));
        }
        g.addFormerTownNames();
        return g;
    }

    /**
     * Townships become towns (撤乡设镇) and towns subdistricts (撤镇设街道), and news keeps the old word for
     * years: 角杯乡 for 角杯镇, X镇 for X街道. The other word names the same town wherever no division of its own
     * goes by it.
     */
    private void addFormerTownNames() {
        Map<String, List<Division>> former = new HashMap<>();
        for (List<Division> ds : byName.values()) {
            for (Division d : ds) {
                boolean township = d.name().endsWith("乡");
                boolean subdistrict = d.name().endsWith("街道") && d.name().length() >= 4;
                if (d.level().equals("town") && d.name().length() >= 3 && (township || d.name().endsWith("镇"))) {
                    String other = d.name().substring(0, d.name().length() - 1) + (township ? "镇" : "乡");
                    former.computeIfAbsent(other, k -> new ArrayList<>()).add(d);
                } else if (d.level().equals("town") && subdistrict) {
                    former.computeIfAbsent(d.name().substring(0, d.name().length() - 2) + "镇",
                            k -> new ArrayList<>()).add(d);
                }
            }
        }
        former.forEach((name, ds) -> {
            if (!byName.containsKey(name)) {
                byName.put(name, ds);
                addPrefixes(name);
            }
        });
    }

    private void add(Division d) {
        if (isAreaOffice(d)) {
            byCode.put(d.code(), d);
            addAreaOffice(d);
            return;
        }
        if (d.level().equals("town") && d.name().length() == 2 && TOWN_WORDS.indexOf(d.name().charAt(1)) >= 0) {
            twoCharacterTowns.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            addPrefixes(d.name());
        }
        if (GENERIC_NAMES.contains(d.name()) || d.level().equals("town") && !isTownName(d.name())) {
            byCode.put(d.code(), d);
            return;
        }
        byCode.put(d.code(), d);
        addName(d.name(), d);
        String s = shortName(d.name());
        if (!s.equals(d.name())) {
            byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
            addPrefixes(s);
        }
        if (d.level().equals("town") && (d.name().endsWith("镇镇") || d.name().endsWith("乡乡"))) {
            twoCharacterTowns.computeIfAbsent(d.name().substring(0, d.name().length() - 1),
                    k -> new ArrayList<>()).add(d);
        }
        String everyday = everydayName(d.name(), s);
        if (everyday != null) {
            addName(everyday, d);
            // 威宁自治县 for 威宁彝族回族苗族自治县: the short form with the autonomous level word, as officials say it.
            int level = d.name().lastIndexOf(AUTONOMOUS);
            String autonomous = level < 0 ? d.name() : s + d.name().substring(level);
            if (!autonomous.equals(d.name())) {
                addName(autonomous, d);
            }
        }
        // 总路咀镇, which news writes 总路嘴镇: the registered character and the everyday one name the same place.
        if (d.name().indexOf(REGISTERED_MOUTH) >= 0) {
            addName(d.name().replace(REGISTERED_MOUTH, EVERYDAY_MOUTH), d);
        }
        String contracted = d.level().equals("county") ? contractedName(everyday != null ? everyday : d.name()) : null;
        if (contracted != null) {
            addName(contracted, d);
        }
    }

    /** {@code d} goes by {@code name}, in full or as the news writes it. */
    private void addName(String name, Division d) {
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(d);
        longestName = Math.max(longestName, name.length());
        addPrefixes(name);
    }

    /**
     * The contraction the news uses for a banner or county named after a league's wing or a tribe's part: the
     * first character of the name before it, then the rest (科左后旗 for 科尔沁左翼后旗, 喀左县 for 喀喇沁左翼县, 土左旗
     * for 土默特左旗, 乌前旗 for 乌拉特前旗). Null for other names.
     */
    static String contractedName(String name) {
        Matcher wing = WING.matcher(name);
        if (wing.matches()) {
            return wing.group(1).charAt(0) + wing.group(2) + wing.group(3);
        }
        Matcher part = BANNER_PART.matcher(name);
        return part.matches() ? part.group(1).charAt(0) + part.group(2) : null;
    }

    /**
     * 金海湖地区: Beijing lists its area offices, each run together with the town or township of the same name,
     * which is what the news calls them (金海湖镇, 来广营乡, 杨镇).
     */
    private void addAreaOffice(Division d) {
        String own = d.name().substring(0, d.name().length() - AREA.length());
        for (String level : own.endsWith("镇") || own.endsWith("乡") ? List.of("", AREA) : List.of("镇", "乡", AREA)) {
            addName(own + level, d);
        }
    }

    /** A town-level area office of Beijing (金海湖地区), named in the news as the town it is run with. */
    static boolean isAreaOffice(Division d) {
        return d.level().equals("town") && d.code().startsWith(BEIJING) && d.name().endsWith(AREA);
    }

    /**
     * The name an autonomous division goes by every day, its short form with the plain level word:
     * 互助县 for 互助土族自治县, 恩施州 for 恩施土家族苗族自治州, 阿市乡 for 阿市苗族彝族乡. Null for other divisions.
     */
    private static String everydayName(String name, String shortName) {
        for (String[] kind : AUTONOMOUS_LEVELS) {
            if (name.endsWith(kind[0]) && !shortName.equals(name)) {
                return shortName + kind[1];
            }
        }
        return null;
    }

    private void addPrefixes(String name) {
        firstChars[name.charAt(0)] = true;
        secondChars[name.charAt(1)] = true;
        for (int len = 2; len <= name.length(); len++) {
            prefixes.add(name.substring(0, len));
        }
    }

    /** False when no name can begin at {@code pos} of {@code s}, judged by its first two characters alone. */
    boolean mayStartName(String s, int pos) {
        return pos + 1 < s.length() && firstChars[s.charAt(pos)] && secondChars[s.charAt(pos + 1)];
    }

    /** True when some full or short name begins with {@code s} (two characters or more). */
    boolean startsSomeName(String s) {
        return prefixes.contains(s);
    }

    /**
     * Towns proper (镇, 乡, 街道, 苏木) and management districts at town level (后湖管理区); the source also lists
     * farms and zones at town level.
     */
    private static boolean isTownName(String name) {
        return name.length() >= 3 && (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道")
                || name.endsWith("苏木") || name.endsWith("管理区"));
    }

    /**
     * 山西省 -> 山西, 延边朝鲜族自治州 -> 延边, and 东乡族自治县 -> 东乡, named after its people alone; names left
     * with one character keep their suffix (沁县).
     */
    static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String rest = stripEthnicGroups(name.substring(0, name.length() - suffix.length()));
                rest = rest.endsWith("族") && rest.length() >= 3 && suffix.startsWith("自治")
                        ? rest.substring(0, rest.length() - 1) : rest;
                return rest.length() >= 2 ? rest : name;
            }
        }
        return name;
    }

    private static String stripEthnicGroups(String s) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ETHNIC_GROUPS.split(" ")) {
                String withZu = group + "族";
                if (s.endsWith(withZu) && s.length() > withZu.length() + 1) {
                    s = s.substring(0, s.length() - withZu.length());
                    stripped = true;
                } else if (group.length() >= 2 && s.endsWith(group) && s.length() > group.length() + 1) {
                    s = s.substring(0, s.length() - group.length());
                    stripped = true;
                }
            }
        }
        return s;
    }

    /** A division of one of {@code levels} by its full or short name. */
    boolean names(String name, Set<String> levels) {
        return !named(name, levels).isEmpty();
    }

    /** The divisions of one of {@code levels} a full or short name may mean. */
    List<Division> named(String name, Set<String> levels) {
        if (!mayStartName(name, 0)) {
            return List.of();   // the common case, answered without a lookup
        }
        List<Division> out = new ArrayList<>();
        for (List<Division> divisions : List.of(byName(name), byShortName(name))) {
            divisions.stream().filter(d -> levels.contains(d.level())).forEach(out::add);
        }
        return out;
    }

    /**
     * 汤旺朝鲜族乡 for 汤旺乡: a township written with the peoples it is named for, which the codes list without
     * them. Empty unless {@code name} ends with peoples and 乡 or 镇, is no name of the codes (柳城畲族镇 is) and
     * the rest names a town.
     */
    List<Division> townsWithoutTheirPeoples(String name) {
        int level = name.length() - 1;
        if (level < 1 || name.charAt(level - 1) != '族' || "乡镇".indexOf(name.charAt(level)) < 0
                || byName.containsKey(name)) {
            return List.of();
        }
        String stem = stripEthnicGroups(name.substring(0, level));
        return stem.length() == level ? List.of()
                : byName(stem + name.charAt(level)).stream().filter(d -> d.level().equals("town")).toList();
    }

    /** Towns named by two characters (侯镇), or so written without the second of a doubled level word (乌镇). */
    List<Division> twoCharacterTowns(String name) {
        return twoCharacterTowns.getOrDefault(name, List.of());
    }

    /** A division's name at one of {@code levels}, full or short, of two to four characters, begins at {@code pos}. */
    boolean namesAt(String s, int pos, Set<String> levels) {
        return nameAt(s, pos, name -> names(name, levels));
    }

    /** As above, a division of any level (和静县 in 与和静县X合作社). */
    boolean namesAt(String s, int pos) {
        return nameAt(s, pos, this::names);
    }

    private static boolean nameAt(String s, int pos, Predicate<String> isName) {
        for (int end = pos + 2; end <= Math.min(s.length(), pos + 4); end++) {
            if (isName.test(s.substring(pos, end))) {
                return true;
            }
        }
        return false;
    }

    /** A division of any level by its full or short name (山西, 晋城市, 南村镇). */
    boolean names(String name) {
        return !byName(name).isEmpty() || !byShortName(name).isEmpty();
    }

    List<Division> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    List<Division> byShortName(String shortName) {
        return byShortName.getOrDefault(shortName, List.of());
    }

    int longestName() {
        return longestName;
    }

    /** The province (or municipality, autonomous region) a division code lies in, or null. */
    Division provinceOf(String code) {
        return code.length() < 2 ? null : byCode.get(code.substring(0, 2) + "0000");
    }

    /** The division with {@code code}, or null. */
    Division byCode(String code) {
        return byCode.get(code);
    }

    Division parent(Division d) {
        return d.parentCode() == null ? null : byCode.get(d.parentCode());
    }

    /** True when {@code ancestor} is {@code d}'s parent, grandparent, and so on. */
    boolean isAncestor(Division ancestor, Division d) {
        for (Division p = parent(d); p != null; p = parent(p)) {
            if (p.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Picks the division a name means, given the divisions the text also names: the candidate whose chain
     * shares most with {@code context}, a division named itself counting double; null when that leaves a tie.
     */
    Division resolve(Collection<Division> candidates, Collection<Division> context) {
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        Division best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Division c : candidates) {
            int score = 0;
            for (Division other : context) {
                if (other.equals(c)) {
                    score += 2;   // 吉林 after 吉林市: the city the text named in full, not its province
                } else if (isAncestor(other, c) || isAncestor(c, other)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
