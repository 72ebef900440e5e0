package cn.congress.oversight.history;

import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.Labeled;
import cn.congress.domain.shared.TimelineEntry;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The one history of the oversight loop: every service records its steps here, against the topic (and the opinion
 * or problem item when there is one), and pages read it as {@link TimelineEntry} rows. Callers have already been
 * authorised by their feature's access class, so this class checks nothing itself.
 */
@Service
@RequiredArgsConstructor
public class OversightHistory {

    private final OversightEventRepository events;
    private final Clock clock;

    /** Where a step happened: the topic, and optionally the opinion and the problem item. */
    public record Subject(long topicId, Long opinionId, Long problemId) {

        public static Subject topic(long topicId) {
            return new Subject(topicId, null, null);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Subject subject, Labeled step, String remark) {
        record(subject, step, remark, null, null, clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Subject subject, Labeled step, String remark, String linkHref, String linkText, Instant at) {
        events.save(new OversightEvent(subject.topicId(), subject.opinionId(), subject.problemId(), step.getMessageKey(), at,
                actorName(), remark, linkHref, linkText));
    }

    /** The whole path of a topic, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> ofTopic(long topicId) {
        return events.findByTopicIdOrderByAtAscIdAsc(topicId).stream().map(OversightHistory::entry).toList();
    }

    /** The history of problem items (an item and the items it was carried over from), oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> ofProblems(Collection<Long> problemIds) {
        return events.ofProblems(problemIds).stream().map(OversightHistory::entry).toList();
    }

    private static TimelineEntry entry(OversightEvent e) {
        return new TimelineEntry(e.getAt(), e.getStep(), e.getActorName(), e.getRemark(), e.getLinkHref(), e.getLinkText());
    }

    private static String actorName() {
        String name = Caller.current().name();
        return name == null ? "系统" : name;
    }
}
