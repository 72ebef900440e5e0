package cn.congress.deputies.livelihood;

import cn.congress.domain.account.Role;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 评估: at year end deputies rate each completed project 满意/基本满意/不满意 once; closing the evaluation applies the
 * pass share fixed when it opened; a failing project waits for its organ's rectification report.
 */
@Service
@RequiredArgsConstructor
public class LivelihoodEvaluation {

    private final LivelihoodService service;
    private final ProgrammeRepository programmes;
    private final ProjectRepository projects;
    private final LivelihoodAccess access;
    private final History history;
    private final JdbcTemplate jdbc;
    private final Rules rules;
    private final Clock clock;

    @Transactional
    public void open(long programmeId) {
        LivelihoodProgramme p = service.programme(programmeId);
        access.require(Caller.current(), p, ProgrammeStep.OPEN_EVALUATION);
        LocalDate today = LocalDate.now(clock);
        p.openEvaluation(today, rules.integerOn("livelihood.evaluation-pass-percent", today));
    }

    /** Whether the caller has rated this programme already. */
    boolean hasRated(long programmeId, long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from livelihood_rating r join livelihood_project p on p.id = r.project_id
                               where p.programme_id = ? and r.account_id = ?)
                """, Boolean.class, programmeId, accountId));
    }

    /**
     * A deputy's ratings of every completed project, submitted once: a second submission (even a concurrent one)
     * meets the table's unique key and is refused as a whole.
     */
    @Transactional
    public void rate(long programmeId, Map<Long, Rating> ratings) {
        Caller caller = Caller.current();
        caller.require("参加满意度测评", Role.DEPUTY);
        LivelihoodProgramme p = programmes.findById(programmeId).orElseThrow(() -> new NotFoundException("民生实事项目", programmeId));
        access.require(caller, p, ProgrammeStep.RATE);
        List<LivelihoodProject> completed = projects.findByProgrammeAndStatusIn(programmeId, List.of(ProjectStatus.COMPLETED));
        if (completed.size() != ratings.size() || !completed.stream().allMatch(c -> ratings.get(c.getId()) != null)) {
            throw new DomainException("请对每一个项目选择满意、基本满意或不满意");
        }
        int inserted = 0;
        for (LivelihoodProject c : completed) {
            inserted += jdbc.update("""
                    insert into livelihood_rating (project_id, account_id, rating, rated_at) values (?, ?, ?, ?)
                    on conflict on constraint livelihood_rating_one_per_deputy do nothing
                    """, c.getId(), caller.accountId(), ratings.get(c.getId()).name(), Timestamp.from(clock.instant()));
        }
        if (inserted != completed.size()) {
            throw new DomainException("您已提交测评，每位代表只能测评一次");
        }
    }

    /** Counts per project and rating. */
    Map<Long, Map<Rating, Integer>> counts(long programmeId) {
        Map<Long, Map<Rating, Integer>> result = new HashMap<>();
        jdbc.query("""
                select r.project_id, r.rating, count(*) from livelihood_rating r join livelihood_project p on p.id = r.project_id
                where p.programme_id = ? group by r.project_id, r.rating
                """, rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Rating.class)).put(Rating.valueOf(rs.getString(2)), rs.getInt(3));
        }, programmeId);
        return result;
    }

    /** Closes the evaluation: each rated project passes or goes to rectification; the results are published. */
    @Transactional
    public void close(long programmeId) {
        LivelihoodProgramme p = programmes.lockById(programmeId).orElseThrow(() -> new NotFoundException("民生实事项目", programmeId));
        access.require(Caller.current(), p, ProgrammeStep.CLOSE_EVALUATION);
        Map<Long, Map<Rating, Integer>> counts = counts(programmeId);
        for (LivelihoodProject c : projects.findByProgrammeAndStatusIn(programmeId, List.of(ProjectStatus.COMPLETED))) {
            Map<Rating, Integer> n = counts.getOrDefault(c.getId(), Map.of());
            c.evaluate(n.getOrDefault(Rating.SATISFIED, 0), n.getOrDefault(Rating.BASIC, 0), n.getOrDefault(Rating.UNSATISFIED, 0),
                    p.getEvaluationPassPercent());
            history.record(c, c.getEvaluationPassed() ? ProjectStep.EVALUATE_PASS : ProjectStep.EVALUATE_FAIL,
                    "满意度 " + c.favourablePercent() + "%（满意 " + c.getRatedSatisfied() + "，基本满意 " + c.getRatedBasic()
                            + "，不满意 " + c.getRatedUnsatisfied() + "）");
        }
        p.closeEvaluation(LocalDate.now(clock));
    }
}
