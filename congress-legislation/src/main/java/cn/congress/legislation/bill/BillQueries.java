package cn.congress.legislation.bill;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.CountedPage;
import cn.congress.legislation.support.LegislationAccess;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of bills as one SQL statement with the plan project's title joined in. Not the JPA query with its entity
 * graph: Hibernate translated that query anew on every request (its dynamic filters and sort defeat the plan cache) and
 * built entities only to copy them, a quarter of the page's CPU. The total is counted only when the rows cannot tell
 * it ({@link CountedPage}).
 */
@Service
@RequiredArgsConstructor
public class BillQueries {

    private final JdbcTemplate jdbc;

    /** One page, most recently updated first; {@code q} is a part of the title. */
    @Transactional(readOnly = true)
    public CountedPage<BillRow> page(BillStatus status, BillKind kind, EnactingBody enactingBody, String q, Pageable pageable) {
        LegislationAccess.requireReader(Caller.current());
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            where.append(" and b.status = ?");
            args.add(status.name());
        }
        if (kind != null) {
            where.append(" and b.kind = ?");
            args.add(kind.name());
        }
        if (enactingBody != null) {
            where.append(" and b.enacting_body = ?");
            args.add(enactingBody.name());
        }
        if (q != null && !q.isBlank()) {
            where.append(" and b.title like ? escape '\\'");
            args.add("%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return CountedPage.of(jdbc, "from bill b" + where, args.toArray(), pageable, limit -> jdbc.query("""
                select b.id, b.title, p.title as project_title, b.kind, b.enacting_body, b.sponsor, b.drafting_unit, b.status,
                       b.readings_held, b.updated_at
                from bill b left join plan_project p on p.id = b.project_id""" + where
                + " order by b.updated_at desc, b.id desc" + limit, (rs, i) -> {
            Timestamp updated = rs.getTimestamp("updated_at");
            return new BillRow(rs.getLong("id"), rs.getString("title"), rs.getString("project_title"),
                    BillKind.valueOf(rs.getString("kind")), EnactingBody.valueOf(rs.getString("enacting_body")), rs.getString("sponsor"),
                    rs.getString("drafting_unit"), BillStatus.valueOf(rs.getString("status")), rs.getInt("readings_held"),
                    updated == null ? null : updated.toInstant());
        }, args.toArray()));
    }
}
