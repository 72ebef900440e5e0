package cn.congress.deputies.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project in a list. {@code proposer} is the proposer as staff see it (a resident's phone masked, 138****1234);
 * {@code outReason} is why it was left out, shown to its proposer.
 */
public record ProjectRow(long id, long programmeId, int year, String title, String area, BigDecimal estimatedBudget,
                         String organName, ProposalSource source, String proposer, ProjectStatus status,
                         String screeningNote, String outReason, Integer ballotYes, Integer ballotNo, Integer ballotAbstain,
                         int progressPercent, BigDecimal budgetSpent, LocalDate expectedCompletion, String delayReason,
                         Integer favourablePercent, Boolean evaluationPassed) {

    public boolean adopted() {
        return status.isAdopted();
    }

    public boolean delayed() {
        return status == ProjectStatus.DELAYED;
    }
}
