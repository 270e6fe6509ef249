package org.policygraph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document (one article in plain text, or a newspaper page in Markdown) into articles: finds the
 * article headings, repairs paragraphs cut by page breaks, and moves bylines and photo credits out of the
 * text into {@code authors}.
 */
final class ArticleSplitter {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    /** A section banner carries its pinyin transliteration: "### 科学进展 kexuejinzhanshan". */
    private static final Pattern BANNER = Pattern.compile("\\s[a-z]{4,}$");
    private static final String NAMES = "\\p{IsHan}{2,3}(?:[ \\u3000、]+\\p{IsHan}{2,3}){0,3}";
    /** The paper, agency or site a byline opens on: 科学导报, 本报, 新华社. */
    private static final String SOURCE = "^(\\p{IsHan}{1,10}?(?:报|社|网|台))";
    /** "科学导报 记者耿倩 5月17日..." or "科学导报 近日..." or a line "科学导报记者 武竹青" or "本报记者 韩雨川". */
    private static final Pattern LEADING_BYLINE = Pattern.compile(
            SOURCE + "(?:[ \\u3000]*记者[ \\u3000]*(" + NAMES + "))?(?:[ \\u3000]+|$)");
    /**
     * A dated lead naming its writers in brackets: "本报讯（记者 X 通讯员 Y）", "本报林芝讯（记者 X）",
     * "新华社北京5月3日电（记者 X）". The segmenter would otherwise read the last name into what follows.
     */
    private static final Pattern DATELINE_BYLINE = Pattern.compile(
            SOURCE + "\\p{IsHan}{0,8}?(?:\\d{1,2}月\\d{1,2}日)?[讯电][（(]([^（）()]{2,80})[）)]"
                    + "[ \\u3000]*");
    /** The roles a dateline's bracket gives its writers before their names. */
    private static final Pattern WRITER_ROLE = Pattern.compile("^(?:本报|特约|见习|实习)?(?:记者|通讯员|实习生)");
    private static final String THIS_PAPER = "本报";
    private static final Pattern NAMES_LINE = Pattern.compile("^" + NAMES + "$");
    /** Names after the last sentence of a paragraph: "...提升。 杨翠山 孙磊", or a photo credit "崔松良摄". */
    private static final Pattern TRAILING_NAMES = Pattern.compile("(?<=[。！？!?”…])[ \\u3000]+(" + NAMES + ")$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?<=[。！？!?”…])[ \\u3000]*(\\p{IsHan}{2,3})[ \\u3000]*摄$");
    private static final int SHORT_TITLE = 20;
    /** A full stop closing a line, maybe before closing quotes or brackets. */
    private static final Pattern SENTENCE_CLOSED = Pattern.compile("[。.][”’\"'）)]*$");
    /** A line of fields: labels and values, no clause. */
    private static final Pattern FIELDS = Pattern.compile("[^，,。；;]{1,20}[：:][^，,。；;]{1,40}");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，,；;]");
    /** A bulleted subheading in the text, as news roundups write each item's: ■ 南沙推出X计划. */
    private static final Pattern SUBHEADING = Pattern.compile("[■□●◆◇▲△★☆].*");
    /** A numbered section or item opening a paragraph: 一、, 1．, 2., （三）, (4). */
    private static final Pattern NUMBERED = Pattern.compile("[一二三四五六七八九十]+、|\\d{1,2}[．.、](?!\\d)|[（(][一二三四五六七八九十\\d]+[）)]");

    private record Line(int headingLevel, String text, int blanksBefore) {
        boolean heading() {
            return headingLevel > 0;
        }
    }

    /** Title lines and body paragraphs of one article, before cleaning. */
    private record Draft(List<String> titles, List<String> paragraphs) {
    }

    List<Article> split(Document document) {
        List<Draft> drafts = drafts(lines(document.text()), document.title());
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String id = drafts.size() == 1 ? document.id() : document.id() == null ? null : document.id() + "#" + (i + 1);
            articles.add(build(drafts.get(i), id, document));
        }
        return articles;
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int blanks = 0;
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            Matcher h = HEADING.matcher(line);
            out.add(h.matches() && h.group(2).length() <= Article.MAX_TITLE_LENGTH ? new Line(h.group(1).length(), h.group(2), blanks)
                    : new Line(0, line, blanks));
            blanks = 0;
        }
        return out;
    }

    private static List<Draft> drafts(List<Line> lines, String documentTitle) {
        boolean markdown = lines.stream().anyMatch(l -> l.heading() && l.headingLevel() <= 2);
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        boolean inTitle = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.heading() && BANNER.matcher(line.text()).find()) {
                current = null;
                continue;
            }
            boolean startsArticle = line.heading()
                    || current == null && (!markdown || drafts.isEmpty())
                    || isStandaloneTitle(lines, i);
            if (startsArticle && !(line.heading() && inTitle)) {
                current = new Draft(new ArrayList<>(), new ArrayList<>());
                drafts.add(current);
                if (!line.heading() && documentTitle != null && drafts.size() == 1) {
                    current.titles().add(documentTitle);
                    inTitle = false;
                    if (!line.text().equals(documentTitle)) {
                        current.paragraphs().add(line.text());
                    }
                    continue;
                }
                // No headline is this long, nor closes with a full stop (headlines go without one): the line is text.
                if (line.text().length() > Article.MAX_TITLE_LENGTH || closesSentence(line.text())) {
                    current.paragraphs().add(line.text());
                    continue;
                }
                current.titles().add(line.text());
                inTitle = true;
                continue;
            }
            if (line.heading()) {
                current.titles().add(line.text());
            } else if (current == null) {
                continue;
            } else {
                current.paragraphs().add(line.text());
                inTitle = false;
            }
        }
        return drafts;
    }

    /** Whether a line ends with a full stop, maybe before closing quotes or brackets: ...建设冷链仓储中心。 */
    private static boolean closesSentence(String line) {
        return SENTENCE_CLOSED.matcher(line).find();
    }

    /** A photo caption's headline: a short line without punctuation set apart by two blank lines. */
    private static boolean isStandaloneTitle(List<Line> lines, int i) {
        Line line = lines.get(i);
        return !line.heading() && i > 0 && line.blanksBefore() >= 2 && line.text().length() <= SHORT_TITLE
                && line.text().codePoints().noneMatch(c -> "，,。；;：:！？!?".indexOf(c) >= 0)
                && i + 1 < lines.size() && !lines.get(i + 1).heading();
    }

    private static Article build(Draft draft, String id, Document document) {
        String title = title(draft.titles());
        List<String> subtitles = draft.titles().size() > 1 && !joinedTitle(draft.titles())
                ? draft.titles().subList(1, draft.titles().size()) : List.of();
        List<String> authors = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>(draft.paragraphs());
        String source = document.source();

        if (!paragraphs.isEmpty() && NAMES_LINE.matcher(paragraphs.get(0)).matches()) {
            authors.addAll(names(paragraphs.remove(0)));
        }
        if (!paragraphs.isEmpty()) {
            Matcher m = DATELINE_BYLINE.matcher(paragraphs.get(0));
            boolean dated = m.find();
            if (!dated) {
                m = LEADING_BYLINE.matcher(paragraphs.get(0));
            }
            if (dated || m.find()) {
                // 本报 ("this paper") names no source.
                source = source == null && !m.group(1).equals(THIS_PAPER) ? m.group(1) : source;
                if (m.group(2) != null) {
                    authors.addAll(dated ? writers(m.group(2)) : names(m.group(2)));
                }
                setOrRemoveFirst(paragraphs, paragraphs.get(0).substring(m.end()).strip());
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphs.set(i, stripTrailingNames(paragraphs.get(i), authors));
        }
        List<String> body = new ArrayList<>(subtitles);
        body.addAll(repairPageBreaks(paragraphs));
        String text = String.join("\n", body);
        return new Article(id == null ? contentId(title, text) : id, title, text, source, document.publishedAt(),
                authors.stream().distinct().toList(), document.url());
    }

    /** The first paragraph's text after its byline; a byline on a line of its own leaves nothing. */
    private static void setOrRemoveFirst(List<String> paragraphs, String rest) {
        if (rest.isEmpty()) {
            paragraphs.remove(0);
        } else {
            paragraphs.set(0, rest);
        }
    }

    private static boolean joinedTitle(List<String> titles) {
        String first = titles.get(0);
        return first.endsWith(":") || first.endsWith("：");
    }

    /** "晋中市X镇:" over "聚焦..." is one title; otherwise the first heading is the title, the rest subtitles. */
    private static String title(List<String> titles) {
        if (titles.isEmpty()) {
            return "";
        }
        return joinedTitle(titles) && titles.size() > 1 ? titles.get(0) + titles.get(1) : titles.get(0);
    }

    private static String stripTrailingNames(String paragraph, List<String> authors) {
        for (Pattern p : List.of(PHOTO_CREDIT, TRAILING_NAMES)) {
            Matcher m = p.matcher(paragraph);
            if (m.find()) {
                authors.addAll(names(m.group(1)));
                paragraph = paragraph.substring(0, m.start()).strip();
            }
        }
        return paragraph;
    }

    /**
     * A paragraph that stops mid-sentence continues in the next one (the page layout cut it). Lines of fields
     * (董事长：X, 证券代码：… 证券简称：…), numbered headings (一、基本情况) and subheadings stop so on purpose, and
     * no cut paragraph goes on with a numbered item (1．, （二）).
     */
    private static List<String> repairPageBreaks(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            int last = out.size() - 1;
            String previous = last >= 0 ? out.get(last) : "";
            boolean ownLine = FIELDS.matcher(previous).matches()
                    || NUMBERED.matcher(previous).lookingAt() && !CLAUSE_MARK.matcher(previous).find()
                    || NUMBERED.matcher(p).lookingAt() || SUBHEADING.matcher(previous).matches();
            if (last >= 0 && !ownLine && !Chars.endsSentence(previous.charAt(previous.length() - 1))) {
                out.set(last, previous + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> names(String s) {
        return List.of(s.strip().split("[ \\u3000、]+"));
    }

    /** The names in a dateline's bracket, without their roles: "记者 王芳 通讯员 李强" gives 王芳, 李强. */
    private static List<String> writers(String bracket) {
        return Arrays.stream(bracket.strip().split("[ \\u3000、，,]+"))
                .map(word -> WRITER_ROLE.matcher(word).replaceFirst(""))
                .filter(name -> name.codePoints().count() >= 2 && name.codePoints().allMatch(Chars::isHan))
                .toList();
    }

    private static String contentId(String title, String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((title + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
