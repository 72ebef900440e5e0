package cn.congress.domain.shared;

import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
class SourceVersionsTest {

    @Autowired
    SourceVersions versions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeptValueIsComputedOnceUntilItsAreasVersionMoves() {
        jdbc.update("insert into page_source_version (area) values ('probe') on conflict do nothing");
        SourceVersions.Kept<String, String> kept = versions.keep("probe", 2);
        AtomicInteger computed = new AtomicInteger();

        assertThat(kept.get("a", () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(kept.get("a", () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(kept.get("b", () -> "b" + computed.incrementAndGet())).as("each key its own value").isEqualTo("b2");

        jdbc.update("update page_source_version set version = version + 1 where area = 'probe'");
        assertThat(kept.get("a", () -> "a" + computed.incrementAndGet())).as("a change seen at once").isEqualTo("a3");

        kept.get("c", () -> "c");
        assertThat(kept.get("a", () -> "a" + computed.incrementAndGet())).as("past its bound the area starts again").isEqualTo("a4");
        assertThatThrownBy(() -> versions.of("no-such-area")).as("an area without its row is refused")
                .isInstanceOf(org.springframework.dao.EmptyResultDataAccessException.class);
    }
}
