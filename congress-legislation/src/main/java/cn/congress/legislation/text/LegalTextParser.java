package cn.congress.legislation.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses plain Chinese legal text. One line per heading, article start, paragraph or item; blank lines and the
 * full-width indentation are ignored. Recognised: {@code 第一章 总则}, {@code 第一节 一般规定}, {@code 第一条 …},
 * items {@code （一）…} / {@code (一)…}. Lines before the first article or chapter are the title (first line) and the
 * preamble. A line inside an article that is not an item starts a new paragraph.
 */
public final class LegalTextParser {

    private static final String NUM = "([零〇一二两三四五六七八九十百千\\d]+)";
    private static final Pattern CHAPTER = Pattern.compile("^第" + NUM + "章(?:[\\s　]+(.*))?$");
    private static final Pattern SECTION = Pattern.compile("^第" + NUM + "节(?:[\\s　]+(.*))?$");
    private static final Pattern ARTICLE = Pattern.compile("^第" + NUM + "条(?:[\\s　]*(.*))?$");
    private static final Pattern ITEM = Pattern.compile("^[（(]" + NUM + "[）)][\\s　]*(.*)$");

    private LegalTextParser() {
    }

    public static LegalText parse(String source) {
        String title = null;
        List<String> preamble = new ArrayList<>();
        List<LegalText.Heading> headings = new ArrayList<>();
        List<LegalText.Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        String chapter = null;
        String section = null;
        int chapterNo = 0;
        int sectionNo = 0;
        ArticleBuilder current = null;

        String text = source == null ? "" : source.replace("\r\n", "\n").replace('\r', '\n');
        for (String raw : text.split("\n")) {
            String line = strip(raw);
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = CHAPTER.matcher(line)).matches()) {
                current = finish(current, articles, chapter, section);
                chapterNo++;
                sectionNo = 0;
                int written = ChineseNumber.parse(m.group(1));
                if (written != chapterNo) {
                    warnings.add("“" + line + "”应为第" + ChineseNumber.format(chapterNo) + "章，已按顺序重新编号");
                }
                LegalText.Heading h = new LegalText.Heading(1, chapterNo, name(m.group(2)), articles.size());
                headings.add(h);
                chapter = h.fullTitle();
                section = null;
            } else if ((m = SECTION.matcher(line)).matches()) {
                current = finish(current, articles, chapter, section);
                sectionNo++;
                int written = ChineseNumber.parse(m.group(1));
                if (written != sectionNo) {
                    warnings.add("“" + line + "”应为第" + ChineseNumber.format(sectionNo) + "节，已按顺序重新编号");
                }
                LegalText.Heading h = new LegalText.Heading(2, sectionNo, name(m.group(2)), articles.size());
                headings.add(h);
                section = h.fullTitle();
            } else if ((m = ARTICLE.matcher(line)).matches()) {
                current = finish(current, articles, chapter, section);
                int number = articles.size() + 1;
                int written = ChineseNumber.parse(m.group(1));
                if (written != number) {
                    warnings.add("“第" + m.group(1) + "条”应为第" + ChineseNumber.format(number) + "条，已按顺序重新编号");
                }
                current = new ArticleBuilder(number, written);
                String rest = m.group(2) == null ? "" : strip(m.group(2));
                if (!rest.isEmpty()) {
                    current.paragraph(rest);
                }
            } else if (current != null && (m = ITEM.matcher(line)).matches()) {
                current.item(strip(m.group(2)));
            } else if (current != null) {
                current.paragraph(line);
            } else if (title == null && headings.isEmpty() && preamble.isEmpty()) {
                title = line;
            } else {
                preamble.add(line);
            }
        }
        finish(current, articles, chapter, section);
        return new LegalText(title, List.copyOf(preamble), List.copyOf(headings), List.copyOf(articles), List.copyOf(warnings));
    }

    private static ArticleBuilder finish(ArticleBuilder current, List<LegalText.Article> articles, String chapter, String section) {
        if (current != null) {
            articles.add(current.build(chapter, section));
        }
        return null;
    }

    private static String name(String s) {
        return s == null ? "" : strip(s);
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '　' || c == '\u00a0' || c == '\ufeff';
    }

    private static final class ArticleBuilder {
        final int number;
        final int written;
        final List<LegalText.Paragraph> paragraphs = new ArrayList<>();
        String text;
        List<LegalText.Item> items;

        ArticleBuilder(int number, int written) {
            this.number = number;
            this.written = written;
        }

        void paragraph(String line) {
            flush();
            text = line;
            items = new ArrayList<>();
        }

        void item(String line) {
            if (text == null) {
                text = "";
                items = new ArrayList<>();
            }
            items.add(new LegalText.Item(items.size() + 1, line));
        }

        void flush() {
            if (text != null) {
                paragraphs.add(new LegalText.Paragraph(text, List.copyOf(items)));
                text = null;
                items = null;
            }
        }

        LegalText.Article build(String chapter, String section) {
            flush();
            return new LegalText.Article(number, written, chapter, section, List.copyOf(paragraphs));
        }
    }
}
