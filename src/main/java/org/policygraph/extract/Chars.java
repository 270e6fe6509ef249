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

    /** The number a count word names (一 to 十, 两 for two), or 0 for any other character. */
    static int count(char c) {
        return c == '两' ? 2 : "一二三四五六七八九十".indexOf(c) + 1;
    }

    static boolean isPunctuation(int c) {
        return !Character.isLetterOrDigit(c);
    }
}
