package org.policygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;

/**
 * General word lists under {@code extract/} on the classpath: foreign countries and cities, well-known
 * organisation short forms, family names and person titles. Public knowledge only, nothing page-specific.
 */
final class Lexicon {

    final Set<String> countries;
    final Set<String> worldCities;
    /** Countries and cities by their first two characters, longest first: one lookup per text position. */
    private final Map<Integer, List<String>> foreignByStart = new java.util.HashMap<>();
    /** short form (农行) -> full name (中国农业银行), longest short forms first. */
    final Map<String, String> shortForms;
    /** Titles longest first, so 总经理 is read before 经理. */
    final List<String> personTitles;
    /** Last characters of bodies' names (学院, 农业局, 合作社), which no personal name ends with. */
    private static final String BODY_ENDS = "委院局厅所社司部办站厂";
    /** Counts in HanLP's person-role corpus (李 26,468 times a family name, 屠 110 of 112): see familyNamesOfHanLP. */
    private static final int OFTEN_A_FAMILY_NAME = 500;
    private static final int SOMETIMES_A_FAMILY_NAME = 20;
    /** Words that describe a kind of organisation (农民, 龙头, 相关) and so cannot make a name on their own. */
    private final Set<String> genericModifiers;
    private final Set<Character> singleSurnames;
    private final Set<String> compoundSurnames;
    /** Tibetan given-name elements: a name is two of them, with no family name. */
    private final Set<String> nameElements;
    /** Mongolian given-name elements: a name is one of them or two, with no family name. */
    private final Set<String> mongolianNameElements;
    /** The State Council's national new areas (国家级新区), often written without their province or city. */
    private final Set<String> nationalNewAreas;

    private Lexicon(Set<String> countries, Set<String> worldCities, Map<String, String> shortForms,
                    List<String> personTitles, Set<String> genericModifiers, Set<Character> singleSurnames,
                    Set<String> compoundSurnames, Set<String> nameElements, Set<String> mongolianNameElements,
                    Set<String> nationalNewAreas) {
        this.countries = countries;
        this.worldCities = worldCities;
        for (Set<String> names : List.of(countries, worldCities)) {
            for (String name : names) {
                if (name.length() >= 2) {
                    foreignByStart.computeIfAbsent(pair(name.charAt(0), name.charAt(1)), k -> new ArrayList<>()).add(name);
                }
            }
        }
        foreignByStart.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(String::length).reversed()));
        this.shortForms = shortForms;
        this.personTitles = personTitles;
        this.genericModifiers = genericModifiers;
        this.singleSurnames = singleSurnames;
        this.compoundSurnames = compoundSurnames;
        this.nameElements = nameElements;
        this.mongolianNameElements = mongolianNameElements;
        this.nationalNewAreas = nationalNewAreas;
    }

    static Lexicon load() {
        Map<String, String> shortForms = new LinkedHashMap<>();
        lines("extract/short-forms.tsv").stream()
                .map(l -> l.split("\t"))
                .sorted((a, b) -> b[0].length() - a[0].length())
                .forEach(p -> shortForms.put(p[0], p[1]));
        Set<Character> single = new java.util.HashSet<>();
        Set<String> compound = new java.util.HashSet<>();
        for (String line : lines("extract/surnames.txt")) {
            for (String word : line.split("\\s+")) {
                if (word.length() == 2) {
                    compound.add(word);
                } else {
                    word.chars().forEach(c -> single.add((char) c));
                }
            }
        }
        single.addAll(familyNamesOfHanLP());
        return new Lexicon(Set.copyOf(lines("extract/countries.txt")), Set.copyOf(lines("extract/world-cities.txt")),
                shortForms, longestFirst(lines("extract/person-titles.txt")),
                Set.copyOf(lines("extract/generic-modifiers.txt")), single, compound,
                words("extract/name-elements.txt"), words("extract/mongolian-name-elements.txt"),
                Set.copyOf(lines("extract/national-new-areas.txt")));
    }

    /**
     * The characters HanLP's person-role dictionary counts as family names often (洪, 傅) or most of the times it
     * lists them (屠, 庾): rarer family names our list lacks. Those that also spell transliterated names (乌, 巴, 索
     * of 乌兰巴特尔, 索朗平措) are left to the rules for those names.
     */
    private static Set<Character> familyNamesOfHanLP() {
        Set<Character> out = new java.util.HashSet<>();
        for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
            EnumItem<NR> roles = PersonDictionary.dictionary.get(String.valueOf(c));
            Integer asFamilyName = roles == null ? null : roles.labelMap.get(NR.B);
            boolean often = asFamilyName != null && (asFamilyName >= OFTEN_A_FAMILY_NAME
                    || asFamilyName >= SOMETIMES_A_FAMILY_NAME
                    && 2 * asFamilyName >= roles.labelMap.values().stream().mapToInt(Integer::intValue).sum());
            if (often && !TranslatedPersonDictionary.containsKey(String.valueOf(c))) {
                out.add(c);
            }
        }
        return out;
    }

    private static int pair(char a, char b) {
        return a << 16 | b;
    }

    /** The longest foreign country or city name written at {@code pos} of {@code s}, or null. */
    String foreignPlaceAt(String s, int pos) {
        if (pos + 1 >= s.length()) {
            return null;
        }
        for (String name : foreignByStart.getOrDefault(pair(s.charAt(pos), s.charAt(pos + 1)), List.of())) {
            if (s.startsWith(name, pos)) {
                return name;
            }
        }
        return null;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** True when {@code prefix} is made of generic modifiers only: 农民专业(合作社), 相关(企业), 龙头(公司). */
    boolean isGenericModifier(String prefix) {
        return composedOf(prefix, genericModifiers);
    }

    /** True when {@code text} is a run of {@code words}, each any number of times. */
    static boolean composedOf(String text, Set<String> words) {
        return composedOf(text, (Predicate<String>) words::contains);
    }

    /** {@code text} splits wholly into words that {@code isWord} accepts. */
    static boolean composedOf(String text, Predicate<String> isWord) {
        boolean[] reachable = new boolean[text.length() + 1];
        reachable[0] = true;
        for (int i = 0; i < text.length(); i++) {
            for (int j = i + 1; reachable[i] && j <= text.length(); j++) {
                reachable[j] |= isWord.test(text.substring(i, j));
            }
        }
        return reachable[text.length()];
    }

    /** A title of the lexicon ends at {@code pos} of {@code text} (县长 of X县县长). */
    boolean titleEndsAt(String text, int pos) {
        return personTitles.stream().anyMatch(t -> pos - t.length() >= 0 && text.startsWith(t, pos - t.length()));
    }

    /** A plausible Chinese personal name: known family name plus one or two given-name characters. */
    boolean isPersonName(String s) {
        // 管委会主任X: 管 is a family name, 管委会 a committee; 农学院教授X: 农 is one too, 农学院 a college.
        if (s.length() < 2 || s.length() > 4 || !s.chars().allMatch(Chars::isHan) || s.endsWith("委会")
                || BODY_ENDS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        if (s.length() >= 3 && compoundSurnames.contains(s.substring(0, 2))) {
            return true;
        }
        return s.length() <= 3 && singleSurnames.contains(s.charAt(0));
    }

    /** The national new area whose name ends at {@code end} of {@code s}, or null. */
    String nationalNewAreaEndingAt(String s, int end) {
        return nationalNewAreas.stream().filter(area -> s.startsWith(area, end - area.length())).findFirst()
                .orElse(null);
    }

    boolean hasCompoundSurname(String twoCharacters) {
        return compoundSurnames.contains(twoCharacters);
    }

    /** Four characters, one half a Tibetan given-name element (华旦才让): a Tibetan name where nothing else fits. */
    boolean isHalfTibetanName(String s) {
        return s.length() == 4 && (nameElements.contains(s.substring(0, 2)) || nameElements.contains(s.substring(2)));
    }

    /** A Mongolian name: one given-name element (乌日娜) or two run together (孟和巴雅尔). */
    boolean isMongolianName(String s) {
        if (mongolianNameElements.contains(s)) {
            return true;
        }
        for (int k = 2; k <= s.length() - 2; k++) {
            if (mongolianNameElements.contains(s.substring(0, k)) && mongolianNameElements.contains(s.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** One Tibetan given-name element (索南 of 索南加). */
    boolean isTibetanNameElement(String twoCharacters) {
        return nameElements.contains(twoCharacters);
    }

    /** A Tibetan name: two given-name elements (次仁旺堆), which no family name introduces. */
    boolean isTibetanName(String s) {
        return s.length() == 4 && nameElements.contains(s.substring(0, 2)) && nameElements.contains(s.substring(2));
    }

    /** The words of a resource, several to a line. */
    private static Set<String> words(String resource) {
        return lines(resource).stream().flatMap(l -> List.of(l.split("\\s+")).stream()).collect(Collectors.toSet());
    }

    private static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
