package cn.congress.legislation.evaluation;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.legislation.regulation.RegulationService;
import cn.congress.legislation.support.LegislationAccess;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** 立法后评估. */
@Service
@RequiredArgsConstructor
@Transactional
public class EvaluationService {

    private final LegislativeEvaluationRepository evaluations;
    private final RegulationService regulations;

    @Transactional(readOnly = true)
    public List<EvaluationView> all() {
        LegislationAccess.requireReader(Caller.current());
        return evaluations.findAllWithRegulation().stream().map(EvaluationView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<EvaluationView> ofRegulation(long regulationId) {
        LegislationAccess.requireReader(Caller.current());
        return evaluations.findByRegulation(regulationId).stream().map(EvaluationView::of).toList();
    }

    @Transactional(readOnly = true)
    public EvaluationView get(long id) {
        LegislationAccess.requireReader(Caller.current());
        return EvaluationView.of(find(id));
    }

    /** Starts an evaluation; returns its id. */
    public long plan(long regulationId, String title, String evaluator, String plan, LocalDate startedOn) {
        LegislationAccess.requireStaff(Caller.current());
        return evaluations.save(new LegislativeEvaluation(regulations.get(regulationId), title, evaluator, plan, startedOn)).getId();
    }

    public void recordFindings(long id, long expectedVersion, String findings) {
        LegislationAccess.requireStaff(Caller.current());
        LegislativeEvaluation e = find(id);
        e.checkVersion(expectedVersion);
        e.recordFindings(findings);
    }

    public void conclude(long id, EvaluationConclusion conclusion, LocalDate on) {
        LegislationAccess.requireStaff(Caller.current());
        find(id).conclude(conclusion, on);
    }

    private LegislativeEvaluation find(long id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException("立法后评估", id));
    }
}
