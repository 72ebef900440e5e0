package cn.congress.deputies.livelihood;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The票决 rule, as a pure function of one round's counts: a project passes when its 赞成 votes exceed half of ALL
 * deputies of the congress (not of those present); if more pass than there are places, the most 赞成 take them and a
 * tie at the last place is settled by the tie rule chosen before the vote; if fewer pass, the shortfall rule applies.
 */
final class Selection {

    private Selection() {
    }

    record Count(long projectId, int yes) {
    }

    /** A further round: between {@code projectIds}, for {@code places} places. */
    record Revote(BallotPurpose purpose, List<Long> projectIds, int places) {
    }

    /** Passing and elected projects of the round, and the round that must follow (or null). */
    record Outcome(Set<Long> passed, Set<Long> elected, Revote revote) {
    }

    static boolean passes(int yes, int allDeputies) {
        return 2L * yes > allDeputies;
    }

    static Outcome decide(List<Count> counts, int places, int allDeputies, TieRule tieRule, ShortfallRule shortfallRule,
                          BallotPurpose purpose) {
        List<Count> passing = new ArrayList<>(counts.stream().filter(c -> passes(c.yes(), allDeputies)).toList());
        passing.sort(Comparator.comparingInt(Count::yes).reversed());
        Set<Long> passed = new LinkedHashSet<>();
        passing.forEach(c -> passed.add(c.projectId()));
        Set<Long> elected = new LinkedHashSet<>();
        if (passing.size() <= places) {
            elected.addAll(passed);
            int shortfall = places - passing.size();
            List<Long> failed = counts.stream().map(Count::projectId).filter(id -> !passed.contains(id)).toList();
            // a shortfall is filled once: a second shortfall round would only repeat a vote deputies have just refused
            if (shortfall > 0 && shortfallRule == ShortfallRule.REVOTE && purpose != BallotPurpose.SHORTFALL && !failed.isEmpty()) {
                return new Outcome(passed, elected, new Revote(BallotPurpose.SHORTFALL, failed, Math.min(shortfall, failed.size())));
            }
            return new Outcome(passed, elected, null);
        }
        int cutoff = passing.get(places - 1).yes();
        passing.stream().filter(c -> c.yes() > cutoff).forEach(c -> elected.add(c.projectId()));
        List<Long> tied = passing.stream().filter(c -> c.yes() == cutoff).map(Count::projectId).toList();
        int remaining = places - elected.size();
        if (tied.size() == remaining || tieRule == TieRule.INCLUDE_ALL) {
            elected.addAll(tied);
            return new Outcome(passed, elected, null);
        }
        return new Outcome(passed, elected, new Revote(BallotPurpose.TIE, tied, remaining));
    }
}
