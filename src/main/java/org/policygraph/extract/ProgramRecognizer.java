package org.policygraph.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named programs: policy documents in book-title marks (《...行动计划》), quoted names that are or
 * lead into a program word (“六大工程”, “双百”工程), the numbered actions a page lists under a headline
 * program (a paragraph opening "实施X行动。"), the sub-projects a plan enumerates (A、B四个子工程) and
 * loan products (X贷, Xe贷).
 */
final class ProgramRecognizer {

    static final String PROGRAM_WORDS = "行动计划|行动方案|实施方案|行动|工程|计划|方案|规划|项目|产业链|平台|战略|试点|制|贷";
    /** What ends a program's whole name; a special fund's program (X科技攻关专项) ends in 专项 too. */
    private static final Pattern PROGRAM_END = Pattern.compile("(?:" + PROGRAM_WORDS + "|专项)$");
    /** The title of a notice that launches an action: 关于开展X行动的通知, 关于实施Y工程的通知. */
    private static final Pattern NOTICE_OF_ACTION = Pattern.compile(
            "关于(?:组织|深入)?(?:开展|实施|启动)(\\p{IsHan}{2,24}(?:行动|工程|活动))的通知");
    private static final Pattern DOCUMENT_END = Pattern.compile(
            "(?:行动计划|计划|方案|规划|意见|办法|通知|条例|纲要|措施|政策|行动|工程|决定|细则)$");
    /** A verb of carrying out right before a quote: what is quoted is a program however long (实施“…提升行动”). */
    private static final List<String> CARRYING_OUT = List.of("实施", "启动", "开展", "推进", "推动", "推行", "部署");
    /**
     * Verbs before a slogan in quotes that makes it a program: carrying out, and building (建设“两个基地”, 创建“X示范县”,
     * a title striven for).
     */
    private static final List<String> CARRYING_OUT_OR_BUILDING = List.of("实施", "启动", "开展", "推进", "推动", "部署",
            "建设", "创建");
    /** Words right before a quoted project title: 计划项目“…”. */
    private static final String PROJECT = "项目";
    /** Verbs that rank a work as something (列为重点工程, 纳入计划): what follows them is no part of its name. */
    private static final Pattern RANKED = Pattern.compile("列为|列入|纳入|确定为|评为|成为");
    /** The particle of a done action, no character of a program's name. */
    private static final String DONE = "了";
    /** The particle of a description, no character of a program's name after its quote. */
    private static final String DESCRIBING = "的";
    private static final List<String> PROJECT_WORDS = List.of(PROJECT, "课题");
    /** The status a document's name may end with in brackets: （试行）, （暂行）. */
    private static final Pattern STATUS = Pattern.compile("[（(](?:试行|暂行|修订稿?|征求意见稿)[）)]$");
    /** The period a document's name may end with in brackets: （2024—2026年）. */
    static final Pattern PERIOD = Pattern.compile("[（(][^（）()]{0,16}年[^（）()]{0,4}[）)]$");
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{2,40})》");
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{1,30})”|‘([^‘’“”]{1,30})’");
    /** The longest rest of a name after its quote: “X”(水产品精深加工出口提升行动计划). */
    private static final int MAX_CONTINUATION = 16;
    /** Text after a closing quote up to the next break: the rest of a name like “双百”工程, holding no Arabic digit. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?:(?![一二三四五六七八九十两\\d]+[个项大])[^，,。、；;：:“”《》()（）\\s\\d]){1," + MAX_CONTINUATION + "}");
    /** Program words that may describe what a longer program is about: 产业链提升工程, 平台建设行动. */
    private static final Set<String> MODIFYING_PROGRAM_WORDS = Set.of("产业链", "平台", "项目", "试点");
    /**
     * After a closing quote a campaign word completes a name too: “项目建设攻坚年”活动, “X”专项, “X”制度, “X”科技会战
     * (but “三夏”会战, a season's field work, names none).
     */
    private static final Pattern CONTINUATION_WORD = Pattern.compile(
            "(?:制度|" + PROGRAM_WORDS + "|活动|(?<=\\p{IsHan}{2})会战|专项(?!行动|工程|计划))");
    private static final String DESCRIBED_QUOTE = "的“";
    private static final Pattern ENUMERATION = Pattern.compile("(?:包括|包含|涵盖|分为|[，,]即)[：:]?");
    /** One list item and the separator after it (、 和 及 以及), empty at the list's end. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "([^，,。；;：:、()（）\\s]{2,18}?)(、|以及|和|及|(?=[，,。；;等]|[一二三四五六七八九十两\\d]+[个项大]))");
    /** A paragraph opening on a work: "实施X行动。"; not on a place acting (X区率先行动。). */
    private static final Pattern SUB_ACTION = Pattern.compile(
            "^(?:实施|推进|开展)?(\\p{IsHan}{2,14}?(?:(?<!率先|立即|随即|随后|马上|迅速|积极|主动|纷纷|已经)行动|工程))[。：:]");
    /** An item of an ordinal list: "一是实施X行动；二是推进Y工程。", "其一，开展X行动". */
    private static final String ORDINALS = "一二三四五六七八九十";
    static final Pattern ORDINAL_ACTION = Pattern.compile(
            "(?<=^|[。；;：:，,\\n])(?:其?[一二三四五六七八九十]+是|其[一二三四五六七八九十]+[，,]|第[一二三四五六七八九十]+[，,]?)"
            + "(?:实施|推进|开展|启动|深化|组织)?(\\p{IsHan}{2,16}?(?:行动|工程))(?=[。；;，,]|$)");
    /** What opens an ordinal list's item before its program: 一是实施, 其二推进, 第三, 第一条，实施. */
    static final Pattern ORDINAL_OPENING = Pattern.compile(
            "(?:其?[一二三四五六七八九十]+是|其[一二三四五六七八九十]+|第[一二三四五六七八九十]+(?:条[，,、]?)?)"
            + "(?:提出)?(?:实施|推进|开展|启动|深化|组织|打造|建设)?");
    /** The count that closes a list of sub-projects: 四个子工程, 三个专项. */
    private static final Pattern SUB_PROJECTS = Pattern.compile(
            "[一二三四五六七八九十两\\d]+[个项](?:子(?:工程|项目|行动|计划)|专项(?!小组|工作|资金|债|督|检))");
    static final int MAX_LIST = 80;
    /** A count of programs and their shared head word (“三大专项行动”), closing the list of what they are. */
    static final Pattern COUNTED_HEAD = Pattern.compile(
            "“?([一二三四五六七八九十两])大(\\p{IsHan}{0,6}?(?:" + PROGRAM_WORDS + "))”?");
    /** Items quoted one after another, maybe with 、 between: “A”“B”“C”. */
    private static final Pattern QUOTED_ITEMS = Pattern.compile("(?:“[^“”]{2,10}”、?)*“[^“”]{2,10}”");
    /**
     * The count closing a list of quoted works, and the kind they share: (“A”和“B”)两项重点工程, 三项行动, 三大工程.
     * A task (任务) is no part of a work's name.
     */
    private static final Pattern QUOTED_COUNT = Pattern.compile(
            "(?<=”)([一二三四五六七八九十两])[项大](?:重点|重大|主要)?(工程|行动|计划|任务|专项)");
    private static final String TASK = "任务";
    /** A quoted task this short, of no program word, is a goal (“稳粮”, “乡村振兴”), no program. */
    private static final int MAX_GOAL = 5;
    /** The campaign word an item of a quoted list goes on to after its quote: “X”(科技会战). */
    private static final Pattern CAMPAIGN_AFTER_QUOTE = Pattern.compile("\\p{IsHan}{2}会战");
    /**
     * Quoted works one after another, the last maybe after 和, 及 or 、, up to the count after them; an item's name
     * may go on after its quote up to a campaign word (“X”科技会战、“Y”两项工程).
     */
    private static final Pattern QUOTED_LIST = Pattern.compile(
            "(?:“[^“”，,。]{2,16}”(?:" + CAMPAIGN_AFTER_QUOTE.pattern() + ")?[、和及]?)*“[^“”，,。]{2,16}”$");
    /** "得到A计划和B专项资助": the programs that fund the work, unquoted, between the verb and 资助/支持. */
    private static final Pattern FUNDED_BY = Pattern.compile(
            "(?:得到|获得|受到|获)了?([^，,。；;：:《》]{4,60}?)(?:项目)?(?:的)?(?:资助|支持|联合资助|共同资助)");
    private static final Pattern FUNDING_PROGRAM = Pattern.compile(
            "\\p{IsHan}{2,16}(?:计划|专项|工程|基金)(?:\\p{IsHan}{0,4}项目)?|\\p{IsHan}{4,16}项目");
    /**
     * A count of works and their kind, which names none of them: (实施)四项重点工程, 十大惠民工程; but a count of
     * counts is a name (三个一百人才工程).
     */
    private static final Pattern COUNTED_WORKS = Pattern.compile(
            "[一二三四五六七八九十两\\d]+[项个大](?![一二三四五六七八九十百千万两\\d])\\p{IsHan}{0,4}(?:工程|行动)");
    /** An unquoted work's name (group 1), up to a break or the next item of a list: 新能源汽车产业集群提升行动. */
    private static final String UNQUOTED_WORK = "(\\p{IsHan}{4,16}?(?:行动|工程))(?=[，,。；;、和及]|$)";
    /** An unquoted program after a verb of carrying out: 大力实施新能源汽车产业集群提升行动。 */
    private static final Pattern CARRIED_OUT = Pattern.compile("(?:实施|启动|开展|推进|推动)" + UNQUOTED_WORK);
    /** The works listed after one carried out: (实施A工程)、B工程和C工程. */
    private static final Pattern NEXT_WORK = Pattern.compile("(?:、|和|及)" + UNQUOTED_WORK);
    /** A count of works and a colon before their list: (部署了)三项重点工程：A、B和C. */
    private static final Pattern WORKS_LISTED = Pattern.compile(
            "[项大]重点(?:工程|行动|任务)[：:](?![一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十])"
            + UNQUOTED_WORK);
    /** An unquoted program opening a clause and given to someone: ；冷链物流补链工程由市商务局负责. */
    private static final Pattern ASSIGNED = Pattern.compile(
            "(?<=^|[：:；;。\\n])(\\p{IsHan}{4,16}?(?:行动|工程))(?:则|将|主要)?由");
    /** Words that open an enumeration: the items start after the last of them. */
    private static final Pattern LIST_LEAD = Pattern.compile("以及|包括|包含|实施|通过|下设|部署了?|启动|推出|推进|开展");
    /** Where a list's items part: 、, 和, 及, or between two quoted items written one after the other (“A”“B”). */
    private static final Pattern LIST_ITEM_BREAK = Pattern.compile("[、和及]|(?<=”)(?=“)");
    private static final Pattern LOAN = Pattern.compile("(?<=^|[“、，,和及与笔的\\s])(\\p{IsHan}{2,4}?[eE]?贷)(?=[”、，,和及与等发。\\s]|$)");
    private static final int MAX_LOAN_NAME = 5;
    private static final Pattern NOT_LOAN = Pattern.compile("^(?:.*(?:信贷|放贷|借贷|助贷|网贷|房贷|车贷)|.*贷款.*)$");
    private static final int LONG_QUOTE = 10;
    private static final String PLATFORM = "平台";
    /** A year's project after a division's name: (宁县)2026年高标准农田改造提升项目. */
    static final Pattern YEARS_PROJECT = Pattern.compile("\\d{4}年度?(\\p{IsHan}{2,16}?)项目");
    /**
     * Characters of a clause, which no project's name holds (共实施, 的, 将), and words of a batch of projects
     * (第四季度重点项目, 秋季招商引资项目, 推介暨项目, 新建项目, 省级科技计划项目).
     */
    private static final Pattern CLAUSE_CHARACTERS = Pattern.compile(
            "[的了将已共有等个和与及在为对该其季批暨]|实施|安排|完成|重点|重大|招商|集中|签约|开工|新建|续建|拟建|储备|"
            + "谋划|引进|争取|获得|以来|累计|亿元|以上|省级|市级|计划|投资|实事|十大|产业项目");
    /** What a project of a year does, ending its name: (高标准农田)建设, 改造提升, (虎爪姜)种植. */
    private static final Pattern WORK_DONE = Pattern.compile(
            "(?:建设|改造|提升|整治|修复|治理|防治|保护|提质|开发|种植|养殖|补贴|扶持|推广|示范)$");
    /** What follows a year's projects spoken of together: (X项目)资金, 名单, 申报, 23个. */
    private static final Pattern OF_PROJECTS = Pattern.compile("资金|名单|申报|立项|公示|推介|计划|建设年|\\d+个");
    private static final Pattern BARE_PROGRAM = Pattern.compile("(?:专项|重点|三年|攻坚)?(?:行动|工程|计划)");
    private static final String INSURANCE = "保险";
    /** The most characters of a kind of insurance (农业保险, 养老保险), which names no product. */
    private static final int MIN_INSURANCE_PRODUCT = 4;
    /** The longest quoted insurance product read as one: a place, a crop, a risk and the kind of cover. */
    private static final int MAX_PRODUCT = 16;
    private static final String COMPANY = "公司";
    /** After a quoted name, what makes it a financial product: 贷款, 收入保险, or 是…信贷产品, 是…保险产品. */
    private static final Pattern PRODUCT_AFTER_QUOTE = Pattern.compile(
            "贷款|\\p{IsHan}{0,4}保险(?!公司)|是[^。；;”“]{0,30}?(?:信贷|贷款|保险|金融)产品");
    /** A longer quote is a program's name too when it reads as one: no break inside, a program word at its end. */
    private static final Pattern NAMED_PROGRAM = Pattern.compile("\\p{IsHan}{4,18}(?:行动|工程|计划|方案|规划|专项)");
    /** A program taken as what drives the work: 以“X工程”为抓手, 为引领, 为载体. */
    private static final Pattern DRIVING_AFTER_QUOTE = Pattern.compile("为(?:抓手|引领|牵引|载体|突破口|主线)");
    private static final Pattern BUILT_AFTER_QUOTE = Pattern.compile("建设|创建|的|[，,。；;]|\\p{IsHan}{0,6}模式");
    /**
     * The pairing schemes between a richer and a poorer province, named by their one-character names (粤桂协作,
     * 闽宁协作, 津甘协作, 沪滇协作).
     */
    private static final Pattern PAIRED_PROVINCES = Pattern.compile(
            "[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼]{2}协作");
    /** The national system of crop research teams, one per crop: 国家大麦青稞产业技术体系. */
    private static final Pattern TECHNOLOGY_SYSTEM = Pattern.compile("国家\\p{IsHan}{2,8}?产业技术体系");
    /**
     * Innovation vouchers, the scheme by which cities pay part of what small firms buy from research bodies:
     * 科技创新券, 创新券 for short.
     */
    private static final Pattern INNOVATION_VOUCHER = Pattern.compile("(?:科技)?创新券");
    private static final String VOUCHER_IN_FULL = "科技创新券";

    List<Mention> find(Passage p, List<Mention> journals, List<Mention> places) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        Matcher b = BOOK_TITLE.matcher(s);
        while (b.find()) {
            String name = unquote(b.group(1));
            int start = b.start(1);
            // 《…三年行动方案（2024—2026年）》, 《…办法（试行）》: the period or the draft's status follows the word.
            String titled = STATUS.matcher(PERIOD.matcher(name).replaceFirst("")).replaceFirst("");
            if (journals.stream().noneMatch(j -> j.start() == start) && DOCUMENT_END.matcher(titled).find()) {
                out.add(program(b.group(1), name, start, b.end(1)));
            }
        }
        String curly = curlyQuotes(s);
        Matcher q = QUOTED.matcher(curly);
        while (q.find()) {
            if (!insideBookTitle(s, q.start())) {
                quoted(p, q, out);
            }
            // “开发区正在实施‘X行动’，…”: a name quoted inside a quoted speech (not inside a name: “小麦‘Y’行动”).
            boolean speech = q.group(1) != null && q.group(1).chars().anyMatch(c -> "，。；！？".indexOf(c) >= 0);
            Matcher inner = !speech || q.group(1).indexOf('‘') < 0 ? null
                    : QUOTED.matcher(curly).region(q.start(1), q.end(1));
            while (inner != null && inner.find()) {
                quoted(p, inner, out);
            }
        }
        out.addAll(subActions(p));
        out.addAll(ordinalActions(s));
        out.addAll(subProjects(s));
        out.addAll(countedItems(s));
        out.addAll(quotedCountedItems(s));
        out.addAll(funders(s));
        out.addAll(carriedOut(s));
        out.addAll(enumerated(p));
        out.addAll(loans(s));
        out.addAll(vouchers(s));
        out.addAll(yearsProjects(s, places));
        for (Pattern named : List.of(TECHNOLOGY_SYSTEM, PAIRED_PROVINCES)) {
            Matcher m = named.matcher(s);
            while (m.find()) {
                out.add(program(m.group(), m.group(), m.start(), m.end()));
            }
        }
        return out.stream().map(m -> actionOfNotice(m, out)).toList();
    }

    /**
     * 《关于开展X流域“Y”专项行动的通知》: a notice launching an action stands for the action, by the name the
     * text gives it elsewhere (Y专项行动) when its title holds that name at its end, else by its own words.
     */
    private static Mention actionOfNotice(Mention m, List<Mention> programs) {
        Matcher notice = NOTICE_OF_ACTION.matcher(m.canonical());
        if (!notice.matches()) {
            return m;
        }
        String action = notice.group(1);
        String named = programs.stream().map(Mention::canonical)
                .filter(c -> c.length() >= 4 && !c.equals(m.canonical()) && action.endsWith(c))
                .max(Comparator.comparingInt(String::length)).orElse(action);
        return program(m.name(), named, m.start(), m.end());
    }

    /**
     * A quoted name, with the program word written after the closing quote when it needs one (“双百”工程,
     * “古城+乡村”文旅融合行动). A name that already ends in a program word (“六大工程”推动...) is complete, and
     * a program word must end a word of its own (制 in 制造 is none).
     */
    private static void quoted(Passage p, Matcher q, List<Mention> out) {
        String s = p.full();
        int g = q.group(1) != null ? 1 : 2;
        String quoted = q.group(g);
        // “…只用了两年半。”项目负责人: a quoted sentence is speech, no name.
        if (quoted.chars().anyMatch(c -> "。！？".indexOf(c) >= 0)) {
            return;
        }
        // 计划项目“水稻智能育种关键技术”: a quoted title right after 项目 or 课题 is the project's name.
        if (endsWithAny(s, q.start(), PROJECT_WORDS)) {
            out.add(program(quoted, quoted, q.start(g), q.end(g)));
            return;
        }
        // “茶农融”贷款, “X”是…信贷产品: a financial product the quote names; “X县茶叶低温指数保险”: one it names
        // whole, by what it insures (“农业保险” and “养老保险” are kinds of insurance; “X保险”公司 is an insurer).
        boolean insurance = quoted.endsWith(INSURANCE) && quoted.length() > MIN_INSURANCE_PRODUCT
                && quoted.length() <= MAX_PRODUCT && !s.startsWith(COMPANY, q.end());
        if (insurance || quoted.length() <= LONG_QUOTE
                && PRODUCT_AFTER_QUOTE.matcher(s).region(q.end(), s.length()).lookingAt()) {
            out.add(program(quoted, quoted, q.start(g), q.end(g)));
            return;
        }
        boolean complete = PROGRAM_END.matcher(quoted).find();
        String tail = complete ? "" : continuation(p, q.end());
        if (CARRYING_OUT.stream().anyMatch(tail::startsWith)) {
            tail = "";   // “扩基地、强加工”推进全产业链建设: the verb starts a clause of its own
        }
        if (COUNTED_HEAD.matcher(tail).lookingAt() && q.start() > 0 && "”、和及".indexOf(s.charAt(q.start() - 1)) >= 0) {
            return;   // “A”“B”“C”三大工程, “A”“B”和“C”三大工程: the last of counted items, each a program of its own
        }
        // “…”专项行动: a bare program word (专项行动) names nothing alone, so the long quote and it are one name; a
        // tail of its own (“A—B—C”梯度培育工程) is the name.
        boolean bare = BARE_PROGRAM.matcher(tail).matches();
        if (!tail.isEmpty() && quoted.length() > LONG_QUOTE && tail.length() >= 4 && !bare) {
            out.add(program(tail, tail, q.end(), q.end() + tail.length()));
        } else if (!tail.isEmpty()) {
            out.add(program(s.substring(q.start(), q.end() + tail.length()), quoted + tail, q.start(),
                    q.end() + tail.length()));
        } else if (complete && (quoted.length() <= LONG_QUOTE || endsWithAny(s, q.start(), CARRYING_OUT)
                || NAMED_PROGRAM.matcher(quoted).matches() || declaredAfter(s, q.end())
                || q.start() > 0 && s.charAt(q.start() - 1) == '以'
                && DRIVING_AFTER_QUOTE.matcher(s).region(q.end(), s.length()).lookingAt())) {
            out.add(program(quoted, quoted, q.start(g), q.end(g)));
        } else if (endsWithAny(s, q.start(), CARRYING_OUT_OR_BUILDING)
                && BUILT_AFTER_QUOTE.matcher(s).region(q.end(), s.length())
                .lookingAt()) {
            // 推进“一县一园”建设: what a program builds is named by its slogan alone.
            out.add(program(quoted, quoted, q.start(g), q.end(g)));
        }
    }

    /** “…试点”（以下简称“X试点”）: a name the text gives a short form of is a name, however long. */
    private static boolean declaredAfter(String s, int end) {
        return AliasResolver.declarationAt(s, end) != null;
    }

    private static boolean endsWithAny(String s, int end, List<String> words) {
        return words.stream().anyMatch(word -> s.startsWith(word, end - word.length()));
    }

    /** The words after a closing quote at {@code from} up to and including a program word, or "". */
    private static String continuation(Passage p, int from) {
        String s = p.full();
        Matcher c = CONTINUATION.matcher(s).region(from, Math.min(s.length(), from + MAX_CONTINUATION + 2));
        // ‘一个项目、一名领导’的推进机制: a phrase after 的 is what the slogan describes, no part of its name; nor is
        // one after a copula (“X”是今年推出的保险试点).
        if (!c.lookingAt() || c.group().startsWith(DESCRIBING) || c.group().startsWith("是")) {
            return "";
        }
        Matcher w = CONTINUATION_WORD.matcher(c.group());
        int cut = -1;
        while (w.find()) {
            // “X”建设试点县名单: a program word may end inside the word for the divisions taking it up (试点县).
            int end = from + w.end();
            boolean ofDivisions = end < s.length() && "县区市镇村".indexOf(s.charAt(end)) >= 0 && p.isBoundary(end + 1);
            // “接班”一样压制: a one-character program word (制, 贷) ending another word is none.
            if (w.group().length() == 1 && !p.isBoundary(from + w.start())) {
                continue;
            }
            // “X”项目列为重点工程: a verb of ranking after a project starts a clause about it.
            if (cut > 0 && RANKED.matcher(c.group()).region(cut, w.start()).find()) {
                break;
            }
            if (p.isBoundary(end) || ofDivisions) {
                cut = w.end();
                // “智造纺织”产业链提升工程: a word that also describes what a program is about goes on to the next.
                if (w.group().length() > 1 && !MODIFYING_PROGRAM_WORDS.contains(w.group())) {
                    break;
                }
            }
        }
        String tail = cut > 0 ? c.group().substring(0, cut) : "";
        // 以“X”为主题的Y活动: a tail holding 的 describes a campaign the slogan is the theme of, and names none.
        boolean clause = tail.contains(DESCRIBING)
                || (tail.endsWith(PROJECT) || tail.contains(DONE)) && opensOnVerb(p, from);
        return clause ? "" : tail;
    }

    /**
     * “X”迎来大项目, “X”再添新项目, “X”有了新方案: a verb right after the quote, maybe after an adverb, opens a clause
     * about it when a project closes it or 了 says it is done, no part of a name (but “X”选派计划, “X”共建行动 are
     * names).
     */
    private static boolean opensOnVerb(Passage p, int from) {
        Term first = p.termAt(from);
        if (first == null || first.offset != from) {
            return false;
        }
        Term next = first.nature.toString().startsWith("d") ? p.termAt(from + first.word.length()) : first;
        String nature = next == null ? "" : next.nature.toString();
        return nature.startsWith("v") && !nature.equals("vn");
    }

    /**
     * "P包括A行动、B行动和C行动": the items of a list after 包括 (包含, 涵盖, 分为), each ending in a program
     * word, are programs. Which program they belong to is the relation finder's business.
     */
    private static List<Mention> enumerated(Passage p) {
        List<Mention> out = new ArrayList<>();
        Matcher m = ENUMERATION.matcher(p.full());
        while (m.find()) {
            int from = m.end();
            Matcher item = LIST_ITEM.matcher(p.full()).region(from, Math.min(p.full().length(), from + 200));
            while (item.lookingAt()) {
                // "包括：一是实施“X工程”": the ordinal and the verb of the item open no name.
                Matcher ordinal = ORDINAL_OPENING.matcher(item.group(1));
                int start = item.start(1) + (ordinal.lookingAt() ? ordinal.end() : 0);
                // "分为面向合作社的“X贷”": what the item is for, before 的, is no part of its quoted name.
                int described = p.full().substring(start, item.end(1)).lastIndexOf(DESCRIBED_QUOTE);
                start += described < 0 ? 0 : described + 1;
                String written = p.full().substring(start, item.end(1));
                String name = unquote(written);
                if (name.length() >= 4 && PROGRAM_END.matcher(name).find()) {
                    out.add(program(written, name, start, item.end(1)));
                }
                if (item.group(2).isEmpty()) {
                    break;
                }
                item.region(item.end(), item.regionEnd());
            }
        }
        return out;
    }

    /** Where the list before a closing count begins: after the clause break before it, at most 80 back. */
    private static int listStart(String s, int end) {
        int i = end;
        while (i > 0 && end - i < MAX_LIST && "，,。；;\n".indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static Mention program(String name, String canonical, int start, int end) {
        return new Mention(name, canonical, EntityType.Program, start, end, java.util.Map.of());
    }

    /**
     * The text with ASCII quotes read as typographic ones ("X"工程 as “X”工程, 'X'行动 as ‘X’行动), pairing
     * them in order within a line. The length is unchanged, so offsets stay those of the text.
     */
    static String curlyQuotes(String s) {
        if (s.indexOf('"') < 0 && s.indexOf('\'') < 0) {
            return s;
        }
        char[] c = s.toCharArray();
        boolean openDouble = false;
        boolean openSingle = false;
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\n') {
                openDouble = false;
                openSingle = false;
            } else if (c[i] == '"') {
                c[i] = openDouble ? '”' : '“';
                openDouble = !openDouble;
            } else if (c[i] == '\'') {
                c[i] = openSingle ? '’' : '‘';
                openSingle = !openSingle;
            }
        }
        return new String(c);
    }

    private static String unquote(String s) {
        return s.replaceAll("[“”‘’\"']", "");
    }

    private static boolean insideBookTitle(String s, int pos) {
        int open = s.lastIndexOf('《', pos);
        return open >= 0 && s.lastIndexOf('》', pos) < open;
    }

    /** A paragraph that opens with "实施X行动。" names one of the actions of the article's program. */
    private static List<Mention> subActions(Passage p) {
        List<Mention> out = new ArrayList<>();
        String s = p.full();
        for (int start = 0; start < s.length(); start = s.indexOf('\n', start) + 1) {
            Matcher m = SUB_ACTION.matcher(s.substring(start, Math.min(s.length(), start + 24)));
            if (m.find()) {
                out.add(program(m.group(1), m.group(1), start + m.start(1), start + m.end(1)));
            }
            if (s.indexOf('\n', start) < 0) {
                break;
            }
        }
        return out;
    }

    /** The actions of an ordinal list ("一是实施X行动；二是实施Y行动"), wherever in a paragraph it stands. */
    private static List<Mention> ordinalActions(String s) {
        List<Mention> out = new ArrayList<>();
        Matcher m = ORDINAL_ACTION.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        // Try the pattern only where an ordinal numeral stands (一是, 其二, 第三): 是 alone is everywhere.
        for (int i = 0; i < s.length(); i++) {
            if (ORDINALS.indexOf(s.charAt(i)) < 0 || i + 1 >= s.length()
                    || "是，,".indexOf(s.charAt(i + 1)) < 0 && (i == 0 || s.charAt(i - 1) != '第')) {
                continue;
            }
            int from = i;
            while (from > 0 && ORDINALS.indexOf(s.charAt(from - 1)) >= 0) {
                from--;
            }
            if (from > 0 && (s.charAt(from - 1) == '其' || s.charAt(from - 1) == '第')) {
                from--;
            }
            m.region(from, Math.min(s.length(), i + 24));
            if (m.lookingAt()) {
                out.add(program(m.group(1), m.group(1), m.start(1), m.end(1)));
            }
        }
        return out;
    }

    /** Loan products (裕农快贷, 善营贷, 兴农e贷): read only around each 贷, since the pattern is costly to try anywhere. */
    private static List<Mention> loans(String s) {
        List<Mention> out = new ArrayList<>();
        Matcher l = LOAN.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int k = s.indexOf('贷'); k >= 0; k = s.indexOf('贷', k + 1)) {
            l.region(Math.max(0, k - MAX_LOAN_NAME), k + 1);
            while (l.find()) {
                if (l.end(1) == k + 1 && !NOT_LOAN.matcher(l.group(1)).matches()) {
                    out.add(program(l.group(1), l.group(1), l.start(1), l.end(1)));
                    break;
                }
            }
        }
        return out;
    }

    /** Innovation vouchers, by the full name where the text writes it (科技创新券, later 创新券). */
    private static List<Mention> vouchers(String s) {
        List<Mention> out = new ArrayList<>();
        boolean inFull = s.contains(VOUCHER_IN_FULL);
        Matcher v = INNOVATION_VOUCHER.matcher(s);
        while (v.find()) {
            out.add(program(v.group(), inFull ? VOUCHER_IN_FULL : v.group(), v.start(), v.end()));
        }
        return out;
    }

    /**
     * 宁县2026年高标准农田改造提升项目: a county's or city's project of a year, named by the division, the year and
     * the work it does, is a program; words of a clause (2025年共实施项目) or of a batch (2025年一季度重点项目,
     * 2024年新建项目23个, 项目资金) make none.
     */
    private static List<Mention> yearsProjects(String s, List<Mention> places) {
        List<Mention> out = new ArrayList<>();
        for (Mention place : places) {
            Matcher project = YEARS_PROJECT.matcher(s).region(place.end(), s.length());
            Object level = place.properties().get("level");
            if (place.properties().containsKey("divisionCode") && ("county".equals(level) || "city".equals(level))
                    && project.lookingAt() && WORK_DONE.matcher(project.group(1)).find()
                    && !CLAUSE_CHARACTERS.matcher(project.group(1)).find()
                    && !OF_PROJECTS.matcher(s).region(project.end(), s.length()).lookingAt()) {
                String name = s.substring(place.start(), project.end());
                out.add(program(name, name, place.start(), project.end()));
            }
        }
        return out;
    }

    /**
     * "实施种薯繁育、精深加工、仓储物流“三大专项行动”": the items name their programs by what sets each apart,
     * and share the head word after the count (种薯繁育专项行动). The number of items must be the count.
     */
    private static List<Mention> countedItems(String s) {
        List<Mention> out = new ArrayList<>();
        if (!s.contains("大")) {
            return out;
        }
        Matcher m = COUNTED_HEAD.matcher(s);
        while (m.find()) {
            int base = listStart(s, m.start());
            Matcher lead = LIST_LEAD.matcher(s).region(base, m.start());
            while (lead.find()) {
                base = lead.end();
            }
            String list = s.substring(base, m.start());
            // “茶园提质”“品牌增值”“茶旅融合”三大工程: quoted items, written one after another.
            boolean quoted = QUOTED_ITEMS.matcher(list).matches();
            String[] items = quoted ? list.substring(1, list.length() - 1).split("”、?“", -1)
                    : list.split("、|以及|和|及", -1);
            int count = Chars.count(m.group(1).charAt(0));
            // 建有A、B和C三大平台: bare platforms, unquoted, are what a centre is built with, no program.
            boolean facilities = m.group(2).equals(PLATFORM) && !m.group().startsWith("“");
            if (facilities || items.length != count
                    || Arrays.stream(items).anyMatch(i -> !i.matches("\\p{IsHan}{2,10}"))) {
                continue;
            }
            int at = base;
            for (String item : items) {
                at = s.indexOf(item, at);
                // Named in full, not by the item: the item alone (冷链配套) is no name of the program.
                out.add(program(item + m.group(2), item + m.group(2), at, at + item.length()));
                at += item.length();
            }
        }
        return out;
    }

    /**
     * "部署了“A”和“B”两项重点工程": quoted works closed by their count are programs of their own, named with the
     * kind they share unless they end in a program word; the quote alone is another name for each.
     */
    private static List<Mention> quotedCountedItems(String s) {
        List<Mention> out = new ArrayList<>();
        Matcher m = QUOTED_COUNT.matcher(s);
        while (m.find()) {
            int base = listStart(s, m.start());
            Matcher list = QUOTED_LIST.matcher(s).region(base, m.start());
            if (!list.find()) {
                continue;
            }
            List<Mention> items = new ArrayList<>();
            boolean task = m.group(2).equals(TASK);
            int end = m.start();
            for (int open = s.indexOf('“', list.start()); open >= 0 && open < end; open = s.indexOf('“', open + 1)) {
                int close = s.indexOf('”', open);
                Matcher campaign = CAMPAIGN_AFTER_QUOTE.matcher(s).region(close + 1, end);
                if (campaign.lookingAt()) {
                    String name = s.substring(open + 1, close) + campaign.group();
                    items.add(program(name, name, open + 1, campaign.end()));
                    continue;
                }
                String item = s.substring(open + 1, close);
                boolean named = PROGRAM_END.matcher(item).find();
                if (task && !named && item.length() <= MAX_GOAL) {
                    break;
                }
                items.add(program(item, named || task ? item : item + m.group(2), open + 1, close));
            }
            if (items.size() == Chars.count(m.group(1).charAt(0))) {
                out.addAll(items);
            }
        }
        return out;
    }

    /**
     * Unquoted programs said to be carried out (实施X行动, 实施A工程和B工程, 三项重点工程：A、B和C) or given to someone
     * (；X工程由Y牵头).
     */
    private static List<Mention> carriedOut(String s) {
        List<Mention> out = new ArrayList<>();
        for (Pattern named : List.of(CARRIED_OUT, ASSIGNED, WORKS_LISTED)) {
            Matcher m = named.matcher(s);
            // "实施A工程、B工程和C工程": the works listed after the first are carried out as well (not those given).
            boolean listsOn = named != ASSIGNED;
            while (m.find()) {
                if (COUNTED_WORKS.matcher(m.group(1)).matches()) {
                    continue;
                }
                out.add(program(m.group(1), m.group(1), m.start(1), m.end(1)));
                for (Matcher next = NEXT_WORK.matcher(s).region(m.end(1), s.length()); listsOn && next.lookingAt();
                        next.region(next.end(), s.length())) {
                    out.add(program(next.group(1), next.group(1), next.start(1), next.end(1)));
                }
            }
        }
        return out;
    }

    /** The last characters of government bodies' names: 科学技术厅, 农业农村局, 发展改革委, 管委会. */
    private static final String BODY_ENDS = "厅局委会部办";

    /** "该研究得到国家重点研发计划和省科技重大专项资助": each funding program of the list. */
    private static List<Mention> funders(String s) {
        List<Mention> out = new ArrayList<>();
        if (!s.contains("资助") && !s.contains("支持")) {
            return out;
        }
        Matcher m = FUNDED_BY.matcher(s);
        while (m.find()) {
            int at = m.start(1);
            for (String listed : m.group(1).replaceFirst("等$", "").split("、|以及|和|及", -1)) {
                at = s.indexOf(listed, at);
                // X厅“P”: the body that set a quoted program up, written before it, is no word of its name (a
                // province's is: 山西省“P”).
                int quote = listed.indexOf('“');
                quote = quote > 0 && BODY_ENDS.indexOf(listed.charAt(quote - 1)) >= 0 ? quote : -1;
                String item = quote > 0 ? listed.substring(quote) : listed;
                at += quote > 0 ? quote : 0;
                String plain = unquote(item);
                String bare = plain.endsWith("项目") ? plain.substring(0, plain.length() - 2) : plain;
                String name = PROGRAM_END.matcher(bare).find() ? bare : plain;
                if (FUNDING_PROGRAM.matcher(name).matches()) {
                    out.add(program(name, name, at, at + item.length()));
                }
                at += item.length();
            }
        }
        return out;
    }

    /** The next break between items that stands outside quotes (“人人持证、技能社会” is one item). */
    private static boolean findOutsideQuotes(Matcher itemBreak, String list) {
        while (itemBreak.find()) {
            String before = list.substring(0, itemBreak.start());
            if (before.chars().filter(c -> c == '“').count() == before.chars().filter(c -> c == '”').count()) {
                return true;
            }
        }
        return false;
    }

    /** "以及A、B、C和D四个子工程", "包括A、B和C三个专项", "下设“A”“B”“C”三个子计划": each item is a program of its own. */
    private static List<Mention> subProjects(String s) {
        List<Mention> out = new ArrayList<>();
        if (!s.contains("子") && !s.contains("专项")) {
            return out;
        }
        Matcher m = SUB_PROJECTS.matcher(s);
        while (m.find()) {
            int base = listStart(s, m.start());
            Matcher lead = LIST_LEAD.matcher(s).region(base, m.start());
            while (lead.find()) {
                base = lead.end();
            }
            String list = s.substring(base, m.start());
            Matcher itemBreak = LIST_ITEM_BREAK.matcher(list);
            int itemStart = 0;
            boolean more = true;
            while (more) {
                more = findOutsideQuotes(itemBreak, list);
                int itemEnd = more ? itemBreak.start() : list.length();
                // 《方案》由“A”, “X”工程主要由“A”: the words before the item's last quote lead the list, naming no
                // program; a verb after its quote (“A”设立三个专项) is the clause's.
                int quote = list.lastIndexOf('“', itemEnd - 1);
                int at = quote > itemStart ? quote : itemStart;
                int close = list.lastIndexOf('”', itemEnd - 1);
                boolean verbAfter = close > at && close + 1 < itemEnd
                        && OrganizationRecognizer.dictionaryTags(list.substring(close + 1, itemEnd), "v");
                int end = verbAfter ? close + 1 : itemEnd;
                String item = list.substring(at, end);
                String name = unquote(item);
                // 《实施办法》设立三个子项目：A…: a document's title before the count lists nothing.
                if (name.length() >= 3 && item.indexOf('》') < 0 && item.indexOf('《') < 0) {
                    out.add(program(item, name, base + at, base + end));
                }
                itemStart = more ? itemBreak.end() : itemEnd;
            }
        }
        return out;
    }
}
