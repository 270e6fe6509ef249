package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds journals: a title in book-title marks next to a publishing cue (发表于《X》, 《X》杂志). */
final class JournalRecognizer {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{1,30})》");
    private static final Pattern CUE_BEFORE = Pattern.compile("(?:发表|刊登|刊发|刊载|登上|期刊|杂志|一期)[^。！？]{0,6}$");
    private static final Pattern CUE_AFTER = Pattern.compile("^(?:杂志|期刊|上发表|发表|上刊|刊发|网络版)");

    List<Mention> find(Passage p) {
        String s = p.full();
        List<Mention> out = new ArrayList<>();
        Matcher m = BOOK_TITLE.matcher(s);
        while (m.find()) {
            String before = s.substring(Math.max(0, m.start() - 12), m.start());
            String after = s.substring(m.end(), Math.min(s.length(), m.end() + 4));
            if (CUE_BEFORE.matcher(before).find() || CUE_AFTER.matcher(after).find()) {
                out.add(new Mention(m.group(1), EntityType.Journal, m.start(1), m.end(1)));
            }
        }
        return out;
    }
}
