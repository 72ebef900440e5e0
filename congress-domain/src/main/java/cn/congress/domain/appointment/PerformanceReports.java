package cn.congress.domain.appointment;

import cn.congress.domain.session.AgendaItem;
import cn.congress.domain.session.AgendaItemType;
import cn.congress.domain.session.Meeting;
import cn.congress.domain.session.SessionKind;
import cn.congress.domain.session.SessionService;
import cn.congress.domain.session.Vote;
import cn.congress.domain.session.VoteKind;
import cn.congress.domain.session.VoteMethod;
import cn.congress.domain.session.VoteRule;
import cn.congress.domain.session.VoteService;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Appointees' annual performance reports (履职报告), heard at a session with a satisfaction vote. */
@Service
@RequiredArgsConstructor
public class PerformanceReports {

    public static final String REPORT_TARGET = PerformanceReport.class.getSimpleName();

    private final PerformanceReportRepository reports;
    private final PostHoldingRepository holdings;
    private final SessionService sessions;
    private final VoteService votes;

    @Transactional(readOnly = true)
    public List<ReportRow> list() {
        AppointmentAccess.requireReader(Caller.current());
        return reports.findAllWithHolding().stream().map(ReportRow::of).toList();
    }

    /** The report with its holding loaded (for the services, demo data and tests). */
    @Transactional(readOnly = true)
    public PerformanceReport get(long id) {
        AppointmentAccess.requireReader(Caller.current());
        PerformanceReport r = reports.findById(id).orElseThrow(() -> new NotFoundException("履职报告", id));
        r.getHolding().getPersonName();
        return r;
    }

    @Transactional
    public PerformanceReport submit(long holdingId, int year, String title, String summary) {
        AppointmentAccess.requirePreparer(Caller.current(), "登记履职报告");
        PostHolding h = holdings.findById(holdingId).orElseThrow(() -> new NotFoundException("任职记录", holdingId));
        if (reports.existsByHoldingIdAndYear(holdingId, year)) {
            throw new DomainException(h.getPersonName() + " 的 " + year + " 年度履职报告已登记");
        }
        return reports.save(new PerformanceReport(h, year, title.trim(), summary.trim()));
    }

    /** Puts the report on a standing-committee session with a satisfaction vote (满意 more than half of those present). */
    @Transactional
    public void schedule(long reportId, long meetingId) {
        AppointmentAccess.requirePreparer(Caller.current(), "安排履职报告");
        PerformanceReport r = get(reportId);
        Meeting meeting = sessions.get(meetingId);
        if (meeting.getKind() != SessionKind.STANDING_COMMITTEE) {
            throw new DomainException("履职报告只能列入常委会会议议程");
        }
        PostHolding h = r.getHolding();
        AgendaItem agendaItem = sessions.addAgendaItem(meetingId, AgendaItemType.WORK_REPORT,
                "听取和审议" + h.getOrgan() + h.getPost() + h.getPersonName() + "的" + r.getYear() + "年度履职报告",
                h.getPersonName(), REPORT_TARGET, r.getId());
        Vote vote = votes.prepare(meetingId, agendaItem.getId(), new VoteService.NewVote(
                h.getPersonName() + "履职情况满意度测评", VoteKind.SATISFACTION, VoteMethod.ELECTRONIC,
                VoteRule.MAJORITY_OF_PRESENT, true, REPORT_TARGET, r.getId(), List.of()));
        r.schedule(meetingId, vote.getId());
    }
}
