package cn.congress.deputies.suggestion;

/** The filters of the tracking lists; null means "any". */
public record SuggestionFilter(SuggestionStatus status, Long unitId, SuggestionCategory category, Long delegationId,
                               Boolean keySupervised, Long bundleId, boolean overdue, String q, SuggestionKind kind) {

    public static SuggestionFilter none() {
        return new SuggestionFilter(null, null, null, null, null, null, false, null, null);
    }
}
