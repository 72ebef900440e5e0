package cn.congress.legislation.consultation;

import cn.congress.domain.shared.FieldCipher;
import cn.congress.domain.audit.AuditAction;
import cn.congress.domain.audit.AuditLog;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.CountedPage;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staff sort the opinions on a bill: filter, moderate (hide with a reason, never delete), mark duplicates, group
 * similar ones and decide one or a group. The list is one SQL statement with its names joined in; its total is counted
 * only when the rows cannot tell it, exactly up to {@link CountedPage#EXACT_UP_TO} (a consultation can draw hundreds of
 * thousands of opinions, see there).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CommentTriage {

    private final DraftCommentRepository comments;
    private final CommentGroupRepository groups;
    private final ConsultationAccess access;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final FieldCipher cipher;

    /** An adopted opinion shown beside the article it changed in the 修改对照表. */
    public record AdoptedComment(long id, Decision decision, String body, SourceKind sourceKind, String reason) {
    }

    public record GroupRow(long id, String title, long size) {
    }

    @Transactional(readOnly = true)
    public CountedPage<CommentRow> list(long billId, CommentFilter f, Pageable pageable) {
        access.requireStaff(Caller.current());
        StringBuilder where = new StringBuilder(" where c.bill_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(billId);
        if (f.consultationId() != null) {
            where.append(" and c.consultation_id = ?");
            args.add(f.consultationId());
        }
        if (f.articleNo() != null) {
            where.append(f.articleNo() == 0 ? " and c.article_no is null" : " and c.article_no = ?");
            if (f.articleNo() != 0) {
                args.add(f.articleNo());
            }
        }
        if (f.channel() != null) {
            where.append(" and c.channel = ?");
            args.add(f.channel().name());
        }
        if (f.sourceKind() != null) {
            where.append(" and c.source_kind = ?");
            args.add(f.sourceKind().name());
        }
        if (f.from() != null) {
            where.append(" and c.submitted_at >= ?");
            args.add(ConsultationQueries.start(f.from()));
        }
        if (f.to() != null) {
            where.append(" and c.submitted_at < ?");
            args.add(ConsultationQueries.start(f.to().plusDays(1)));
        }
        if (f.decision() != null) {
            where.append(" and c.decision = ?");
            args.add(f.decision().name());
        }
        if (Boolean.TRUE.equals(f.undecided())) {
            where.append(" and c.decision is null");
        }
        if (f.moderation() != null) {
            where.append(" and c.moderation = ?");
            args.add(f.moderation().name());
        }
        if (f.groupId() != null) {
            where.append(" and c.group_id = ?");
            args.add(f.groupId());
        }
        return CountedPage.of(jdbc, "from draft_comment c" + where, args.toArray(), pageable, limit -> jdbc.query("""
                select c.id, c.receipt, c.consultation_id, c.article_no, c.body, c.channel, c.source_kind, c.author_name, c.contact,
                       c.moderation, c.hidden_reason, c.decision, c.decision_reason, c.submitted_at, c.duplicate_of_id, c.group_id,
                       g.title as group_title, cp.name as contact_point_name, c.meeting, c.people_consulted, e.name as expert_name,
                       h.title as hearing_title
                from draft_comment c
                left join comment_group g on g.id = c.group_id
                left join contact_point cp on cp.id = c.contact_point_id
                left join expert e on e.id = c.expert_id
                left join hearing h on h.id = c.hearing_id
                """ + where + " order by c.submitted_at desc, c.id desc" + limit, this::row, args.toArray()));
    }

    private CommentRow row(ResultSet rs, int i) throws SQLException {
        Moderation moderation = Moderation.valueOf(rs.getString("moderation"));
        Long duplicateOf = (Long) rs.getObject("duplicate_of_id");
        String contact = cipher.decrypt(rs.getString("contact"));
        Set<CommentAction> actions = CommentAction.available(moderation, duplicateOf != null, contact != null);
        String decision = rs.getString("decision");
        Timestamp at = rs.getTimestamp("submitted_at");
        return new CommentRow(rs.getLong("id"), rs.getString("receipt"), (Long) rs.getObject("consultation_id"), (Integer) rs.getObject("article_no"),
                rs.getString("body"), CommentChannel.valueOf(rs.getString("channel")), SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("author_name"), CommentText.mask(contact), moderation, rs.getString("hidden_reason"),
                decision == null ? null : Decision.valueOf(decision), rs.getString("decision_reason"), at.toInstant(), duplicateOf,
                (Long) rs.getObject("group_id"), rs.getString("group_title"), rs.getString("contact_point_name"), rs.getString("meeting"),
                (Integer) rs.getObject("people_consulted"), rs.getString("expert_name"), rs.getString("hearing_title"), actions);
    }

    @Transactional(readOnly = true)
    public List<GroupRow> groups(long billId) {
        access.requireStaff(Caller.current());
        return jdbc.query("select g.id, g.title, count(c.id) from comment_group g left join draft_comment c on c.group_id = g.id "
                + "where g.bill_id = ? group by g.id, g.title order by g.id", (rs, i) -> new GroupRow(rs.getLong(1), rs.getString(2), rs.getLong(3)), billId);
    }

    public void approve(long billId, long commentId) {
        access.requireStaff(Caller.current());
        get(billId, commentId).approve();
    }

    /** Approves a listed comment if it still waits for moderation (bulk approval of a page). */
    public void approveIfPending(long billId, CommentRow row) {
        if (row.moderation() == Moderation.PENDING) {
            approve(billId, row.id());
        }
    }

    public void hide(long billId, long commentId, String reason) {
        access.requireStaff(Caller.current());
        get(billId, commentId).hide(reason);
    }

    public void restore(long billId, long commentId) {
        access.requireStaff(Caller.current());
        get(billId, commentId).restore();
    }

    public void decide(long billId, long commentId, Decision decision, String reason) {
        access.requireStaff(Caller.current());
        get(billId, commentId).decide(decision, reason, clock.instant());
    }

    /** Decides every comment of the group alike, and any duplicates that point at them. */
    public int decideGroup(long billId, long groupId, Decision decision, String reason) {
        access.requireStaff(Caller.current());
        CommentGroup g = groups.findById(groupId).filter(x -> x.getBillId() == billId).orElseThrow(() -> new NotFoundException("意见分组", groupId));
        Instant now = clock.instant();
        int n = 0;
        for (DraftComment c : comments.findByGroupId(g.getId())) {
            if (c.getModeration() != Moderation.HIDDEN) {
                c.decide(decision, reason, now);
                n++;
            }
        }
        return n;
    }

    public void markDuplicate(long billId, long commentId, long originalId) {
        access.requireStaff(Caller.current());
        DraftComment c = get(billId, commentId);
        c.duplicateOf(get(billId, originalId));
    }

    /** Gathers the comments under a new group (or an existing one when {@code groupId} is given). */
    public long group(long billId, List<Long> commentIds, Long groupId, String title) {
        access.requireStaff(Caller.current());
        if (commentIds == null || commentIds.isEmpty()) {
            throw new DomainException("请先勾选要归组的意见");
        }
        CommentGroup g;
        if (groupId != null) {
            g = groups.findById(groupId).filter(x -> x.getBillId() == billId).orElseThrow(() -> new NotFoundException("意见分组", groupId));
        } else {
            if (title == null || title.isBlank()) {
                throw new DomainException("请填写分组名称");
            }
            g = groups.save(new CommentGroup(billId, title.strip()));
        }
        List<DraftComment> found = comments.findByIdInAndBillId(commentIds, billId);
        if (found.size() != commentIds.stream().distinct().count()) {
            throw new NotFoundException("意见", commentIds);
        }
        found.forEach(c -> c.group(g.getId()));
        return g.getId();
    }

    /** The full contact data of one comment, for staff; every look is written to the audit log. */
    public String revealContact(long billId, long commentId) {
        Caller caller = Caller.current();
        access.requireStaff(caller);
        if (!access.canSeeContact(caller)) {
            throw new NotFoundException("意见", commentId);
        }
        DraftComment c = get(billId, commentId);
        if (c.getContact() == null) {
            throw new NotFoundException("联系方式", commentId);
        }
        audit.record(AuditAction.EXPORT, "DraftComment", commentId, "查看意见提交人联系方式（回执号" + c.getReceipt() + "）");
        return c.getContact();
    }

    /** Comments adopted (fully or partly) on articles of a version, by article label, for the 修改对照表. */
    @Transactional(readOnly = true)
    public Map<String, List<AdoptedComment>> adoptedByArticle(long billId, long versionId) {
        access.requireAccountReader(Caller.current());
        Map<String, List<AdoptedComment>> result = new LinkedHashMap<>();
        jdbc.query("""
                select id, article_no, decision, body, source_kind, decision_reason from draft_comment
                where bill_id = ? and bill_version_id = ? and decision in ('ADOPTED', 'PARTLY_ADOPTED') and moderation <> 'HIDDEN'
                  and duplicate_of_id is null and article_no is not null
                order by article_no, id
                """, rs -> {
            result.computeIfAbsent(ArticleLabels.of(rs.getInt("article_no")), k -> new ArrayList<>())
                    .add(new AdoptedComment(rs.getLong("id"), Decision.valueOf(rs.getString("decision")), rs.getString("body"),
                            SourceKind.valueOf(rs.getString("source_kind")), rs.getString("decision_reason")));
        }, billId, versionId);
        return result;
    }

    private DraftComment get(long billId, long commentId) {
        return comments.findById(commentId).filter(c -> c.getBillId() == billId).orElseThrow(() -> new NotFoundException("意见", commentId));
    }
}
