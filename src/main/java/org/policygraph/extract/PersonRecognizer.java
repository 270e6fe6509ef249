package org.policygraph.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people of the story conservatively: a plausible Chinese or Tibetan name right before or after a
 * title (赵立新研究员, 董事长王建华, 站长次仁旺堆), or before a bracket that ends in one
 * (赵立新（某研究所研究员）). Bylines are not people of the story and never come back.
 */
final class PersonRecognizer {

    /** The word referring back to a body (该院, 该所), which a name may follow: 该院郑明教授. */
    private static final char BODY_REFERENCE = '该';
    /** The bodies {@link #BODY_REFERENCE} refers to by one character: 院, 所, 校, 站, 局, 厅, 委. */
    private static final String REFERRED_BODIES = "院所校站局厅委";
    /** The bodies {@link #BODY_REFERENCE} refers to by a word: 该学院张立教授, 该中心王平研究员. */
    private static final List<String> REFERRED_BODY_WORDS = List.of("学院", "大学", "中心", "实验室", "研究院",
            "研究所");
    private static final char BY = '由';
    /** A college, by its field alone, right before a name (农学院钟慧琳教授团队): the name opens after it. */
    private static final String COLLEGE = "学院";
    private static final int MAX_MONGOLIAN_NAME = 6;
    /** 由 and a name, maybe with bodies and titles, given a post in the same clause: 由X学院院长Y教授担任. */
    private static final Pattern POST_GIVEN = Pattern.compile("由[^，,。；;！？]{2,40}?(?:担任|出任|兼任)");
    /** One-character verbs that may end a clause right after a name: 王丽说，. */
    private static final String SPEECH_VERBS = "说道讲答问笑喊叹想";

    /** "李华为共同通讯作者": 为 opens the role a two-character name is given, not the name's third character. */
    private static final Pattern AS_A_ROLE = Pattern.compile("为(?:共同|论文|第一|通讯|通信|项目|课题|本|该)");
    /** A name alone opening a clause, given an author's role: (，)王立为通讯作者, (、)李华为共同第一作者. */
    private static final Pattern NAMED_AUTHOR = Pattern.compile(
            "(?<=^|[，,。；;：:、和])(\\p{IsHan}{2,3}?)为(?:论文)?(?:共同)?(?:第一|通讯|通信)作者");
    /** Taking a post, after the name of who takes it: (X·Y)出任, 担任, 兼任. */
    private static final Pattern POST_TAKEN = Pattern.compile("出任|担任|兼任");
    /** Particles after a word, which end no name: 地, 着, 了, 得, 的 (高兴地说, 教授王海的团队). */
    private static final String PARTICLES = "地着了得的";
    /** Function words no given name is: 在, 于, 是, 将 (曾在, 曾于), 则 and 还 (X则负责, X还表示). */
    private static final String FUNCTION_CHARS = "在于是将已对向从把被则还";
    /**
     * What may follow a name given after its title: punctuation, a speech verb, a particle, 担任/任 a post, 将
     * (X将出任), 已 (X已是第三年驻村), 被 (X被选派为).
     */
    private static final String AFTER_NAME = "说表介指认的在等、和与及也还强称透为带率担任团课告坦笑正是给将已被则";
    /** Adverbs a subject's name is followed by, which the segmenter may glue to its last characters (尔将/nr). */
    private static final String ADVERBS_AFTER_SUBJECT = "将已正也还则";
    /** A university by its contraction before a title (华农大科技特派员, 郑大教授), no name (刘光大教授 is one). */
    private static final Pattern UNIVERSITY_CONTRACTION = Pattern.compile("^\\p{IsHan}大$|[农师科工医]大$");
    /** Verbs that may stand between a name and what it does: X来负责, X要兼任, X愿负责, X去一起试验. */
    private static final String LIGHT_VERBS = "来去要会能可想应需得该愿敢肯须拟";
    /**
     * Words after a name that no name's character begins: 教授X出任院长, X兼任, X长期从事, X常年蹲点, X据此撰写, X负责,
     * X一边, X受聘为, X共同指导, X一起试验, X来到企业.
     */
    private static final List<String> WORDS_AFTER_NAME = List.of("出任", "兼任", "长期", "常年", "据此", "负责", "一边",
            "受聘", "共同", "一起", "一道", "作为", "常驻", "来到", "前往");
    /**
     * Verbs of attending or visiting that may follow a name given after its title (书记X出席), or of acting on
     * behalf of a body (县长X代表县人民政府作报告).
     */
    private static final Pattern ATTENDING = Pattern.compile("出席|主持|参加|参与|陪同|致辞|调研|考察|见证|会见|牵头|带领|带队|领衔|算了|代表");
    /** A verb of speaking right after a name. */
    private static final Pattern SPEECH_AFTER = Pattern.compile("说|表示|介绍|指出|认为|告诉");
    /** Characters a transliterated name (Mongolian, Uyghur) is written in: none of a clause's little words. */
    private static final String TRANSLITERATED_CHARS = "[^\\p{P}\\s\\d的在是和与及对向从为了上也还就将已都说表介指认强告等陪出主参]";
    private static final Pattern TRANSLITERATED_CHAR = Pattern.compile(TRANSLITERATED_CHARS);
    /** Adverbs between a name and its verb of speaking (索南则表示, 达瓦仍表示), no name's last character. */
    private static final String ADVERBS_BEFORE_SPEECH = "则曾又亦仍却便再均皆也还都";
    /** Words of speaking no report puts after a speaker's name of two, which hold a name's third character. */
    private static final Set<String> GLUED_SPEECH = Set.of("言说", "明说");
    /** The longest bracket read as a person's affiliation: an organisation's name and a title. */
    static final int MAX_BRACKET = 40;
    /**
     * 买买提·艾力: a name transliterated from Uyghur, Kazakh or Tibetan, its parts joined by a middle dot. These
     * are the parts before the last; the last ends where the text goes on, as with other names.
     */
    private static final String DOTTED_PART = "\\p{IsHan}{2,6}";
    private static final Pattern DOTTED_NAME_HEAD = Pattern.compile(
            DOTTED_PART + "(?:[·•・]" + DOTTED_PART + "){0,2}[·•・]");

    /**
     * 总经理乌云毕力格介绍: a name of four to six characters transliterated from Mongolian or another language,
     * with no family name to vet it, right after a title and right before a verb of speaking or of attending
     * (州长乌兰巴特尔陪同调研).
     */
    private static final Pattern TRANSLITERATED_BEFORE_SPEECH = Pattern.compile(
            "(" + TRANSLITERATED_CHARS + "{4,6})(?:介绍|表示|说|指出|认为|告诉|陪同|出席|主持|参加)");
    /**
     * X学院乌兰其其格教授: a transliterated name between its organisation and its title; not an inner division
     * (种植业管理处处长).
     */
    private static final Pattern TRANSLITERATED = Pattern.compile(
            TRANSLITERATED_CHARS + "{3,5}(?![处科室部局厅站所院组队])" + TRANSLITERATED_CHARS);
    /** 阿拉坦, 乌兰图雅: a transliterated name written before 和 and a second official. */
    private static final Pattern SHORT_TRANSLITERATED = Pattern.compile(TRANSLITERATED_CHARS + "{3,4}");
    /** How far the second official's title is looked for after 和: an organisation's name and a title. */
    private static final int MAX_PARTNER_CLAUSE = 24;

    /** A whole dotted name: 帕提古丽·吾甫尔, 阿不都克里木·艾山. */
    private static final Pattern DOTTED_NAME = Pattern.compile(DOTTED_PART + "(?:[·•・]" + DOTTED_PART + "){1,2}");
    private static final int MAX_DOTTED_NAME = 20;
    /** A count of people right before their title: 6名, 两位, 20余名. */
    private static final Pattern COUNTED_PEOPLE = Pattern.compile("[\\d一二两三四五六七八九十百千几多]+余?[名位]$");
    private static final int MAX_COUNT_WIDTH = 6;
    /** What follows a name listed with others: 、, 和, 与, 及, 等. */
    private static final String LISTING = "、和与及等";
    /** Characters no name holds: clauses' little words, pronouns, aspect marks (达瓦对我说, 格桑笑着说). */
    private static final char OF = '的';
    /** Verbs of providing people for a role, after who provides them: 高校出导师, 企业派技术员, 公司请专家. */
    private static final String PROVIDING_VERBS = "出派请聘";
    private static final Set<String> COMMON_NOUN_NATURES = Set.of("n", "nis", "nnt");
    private static final String NOT_IN_NAMES = "的在是和与及对向从为了也还就将已都又再曾便则却均皆仍亦跟给把被让请我你他她们着";

    private final Lexicon lexicon;

    PersonRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Mention> find(Passage p, List<Mention> organisations, Set<String> authors) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        for (String title : lexicon.personTitles) {
            for (int k = s.indexOf(title); k >= 0; k = s.indexOf(title, k + 1)) {
                int end = k + title.length();
                if (insideLongerTitle(s, k, title) || titleRunningOn(s, end)
                        || lastCharacterOpensWord(p, end) && nameAfter(p, end) == null) {
                    continue;   // 书记 of 党委书记: 党委 is no name; 农场主|任: the title is 主任; 农场|主要: no title
                }
                Mention before = nameBefore(p, k, organisations);
                // 带着6名研究生常年住在村里: people counted by their title are no one named after it, unless
                // listed (两名院士A和B).
                Mention after = withoutWordAfterName(p, nameAfter(p, end));
                boolean counted = COUNTED_PEOPLE.matcher(s).region(Math.max(0, k - MAX_COUNT_WIDTH), k).find();
                after = counted && after != null && LISTING.indexOf(p.charAt(after.end())) < 0 ? null : after;
                if (after == null && (p.charAt(end) == '的' || "：:".indexOf(p.charAt(end)) >= 0)) {
                    // 身兼X董事长和Y理事长的王晓琳，: the one holding the titles, after 的, where the name is whole;
                    // 董事长：X signing a report.
                    Mention held = nameAfter(p, end + 1);
                    after = held != null && goesOnAsAfterAName(p, held.end()) ? held : null;
                }
                if (after != null) {
                    before = null;   // 浙江X总经理郑立峰: a title has one holder; before it stands the company's short name
                }
                int open = bracketOpening(s, k + title.length());
                Mention bracketed = open < 0 ? null : nameBefore(p, open, organisations);
                for (Mention m : new Mention[] {before, after, bracketed}) {
                    if (m != null && !authors.contains(m.name()) && out.stream().noneMatch(m::overlaps)) {
                        out.add(m);
                    }
                }
            }
        }
        Matcher author = NAMED_AUTHOR.matcher(s);
        while (author.find()) {
            Mention named = new Mention(author.group(1), EntityType.Person, author.start(1), author.end(1));
            if (lexicon.isPersonName(named.name()) && !authors.contains(named.name())
                    && out.stream().noneMatch(named::overlaps)) {
                out.add(named);
            }
        }
        return out;
    }

    /** A title of the lexicon starts on the last character before {@code end} and runs past it (农场主|任). */
    private boolean titleRunningOn(String s, int end) {
        return lexicon.personTitles.stream().anyMatch(t -> t.length() > 1 && s.startsWith(t, end - 1));
    }

    /**
     * The segmenter reads the title's last character as the start of a common word running past it (X农场|主要负责人,
     * 农场|主导产业): the text holds no title there, unless a name follows it (博士|后周X). A name the word opens
     * (局|长葛) is left to the title.
     */
    private static boolean lastCharacterOpensWord(Passage p, int end) {
        Term t = p.termAt(end - 1);
        return t != null && t.offset == end - 1 && t.word.length() > 1
                && !t.nature.startsWith("nr") && !t.nature.startsWith("ns");
    }

    private boolean insideLongerTitle(String s, int k, String title) {
        for (String longer : lexicon.personTitles) {
            for (int j = k - (longer.length() - title.length()); longer.length() > title.length() && j <= k; j++) {
                if (j >= 0 && s.startsWith(longer, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the bracket closed right at {@code titleEnd} opens, or -1: 赵立新（山西大学教授）, 合作社（以下简称“X”）.
     * A bracket holding another bracket, or longer than an organisation and a title, is something else.
     */
    static int bracketOpening(String s, int titleEnd) {
        if (titleEnd < 0 || titleEnd >= s.length() || "）)".indexOf(s.charAt(titleEnd)) < 0) {
            return -1;
        }
        for (int i = titleEnd - 1; i >= Math.max(0, titleEnd - MAX_BRACKET); i--) {
            char c = s.charAt(i);
            if ("（(".indexOf(c) >= 0) {
                return i;
            }
            if ("）)\n".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private Mention nameBefore(Passage p, int titleStart, List<Mention> organisations) {
        int tibetanStart = titleStart - 4;
        if (tibetanStart >= 0 && lexicon.isTibetanName(p.full().substring(tibetanStart, titleStart))) {
            return new Mention(p.full().substring(tibetanStart, titleStart), EntityType.Person, tibetanStart,
                    titleStart);
        }
        for (int len = 3; len >= 2; len--) {
            int start = titleStart - len;
            if (start < 0) {
                continue;
            }
            String name = p.full().substring(start, titleStart);
            char prev = p.charAt(start - 1);
            // 1400余名|研究生: a count before is no name's boundary; a reference to a body (该院, 该学院) is one.
            boolean delimited = !Chars.isHan(prev) && !Character.isDigit(prev) || "、和与及".indexOf(prev) >= 0
                    || p.charAt(start - 2) == BODY_REFERENCE && REFERRED_BODIES.indexOf(prev) >= 0
                    || REFERRED_BODY_WORDS.stream().anyMatch(w -> p.full().startsWith(BODY_REFERENCE + w,
                            start - w.length() - 1) || bareBodyWordBefore(p, w, start))
                    || organisations.stream().anyMatch(o -> o.end() == start) || segmentedAsName(p, start, titleStart)
                    || p.full().startsWith(COLLEGE, start - COLLEGE.length())   // 来自水产学院|钟慧琳|教授团队
                    || len == 3 && titleEndsAt(p, start) && LISTING.indexOf(name.charAt(0)) < 0;
            // 常务副|县长: 副 makes the title a deputy's, it ends no name.
            // 刘晓的|博士后: 的 ends the name before it, and the title is the next person's.
            if (delimited && lexicon.isPersonName(name) && !name.endsWith("副") && name.indexOf(OF) < 0
                    && !commonWord(p, start, titleStart) && !wordOpeningBody(p, start, titleStart)
                    && !conjunctionBefore(p, titleStart) && !UNIVERSITY_CONTRACTION.matcher(name).find()) {
                return new Mention(name, EntityType.Person, start, titleStart);
            }
        }
        // 塔里木大学农学院帕提古丽·吾甫尔教授: a dotted name right after its organisation.
        for (int start = titleStart - 5; start >= Math.max(0, titleStart - MAX_DOTTED_NAME); start--) {
            int from = start;
            if (DOTTED_NAME.matcher(p.full()).region(start, titleStart).matches()
                    && organisations.stream().anyMatch(o -> o.end() == from)
                    && lexicon.personTitles.stream().noneMatch(p.full().substring(start, titleStart)::contains)) {
                return new Mention(p.full().substring(start, titleStart), EntityType.Person, start, titleStart);
            }
        }
        for (int len = 6; len >= 4; len--) {
            int start = titleStart - len;
            String name = start < 0 ? "" : p.full().substring(start, titleStart);
            // (联合培养工程|博士生: words of the dictionary, one after another, are no transliterated name; nor is
            // what opens on a verb, 公布新一批|博士后.)
            if (start >= 0 && organisations.stream().anyMatch(o -> o.end() == start)
                    && TRANSLITERATED.matcher(name).matches()
                    && !OrganizationRecognizer.dictionaryTags(name.substring(0, 2), "v")
                    && lexicon.personTitles.stream().noneMatch(name::contains)
                    && !Lexicon.composedOf(name, w -> w.length() >= 2 && CoreDictionary.get(w) != null)) {
                return new Mention(name, EntityType.Person, start, titleStart);
            }
        }
        return null;
    }

    /** 。学院|许X教授团队: a body called by its kind alone, opening a clause, right before {@code pos}. */
    private static boolean bareBodyWordBefore(Passage p, String word, int pos) {
        int at = pos - word.length();
        return at >= 0 && p.full().startsWith(word, at) && (at == 0 || !Chars.isHan(p.charAt(at - 1)));
    }

    /** 主任|周敬衡|教授: a title the segmenter read as a word ends right before {@code pos}, so a name may open there. */
    private boolean titleEndsAt(Passage p, int pos) {
        var word = p.termAt(pos - 1);
        return word != null && word.offset + word.word.length() == pos && word.nature.toString().equals("nnt")
                && lexicon.personTitles.contains(word.word);
    }

    /** 农药|和|技术员: a conjunction the segmenter reads as a word of its own ends a list of things, not a name. */
    private static boolean conjunctionBefore(Passage p, int titleStart) {
        var word = p.termAt(titleStart - 1);
        return word != null && word.offset == titleStart - 1 && word.word.length() == 1
                && word.nature.toString().startsWith("c");
    }

    /**
     * The segmenter cut [from, end) off as its own words, the last of them a personal name (秦/晓燕/nr 牵头).
     * A name followed by a word inside the span (刘佳/nr 为/p) is a shorter name.
     */
    private static boolean segmentedAsName(Passage p, int from, int end) {
        if (!p.isBoundary(from) || !p.isBoundary(end)) {
            return false;
        }
        var last = p.termAt(end - 1);
        return last != null && last.nature.toString().startsWith("nr");
    }

    /**
     * 张伟/nr 说/v: the segmenter reads a two-character name and a verb after it. A verb's bound morpheme
     * (周卓/nr 航/vg 担任) followed by what follows names is the third character of the name instead.
     */
    private static boolean twoCharacterNameBeforeVerb(Passage p, int from) {
        var name = p.termAt(from);
        var next = p.termAt(from + 2);
        // 李欣|萌，: a one-character verb that ends its clause, not a verb of speech, ends the name. 吴浩|升 兼任: one
        // before a word that only follows a name does too, unless it is a light verb (X来负责, X要兼任).
        boolean boundMorphemeEndingName = next != null && next.word.length() == 1
                && (next.nature.toString().equals("vg") && goesOnAsAfterAName(p, from + 3)
                || next.nature.toString().equals("v") && "，,。；;".indexOf(p.charAt(from + 3)) >= 0
                && SPEECH_VERBS.indexOf(next.word.charAt(0)) < 0
                || next.nature.toString().equals("v") && LIGHT_VERBS.indexOf(next.word.charAt(0)) < 0
                && WORDS_AFTER_NAME.stream().anyMatch(w -> p.full().startsWith(w, from + 3)));
        // 韩立|言说，, 孙卓|明说。: 言说, a literary word, and 明说 (to say plainly) are no words a news report puts
        // after a speaker; they hold the name's third character and the verb of speech (解说, 劝说, 诉说 are words
        // of news, and follow a name of two).
        boolean speechGluedToName = next != null && GLUED_SPEECH.contains(next.word)
                && "，,：:。".indexOf(p.charAt(from + 4)) >= 0;
        return name != null && name.offset == from && name.word.length() == 2 && name.nature.toString().startsWith("nr")
                && next != null && next.offset == from + 2 && "vpuc".indexOf(next.nature.toString().charAt(0)) >= 0
                && !boundMorphemeEndingName && !speechGluedToName;
    }

    /**
     * 教授苏和巴特尔介绍: a name the segmenter reads as a Chinese name and a transliteration after it (苏和/nr
     * 巴特尔/nrf), or as two names of two characters (苏和/nr 吉雅/nr: no two people stand unparted after one
     * title), is one Mongolian name, four to six characters long, when the text goes on after it as after a
     * name. Null otherwise.
     */
    private static Mention segmentedTransliteration(Passage p, int from) {
        var head = p.termAt(from);
        var tail = head == null || head.offset != from ? null : p.termAt(from + head.word.length());
        // (巴特/尔说: the second may be a last character and the verb of speech.)
        // (巴特/尔将: nor an adverb after the name.)
        boolean twoShortNames = tail != null && tail.nature.toString().startsWith("nr") && head.word.length() == 2
                && tail.word.length() == 2
                && !SPEECH_AFTER.matcher(p.full()).region(tail.offset + 1, p.full().length()).lookingAt()
                && ADVERBS_AFTER_SUBJECT.indexOf(tail.word.charAt(1)) < 0;
        if (tail == null || !head.nature.toString().startsWith("nr")
                || !tail.nature.toString().equals("nrf") && !twoShortNames) {
            return null;
        }
        int end = tail.offset + tail.word.length();
        // 白音/巴特/尔说: the name's last character may be glued to the verb of speech after it.
        if (!goesOnAsAfterAName(p, end) && SPEECH_AFTER.matcher(p.full()).region(end + 1, p.full().length()).lookingAt()) {
            end++;
        }
        return end - from >= 4 && end - from <= 6 && goesOnAsAfterAName(p, end)
                ? new Mention(p.full().substring(from, end), EntityType.Person, from, end) : null;
    }

    /**
     * 行长乌兰娜介绍: a three-character word the segmenter reads as a personal name, right after a title and
     * followed as a name is, is one even when no family name opens it (Mongolian names).
     */
    private static Mention segmentedThreeCharacterName(Passage p, int from) {
        var word = p.termAt(from);
        // (贺雯为共同通讯作者: 为 opens the role of a name of two.)
        if (word == null || word.offset != from || word.word.length() != 3
                || !word.nature.toString().startsWith("nr") || !goesOnAsAfterAName(p, from + 3)
                || AS_A_ROLE.matcher(p.full()).region(from + 2, p.full().length()).lookingAt()) {
            return null;
        }
        return new Mention(word.word, EntityType.Person, from, from + 3);
    }

    /**
     * 专员张明来/nr|到企业: a name of three whose last character opens a word that follows names (来到) is the name
     * of two before it.
     */
    private static Mention withoutWordAfterName(Passage p, Mention name) {
        if (name == null || name.name().length() != 3) {
            return name;
        }
        int last = name.end() - 1;
        return WORDS_AFTER_NAME.stream().anyMatch(w -> p.full().startsWith(w, last))
                ? new Mention(name.name().substring(0, 2), EntityType.Person, name.start(), last) : name;
    }

    /**
     * 研究员王晓/nr|萌/v|和张立国: a name of three the segmenter cut before its last character, which stands alone
     * and is no word that follows a name (研究员刘晓带领: 带 is; 吴浩来负责: nor a light verb).
     */
    private Mention nameCutBeforeThird(Passage p, int from) {
        var head = p.termAt(from);
        var third = p.termAt(from + 2);
        boolean cut = head != null && head.offset == from && head.word.length() == 2
                && head.nature.toString().startsWith("nr") && third != null && third.offset == from + 2
                && third.word.length() == 1 && LIGHT_VERBS.indexOf(third.word.charAt(0)) < 0;
        return cut && !goesOnAsAfterAName(p, from + 2) && goesOnAsAfterAName(p, from + 3)
                && lexicon.isPersonName(p.full().substring(from, from + 3))
                ? new Mention(p.full().substring(from, from + 3), EntityType.Person, from, from + 3) : null;
    }

    /**
     * 理事长巴特尔说 (巴特/nrf 尔说/nr): two characters the segmenter reads as a transliterated name and a third it
     * glued to the verb of speaking after it. 副局长索南加表示: a Tibetan name element and one character more is a
     * short Tibetan name.
     */
    private Mention transliteratedThreeBeforeSpeech(Passage p, int from) {
        var head = p.termAt(from);
        boolean transliterated = head != null && head.offset == from && head.word.length() == 2
                && head.nature.toString().equals("nrf");
        String element = p.full().substring(from, Math.min(p.full().length(), from + 2));
        char third = p.charAt(from + 2);
        boolean tibetan = lexicon.isTibetanNameElement(element)
                && TRANSLITERATED_CHAR.matcher(String.valueOf(third)).matches();
        // 副旗长其力格表示 as 其|力格: a name's last two characters read as a name, after one transliterated, no
        // verb or preposition (局长请李华介绍 is a request).
        var tail = p.termAt(from + 1);
        boolean namedTail = tail != null && tail.offset == from + 1 && tail.word.length() == 2
                && tail.nature.toString().startsWith("nr") && head != null && head.offset == from
                && head.word.length() == 1 && "vpcd".indexOf(head.nature.toString().charAt(0)) < 0
                && TRANSLITERATED_CHAR.matcher(element.substring(0, 1)).matches();
        // (教授朝鲁还表示: an adverb before the verb is no third character.)
        boolean spoken = (transliterated || tibetan || namedTail) && ADVERBS_BEFORE_SPEECH.indexOf(third) < 0
                && from + 3 <= p.full().length()
                && SPEECH_AFTER.matcher(p.full()).region(from + 3, p.full().length()).lookingAt();
        return spoken ? new Mention(p.full().substring(from, from + 3), EntityType.Person, from, from + 3) : null;
    }

    /**
     * 索南东主: a Tibetan name of two elements, one known, the other no word and no little word of a clause (达瓦对我,
     * 扎西今天 are a name and what follows it).
     */
    private boolean halfKnownTibetanName(String name) {
        if (!lexicon.isHalfTibetanName(name)) {
            return false;
        }
        String other = lexicon.isTibetanNameElement(name.substring(0, 2)) ? name.substring(2) : name.substring(0, 2);
        return CoreDictionary.get(other) == null && other.chars().noneMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0);
    }

    /**
     * 副厅长阿拉坦和呼和浩特市副市长X: three or four characters after a title, then 和 or 与 and, in the same
     * clause, another title: two officials named alike, the first with a name no family name opens (the segmenter
     * may glue it to what follows).
     */
    private Mention transliterationBeforeTitledPartner(Passage p, int from) {
        String s = p.full();
        for (int len = 3; len <= 4; len++) {
            int end = from + len;
            if (end >= s.length() || "和与".indexOf(s.charAt(end)) < 0) {
                continue;
            }
            String name = s.substring(from, end);
            int clauseEnd = end + 1;
            int limit = Math.min(s.length(), end + MAX_PARTNER_CLAUSE);
            while (clauseEnd < limit && "，。；：！？\n".indexOf(s.charAt(clauseEnd)) < 0) {
                clauseEnd++;
            }
            String partner = s.substring(end + 1, clauseEnd);
            if (SHORT_TRANSLITERATED.matcher(name).matches() && lexicon.personTitles.stream().anyMatch(partner::contains)
                    && lexicon.personTitles.stream().noneMatch(name::contains) && !commonWord(p, from, end)) {
                return new Mention(name, EntityType.Person, from, end);
            }
        }
        return null;
    }

    /** What follows {@code end} is what follows a name: punctuation, a particle, speech, attending. */
    private static boolean goesOnAsAfterAName(Passage p, int end) {
        char next = p.charAt(end);
        var word = p.termAt(end);
        boolean time = word != null && word.offset == end && word.nature.toString().startsWith("t");   // X每月都来
        return !Chars.isHan(next) || AFTER_NAME.indexOf(next) >= 0 || time
                || ATTENDING.matcher(p.full()).region(end, p.full().length()).lookingAt()
                || WORDS_AFTER_NAME.stream().anyMatch(v -> p.full().startsWith(v, end));
    }

    /**
     * [from, end) is one word the segmenter knows as a verb, adjective or adverb (常驻, 及时), as a common
     * noun (项目负责人), as a word for an institution (农场副场长) or as a title (教授|顾问): no name.
     */
    private static boolean commonWord(Passage p, int from, int end) {
        var t = p.termAt(from);
        String nature = t == null ? "" : t.nature.toString();
        return t != null && t.offset == from && (t.word.length() == end - from
                && ("vad".indexOf(nature.charAt(0)) >= 0 || COMMON_NOUN_NATURES.contains(nature))
                || verbThenLocaliser(p, t, end) || nounThenVerb(p, t, end));
    }

    /**
     * 高校出|导师 (universities provide supervisors), 企业派|工程师: a common noun and a verb of providing people are no
     * name (林业成, 高峰飞 may be).
     */
    private static boolean nounThenVerb(Passage p, Term noun, int end) {
        var after = p.termAt(noun.offset + noun.word.length());
        return noun.word.length() == 2 && noun.nature.toString().equals("n") && after != null
                && after.offset + after.word.length() == end && after.word.length() == 1
                && PROVIDING_VERBS.indexOf(after.word.charAt(0)) >= 0;
    }

    /**
     * 全国博士后管委会/nt: a word the dictionary knows but never as a name, opening a body's name that runs on
     * past the title, is the body's word, no person's name.
     */
    private static boolean wordOpeningBody(Passage p, int from, int titleStart) {
        var t = p.termAt(from);
        String word = p.full().substring(from, titleStart);
        return t != null && t.offset == from && t.word.length() > titleStart - from && t.nature.toString().equals("nt")
                && OrganizationRecognizer.dictionaryTags(word, "") && !OrganizationRecognizer.dictionaryTags(word, "nr");
    }

    /** 毕业后, 回国前: a verb of two characters and a localiser after it are a time, no name. */
    private static boolean verbThenLocaliser(Passage p, Term verb, int end) {
        var after = p.termAt(verb.offset + verb.word.length());
        return verb.word.length() == 2 && verb.nature.toString().startsWith("v") && after != null
                && after.offset + after.word.length() == end && after.word.length() == 1
                && after.nature.toString().equals("f");
    }

    private Mention nameAfter(Passage p, int from) {
        // 主任由X教授担任: after a title, 由 gives the post to the name after it; it opens no name.
        if (p.charAt(from) == BY && POST_GIVEN.matcher(p.full()).region(from, p.full().length()).lookingAt()) {
            return null;
        }
        var head = DOTTED_NAME_HEAD.matcher(p.full()).region(from, Math.min(p.full().length(), from + 20));
        if (head.lookingAt()) {
            for (int end = head.end() + 2; end <= Math.min(p.full().length(), head.end() + 5); end++) {
                char next = p.charAt(end);
                if (!Chars.isHan(p.charAt(end - 1))) {
                    break;
                }
                // 玛丽亚·冈萨雷斯代表该市签字: the name ends where what its bearer does begins, or a title
                // after it (X·Y教授担任).
                int nameEnd = end;
                if (!Chars.isHan(next) || AFTER_NAME.indexOf(next) >= 0
                        || POST_TAKEN.matcher(p.full()).region(end, p.full().length()).lookingAt()
                        || WORDS_AFTER_NAME.stream().anyMatch(v -> p.full().startsWith(v, nameEnd))
                        || lexicon.personTitles.stream().anyMatch(t -> p.full().startsWith(t, nameEnd))
                        || SPEECH_AFTER.matcher(p.full()).region(end, p.full().length()).lookingAt()
                        || ATTENDING.matcher(p.full()).region(end, p.full().length()).lookingAt()) {
                    return new Mention(p.full().substring(from, end), EntityType.Person, from, end);
                }
            }
        }
        Matcher spoken = TRANSLITERATED_BEFORE_SPEECH.matcher(p.full()).region(from, p.full().length());
        // 董事长兼总裁X表示: a second title, not a transliterated name, may stand before the name.
        // 局长华旦才让表示: a Tibetan name of two elements, one of them known, though its first may be a family name.
        boolean tibetan = spoken.lookingAt() && lexicon.isHalfTibetanName(spoken.group(1));
        if (spoken.lookingAt() && (tibetan || !lexicon.isPersonName(p.full().substring(from, from + 3)))
                && lexicon.personTitles.stream().noneMatch(spoken.group(1)::contains)) {
            return new Mention(spoken.group(1), EntityType.Person, from, spoken.end(1));
        }
        Mention paired = transliterationBeforeTitledPartner(p, from);
        if (paired != null) {
            return paired;
        }
        Mention mongolian = segmentedTransliteration(p, from);
        if (mongolian != null) {
            return mongolian;
        }
        Mention segmented = segmentedThreeCharacterName(p, from);
        if (segmented != null) {
            return segmented;
        }
        Mention cut = nameCutBeforeThird(p, from);
        if (cut != null) {
            return cut;
        }
        Mention speaking = transliteratedThreeBeforeSpeech(p, from);
        if (speaking != null) {
            return speaking;
        }
        // 副旗长乌日娜表示, 教授孟和巴雅尔, 院长巴特尔教授: a Mongolian name of known elements, followed as a name is
        // or by a second title.
        // 局长韩巴特尔介绍: so is a family name before a Mongolian name, which some Mongolians take.
        for (int end = Math.min(p.full().length(), from + MAX_MONGOLIAN_NAME); end >= from + 3; end--) {
            int nameEnd = end;
            String name = p.full().substring(from, end);
            boolean familyThenMongolian = lexicon.isPersonName(name.substring(0, 2))
                    && lexicon.isMongolianName(name.substring(1)) && goesOnAsAfterAName(p, end);
            if (familyThenMongolian || lexicon.isMongolianName(name) && (goesOnAsAfterAName(p, end)
                    || lexicon.personTitles.stream().anyMatch(t -> p.full().startsWith(t, nameEnd)))) {
                return new Mention(name, EntityType.Person, from, end);
            }
        }
        int tibetanEnd = Math.min(p.full().length(), from + 4);
        if (lexicon.isTibetanName(p.full().substring(from, tibetanEnd))) {
            return new Mention(p.full().substring(from, tibetanEnd), EntityType.Person, from, tibetanEnd);
        }
        // 县长索南东主说, 局长尼玛表示, 副局长巴图表示: a Tibetan name of two elements, one known, or of one known
        // Tibetan or Mongolian element alone, right before a verb of speaking.
        for (int end : new int[] {from + 4, from + 2}) {
            String name = end <= p.full().length() ? p.full().substring(from, end) : "";
            boolean known = end == from + 4 ? halfKnownTibetanName(name)
                    : lexicon.isTibetanNameElement(name) || lexicon.isMongolianName(name);
            if (known && SPEECH_AFTER.matcher(p.full()).region(end, p.full().length()).lookingAt()) {
                return new Mention(name, EntityType.Person, from, end);
            }
        }
        // 欧阳明辉: a compound family name and a given name of two characters make four.
        int longest = lexicon.hasCompoundSurname(p.full().substring(from, Math.min(p.full().length(), from + 2))) ? 4 : 3;
        for (int len = longest; len >= 2; len--) {
            int end = from + len;
            if (end > p.full().length()) {
                continue;
            }
            String name = p.full().substring(from, end);
            char next = p.charAt(end);
            if ((len == 3 || len == longest) && (twoCharacterNameBeforeVerb(p, from) || name.endsWith("说")
                    || p.full().startsWith("担任", end - 1) || p.full().startsWith("出任", end - 1)
                    || AS_A_ROLE.matcher(p.full()).region(end - 1, p.full().length()).lookingAt())) {
                continue;   // 张伟/说, 王丽说, 张华|担任: the last character is the verb after a shorter name
            }
            // 博士|曾在…: a family name's character and a function word are an adverb and a preposition, no name;
            // 丘红已在, 高兴地说: nor does a name end on one or on a particle; 和县长: nor hold a title.
            if (len == 2 && FUNCTION_CHARS.indexOf(name.charAt(1)) >= 0
                    || len > 2 && (FUNCTION_CHARS + PARTICLES).indexOf(name.charAt(len - 1)) >= 0
                    || lexicon.personTitles.stream().anyMatch(name::contains)) {
                continue;
            }
            // (副院长郑晓岚教授介绍: a second title may follow the name, though not one after a conjunction, 博士和硕士.)
            boolean delimited = goesOnAsAfterAName(p, end) || segmentedAsName(p, from, end)
                    || LISTING.indexOf(name.charAt(0)) < 0 && lexicon.personTitles.stream()
                            .anyMatch(t -> p.full().startsWith(t, end));
            if (delimited && lexicon.isPersonName(name) && !commonWord(p, from, end)) {
                return new Mention(name, EntityType.Person, from, end);
            }
        }
        return null;
    }
}
