package cn.congress.deputies.roster;

import cn.congress.domain.deputy.DeputyDirectory;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The roster as other modules see it: id, name and delegation of a deputy, nothing personal. */
@Component
@RequiredArgsConstructor
class DeputyDirectoryImpl implements DeputyDirectory {

    private final JdbcTemplate jdbc;

    @Override
    @Transactional(readOnly = true)
    public List<DeputyRef> serving() {
        return jdbc.query("""
                select d.id, d.name, g.name from deputy d join term t on t.id = d.term_id and t.current
                left join delegation g on g.id = d.delegation_id
                where d.status = 'SERVING' order by g.sort_order, d.id""", (rs, i) -> new DeputyRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeputyRef> find(long deputyId) {
        return jdbc.query("select d.id, d.name, g.name from deputy d left join delegation g on g.id = d.delegation_id where d.id = ?",
                (rs, i) -> new DeputyRef(rs.getLong(1), rs.getString(2), rs.getString(3)), deputyId).stream().findFirst();
    }
}
