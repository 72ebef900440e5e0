package cn.congress.domain.shared;

import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A long list's page: no count where the rows tell the total, exact totals a person can check, a marked estimate beyond. */
@CongressTest
class CountedPageTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void table() {
        jdbc.execute("create table counted_page_probe as select n from generate_series(1, 25000) n");
        jdbc.execute("analyze counted_page_probe");
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop table counted_page_probe");
    }

    private CountedPage<Long> page(int number, String where, Object... args) {
        return CountedPage.of(jdbc, "from counted_page_probe " + where, args, PageRequest.of(number, 20),
                limit -> jdbc.queryForList("select n from counted_page_probe " + where + " order by n" + limit, Long.class, args));
    }

    @Test
    void aListEndingOnThePageIsNotCountedAndAMiddleSizedOneIsCountedExactly() {
        // the count's clause names no table: only the rows may tell the total
        CountedPage<Long> few = CountedPage.of(jdbc, "from no_such_table", new Object[0], PageRequest.of(0, 20),
                limit -> jdbc.queryForList("select n from counted_page_probe where n <= 7 order by n" + limit, Long.class));
        assertThat(few.getTotalElements()).isEqualTo(7);
        assertThat(few.isApproximate()).isFalse();
        assertThat(few.hasNext()).isFalse();

        CountedPage<Long> some = page(2, "where n <= ?", CountedPage.EXACT_UP_TO);
        assertThat(some.getTotalElements()).as("exact up to the limit").isEqualTo(CountedPage.EXACT_UP_TO);
        assertThat(some.isApproximate()).isFalse();
        assertThat(some.getContent()).hasSize(20).first().isEqualTo(41L);
        assertThat(some.hasNext()).isTrue();

        CountedPage<Long> last = page(3, "where n <= ?", 75);
        assertThat(last.getContent()).hasSize(15);
        assertThat(last.getTotalElements()).isEqualTo(75);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aLongListIsEstimatedAndSaysSo() {
        CountedPage<Long> all = page(0, "where n > ?", 0);
        assertThat(all.isApproximate()).isTrue();
        assertThat(all.getTotalElements()).isBetween(20_000L, 30_000L);
        assertThat(all.getShownTotal() % 1000).as("two significant figures").isZero();
        assertThat(all.hasNext()).isTrue();
        assertThat(all.getContent()).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(page(1249, "where n > ?", 0).getContent()).as("the last page of 25,000").hasSize(20).last().isEqualTo(25_000L);
        assertThat(page(1249, "where n > ?", 0).isApproximate()).isFalse();
        assertThat(List.of(page(1249, "where n > ?", 0).getTotalElements())).containsExactly(25_000L);
    }

    @Test
    void convertingTheRowsKeepsTheTotalAndTheEstimateMark() {
        CountedPage<String> all = page(0, "where n > ?", 0).map(n -> "#" + n);
        assertThat(all.isApproximate()).isTrue();
        assertThat(all.getShownTotal()).isEqualTo(page(0, "where n > ?", 0).getShownTotal());
        assertThat(all.getContent()).hasSize(20).first().isEqualTo("#1");
        CountedPage<String> some = page(2, "where n <= ?", 75).map(n -> "#" + n);
        assertThat(some.isApproximate()).isFalse();
        assertThat(some.getTotalElements()).isEqualTo(75);
        assertThat(some.hasNext()).isTrue();
    }

    /** The rows and the total in one statement; the counter read as a column (here a plain count, as a trigger-kept one would be). */
    private CountedPage<Long> totalled(int number, long[] separateCounts) {
        String total = "(select count(*) from counted_page_probe where n % 2 = 0)";
        return CountedPage.totalled(PageRequest.of(number, 20), limit -> jdbc.query(
                "select n, " + total + " as total from counted_page_probe where n % 2 = 0 order by n" + limit, rs -> {
                    List<Long> rows = new ArrayList<>();
                    long t = -1;
                    while (rs.next()) {
                        rows.add(rs.getLong(1));
                        t = rs.getLong(2);
                    }
                    return new CountedPage.Totalled<>(rows, t);
                }), () -> {
            separateCounts[0]++;
            return jdbc.queryForObject("select count(*) from counted_page_probe where n % 2 = 0", Long.class);
        });
    }

    @Test
    void aTotalReadWithTheRowsNeedsNoSecondStatementUnlessThePageIsPastTheEnd() {
        long[] separate = {0};
        CountedPage<Long> first = totalled(0, separate);
        assertThat(first.getTotalElements()).isEqualTo(12_500);
        assertThat(first.isApproximate()).isFalse();
        assertThat(first.getContent()).hasSize(20).startsWith(2L, 4L);
        assertThat(separate[0]).as("the total came with the rows").isZero();

        CountedPage<Long> last = totalled(624, separate);
        assertThat(last.getContent()).hasSize(20).endsWith(25_000L);
        assertThat(last.getTotalElements()).isEqualTo(12_500);

        CountedPage<Long> past = totalled(700, separate);
        assertThat(past.getContent()).isEmpty();
        assertThat(past.getTotalElements()).isEqualTo(12_500);
        assertThat(separate[0]).as("only the page past the end, without rows to carry it, counts on its own").isEqualTo(1);
    }
}
