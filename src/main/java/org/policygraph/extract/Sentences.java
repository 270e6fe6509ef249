package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits text into sentences on 。！？ and line ends, keeping a closing quote with its sentence. */
final class Sentences {

    /** [start, end) in the text it came from. */
    record Sentence(int start, int end, String text) {
        boolean contains(int from, int to) {
            return from >= start && to <= end;
        }
    }

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n';
            if ("。！？!?".indexOf(c) >= 0) {
                while (i + 1 < text.length() && "”’」』)）".indexOf(text.charAt(i + 1)) >= 0) {
                    i++;
                }
                end = true;
            }
            if (end) {
                add(out, text, start, i + 1);
                start = i + 1;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Sentence> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(from, to, text.substring(from, to)));
        }
    }
}
