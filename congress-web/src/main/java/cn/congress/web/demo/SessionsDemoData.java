package cn.congress.web.demo;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.UserAccount;
import cn.congress.domain.account.UserAccountRepository;
import cn.congress.domain.appointment.AppointmentAction;
import cn.congress.domain.appointment.AppointmentItem;
import cn.congress.domain.appointment.AppointmentMotion;
import cn.congress.domain.appointment.AppointmentLetters;
import cn.congress.domain.appointment.AppointmentMotions;
import cn.congress.domain.appointment.AppointmentRegistry;
import cn.congress.domain.appointment.OathCeremonies;
import cn.congress.domain.appointment.PerformanceReports;
import cn.congress.domain.appointment.SwearerRow;
import cn.congress.domain.appointment.PerformanceReport;
import cn.congress.domain.appointment.Proposer;
import cn.congress.domain.member.ScMemberService;
import cn.congress.domain.member.ScPosition;
import cn.congress.domain.org.OrgUnit;
import cn.congress.domain.org.OrgUnitRepository;
import cn.congress.domain.session.AgendaItem;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Attendance;
import cn.congress.domain.session.BallotChoice;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.Participant;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The standing committee of the 17th term (35 members: {@code member} 赵建国 and {@code member02} … {@code member35})
 * and its work so far: a standing-committee session every two months with agendas, attendance and closed votes,
 * appointments adopted and removals, an oath ceremony, letters, a performance report, the chairpersons' council,
 * the annual people's congress session voted by the deputies, and an upcoming session with votes ready to open.
 */
@Component
@RequiredArgsConstructor
class SessionsDemoData implements DemoDataContributor {

    private static final String[] NAMES = {"陈国华", "林文博", "高秀梅", "何振东", "罗建军", "郑丽华", "梁志远", "宋玉珍",
            "谢永明", "韩春燕", "唐伟民", "冯淑华", "于海涛", "董晓红", "萧立群", "程建平", "曹慧玲", "袁德明", "邓桂英",
            "许长江", "傅明亮", "沈雅琴", "曾庆国", "彭爱华", "吕志刚", "苏文静", "卢国庆", "蒋红梅", "蔡振华", "贾俊峰",
            "丁美兰", "魏光辉", "薛建新", "叶翠萍"};

    private static final String[][] REPORTS = {
            {"关于2022年国民经济和社会发展计划执行情况的报告", "市发展和改革委员会"},
            {"关于2021年度市级预算执行和其他财政收支的审计工作报告", "市审计局"},
            {"关于全市生态环境状况和环境保护目标完成情况的报告", "市生态环境局"},
            {"关于全市义务教育优质均衡发展情况的报告", "市教育局"},
            {"关于城市更新和老旧小区改造工作情况的报告", "市住房和城乡建设局"},
            {"关于全市养老服务体系建设情况的报告", "市民政局"},
            {"关于全市知识产权审判工作情况的报告", "市中级人民法院"},
            {"关于公益诉讼检察工作情况的报告", "市人民检察院"}};

    private static final String[] RESOLUTIONS = {
            "关于批准市级决算的决议（草案）", "关于批准市级预算调整方案的决议（草案）", "关于加强市级预算审查监督的决定（草案）",
            "关于召开示例市第十七届人民代表大会下次会议的决定（草案）", "关于开展法治宣传教育的决议（草案）",
            "关于加强国有资产管理情况监督的决定（草案）"};

    private final ScMemberService members;
    private final UserAccountRepository accounts;
    private final OrgUnitRepository orgUnits;
    private final DemoAccounts demoAccounts;
    private final SessionService sessions;
    private final VoteService votes;
    private final AppointmentMotions appointments;
    private final AppointmentRegistry registry;
    private final OathCeremonies oaths;
    private final AppointmentLetters letters;
    private final PerformanceReports reports;
    private final Clock clock;
    private final EntityManager entityManager;

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        createMembers();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = LocalDate.of(2022, 2, 24);
        int n = 0;
        while (day.plusDays(20).isBefore(today)) {
            n++;
            int number = n;
            LocalDate sessionDay = day;
            // each past session is held, voted and journalled on its own day (DemoTime), not at load time
            DemoTime.on(sessionDay, () -> pastStandingCommitteeSession(number, sessionDay));
            if (n % 3 == 0) {
                DemoTime.on(day.minusDays(10), () -> chairpersonsCouncil(sessionDay.minusDays(10)));
            }
            // one long transaction: keep the persistence context small, or every flush re-checks all earlier sessions
            entityManager.flush();
            entityManager.clear();
            day = day.plusMonths(2);
        }
        LocalDate congressDay = LocalDate.of(today.getYear(), 1, 15).isBefore(today) ? LocalDate.of(today.getYear(), 1, 15) : LocalDate.of(today.getYear() - 1, 1, 15);
        DemoTime.on(congressDay, () -> congressSession(congressDay));
        upcomingSession(today.plusDays(7));
    }

    private void createMembers() {
        OrgUnit sc = orgUnits.findByCode("SC").orElseThrow();
        UserAccount zhao = accounts.findByUsername("member").orElseThrow();
        for (int i = 0; i < NAMES.length; i++) {
            UserAccount a = demoAccounts.create("member" + String.format("%02d", i + 2), NAMES[i], sc, Role.MEMBER);
            ScPosition position = i == 0 ? ScPosition.CHAIR : i <= 5 ? ScPosition.VICE_CHAIR : i == 6 ? ScPosition.SECRETARY_GENERAL : ScPosition.MEMBER;
            members.add(NAMES[i], position, a.getId(), i + 1);
            if (i == 12) {
                members.add(zhao.getDisplayName(), ScPosition.MEMBER, zhao.getId(), 14);
            }
        }
    }

    private void pastStandingCommitteeSession(int n, LocalDate day) {
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, day, day.plusDays(1), "市人大常委会会议厅", false));
        List<Participant> ps = sessions.participants(m.getId());
        sessions.recordAttendance(m.getId(), ps.get((n * 7) % ps.size()).getId(), Attendance.LEAVE, "因公出差");
        sessions.recordAttendance(m.getId(), ps.get((n * 11 + 3) % ps.size()).getId(), Attendance.LEAVE, "因病请假");
        if (n % 4 == 0) {
            sessions.recordAttendance(m.getId(), ps.get((n * 5 + 1) % ps.size()).getId(), Attendance.ABSENT, null);
        }
        sessions.addAttendee(m.getId(), "刘建新", "市人民政府副市长");
        sessions.addAttendee(m.getId(), "方志诚", "市中级人民法院院长");
        sessions.addAttendee(m.getId(), "周慧", "市人民检察院检察长");
        AgendaItem agendaAdoption = sessions.addAgendaItem(m.getId(), AgendaItemType.OTHER, "通过本次会议议程", "秘书长", null, null);
        String[] report = REPORTS[n % REPORTS.length];
        sessions.addAgendaItem(m.getId(), AgendaItemType.WORK_REPORT, "听取和审议" + report[1] + report[0], report[1], null, null);
        AgendaItem resolution = sessions.addAgendaItem(m.getId(), AgendaItemType.RESOLUTION, RESOLUTIONS[n % RESOLUTIONS.length],
                "常委会办公室", null, null);
        sessions.start(m.getId());

        Vote show = votes.prepare(m.getId(), agendaAdoption.getId(), new VoteService.NewVote("会议议程", VoteKind.MOTION,
                VoteMethod.SHOW_OF_HANDS, VoteRule.MAJORITY_OF_ALL, false, null, null, List.of()));
        votes.open(show.getId());
        int present = sessions.quorum(m.getId()).present();
        votes.recordShowOfHands(show.getId(), present, 0, 0, "举手表决，全体出席人员赞成");

        Vote decision = votes.prepare(m.getId(), resolution.getId(), new VoteService.NewVote(resolution.getTitle().replace("（草案）", ""),
                VoteKind.MOTION, VoteMethod.ELECTRONIC, VoteRule.MAJORITY_OF_ALL, false, null, null, List.of()));
        electronicVote(m.getId(), decision.getId(), n, 2, 1);

        switch (n) {
            case 2 -> appointmentAt(m, Proposer.MAYOR, "示例市人民政府关于提请任命刘志强等同志职务的议案", List.of(
                    new AppointmentMotions.ItemDetails("刘志强", AppointmentAction.APPOINT, "局长", "示例市教育局", "1972年生，研究生学历，曾任示例市教育局副局长"),
                    new AppointmentMotions.ItemDetails("孙丽", AppointmentAction.APPOINT, "局长", "示例市住房和城乡建设局", "1975年生，大学学历，高级工程师")), 0);
            case 5 -> appointmentAt(m, Proposer.COURT_PRESIDENT, "示例市中级人民法院院长关于提请任命王海等同志职务的议案", List.of(
                    new AppointmentMotions.ItemDetails("王海", AppointmentAction.APPOINT, "审判员", "示例市中级人民法院", "1985年生，法学硕士"),
                    new AppointmentMotions.ItemDetails("李晓梅", AppointmentAction.APPOINT, "审判委员会委员", "示例市中级人民法院", "1979年生，法学博士")), 0);
            case 9 -> appointmentAt(m, Proposer.CHIEF_PROCURATOR, "示例市人民检察院检察长关于提请任命赵明等同志职务的议案", List.of(
                    new AppointmentMotions.ItemDetails("赵明", AppointmentAction.APPOINT, "检察员", "示例市人民检察院", "1988年生，法学学士"),
                    new AppointmentMotions.ItemDetails("钱峰", AppointmentAction.APPOINT, "检察委员会委员", "示例市人民检察院", "1976年生，法学硕士")), 2);
            case 14 -> appointmentAt(m, Proposer.MAYOR, "示例市人民政府关于提请任免何静等同志职务的议案", List.of(
                    new AppointmentMotions.ItemDetails("刘志强", AppointmentAction.REMOVE, "局长", "示例市教育局", "因工作调动"),
                    new AppointmentMotions.ItemDetails("何静", AppointmentAction.APPOINT, "局长", "示例市教育局", "1978年生，教育学博士，曾任示例市实验中学校长")), 0);
            case 18 -> appointmentAt(m, Proposer.MAYOR, "关于接受孙丽辞去示例市住房和城乡建设局局长职务请求的议案", List.of(
                    new AppointmentMotions.ItemDetails("孙丽", AppointmentAction.RESIGN, "局长", "示例市住房和城乡建设局", "本人因身体原因提出辞职"),
                    new AppointmentMotions.ItemDetails("马东", AppointmentAction.APPOINT, "局长", "示例市住房和城乡建设局", "1976年生，高级工程师")), 0);
            default -> {
            }
        }
        if (n == 20) {
            performanceReport(m);
        }
        sessions.close(m.getId());
    }

    /** Every present participant votes: mostly yes, {@code no} and {@code abstain} more for variety, one not at all. */
    private void electronicVote(long meetingId, long voteId, int seed, int no, int abstain) {
        votes.open(voteId);
        List<Participant> present = sessions.participants(meetingId).stream().filter(Participant::isPresent).toList();
        for (int i = 0; i < present.size() - 1; i++) {
            int k = (i + seed) % present.size();
            BallotChoice choice = k < no ? BallotChoice.NO : k < no + abstain ? BallotChoice.ABSTAIN : BallotChoice.YES;
            actAs(present.get(i), () -> votes.cast(voteId, choice, Map.of()), Role.MEMBER, Role.DEPUTY);
        }
        votes.close(voteId);
    }

    /** A motion drafted, submitted, vetted and put on this session; item {@code rejectedIndex} (1-based, 0 = none) fails. */
    private void appointmentAt(Meeting m, Proposer proposer, String title, List<AppointmentMotions.ItemDetails> items, int rejectedIndex) {
        // drafted and submitted (提请日期) two weeks before the session, vetted a week later
        AppointmentMotion motion = DemoTime.on(m.getStartDate().minusDays(16), () -> appointments.create(new AppointmentMotions.MotionDetails(title, proposer,
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，因工作需要，提请市人大常委会审议决定。")));
        DemoTime.on(m.getStartDate().minusDays(14), () -> {
            items.forEach(i -> appointments.addItem(motion.getId(), i));
            appointments.submit(motion.getId());
        });
        DemoTime.on(m.getStartDate().minusDays(7), () -> appointments.vet(motion.getId(), "材料齐全，已进行任前宪法和法律知识考试并公示"));
        appointments.schedule(motion.getId(), m.getId(), "补录往期会议的任免记录");
        List<AppointmentItem> scheduled = appointments.get(motion.getId()).getItems();
        for (int i = 0; i < scheduled.size(); i++) {
            boolean reject = i + 1 == rejectedIndex;
            electronicVote(m.getId(), scheduled.get(i).getVoteId(), 0, reject ? 20 : 1, reject ? 2 : 1);
        }
        appointments.publish(motion.getId());
        List<Long> sworn = oaths.awaitingOath().stream().map(SwearerRow::id).toList();
        if (!sworn.isEmpty()) {
            oaths.record(m.getEndDate(), "市人大常委会会议厅", "陈国华", true, sworn);
        }
        for (Long itemId : sworn) {
            letters.issue(itemId);
        }
    }

    private void performanceReport(Meeting m) {
        var holding = registry.postsOf("何静").get(0);
        PerformanceReport r = DemoTime.on(m.getStartDate().minusDays(20), () -> reports.submit(holding.id(), m.getStartDate().getYear() - 1,
                "示例市教育局局长何静" + (m.getStartDate().getYear() - 1) + "年度履职报告",
                "围绕义务教育优质均衡、“双减”和校园安全履行职责，推进新建改扩建学校12所。"));
        reports.schedule(r.getId(), m.getId());
        electronicVote(m.getId(), reports.get(r.getId()).getVoteId(), 3, 2, 4);
    }

    private void chairpersonsCouncil(LocalDate day) {
        Meeting m = sessions.create(new SessionService.Details(SessionKind.CHAIRPERSONS, day, day, "主任会议室", false));
        sessions.addAgendaItem(m.getId(), AgendaItemType.OTHER, "研究常委会会议议程草案", "秘书长", null, null);
        sessions.addAgendaItem(m.getId(), AgendaItemType.OTHER, "研究代表议案交办意见", "代表工委", null, null);
        sessions.start(m.getId());
        sessions.close(m.getId());
    }

    private void congressSession(LocalDate day) {
        Meeting m = sessions.create(new SessionService.Details(SessionKind.CONGRESS, day, day.plusDays(4), "示例市人民大会堂", false));
        AgendaItem report = sessions.addAgendaItem(m.getId(), AgendaItemType.WORK_REPORT, "审议市人民政府工作报告", "市长", null, null);
        AgendaItem sc = sessions.addAgendaItem(m.getId(), AgendaItemType.WORK_REPORT, "审议市人大常委会工作报告", "常委会主任", null, null);
        sessions.start(m.getId());
        List<Participant> ps = sessions.participants(m.getId());
        sessions.recordAttendance(m.getId(), ps.get(ps.size() - 1).getId(), Attendance.LEAVE, "因病请假");
        Vote v1 = votes.prepare(m.getId(), report.getId(), VoteService.NewVote.motion("关于市人民政府工作报告的决议", false));
        electronicVote(m.getId(), v1.getId(), 1, 1, 2);
        Vote v2 = votes.prepare(m.getId(), sc.getId(), VoteService.NewVote.motion("关于市人大常委会工作报告的决议", false));
        electronicVote(m.getId(), v2.getId(), 2, 0, 1);
        sessions.close(m.getId());
    }

    private void upcomingSession(LocalDate day) {
        Meeting m = sessions.create(new SessionService.Details(SessionKind.STANDING_COMMITTEE, day, day.plusDays(1), "市人大常委会会议厅", true));
        sessions.addAgendaItem(m.getId(), AgendaItemType.OTHER, "通过本次会议议程", "秘书长", null, null);
        AgendaItem item = sessions.addAgendaItem(m.getId(), AgendaItemType.RESOLUTION, "关于加强生态环境保护促进绿色发展的决定（草案）", "法工委", null, null);
        votes.prepare(m.getId(), item.getId(), VoteService.NewVote.motion("关于加强生态环境保护促进绿色发展的决定", false));
        AppointmentMotion motion = DemoTime.on(day.minusDays(12), () -> {
            AppointmentMotion submitted = appointments.create(new AppointmentMotions.MotionDetails("示例市人民政府关于提请任命周正等同志职务的议案",
                    Proposer.MAYOR, "因工作需要，提请任命周正为示例市交通运输局局长。"));
            appointments.addItem(submitted.getId(), new AppointmentMotions.ItemDetails("周正", AppointmentAction.APPOINT, "局长", "示例市交通运输局",
                    "1980年生，研究生学历，曾任示例市交通运输局副局长"));
            appointments.submit(submitted.getId());
            return submitted;
        });
        DemoTime.on(day.minusDays(9), () -> appointments.vet(motion.getId(), "材料齐全"));
        appointments.schedule(motion.getId(), m.getId(), "补录往期会议的任免记录");
        AppointmentMotion draft = appointments.create(new AppointmentMotions.MotionDetails("示例市监察委员会主任关于提请任命监察委员会委员的议案",
                Proposer.SUPERVISORY_DIRECTOR, "根据《中华人民共和国监察法》，提请任命吴刚为示例市监察委员会委员。"));
        appointments.addItem(draft.getId(), new AppointmentMotions.ItemDetails("吴刚", AppointmentAction.APPOINT, "委员", "示例市监察委员会", "1983年生，大学学历"));
    }

    record DemoPrincipal(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements Caller.Principal {
    }

    /** Casts a participant's own ballot in their name, then returns to the system's context of the load. */
    private static void actAs(Participant p, Runnable work, Role... roles) {
        var principal = new DemoPrincipal(p.getUserAccountId(), "demo-" + p.getUserAccountId(), p.getName(), Set.of(roles), null);
        var authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext own = SecurityContextHolder.createEmptyContext();
        own.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, authorities));
        SecurityContextHolder.setContext(own);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
