package cn.congress.oversight.inspection;

import cn.congress.domain.deputy.PerformanceContributor;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The inspections, visits and research a deputy took part in, for their performance record: one statement for all
 * the deputies of a page. Dropped topics do not count.
 */
@Component
@RequiredArgsConstructor
class OversightPerformanceContributor implements PerformanceContributor {

    private final JdbcTemplate jdbc;

    @Override
    @Transactional(readOnly = true)
    public List<Contribution> contributions(Collection<Long> deputyIds, int year) {
        if (deputyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select d.deputy_id, t.kind, t.title, t.id, d.took_part_on from oversight_topic_deputy d
                join oversight_topic t on t.id = d.topic_id
                where d.deputy_id = any(?) and d.took_part_on >= ? and d.took_part_on < ? and t.status <> 'DROPPED'
                order by d.took_part_on, d.id""",
                (rs, i) -> new Contribution(rs.getLong(1), "enum.TopicKind." + rs.getString(2), rs.getString(3),
                        "/oversight/topics/" + rs.getLong(4), rs.getObject(5, LocalDate.class)),
                deputyIds.toArray(Long[]::new), Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }
}
