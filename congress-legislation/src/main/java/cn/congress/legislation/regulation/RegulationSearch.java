package cn.congress.legislation.regulation;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds regulations whose title or current articles contain the words typed, as a substring (Chinese has no word
 * boundaries). {@code LIKE '%…%'} is served by the pg_trgm GIN indexes for three characters and more; the page,
 * its total and each hit's first matching article come back in one statement.
 */
@Component
@RequiredArgsConstructor
public class RegulationSearch {

    /** Longer input is cut: nobody searches a regulation by a whole paragraph. */
    static final int MAX_QUERY = 50;

    private final NamedParameterJdbcTemplate jdbc;

    /** A regulation in a result list; {@code articleHits} counts its current articles containing the words. */
    public record Hit(long id, String title, RegulationStatus status, LocalDate effectiveOn, LocalDate repealedOn,
                      int articleHits, String firstLabel, String snippet) {
    }

    @Transactional(readOnly = true)
    public Page<Hit> search(String query, RegulationStatus status, Pageable pageable) {
        String stripped = query == null ? "" : query.strip();
        String q = stripped.length() > MAX_QUERY ? stripped.substring(0, MAX_QUERY) : stripped;
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("status", status == null ? null : status.name())
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        String sql;
        if (q.isEmpty()) {
            sql = """
                    select r.id, r.title, r.status, r.effective_on, r.repealed_on, 0 as hits, null as label, null as body,
                           count(*) over () as total
                    from regulation r
                    where (cast(:status as varchar) is null or r.status = :status)
                    order by r.title
                    limit :limit offset :offset
                    """;
        } else {
            params.addValue("pattern", "%" + escape(q) + "%");
            sql = """
                    with hits as (
                        select a.regulation_id, count(*) as n, min(a.seq) as first_seq
                        from regulation_article a
                        where a.current and a.body like :pattern
                        group by a.regulation_id
                    ), found as (
                        select r.id, r.title, r.status, r.effective_on, r.repealed_on, coalesce(h.n, 0) as hits, h.first_seq,
                               r.title like :pattern as in_title, count(*) over () as total
                        from regulation r left join hits h on h.regulation_id = r.id
                        where (r.title like :pattern or h.regulation_id is not null)
                          and (cast(:status as varchar) is null or r.status = :status)
                        order by in_title desc, hits desc, r.title
                        limit :limit offset :offset
                    )
                    select f.id, f.title, f.status, f.effective_on, f.repealed_on, f.hits, a.label, a.body, f.total
                    from found f
                    left join regulation_article a on a.regulation_id = f.id and a.current and a.seq = f.first_seq
                    order by f.in_title desc, f.hits desc, f.title
                    """;
        }
        long[] total = {0};
        List<Hit> hits = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            total[0] = rs.getLong("total");
            String body = rs.getString("body");
            hits.add(new Hit(rs.getLong("id"), rs.getString("title"), RegulationStatus.valueOf(rs.getString("status")),
                    rs.getObject("effective_on", LocalDate.class), rs.getObject("repealed_on", LocalDate.class),
                    rs.getInt("hits"), rs.getString("label"), body == null ? null : snippet(body, q)));
        });
        if (hits.isEmpty() && pageable.getOffset() > 0) {
            total[0] = count(q, status);
        }
        return new PageImpl<>(hits, pageable, total[0]);
    }

    private long count(String q, RegulationStatus status) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("status", status == null ? null : status.name())
                .addValue("pattern", "%" + escape(q) + "%");
        Long n = jdbc.queryForObject("""
                select count(*) from regulation r
                where (r.title like :pattern or exists (select 1 from regulation_article a
                       where a.regulation_id = r.id and a.current and a.body like :pattern))
                  and (cast(:status as varchar) is null or r.status = :status)
                """, params, Long.class);
        return n == null ? 0 : n;
    }

    /** Up to about 80 characters of {@code body} around the first occurrence of {@code q}. */
    static String snippet(String body, String q) {
        String flat = body.replace('\n', ' ');
        int at = flat.indexOf(q);
        if (at < 0 || flat.length() <= 80) {
            return flat.length() <= 80 ? flat : flat.substring(0, 80) + "…";
        }
        int start = Math.max(0, at - 30);
        int end = Math.min(flat.length(), at + q.length() + 50);
        return (start > 0 ? "…" : "") + flat.substring(start, end) + (end < flat.length() ? "…" : "");
    }

    static String escape(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
