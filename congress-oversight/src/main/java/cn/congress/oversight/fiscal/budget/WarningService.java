package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.oversight.opinion.OpinionService;
import cn.congress.oversight.opinion.ProblemDetails;
import cn.congress.oversight.opinion.ProblemSource;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Handling a warning: staff send it to the department with a question, the department answers in the system, staff
 * close it or turn it into a problem item of an opinion's checklist (the oversight loop then carries it to 销号).
 * Each step carries the version the user saw.
 */
@Service
@RequiredArgsConstructor
public class WarningService {

    private final BudgetWarningRepository warnings;
    private final WarningQueries queries;
    private final OpinionService opinions;
    private final Clock clock;

    @Transactional
    public void send(long id, long version, String question) {
        Caller caller = Caller.current();
        BudgetAccess.requireStaff(caller);
        BudgetWarning w = visible(caller, id, version);
        if (question == null || question.isBlank()) {
            throw new DomainException("请填写需要部门说明的问题");
        }
        w.send(question.trim(), clock.instant());
    }

    @Transactional
    public void answer(long id, long version, String answer) {
        Caller caller = Caller.current();
        BudgetAccess.requireWarningReader(caller);
        BudgetWarning w = visible(caller, id, version);
        if (!BudgetAccess.isDepartment(caller, w.getDepartmentId())) {
            throw new DomainException("预警说明由被预警部门填报");
        }
        if (answer == null || answer.isBlank()) {
            throw new DomainException("请填写情况说明");
        }
        w.answer(answer.trim(), caller.name(), clock.instant());
    }

    @Transactional
    public void close(long id, long version) {
        Caller caller = Caller.current();
        BudgetAccess.requireStaff(caller);
        visible(caller, id, version).close();
    }

    /** Adds the warning as a problem item of the chosen opinion, with the department responsible. */
    @Transactional
    public long toProblem(long id, long version, long opinionId, String measures, LocalDate deadline) {
        Caller caller = Caller.current();
        BudgetAccess.requireStaff(caller);
        BudgetWarning w = visible(caller, id, version);
        if (measures == null || measures.isBlank()) {
            throw new DomainException("请填写整改要求");
        }
        if (deadline == null || !deadline.isAfter(LocalDate.now(clock))) {
            throw new DomainException("整改期限应晚于今天");
        }
        if (!w.allows(WarningStep.TO_PROBLEM)) {
            throw new DomainException("预警当前状态下不能转为问题");
        }
        var view = queries.warning(id);
        long problemId = opinions.addItem(opinionId, new ProblemDetails(view.summary(), w.getDepartmentId(), measures.trim(), deadline),
                ProblemSource.MONITORING, "预算联网监督预警" + id);
        w.toProblem(problemId);
        return problemId;
    }

    private BudgetWarning visible(Caller caller, long id, long version) {
        BudgetWarning w = warnings.findById(id).orElseThrow(() -> new NotFoundException("预警", id));
        BudgetAccess.requireSee(caller, id, w.getDepartmentId(), w.getStatus());
        w.checkVersion(version);
        return w;
    }
}
