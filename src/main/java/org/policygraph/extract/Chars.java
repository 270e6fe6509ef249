package org.policygraph.extract;

/** Character classes the recognisers share. */
final class Chars {

    private Chars() {
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Ends a sentence: a paragraph ending in one of these is complete, not cut by a page break. */
    static boolean endsSentence(char c) {
        return "。！？!?”」』…:：；;）)".indexOf(c) >= 0;
    }

    static boolean isPunctuation(int c) {
        return !Character.isLetterOrDigit(c);
    }
}
