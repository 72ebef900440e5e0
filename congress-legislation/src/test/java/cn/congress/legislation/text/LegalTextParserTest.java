package cn.congress.legislation.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegalTextParserTest {

    static final String WITH_CHAPTERS = """
            示例市养犬管理条例

            第一章　总则

            第一条　为了规范养犬行为，保障公民健康和人身安全，维护市容环境和社会公共秩序，根据有关法律、法规，结合本市实际，制定本条例。
            第二条　本条例适用于本市行政区域内的养犬及其相关管理活动。
            　　军用、警用等特种犬的管理，不适用本条例。
            第二章　养犬登记
            第一节　一般规定
            第三条　养犬人应当遵守下列规定：
            （一）为犬只办理养犬登记；
            （二）携犬出户时为犬只束犬链；
            (三)及时清除犬只排泄物。
            违反前款第二项规定的，由公安机关责令改正。
            第二节　重点管理区
            第四条　重点管理区内禁止饲养烈性犬。
            第三章　附则
            第五条　本条例自2026年1月1日起施行。
            """;

    @Test
    void parsesChaptersSectionsArticlesParagraphsAndItems() {
        LegalText text = LegalTextParser.parse(WITH_CHAPTERS);

        assertThat(text.title()).isEqualTo("示例市养犬管理条例");
        assertThat(text.hasChapters()).isTrue();
        assertThat(text.articles()).hasSize(5);
        assertThat(text.headings()).extracting(LegalText.Heading::fullTitle)
                .containsExactly("第一章　总则", "第二章　养犬登记", "第一节　一般规定", "第二节　重点管理区", "第三章　附则");

        LegalText.Article second = text.articles().get(1);
        assertThat(second.label()).isEqualTo("第二条");
        assertThat(second.chapter()).isEqualTo("第一章　总则");
        assertThat(second.paragraphs()).hasSize(2);
        assertThat(second.paragraphs().get(1).text()).isEqualTo("军用、警用等特种犬的管理，不适用本条例。");

        LegalText.Article third = text.articles().get(2);
        assertThat(third.chapter()).isEqualTo("第二章　养犬登记");
        assertThat(third.section()).isEqualTo("第一节　一般规定");
        assertThat(third.paragraphs()).hasSize(2);
        assertThat(third.paragraphs().get(0).items()).extracting(LegalText.Item::label, LegalText.Item::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("（一）", "为犬只办理养犬登记；"),
                        org.assertj.core.groups.Tuple.tuple("（二）", "携犬出户时为犬只束犬链；"),
                        org.assertj.core.groups.Tuple.tuple("（三）", "及时清除犬只排泄物。"));
        assertThat(third.paragraphs().get(1).text()).startsWith("违反前款第二项");

        assertThat(text.articles().get(3).section()).isEqualTo("第二节　重点管理区");
        assertThat(text.articles().get(4).chapter()).isEqualTo("第三章　附则");
        assertThat(text.articles().get(4).section()).isNull();
        assertThat(text.warnings()).isEmpty();
    }

    @Test
    void parsesATextWithoutChapters() {
        LegalText text = LegalTextParser.parse("""
                示例市移风易俗条例
                第一条 为了推进移风易俗，制定本条例。
                第二条 婚事新办、丧事简办。
                第三条 本条例自公布之日起施行。
                """);

        assertThat(text.hasChapters()).isFalse();
        assertThat(text.headings()).isEmpty();
        assertThat(text.articles()).extracting(LegalText.Article::label).containsExactly("第一条", "第二条", "第三条");
        assertThat(text.articles().get(0).chapter()).isNull();
        assertThat(text.articles().get(1).body()).isEqualTo("婚事新办、丧事简办。");
    }

    @Test
    void numbersArticlesInOrderAndWarnsWhenTheWrittenNumbersAreWrong() {
        LegalText text = LegalTextParser.parse("""
                第一条　甲。
                第二条　乙。
                第二条　丙。
                第五条　丁。
                """);

        assertThat(text.articles()).extracting(LegalText.Article::label).containsExactly("第一条", "第二条", "第三条", "第四条");
        assertThat(text.articles().get(2).writtenNumber()).isEqualTo(2);
        assertThat(text.warnings()).hasSize(2).anySatisfy(w -> assertThat(w).contains("应为第三条"));
        assertThat(text.render()).contains("第三条　丙。").contains("第四条　丁。");
    }

    @Test
    void readsLargeChineseNumerals() {
        assertThat(ChineseNumber.parse("一百五十")).isEqualTo(150);
        assertThat(ChineseNumber.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumber.parse("十二")).isEqualTo(12);
        assertThat(ChineseNumber.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumber.parse("12")).isEqualTo(12);
        assertThat(ChineseNumber.format(150)).isEqualTo("一百五十");
        assertThat(ChineseNumber.format(111)).isEqualTo("一百一十一");
        for (int n = 1; n < 1000; n++) {
            assertThat(ChineseNumber.parse(ChineseNumber.format(n))).isEqualTo(n);
        }
    }
}
