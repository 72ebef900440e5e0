package cn.congress.domain.term;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"1,一", "10,十", "11,十一", "17,十七", "20,二十", "23,二十三", "100,一百", "105,一百零五", "110,一百一十", "999,九百九十九"})
    void writesNumbersAsCommitteeDocumentsDo(int n, String chinese) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(chinese);
    }
}
