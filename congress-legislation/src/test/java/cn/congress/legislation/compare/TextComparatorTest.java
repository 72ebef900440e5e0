package cn.congress.legislation.compare;

import cn.congress.legislation.text.LegalTextParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextComparatorTest {

    static final String OLD = """
            第一章　总则
            第一条　为了加强物业管理，维护业主合法权益，制定本条例。
            第二条　本条例适用于本市行政区域内的物业管理活动。
            第三条　市住房和城乡建设主管部门负责全市物业管理活动的监督管理工作。
            第二章　业主
            第四条　业主可以委托物业服务企业提供服务。
            第五条　业主大会应当每年至少召开一次会议。
            第六条　本条例自2020年1月1日起施行。
            """;

    static final String NEW = """
            第一章　总则
            第一条　为了规范物业管理活动，维护业主合法权益，制定本条例。
            第二条　本条例适用于本市行政区域内的物业管理活动。
            第三条　物业管理应当坚持党的领导，实行业主自治与专业服务相结合。
            第四条　市住房和城乡建设主管部门负责全市物业管理活动的监督管理工作。
            第二章　业主
            第五条　业主大会应当每年至少召开一次会议。
            第六条　业主可以委托物业服务企业提供服务。
            第七条　本条例自2026年1月1日起施行。
            """;

    @Test
    void matchesRenumberedAndMovedArticlesAndMarksInnerChangesCharacterByCharacter() {
        Comparison c = TextComparator.compare(LegalTextParser.parse(OLD), LegalTextParser.parse(NEW));

        assertThat(c.count(RowKind.ADDED)).isEqualTo(1);
        assertThat(c.count(RowKind.DELETED)).isZero();
        assertThat(c.count(RowKind.CHANGED)).isEqualTo(2);
        assertThat(c.count(RowKind.SAME)).isEqualTo(4);

        ComparisonRow first = row(c, "第一条");
        assertThat(first.kind()).isEqualTo(RowKind.CHANGED);
        assertThat(first.oldSegments()).contains(new Segment("加强", Segment.Kind.DELETED));
        assertThat(first.newSegments()).contains(new Segment("规范", Segment.Kind.INSERTED), new Segment("活动", Segment.Kind.INSERTED));
        assertThat(first.oldText()).isEqualTo("为了加强物业管理，维护业主合法权益，制定本条例。");
        assertThat(first.newText()).isEqualTo("为了规范物业管理活动，维护业主合法权益，制定本条例。");

        ComparisonRow added = row(c, "第三条");
        assertThat(added.kind()).isEqualTo(RowKind.ADDED);
        assertThat(added.oldLabel()).isNull();

        ComparisonRow renumbered = row(c, "第四条");
        assertThat(renumbered.kind()).isEqualTo(RowKind.SAME);
        assertThat(renumbered.oldLabel()).isEqualTo("第三条");
        assertThat(renumbered.renumbered()).isTrue();

        // 业主 articles swapped places: old 第四条 is now 第六条, old 第五条 now 第五条
        ComparisonRow moved = row(c, "第六条");
        assertThat(moved.oldLabel()).isEqualTo("第四条");
        assertThat(moved.kind()).isEqualTo(RowKind.SAME);
        assertThat(c.movedCount()).isEqualTo(1);

        ComparisonRow last = row(c, "第七条");
        assertThat(last.oldLabel()).isEqualTo("第六条");
        assertThat(last.kind()).isEqualTo(RowKind.CHANGED);
        assertThat(last.oldSegments()).contains(new Segment("0", Segment.Kind.DELETED));
        assertThat(last.newSegments()).contains(new Segment("6", Segment.Kind.INSERTED));

        assertThat(c.rows().get(0).heading()).isEqualTo("第一章　总则");
        assertThat(c.rows()).filteredOn(r -> r.heading() != null).extracting(ComparisonRow::heading)
                .containsExactly("第一章　总则", "第二章　业主");
    }

    @Test
    void anArticleRewrittenBeyondRecognitionIsShownAsDeletedAndAdded() {
        Comparison c = TextComparator.compare(
                LegalTextParser.parse("第一条　甲乙丙丁戊己庚辛。\n第二条　城市供水应当保障水质安全。\n第三条　附则。"),
                LegalTextParser.parse("第一条　甲乙丙丁戊己庚辛。\n第二条　养犬人应当依法为犬只办理登记。\n第三条　附则。"));

        assertThat(c.rows()).extracting(ComparisonRow::kind)
                .containsExactly(RowKind.SAME, RowKind.DELETED, RowKind.ADDED, RowKind.SAME);
        assertThat(c.rows().get(1).oldSegments()).extracting(Segment::kind).containsOnly(Segment.Kind.DELETED);
    }

    @Test
    void identicalTextsHaveNoChanges() {
        Comparison c = TextComparator.compare(LegalTextParser.parse(OLD), LegalTextParser.parse(OLD));
        assertThat(c.identical()).isTrue();
        assertThat(c.rows()).allMatch(r -> r.kind() == RowKind.SAME && !r.renumbered() && !r.moved());
    }

    @Test
    void inlineDiffKeepsBothSidesReadable() {
        List<List<Segment>> sides = TextComparator.inlineDiff("为了加强物业管理", "为了规范物业管理活动");
        assertThat(sides.get(0)).containsExactly(new Segment("为了", Segment.Kind.SAME), new Segment("加强", Segment.Kind.DELETED),
                new Segment("物业管理", Segment.Kind.SAME));
        assertThat(sides.get(1)).containsExactly(new Segment("为了", Segment.Kind.SAME), new Segment("规范", Segment.Kind.INSERTED),
                new Segment("物业管理", Segment.Kind.SAME), new Segment("活动", Segment.Kind.INSERTED));
    }

    private static ComparisonRow row(Comparison c, String newLabel) {
        return c.rows().stream().filter(r -> newLabel.equals(r.newLabel())).findFirst().orElseThrow();
    }
}
