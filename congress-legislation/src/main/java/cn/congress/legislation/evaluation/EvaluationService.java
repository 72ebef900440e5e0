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
    public List<LegislativeEvaluation> all() {
        LegislationAccess.requireReader(Caller.current());
        return evaluations.findAllWithRegulation();
    }

    @Transactional(readOnly = true)
    public List<LegislativeEvaluation> ofRegulation(long regulationId) {
        return evaluations.findByRegulation(regulationId);
    }

    @Transactional(readOnly = true)
    public LegislativeEvaluation get(long id) {
        LegislationAccess.requireReader(Caller.current());
        LegislativeEvaluation e = evaluations.findById(id).orElseThrow(() -> new NotFoundException("立法后评估", id));
        e.getRegulation().getTitle();
        return e;
    }

    public LegislativeEvaluation plan(long regulationId, String title, String evaluator, String plan, LocalDate startedOn) {
        LegislationAccess.requireStaff(Caller.current());
        return evaluations.save(new LegislativeEvaluation(regulations.get(regulationId), title, evaluator, plan, startedOn));
    }

    public LegislativeEvaluation recordFindings(long id, long expectedVersion, String findings) {
        LegislationAccess.requireStaff(Caller.current());
        LegislativeEvaluation e = get(id);
        e.checkVersion(expectedVersion);
        e.recordFindings(findings);
        return e;
    }

    public LegislativeEvaluation conclude(long id, EvaluationConclusion conclusion, LocalDate on) {
        LegislationAccess.requireStaff(Caller.current());
        LegislativeEvaluation e = get(id);
        e.conclude(conclusion, on);
        return e;
    }
}
