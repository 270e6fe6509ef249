package org.policygraph.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * An article (or one window of a very long article) prepared for recognition: title and text joined into one
 * string ({@link #full()}, the title on the first line), its HanLP terms with offsets and its sentences.
 * Offsets in mentions refer to {@code full}; {@link #articleOffset} turns them into offsets in the article text.
 */
final class Passage {

    /** Copulas and prepositions the segmenter glues to a name before them: X系, X是, X由, X与. */
    private static final String GLUED_LITTLE_WORDS = "系是由与";

    private final String full;
    private final int textOffset;
    /** Where this passage's text starts in the article text (0 unless the article was cut into windows). */
    private final int windowStart;
    private final List<Term> terms;
    /** Index into {@code terms} of the term covering each character. */
    private final int[] termAt;
    private final List<Sentences.Sentence> sentences;

    Passage(String title, String text, int windowStart, List<Term> terms) {
        this.full = joined(title, text);
        this.textOffset = title.length() + 1;
        this.windowStart = windowStart;
        this.terms = terms;
        this.termAt = new int[full.length()];
        java.util.Arrays.fill(termAt, -1);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            for (int k = t.offset; k < t.offset + t.word.length() && k < full.length(); k++) {
                termAt[k] = i;
            }
        }
        this.sentences = Sentences.split(full);
    }

    /** Title and text as one string, the form the segmenter must see for its offsets to match. */
    static String joined(String title, String text) {
        return title + "\n" + text;
    }

    /** The offset in the article text of position {@code pos} of {@link #full()}; -1 inside the title. */
    int articleOffset(int pos) {
        return pos < textOffset ? -1 : pos - textOffset + windowStart;
    }

    String full() {
        return full;
    }

    /** Where the article text starts in {@link #full()}; mentions before it are in the title. */
    int textOffset() {
        return textOffset;
    }

    boolean inTitle(Mention m) {
        return m.start() < textOffset;
    }

    List<Sentences.Sentence> sentences() {
        return sentences;
    }

    /** The sentence holding character {@code pos}, found by binary search (sentences are in text order). */
    Sentences.Sentence sentenceAt(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentences.Sentence s = sentences.get(mid);
            if (pos < s.start()) {
                hi = mid - 1;
            } else if (pos >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The term covering character {@code pos}, or null for whitespace the segmenter dropped. */
    Term termAt(int pos) {
        return pos < 0 || pos >= full.length() || termAt[pos] < 0 ? null : terms.get(termAt[pos]);
    }

    /** True when a term starts at {@code pos} (or pos is an end of text), i.e. a word boundary. */
    boolean isBoundary(int pos) {
        if (pos <= 0 || pos >= full.length()) {
            return true;
        }
        return termAt[pos] != termAt[pos - 1] || termAt[pos] < 0;
    }

    /**
     * True at a word boundary, and where the segmenter glued a word onto a name it read as an organisation
     * (禾泽源粮食总部 as one term): the name ends where the word of two characters or more that closes the term
     * starts.
     */
    boolean isBoundaryOrGluedWord(int pos) {
        if (isBoundary(pos)) {
            return true;
        }
        Term t = termAt(pos);   // not null: inside a term
        String rest = t.word.substring(pos - t.offset);
        // (澄X新材料|系Y旗下企业, X果业|由Y控股: a copula or a preposition the segmenter glued to the name.)
        return t.nature.startsWith("nt") && rest.length() >= 2 && CoreDictionary.get(rest) != null
                || rest.length() == 1 && GLUED_LITTLE_WORDS.indexOf(rest.charAt(0)) >= 0;
    }

    char charAt(int pos) {
        return pos < 0 || pos >= full.length() ? '\n' : full.charAt(pos);
    }
}
