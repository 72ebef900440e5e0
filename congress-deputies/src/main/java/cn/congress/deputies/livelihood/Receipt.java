package cn.congress.deputies.livelihood;

/** What a resident sees with the receipt code of a proposal: where it stands and, if left out, why. */
public record Receipt(String title, int year, ProjectStatus status, String outReason, Long publicProjectId) {
}
