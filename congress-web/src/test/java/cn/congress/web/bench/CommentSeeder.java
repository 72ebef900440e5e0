package cn.congress.web.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds comments on one consultation in bulk with SQL (generate_series), spread over its articles, channels, sources,
 * moderation states, decisions and a month of submission times, as a national draft would draw them.
 */
final class CommentSeeder {

    private CommentSeeder() {
    }

    static void seed(JdbcTemplate jdbc, long consultationId, int articles, int count) {
        int batch = 100_000;
        for (int start = 0; start < count; start += batch) {
            int n = Math.min(batch, count - start);
            jdbc.update("""
                    insert into draft_comment (bill_id, bill_version_id, consultation_id, article_no, body, channel, source_kind, client_key,
                        body_hash, receipt, moderation, decision, submitted_at, version, created_at)
                    select c.bill_id, c.bill_version_id, c.id,
                           case when g % 20 = 0 then null else 1 + (g * 7919) % ? end,
                           '批量意见第' || g || '条：建议对本条作进一步明确。',
                           (array['WEBSITE','WEBSITE','WEBSITE','WEBSITE','LETTER','ACCOUNT','CONTACT_POINT'])[1 + g % 7],
                           (array['PUBLIC','PUBLIC','PUBLIC','PUBLIC','PUBLIC','DEPUTY','CONTACT_POINT'])[1 + g % 7],
                           'bench-' || (g % 50000), md5(g::text), 'B' || lpad(to_hex(g), 9, '0'),
                           (array['PUBLISHED','PUBLISHED','PUBLISHED','PENDING','HIDDEN'])[1 + g % 5],
                           (array[null,null,null,'ADOPTED','NOT_ADOPTED','PARTLY_ADOPTED','OUT_OF_SCOPE',null])[1 + g % 8],
                           c.opens_on::timestamptz + make_interval(secs => (g % 2592000)), 0, now()
                    from consultation c, generate_series(?::bigint, ?::bigint) g where c.id = ?
                    """, articles, (long) start + 1, (long) start + n, consultationId);
        }
        jdbc.execute("vacuum analyze draft_comment");
    }
}
