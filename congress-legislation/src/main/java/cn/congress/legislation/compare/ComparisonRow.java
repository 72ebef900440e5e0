package cn.congress.legislation.compare;

import java.util.List;

/**
 * One line of the comparison table (修改对照表): an old article beside the new article it became.
 *
 * @param heading     a chapter/section heading to print above this row (the new text's, or the old one's for
 *                    deleted articles), or null
 * @param oldLabel    第X条 in the old text, null for an added article
 * @param newLabel    第X条 in the new text, null for a deleted article
 * @param moved       the article changed its place relative to the others
 * @param renumbered  the article kept its text or most of it but its number changed
 * @param similarity  0..1, how much of the text was kept
 */
public record ComparisonRow(String heading, RowKind kind, String oldLabel, String newLabel, List<Segment> oldSegments,
                            List<Segment> newSegments, boolean moved, boolean renumbered, double similarity) {

    public String oldText() {
        return join(oldSegments);
    }

    public String newText() {
        return join(newSegments);
    }

    private static String join(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
