package cn.congress.domain.figures;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFormatTest {

    @Test
    void numbersAreWrittenTheChineseWay() {
        assertThat(FigureFormat.value(BigDecimal.valueOf(12), FigureUnit.COUNT)).isEqualTo("12件");
        assertThat(FigureFormat.value(BigDecimal.valueOf(12_600), FigureUnit.PERSON_TIMES)).isEqualTo("1.26万人次");
        assertThat(FigureFormat.value(BigDecimal.valueOf(106_000_000), FigureUnit.YUAN)).isEqualTo("1.06亿元");
        assertThat(FigureFormat.value(BigDecimal.valueOf(3_500_000), FigureUnit.YUAN)).isEqualTo("350万元");
        assertThat(FigureFormat.value(new BigDecimal("87.46"), FigureUnit.PERCENT)).isEqualTo("87.5%");
        assertThat(FigureFormat.value(null, FigureUnit.PERCENT)).isEqualTo("—");
    }

    @Test
    void theChangeAgainstLastYearSurvivesAZeroOrMissingBase() {
        assertThat(FigureFormat.change(BigDecimal.valueOf(9), BigDecimal.valueOf(8), FigureUnit.COUNT)).isEqualTo("+1，增长12.5%");
        assertThat(FigureFormat.change(BigDecimal.valueOf(6), BigDecimal.valueOf(8), FigureUnit.COUNT)).isEqualTo("-2，下降25%");
        assertThat(FigureFormat.change(BigDecimal.valueOf(8), BigDecimal.valueOf(8), FigureUnit.COUNT)).isEqualTo("持平");
        assertThat(FigureFormat.change(BigDecimal.valueOf(3), BigDecimal.ZERO, FigureUnit.COUNT)).isEqualTo("+3（上年为0）");
        assertThat(FigureFormat.change(BigDecimal.ZERO, BigDecimal.ZERO, FigureUnit.COUNT)).isEqualTo("持平（上年为0）");
        assertThat(FigureFormat.change(BigDecimal.valueOf(3), null, FigureUnit.COUNT)).isEqualTo("上年无数据");
        assertThat(FigureFormat.change(new BigDecimal("82.3"), new BigDecimal("69.7"), FigureUnit.PERCENT)).isEqualTo("+12.6个百分点");
        assertThat(FigureFormat.change(new BigDecimal("60.0"), new BigDecimal("69.7"), FigureUnit.PERCENT)).isEqualTo("-9.7个百分点");
        assertThat(FigureFormat.change(null, BigDecimal.ONE, FigureUnit.PERCENT)).isEqualTo("—");
    }

    @Test
    void aYearRunsFromMidnightOfTheFirstOfJanuaryInBeijing() {
        Period y = Period.year(2031);
        assertThat(y.start().toString()).isEqualTo("2030-12-31T16:00:00Z");
        assertThat(y.contains(java.time.Instant.parse("2031-12-31T15:59:59Z"))).isTrue();
        assertThat(y.contains(java.time.Instant.parse("2031-12-31T16:00:00Z"))).isFalse();
        assertThat(y.previousYear()).isEqualTo(Period.year(2030));
    }
}
