package cn.congress.oversight.plan;

/** What staff enter for a topic of the plan. */
public record TopicDetails(String title, TopicKind kind, long leadBodyId, long organId, int plannedMonth, String summary) {
}
