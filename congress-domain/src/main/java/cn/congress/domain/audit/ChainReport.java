package cn.congress.domain.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of verifying the audit chain, for the auditor's page and the scheduled verifier.
 *
 * @param linksChecked   links verified, from the last retention checkpoint to the head
 * @param pending        rows committed after the sealer ran, not yet linked (linked on its next run)
 * @param problem        the first problem found, or null when the chain is intact
 * @param problemSeq     the chain position of the first problem (the missing or broken link), if it has one
 * @param problemEntryId the audit row of the first problem, if it has one
 * @param headSeq        the last link, which the application log also records (tail truncation shows there)
 */
public record ChainReport(Instant checkedAt, long linksChecked, long pending, ChainProblem problem, Long problemSeq,
                          Long problemEntryId, Long headSeq, String headMac, List<Checkpoint> checkpoints) {

    public boolean intact() {
        return problem == null;
    }

    /** One retention run: rows up to {@code throughSeq} were exported to the archive file and purged. */
    public record Checkpoint(Instant createdAt, Instant purgedBefore, long throughSeq, long rowsPurged,
                             String archiveFile, String archiveSha256) {
    }
}
