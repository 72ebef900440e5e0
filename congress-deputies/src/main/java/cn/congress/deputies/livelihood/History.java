package cn.congress.deputies.livelihood;

import cn.congress.domain.account.Caller;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/** Writes a project's history rows; the steps residents care about are marked for the public page. */
@Component
@RequiredArgsConstructor
class History {

    private static final Set<ProjectStep> PUBLIC = Set.of(ProjectStep.SHORTLIST, ProjectStep.CONFIRM, ProjectStep.PUT_TO_BALLOT,
            ProjectStep.SELECT, ProjectStep.NOT_SELECT, ProjectStep.START, ProjectStep.REPORT, ProjectStep.COMPLETE,
            ProjectStep.ADJUST, ProjectStep.INSPECT, ProjectStep.EVALUATE_PASS, ProjectStep.EVALUATE_FAIL, ProjectStep.RECTIFY);

    private final EventRepository events;
    private final Clock clock;

    void record(LivelihoodProject p, ProjectStep step, String remark) {
        events.save(new ProjectEvent(p.getId(), step, clock.instant(), Caller.current().name(), remark, PUBLIC.contains(step)));
    }
}
