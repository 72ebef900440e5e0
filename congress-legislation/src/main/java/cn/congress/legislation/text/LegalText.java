package cn.congress.legislation.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A legal text parsed into its structure: an optional title and preamble, chapters (章) holding optional sections
 * (节), articles (条) numbered in order through the whole text, each made of paragraphs (款) that may list items
 * ((一)(二)…, 项).
 *
 * @param warnings places where the written numbering differs from the order (the text is numbered afresh)
 */
public record LegalText(String title, List<String> preamble, List<Heading> headings, List<Article> articles,
                        List<String> warnings) {

    /** A chapter (level 1) or section (level 2) heading, placed before the article with index {@code firstArticle}. */
    public record Heading(int level, int number, String name, int firstArticle) {

        public String label() {
            return "第" + ChineseNumber.format(number) + (level == 1 ? "章" : "节");
        }

        public String fullTitle() {
            return name.isEmpty() ? label() : label() + "　" + name;
        }
    }

    /** An item (项) of a paragraph: 　（一）text. */
    public record Item(int number, String text) {

        public String label() {
            return "（" + ChineseNumber.format(number) + "）";
        }
    }

    /** A paragraph (款) with its items. */
    public record Paragraph(String text, List<Item> items) {

        /** The paragraph as written, items on their own lines. */
        public String render() {
            StringBuilder sb = new StringBuilder(text);
            for (Item item : items) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(item.label()).append(item.text());
            }
            return sb.toString();
        }
    }

    /**
     * An article.
     *
     * @param number        its place in the text, 1-based (the number it is given)
     * @param writtenNumber the number the author wrote, -1 when unreadable
     * @param chapter       the enclosing chapter's full title, or null
     * @param section       the enclosing section's full title, or null
     */
    public record Article(int number, int writtenNumber, String chapter, String section, List<Paragraph> paragraphs) {

        public String label() {
            return "第" + ChineseNumber.format(number) + "条";
        }

        /** The body without the heading: paragraphs on separate lines. */
        public String body() {
            StringBuilder sb = new StringBuilder();
            for (Paragraph p : paragraphs) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(p.render());
            }
            return sb.toString();
        }
    }

    public boolean hasChapters() {
        return headings.stream().anyMatch(h -> h.level() == 1);
    }

    public int articleCount() {
        return articles.size();
    }

    /** Headings that come right before article index {@code index} (0-based). */
    public List<Heading> headingsBefore(int index) {
        List<Heading> result = new ArrayList<>();
        for (Heading h : headings) {
            if (h.firstArticle() == index) {
                result.add(h);
            }
        }
        return result;
    }

    /** The text written out again with the structure's own numbering. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        if (title != null) {
            sb.append(title).append("\n\n");
        }
        for (String p : preamble) {
            sb.append(p).append('\n');
        }
        for (int i = 0; i < articles.size(); i++) {
            for (Heading h : headingsBefore(i)) {
                sb.append('\n').append(h.fullTitle()).append("\n\n");
            }
            Article a = articles.get(i);
            List<Paragraph> ps = a.paragraphs();
            sb.append(a.label()).append('　');
            for (int j = 0; j < ps.size(); j++) {
                if (j > 0) {
                    sb.append('\n');
                }
                sb.append(ps.get(j).render());
            }
            sb.append('\n');
        }
        return sb.toString().strip() + "\n";
    }
}
