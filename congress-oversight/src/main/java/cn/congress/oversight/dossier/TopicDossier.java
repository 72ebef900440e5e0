package cn.congress.oversight.dossier;

import cn.congress.domain.shared.TimelineEntry;
import cn.congress.oversight.history.OversightHistory;
import cn.congress.oversight.inspection.InspectionService;
import cn.congress.oversight.inspection.InvestigationView;
import cn.congress.oversight.opinion.OpinionQueries;
import cn.congress.oversight.opinion.OpinionViews.OpinionView;
import cn.congress.oversight.plan.OversightPlanQueries;
import cn.congress.oversight.plan.PlanViews.TopicView;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The topic page: its place in the plan, the investigation, the opinion with its problems and satisfaction rounds,
 * and the whole path as one timeline (plan → investigation → session → opinion → problems → satisfaction → follow-up).
 * The topic's own access check runs first; a unit of another organ gets a 404 before anything else is read.
 */
@Service
@RequiredArgsConstructor
public class TopicDossier {

    private final OversightPlanQueries plans;
    private final InspectionService inspections;
    private final OpinionQueries opinions;
    private final OversightHistory history;

    public record TopicPage(TopicView topic, InvestigationView investigation, OpinionView opinion, List<TimelineEntry> timeline) {
    }

    /**
     * Not one transaction: each part reads in its own, so that a refused opinion (a deputy may see the topic, not its
     * opinion) cannot mark a shared transaction rollback-only and fail the whole page.
     */
    public TopicPage page(long topicId) {
        TopicView topic = plans.topic(topicId);
        Long opinionId = opinions.opinionOfTopic(topicId);
        OpinionView opinion = null;
        if (opinionId != null) {
            try {
                opinion = opinions.opinion(opinionId);
            } catch (cn.congress.domain.shared.NotFoundException | org.springframework.security.access.AccessDeniedException hidden) {
                // a reader who may see the topic but not the opinion (a deputy) gets the page without it
                opinion = null;
            }
        }
        List<TimelineEntry> timeline = history.ofTopic(topicId);
        if (opinion == null) {
            // the history's links into the opinion and its problem items would only refuse this reader
            timeline = timeline.stream().map(e -> e.linkHref() != null && (e.linkHref().startsWith("/oversight/opinions/")
                    || e.linkHref().startsWith("/oversight/problems/"))
                    ? new TimelineEntry(e.at(), e.labelKey(), e.actorName(), e.remark(), null, null) : e).toList();
        }
        return new TopicPage(topic, inspections.view(topicId), opinion, timeline);
    }
}
