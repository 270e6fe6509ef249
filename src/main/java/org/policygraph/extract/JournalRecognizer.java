package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds journals: a title in book-title marks next to a publishing cue (发表于《X》, 《X》杂志), followed by its
 * Latin-script name in brackets (《X》（Plant Physiology）), or naming itself a journal (《X学报》).
 */
final class JournalRecognizer {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{1,30})》");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?:发表|刊登|刊发|刊载|登上|期刊|杂志|一期)[^。！？]{0,6}$");
    private static final int CUE_AFTER_LENGTH = 5;
    private static final Pattern CUE_AFTER = Pattern.compile(
            "^(?:等?(?:杂志|期刊)|上\\p{IsHan}{0,2}(?:发表|报道)|(?:联合|共同)?发表|上刊|刊发|网络版)");
    /** Coming out in a title (在《X》刊出): said of papers in journals, where 在 comes before the title. */
    private static final Pattern PRINTED_IN = Pattern.compile("^上?(?:刊出|刊登|刊载)");
    /** What a paper's own title follows: 论文《X》, 题为《X》. */
    private static final Pattern PAPER_BEFORE = Pattern.compile("(?:论文|文章|题为|题目为)$");
    /** A title that names itself a journal: 《作物学报》, 《中华医学杂志》. */
    private static final Pattern JOURNAL_TITLE = Pattern.compile("\\p{IsHan}{2,}(?:学报|杂志)");
    /** The journal's own Latin-script name in brackets after its Chinese one: 《分子植物》（Molecular Plant）. */
    private static final Pattern LATIN_NAME = Pattern.compile("[（(][A-Za-z][^（）()]{0,60}[）)]");

    /** Between a journal's closing mark and the next title of its list: its Latin name, then 、和及 or nothing. */
    private static final Pattern LIST_AFTER_JOURNAL = Pattern.compile("(?:[（(][^（）()]{0,60}[）)])?[、和及与]?");

    List<Mention> find(Passage p) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        Matcher m = BOOK_TITLE.matcher(s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - 12), m.start());
            Matcher latin = LATIN_NAME.matcher(s).region(m.end(), s.length());
            int afterTitle = latin.lookingAt() ? latin.end() : m.end();
            // (Long enough for 上联合发表: a verb may come between 上 and the verb of publishing.)
            String after = s.substring(afterTitle, Math.min(s.length(), afterTitle + CUE_AFTER_LENGTH));
            // A Latin-script name in brackets marks a journal too: books in the news seldom carry one.
            // 发表于《A》和《B》, 《A》《B》等期刊: a title listed right after a journal is one too.
            boolean listed = !out.isEmpty() && LIST_AFTER_JOURNAL.matcher(s.substring(
                    Math.min(out.get(out.size() - 1).end() + 1, m.start()), m.start())).matches();
            boolean paper = PAPER_BEFORE.matcher(before).find();   // 在《X》发表论文《Y》: Y is the paper
            // (《关于…的意见》刊出后, 《X规划》刊登后: a document or book coming out, with no 在 before it, is no journal.)
            boolean printedIn = m.start() > 0 && s.charAt(m.start() - 1) == '在' && PRINTED_IN.matcher(after).find();
            if (!paper && (CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).find() || printedIn
                    || afterTitle > m.end()
                    || listed || JOURNAL_TITLE.matcher(m.group(1)).matches())) {
                out.add(new Mention(m.group(1), EntityType.Journal, m.start(1), m.end(1)));
            }
        }
        return out;
    }
}
