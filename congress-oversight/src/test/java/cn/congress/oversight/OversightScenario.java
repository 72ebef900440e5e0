package cn.congress.oversight;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.org.OrgType;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.session.Committee;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.oversight.opinion.OpinionService;
import cn.congress.oversight.opinion.ProblemDetails;
import cn.congress.oversight.opinion.ProblemSource;
import cn.congress.oversight.opinion.ReportKind;
import cn.congress.oversight.plan.OversightPlanService;
import cn.congress.oversight.plan.TopicDetails;
import cn.congress.oversight.plan.TopicKind;
import cn.congress.oversight.plan.TopicStep;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the common starting point of the module's tests: a lead body, two supervised organs with one unit user
 * each, a staff user, a plan of a year of its own, and (on demand) a heard topic with an issued opinion.
 */
public class OversightScenario {

    private static final AtomicInteger YEAR = new AtomicInteger(2040);

    public final OrgUnit leadBody;
    public final OrgUnit organA;
    public final OrgUnit organB;
    public final UserAccount staff;
    public final UserAccount unitA;
    public final UserAccount unitB;
    public final int year;
    public final long planId;

    private final OversightPlanService plans;
    private final OpinionService opinions;

    public OversightScenario(OversightFixture fx, OversightPlanService plans, OpinionService opinions) {
        this.plans = plans;
        this.opinions = opinions;
        leadBody = fx.org("测试委员会", OrgType.SPECIAL_COMMITTEE);
        organA = fx.org("测试局甲", OrgType.GOVERNMENT_DEPARTMENT);
        organB = fx.org("测试局乙", OrgType.GOVERNMENT_DEPARTMENT);
        staff = fx.account("staff", leadBody);
        unitA = fx.account("unitA", organA);
        unitB = fx.account("unitB", organB);
        year = YEAR.addAndGet(2);
        asStaff();
        planId = plans.createPlan(year, year + "年度监督工作计划");
    }

    public void asStaff() {
        OversightFixture.as(staff, Role.STAFF);
    }

    public void asUnitA() {
        OversightFixture.as(unitA, Role.UNIT);
    }

    public void asUnitB() {
        OversightFixture.as(unitB, Role.UNIT);
    }

    public long topic(String title, TopicKind kind) {
        asStaff();
        return plans.addTopic(planId, new TopicDetails(title, kind, leadBody.getId(), organA.getId(), 6, "测试议题"));
    }

    /** A topic put on the session's agenda and heard. */
    public long heardTopic(String title, long sessionId) {
        long topicId = topic(title, TopicKind.SPECIAL_REPORT);
        plans.schedule(topicId, sessionId);
        plans.take(topicId, TopicStep.RECORD_HEARD, null);
        return topicId;
    }

    public long opinion(long topicId, LocalDate issuedOn) {
        asStaff();
        return opinions.issue(topicId, new OpinionService.Issue("关于测试工作情况报告的审议意见", "审议意见正文", ReportKind.SPECIAL, issuedOn));
    }

    public long item(long opinionId, OrgUnit organ, String description, LocalDate deadline) {
        asStaff();
        return opinions.addItem(opinionId, new ProblemDetails(description, organ.getId(), "限期整改", deadline), ProblemSource.OPINION, null);
    }

    /** A standing-committee session in progress whose participants are exactly {@code members}. */
    public static Meeting session(SessionService sessions, Committee committee, UserAccount staff, List<UserAccount> members, LocalDate on) {
        OversightFixture.as(staff, Role.STAFF);
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, on, null, "常委会会议室", false));
        sessions.start(m.getId());
        return m;
    }
}
