package cn.congress.legislation.compare;

import cn.congress.legislation.text.LegalText;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the 修改对照表 of two parsed texts. Articles are aligned first — identical bodies match wherever they
 * are, then the most similar remaining pairs (character-bigram overlap) above {@link #MATCH_THRESHOLD} — so that
 * renumbered and moved articles find their counterpart; only then is each matched pair diffed character by
 * character (Chinese has no spaces, so a word-level diff would mark whole clauses).
 */
public final class TextComparator {

    /** Pairs less alike than this are shown as one deleted and one added article. */
    public static final double MATCH_THRESHOLD = 0.45;

    private TextComparator() {
    }

    public static Comparison compare(LegalText oldText, LegalText newText) {
        List<LegalText.Article> olds = oldText.articles();
        List<LegalText.Article> news = newText.articles();
        int[] newToOld = new int[news.size()];
        int[] oldToNew = new int[olds.size()];
        Arrays.fill(newToOld, -1);
        Arrays.fill(oldToNew, -1);

        // 1. identical bodies, nearest position first
        Map<String, LinkedList<Integer>> oldByBody = new HashMap<>();
        for (int i = 0; i < olds.size(); i++) {
            oldByBody.computeIfAbsent(olds.get(i).body(), k -> new LinkedList<>()).add(i);
        }
        for (int j = 0; j < news.size(); j++) {
            LinkedList<Integer> candidates = oldByBody.get(news.get(j).body());
            if (candidates != null && !candidates.isEmpty()) {
                int i = candidates.removeFirst();
                newToOld[j] = i;
                oldToNew[i] = j;
            }
        }

        // 2. most similar remaining pairs
        List<Integer> freeOld = new ArrayList<>();
        List<Integer> freeNew = new ArrayList<>();
        for (int i = 0; i < olds.size(); i++) {
            if (oldToNew[i] < 0) {
                freeOld.add(i);
            }
        }
        for (int j = 0; j < news.size(); j++) {
            if (newToOld[j] < 0) {
                freeNew.add(j);
            }
        }
        double[] similarity = new double[news.size()];
        Arrays.fill(similarity, 1.0);
        if (!freeOld.isEmpty() && !freeNew.isEmpty()) {
            Map<Integer, Set<Integer>> oldGrams = new HashMap<>();
            for (int i : freeOld) {
                oldGrams.put(i, bigrams(olds.get(i).body()));
            }
            List<double[]> candidates = new ArrayList<>();
            for (int j : freeNew) {
                Set<Integer> ng = bigrams(news.get(j).body());
                for (int i : freeOld) {
                    double s = dice(oldGrams.get(i), ng);
                    if (s >= MATCH_THRESHOLD) {
                        candidates.add(new double[]{s, i, j});
                    }
                }
            }
            candidates.sort((a, b) -> {
                int c = Double.compare(b[0], a[0]);
                if (c != 0) {
                    return c;
                }
                return Double.compare(Math.abs(a[1] - a[2]), Math.abs(b[1] - b[2]));
            });
            for (double[] c : candidates) {
                int i = (int) c[1];
                int j = (int) c[2];
                if (oldToNew[i] < 0 && newToOld[j] < 0) {
                    oldToNew[i] = j;
                    newToOld[j] = i;
                    similarity[j] = c[0];
                }
            }
        }

        // 3. which matched articles moved: those outside the longest run kept in the same relative order
        Set<Integer> stayed = longestIncreasing(newToOld);

        // 4. rows in the new text's order; deleted articles after their old predecessor's row
        List<ComparisonRow> rows = new ArrayList<>();
        Map<RowKind, Long> counts = new EnumMap<>(RowKind.class);
        int moved = 0;
        int renumbered = 0;
        int nextOld = 0;
        String lastHeading = null;
        // the old position each new row sits before: the next article kept in order (deleted ones print before it)
        int[] anchor = new int[news.size()];
        int next = olds.size();
        for (int j = news.size() - 1; j >= 0; j--) {
            if (newToOld[j] >= 0 && stayed.contains(j)) {
                next = newToOld[j];
            }
            anchor[j] = next;
        }
        for (int j = 0; j < news.size(); j++) {
            int i = newToOld[j];
            if (i < 0 || stayed.contains(j)) {
                while (nextOld < anchor[j]) {
                    if (oldToNew[nextOld] < 0) {
                        ComparisonRow row = deletedRow(olds.get(nextOld), lastHeading);
                        lastHeading = headingKey(olds.get(nextOld));
                        rows.add(row);
                        counts.merge(RowKind.DELETED, 1L, Long::sum);
                    }
                    nextOld++;
                }
                if (i >= 0) {
                    nextOld = Math.max(nextOld, i + 1);
                }
            }
            LegalText.Article n = news.get(j);
            String heading = headingKey(n);
            String printed = heading != null && !heading.equals(lastHeading) ? heading : null;
            lastHeading = heading;
            if (i < 0) {
                rows.add(new ComparisonRow(printed, RowKind.ADDED, null, n.label(), List.of(),
                        List.of(new Segment(n.body(), Segment.Kind.INSERTED)), false, false, 0));
                counts.merge(RowKind.ADDED, 1L, Long::sum);
                continue;
            }
            LegalText.Article o = olds.get(i);
            boolean isMoved = !stayed.contains(j);
            boolean isRenumbered = o.number() != n.number();
            moved += isMoved ? 1 : 0;
            renumbered += isRenumbered ? 1 : 0;
            if (o.body().equals(n.body())) {
                rows.add(new ComparisonRow(printed, RowKind.SAME, o.label(), n.label(), List.of(new Segment(o.body(), Segment.Kind.SAME)),
                        List.of(new Segment(n.body(), Segment.Kind.SAME)), isMoved, isRenumbered, 1.0));
                counts.merge(RowKind.SAME, 1L, Long::sum);
            } else {
                List<List<Segment>> sides = inlineDiff(o.body(), n.body());
                rows.add(new ComparisonRow(printed, RowKind.CHANGED, o.label(), n.label(), sides.get(0), sides.get(1),
                        isMoved, isRenumbered, similarity[j]));
                counts.merge(RowKind.CHANGED, 1L, Long::sum);
            }
        }
        for (; nextOld < olds.size(); nextOld++) {
            if (oldToNew[nextOld] < 0) {
                rows.add(deletedRow(olds.get(nextOld), lastHeading));
                lastHeading = headingKey(olds.get(nextOld));
                counts.merge(RowKind.DELETED, 1L, Long::sum);
            }
        }
        return new Comparison(List.copyOf(rows), counts, moved, renumbered);
    }

    /** Character-level differences of two strings as segments of the old side and of the new side. */
    public static List<List<Segment>> inlineDiff(String oldBody, String newBody) {
        List<Integer> a = oldBody.codePoints().boxed().toList();
        List<Integer> b = newBody.codePoints().boxed().toList();
        Patch<Integer> patch = DiffUtils.diff(a, b);
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<Integer> d : patch.getDeltas()) {
            int sp = d.getSource().getPosition();
            int tp = d.getTarget().getPosition();
            add(left, text(a, ai, sp), Segment.Kind.SAME);
            add(right, text(b, bi, tp), Segment.Kind.SAME);
            add(left, text(a, sp, sp + d.getSource().size()), Segment.Kind.DELETED);
            add(right, text(b, tp, tp + d.getTarget().size()), Segment.Kind.INSERTED);
            ai = sp + d.getSource().size();
            bi = tp + d.getTarget().size();
        }
        add(left, text(a, ai, a.size()), Segment.Kind.SAME);
        add(right, text(b, bi, b.size()), Segment.Kind.SAME);
        return List.of(left, right);
    }

    private static ComparisonRow deletedRow(LegalText.Article o, String lastHeading) {
        String heading = headingKey(o);
        String printed = heading != null && !heading.equals(lastHeading) ? heading : null;
        return new ComparisonRow(printed, RowKind.DELETED, o.label(), null,
                List.of(new Segment(o.body(), Segment.Kind.DELETED)), List.of(), false, false, 0);
    }

    private static String headingKey(LegalText.Article a) {
        if (a.chapter() == null) {
            return a.section();
        }
        return a.section() == null ? a.chapter() : a.chapter() + "　" + a.section();
    }

    private static String text(List<Integer> cps, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.appendCodePoint(cps.get(k));
        }
        return sb.toString();
    }

    private static void add(List<Segment> segments, String text, Segment.Kind kind) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(last.text() + text, kind));
        } else {
            segments.add(new Segment(text, kind));
        }
    }

    private static Set<Integer> bigrams(String s) {
        Set<Integer> grams = new HashSet<>();
        int prev = -1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (prev >= 0) {
                grams.add((prev << 16) | c);
            }
            prev = c;
        }
        if (grams.isEmpty() && prev >= 0) {
            grams.add(prev);
        }
        return grams;
    }

    private static double dice(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<Integer> small = a.size() < b.size() ? a : b;
        Set<Integer> large = small == a ? b : a;
        int common = 0;
        for (Integer g : small) {
            if (large.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** Indexes j (of the new text) of matched articles forming the longest run with increasing old positions. */
    private static Set<Integer> longestIncreasing(int[] newToOld) {
        List<Integer> js = new ArrayList<>();
        for (int j = 0; j < newToOld.length; j++) {
            if (newToOld[j] >= 0) {
                js.add(j);
            }
        }
        int n = js.size();
        int[] tails = new int[n];
        int[] tailIdx = new int[n];
        int[] prev = new int[n];
        int len = 0;
        for (int k = 0; k < n; k++) {
            int v = newToOld[js.get(k)];
            int lo = 0;
            int hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = v;
            tailIdx[lo] = k;
            prev[k] = lo > 0 ? tailIdx[lo - 1] : -1;
            if (lo == len) {
                len++;
            }
        }
        Set<Integer> result = new HashSet<>();
        for (int k = len > 0 ? tailIdx[len - 1] : -1; k >= 0; k = prev[k]) {
            result.add(js.get(k));
        }
        return result;
    }
}
