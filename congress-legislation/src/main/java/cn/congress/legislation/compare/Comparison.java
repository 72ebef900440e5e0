package cn.congress.legislation.compare;

import java.util.List;
import java.util.Map;

/** The comparison table of two texts with its counts per kind. */
public record Comparison(List<ComparisonRow> rows, Map<RowKind, Long> counts, int movedCount, int renumberedCount) {

    public long count(RowKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public boolean identical() {
        return count(RowKind.CHANGED) + count(RowKind.ADDED) + count(RowKind.DELETED) == 0 && movedCount == 0;
    }
}
