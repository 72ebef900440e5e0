package cn.congress.domain.shared;

import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A long list's page: exact totals a person can check, a marked estimate beyond, and no count where the rows tell. */
@CongressTest
class ListPageTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void table() {
        jdbc.execute("create table list_page_probe as select n from generate_series(1, 25000) n");
        jdbc.execute("analyze list_page_probe");
    }

    @AfterEach
    void drop() {
        jdbc.execute("drop table list_page_probe");
    }

    private ListPage<Long> page(int number, String where, Object... args) {
        return ListPage.of(jdbc, PageRequest.of(number, 20), (limit, offset) -> {
            Object[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(limit, offset)).toArray();
            return jdbc.queryForList("select n from list_page_probe " + where + " order by n limit ? offset ?", Long.class, all);
        }, "from list_page_probe " + where, args);
    }

    @Test
    void aShortListIsCountedFromItsRowsAndAMiddleSizedOneExactly() {
        // the count's clause names no table: the rows alone must tell the total
        ListPage<Long> few = ListPage.of(jdbc, PageRequest.of(0, 20), (limit, offset) -> jdbc.queryForList(
                "select n from list_page_probe where n <= 7 order by n limit ? offset ?", Long.class, limit, offset), "from no_such_table");
        assertThat(few.getTotalElements()).isEqualTo(7);
        assertThat(few.isEstimated()).isFalse();
        assertThat(few.hasNext()).isFalse();

        ListPage<Long> some = page(2, "where n <= ?", ListPage.EXACT_UP_TO);
        assertThat(some.getTotalElements()).as("exact up to the limit").isEqualTo(ListPage.EXACT_UP_TO);
        assertThat(some.isEstimated()).isFalse();
        assertThat(some.getContent()).hasSize(20).first().isEqualTo(41L);
        assertThat(some.hasNext()).isTrue();
        assertThat(some.getTotalText()).isEqualTo("10000");

        ListPage<Long> last = page(3, "where n <= ?", 75);
        assertThat(last.getContent()).hasSize(15);
        assertThat(last.getTotalElements()).isEqualTo(75);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void aLongListIsEstimatedAndSaysSo() {
        ListPage<Long> all = page(0, "where n > ?", 0);
        assertThat(all.isEstimated()).isTrue();
        assertThat(all.getTotalElements()).isBetween(20_000L, 30_000L);
        assertThat(all.getTotalText()).startsWith("约").endsWith("万");
        assertThat(all.hasNext()).isTrue();
        assertThat(all.getContent()).containsExactlyElementsOf(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L,
                16L, 17L, 18L, 19L, 20L));

        ListPage<Long> beyond = page(5000, "where n > ?", 0);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.hasNext()).as("past the end, whatever the estimate").isFalse();
    }
}
