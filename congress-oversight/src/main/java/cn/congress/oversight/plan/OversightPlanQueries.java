package cn.congress.oversight.plan;

import cn.congress.domain.shared.PersonalData;
import cn.congress.domain.shared.FieldCipher;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.CountedPage;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.plan.PlanViews.PlanRow;
import cn.congress.oversight.plan.PlanViews.PlanView;
import cn.congress.oversight.plan.PlanViews.ProposalRow;
import cn.congress.oversight.plan.PlanViews.PublicPlan;
import cn.congress.oversight.plan.PlanViews.TopicRow;
import cn.congress.oversight.plan.PlanViews.TopicView;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read side of the plan feature: one or two statements per page, whatever the number of rows. The paged lists count
 * their total only when the rows cannot tell it, exactly up to {@link CountedPage#EXACT_UP_TO} ({@link CountedPage}).
 */
@Service
@RequiredArgsConstructor
public class OversightPlanQueries {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    @Transactional(readOnly = true)
    public List<PlanRow> plans() {
        PlanAccess.requireReader(Caller.current());
        return jdbc.query("""
                select p.id, p.year, p.title, p.status, p.published, count(t.id),
                       count(t.id) filter (where t.status in ('HEARD', 'OPINION_ISSUED', 'COMPLETED'))
                from oversight_plan p left join oversight_topic t on t.plan_id = p.id
                group by p.id order by p.year desc
                """, (rs, i) -> new PlanRow(rs.getLong(1), rs.getInt(2), rs.getString(3), PlanStatus.valueOf(rs.getString(4)),
                rs.getBoolean(5), rs.getLong(6), rs.getLong(7)));
    }

    /** Whether the caller runs plans (creates them, adds topics); pages show the controls only then. */
    public boolean canManage() {
        Caller caller = Caller.current();
        return caller.isSystem() || caller.has(Role.STAFF);
    }

    @Transactional(readOnly = true)
    public PlanView plan(long planId) {
        Caller caller = Caller.current();
        PlanAccess.requireReader(caller);
        List<PlanView> found = jdbc.query("select id, year, title, status, adopted_on, published, version from oversight_plan where id = ?",
                (rs, i) -> new PlanView(rs.getLong(1), rs.getInt(2), rs.getString(3), PlanStatus.valueOf(rs.getString(4)),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getBoolean(6), rs.getLong(7),
                        caller.isSystem() || caller.has(Role.STAFF), topicsOf(planId, caller)), planId);
        if (found.isEmpty()) {
            throw new NotFoundException("监督工作计划", planId);
        }
        return found.get(0);
    }

    /** Years that have a plan, newest first, for pickers. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.queryForList("select year from oversight_plan order by year desc", Integer.class);
    }

    private List<TopicRow> topicsOf(long planId, Caller caller) {
        boolean unitOnly = !caller.isSystem() && !caller.hasAny(Role.STAFF, Role.MEMBER, Role.DEPUTY);
        List<Object> args = new ArrayList<>(List.of(planId));
        String scope = "";
        if (unitOnly) {
            scope = " and t.organ_id = ?";
            args.add(caller.orgUnitId() == null ? -1L : caller.orgUnitId());
        }
        return jdbc.query(TOPIC_SELECT + " where t.plan_id = ?" + scope + " order by t.planned_month, t.id", TOPIC_ROW, args.toArray());
    }

    private static final String TOPIC_COLUMNS = "select t.id, t.title, t.kind, lb.name, o.name, t.planned_month, t.status, t.session_title, op.id";

    private static final String TOPIC_FROM = """
             from oversight_topic t join org_unit lb on lb.id = t.lead_body_id join org_unit o on o.id = t.organ_id
            left join oversight_opinion op on op.topic_id = t.id
            """;

    private static final String TOPIC_SELECT = TOPIC_COLUMNS + TOPIC_FROM;

    private static final RowMapper<TopicRow> TOPIC_ROW = (rs, i) -> new TopicRow(rs.getLong(1), rs.getString(2),
            TopicKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6), TopicStatus.valueOf(rs.getString(7)),
            rs.getString(8), (Long) rs.getObject(9));

    @Transactional(readOnly = true)
    public TopicView topic(long topicId) {
        Caller caller = Caller.current();
        PlanAccess.requireReader(caller);
        List<TopicView> found = jdbc.query("""
                select t.id, t.plan_id, p.year, t.title, t.kind, t.status, t.lead_body_id, lb.name, t.organ_id, o.name,
                       t.planned_month, t.summary, t.session_id, t.session_title, t.follow_up_of_id, f.title, t.version
                from oversight_topic t join oversight_plan p on p.id = t.plan_id join org_unit lb on lb.id = t.lead_body_id
                join org_unit o on o.id = t.organ_id left join oversight_topic f on f.id = t.follow_up_of_id
                where t.id = ?
                """, (rs, i) -> {
            TopicStatus status = TopicStatus.valueOf(rs.getString(6));
            return new TopicView(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), TopicKind.valueOf(rs.getString(5)),
                    status, rs.getLong(7), rs.getString(8), rs.getLong(9), rs.getString(10), rs.getInt(11), rs.getString(12),
                    (Long) rs.getObject(13), rs.getString(14), (Long) rs.getObject(15), rs.getString(16), rs.getLong(17),
                    PlanAccess.stepsFor(caller, status));
        }, topicId);
        if (found.isEmpty() || !PlanAccess.canSeeTopic(caller, found.get(0).organId())) {
            throw new NotFoundException("议题", topicId);
        }
        return found.get(0);
    }

    /** The topic for its edit form: staff only, and only while its state allows editing. */
    @Transactional(readOnly = true)
    public TopicView editable(long topicId) {
        PlanAccess.requireStaff(Caller.current());
        TopicView t = topic(topicId);
        if (!t.can(TopicStep.EDIT.name())) {
            throw new DomainException("议题当前状态下不能修改");
        }
        return t;
    }

    /** Topics across plans, filtered; a unit sees only its own organ's. */
    @Transactional(readOnly = true)
    public CountedPage<TopicRow> topics(Integer year, TopicKind kind, TopicStatus status, boolean heardOnly, Pageable pageable) {
        Caller caller = Caller.current();
        PlanAccess.requireReader(caller);
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (!caller.isSystem() && !caller.hasAny(Role.STAFF, Role.MEMBER, Role.DEPUTY)) {
            where.append(" and t.organ_id = ?");
            args.add(caller.orgUnitId() == null ? -1L : caller.orgUnitId());
        }
        if (year != null) {
            where.append(" and t.plan_id in (select id from oversight_plan where year = ?)");
            args.add(year);
        }
        if (kind != null) {
            where.append(" and t.kind = ?");
            args.add(kind.name());
        }
        if (status != null) {
            where.append(" and t.status = ?");
            args.add(status.name());
        }
        if (heardOnly) {
            where.append(" and t.status in ('HEARD', 'OPINION_ISSUED', 'COMPLETED')");
        }
        return CountedPage.of(jdbc, "from oversight_topic t" + where, args.toArray(), pageable,
                limit -> jdbc.query(TOPIC_SELECT + where + " order by t.id desc" + limit, TOPIC_ROW, args.toArray()));
    }

    // ----- proposals -----

    /** Staff see every proposal of a year (with the contact); others see their own. */
    @Transactional(readOnly = true)
    public CountedPage<ProposalRow> proposals(Integer year, ProposalStatus status, Pageable pageable) {
        Caller caller = Caller.current();
        PlanAccess.requireProposer(caller);
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        boolean staff = caller.isSystem() || caller.has(Role.STAFF);
        if (!staff) {
            where.append(" and proposer_account_id = ?");
            args.add(caller.accountId() == null ? -1L : caller.accountId());
        }
        if (year != null) {
            where.append(" and year = ?");
            args.add(year);
        }
        if (status != null) {
            where.append(" and status = ?");
            args.add(status.name());
        }
        return CountedPage.of(jdbc, "from oversight_proposal" + where, args.toArray(), pageable, limit -> jdbc.query("""
                select id, year, source, proposer_name, contact, title, reason, status, decision_reason, topic_id, created_at
                from oversight_proposal""" + where + " order by id desc" + limit,
                (rs, i) -> new ProposalRow(rs.getLong(1), rs.getInt(2), ProposalSource.valueOf(rs.getString(3)), rs.getString(4),
                        staff ? PersonalData.maskPhone(cipher.decrypt(rs.getString(5))) : null, rs.getString(6), rs.getString(7), ProposalStatus.valueOf(rs.getString(8)),
                        rs.getString(9), (Long) rs.getObject(10), rs.getTimestamp(11).toInstant()), args.toArray()));
    }

    // ----- public -----

    /** Published plans with their topics, newest first; no login needed. */
    @Transactional(readOnly = true)
    public List<PublicPlan> publishedPlans() {
        // two statements whatever the number of plans: the topics of all published plans, then the plans
        Map<Long, List<TopicRow>> topics = new LinkedHashMap<>();
        jdbc.query(TOPIC_COLUMNS + ", t.plan_id" + TOPIC_FROM + """
                where t.plan_id in (select id from oversight_plan where published) and t.status <> 'DROPPED'
                order by t.planned_month, t.id""", rs -> {
            topics.computeIfAbsent(rs.getLong(10), k -> new ArrayList<>()).add(TOPIC_ROW.mapRow(rs, 0));
        });
        return jdbc.query("select id, year, title, adopted_on from oversight_plan where published order by year desc",
                (rs, i) -> new PublicPlan(rs.getInt(2), rs.getString(3), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                        topics.getOrDefault(rs.getLong(1), List.of())));
    }
}
