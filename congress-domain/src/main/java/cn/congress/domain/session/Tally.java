package cn.congress.domain.session;

import java.util.List;

/** Counts of a vote, computed from the stored ballots (or entered for a show of hands). */
public record Tally(int participants, int present, int yes, int no, int abstain, int notVoting, List<Option> options) {

    /** Counts for one candidate. */
    public record Option(long optionId, int yes, int no, int abstain) {
    }

    public Option option(long optionId) {
        return options.stream().filter(o -> o.optionId() == optionId).findFirst().orElse(new Option(optionId, 0, 0, 0));
    }

    /** Ballots cast so far (not counting 未按). */
    public int cast() {
        return yes + no + abstain;
    }
}
