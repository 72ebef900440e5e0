package cn.congress.legislation.consultation;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drafts the 征求意见情况反馈 from the records: participants, opinions by channel, how they were handled, and the
 * main adopted opinions article by article. Staff edit the draft before publishing; it names no person.
 */
@Component
@RequiredArgsConstructor
class FeedbackReports {

    private static final int MAIN_OPINIONS = 10;
    private static final int EXCERPT = 80;

    private final JdbcTemplate jdbc;

    String draft(Consultation c) {
        long id = c.getId();
        Map<String, Long> byChannel = new LinkedHashMap<>();
        jdbc.query("select channel, count(*) from draft_comment where consultation_id = ? and moderation <> 'HIDDEN' and duplicate_of_id is null "
                + "group by channel order by 2 desc", rs -> {
            byChannel.put(rs.getString(1), rs.getLong(2));
        }, id);
        Map<String, Long> byDecision = new LinkedHashMap<>();
        jdbc.query("select coalesce(decision, 'NONE'), count(*) from draft_comment where consultation_id = ? and moderation <> 'HIDDEN' "
                + "and duplicate_of_id is null group by 1", rs -> {
            byDecision.put(rs.getString(1), rs.getLong(2));
        }, id);
        Long participants = jdbc.queryForObject("""
                select count(distinct coalesce(client_key, 'a' || account_id, 'r' || id)) filter (where contact_point_id is null)
                     + coalesce(sum(people_consulted) filter (where contact_point_id is not null), 0)
                from draft_comment where consultation_id = ? and moderation <> 'HIDDEN'
                """, Long.class, id);
        long total = byChannel.values().stream().mapToLong(Long::longValue).sum();

        StringBuilder sb = new StringBuilder();
        sb.append("关于").append(c.getTitle()).append("情况的反馈\n\n");
        sb.append("一、基本情况\n");
        sb.append(c.getOpensOn().getYear()).append("年").append(c.getOpensOn().getMonthValue()).append("月").append(c.getOpensOn().getDayOfMonth())
                .append("日至").append(c.getClosedOn() != null ? fmt(c.getClosedOn()) : fmt(c.getClosesOn()))
                .append("，本草案向社会公开征求意见，共有").append(participants == null ? 0 : participants).append("人次参与，收到意见")
                .append(total).append("条。其中：");
        StringBuilder channels = new StringBuilder();
        byChannel.forEach((k, v) -> channels.append(channels.isEmpty() ? "" : "，").append(channelName(k)).append(v).append("条"));
        sb.append(channels.isEmpty() ? "无" : channels).append("。\n\n");
        sb.append("二、意见处理情况\n");
        sb.append("采纳").append(byDecision.getOrDefault("ADOPTED", 0L)).append("条，部分采纳").append(byDecision.getOrDefault("PARTLY_ADOPTED", 0L))
                .append("条，未采纳").append(byDecision.getOrDefault("NOT_ADOPTED", 0L)).append("条，不属于本法规调整范围")
                .append(byDecision.getOrDefault("OUT_OF_SCOPE", 0L)).append("条");
        long open = byDecision.getOrDefault("NONE", 0L);
        if (open > 0) {
            sb.append("，尚在研究").append(open).append("条");
        }
        sb.append("。\n\n三、主要意见及采纳情况\n");
        int[] n = {0};
        jdbc.query("""
                select article_no, decision, body, decision_reason from draft_comment
                where consultation_id = ? and decision in ('ADOPTED', 'PARTLY_ADOPTED') and moderation <> 'HIDDEN' and duplicate_of_id is null
                order by article_no nulls first, id limit ?
                """, rs -> {
            n[0]++;
            Integer article = (Integer) rs.getObject(1);
            String body = rs.getString(3).strip();
            sb.append(n[0]).append(". 关于").append(ArticleLabels.of(article)).append("：有意见提出“")
                    .append(body.length() > EXCERPT ? body.substring(0, EXCERPT) + "……" : body).append("”。")
                    .append("ADOPTED".equals(rs.getString(2)) ? "该意见已采纳" : "该意见已部分采纳");
            String reason = rs.getString(4);
            sb.append(reason == null ? "。" : "：" + reason.strip() + (reason.strip().endsWith("。") ? "" : "。")).append('\n');
        }, id, MAIN_OPINIONS);
        if (n[0] == 0) {
            sb.append("（暂无采纳的意见）\n");
        }
        sb.append("\n感谢社会各界对地方立法工作的关心和支持！\n");
        return sb.toString();
    }

    private static String fmt(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String channelName(String channel) {
        return switch (CommentChannel.valueOf(channel)) {
            case WEBSITE -> "网上征求意见";
            case LETTER -> "信函";
            case ACCOUNT -> "代表和常委会组成人员";
            case CONTACT_POINT -> "基层立法联系点";
            case HEARING -> "听证会、论证会";
            case EXPERT -> "立法咨询专家";
        };
    }
}
