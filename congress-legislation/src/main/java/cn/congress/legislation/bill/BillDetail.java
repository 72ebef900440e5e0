package cn.congress.legislation.bill;

import java.time.Instant;
import java.time.LocalDate;

/** A bill's facts as pages show them (read inside a transaction; the plan project's title and plan already resolved). */
public record BillDetail(long id, long version, String title, BillKind kind, BillStatus status, EnactingBody enactingBody,
                         boolean congressTrack, boolean threeReadings, int readingsHeld, String sponsor, String draftingUnit,
                         boolean dualLeader, String committeeLeader, String governmentLeader, Long projectId, String projectTitle,
                         Long projectPlanId, Long regulationId, LocalDate passedOn, LocalDate approvedOn, String announcementNo,
                         LocalDate promulgatedOn, LocalDate effectiveOn, Instant updatedAt) {

    static BillDetail of(Bill b) {
        var p = b.getProject();
        return new BillDetail(b.getId(), b.getVersion(), b.getTitle(), b.getKind(), b.getStatus(), b.getEnactingBody(),
                b.isCongressTrack(), b.isThreeReadings(), b.getReadingsHeld(), b.getSponsor(), b.getDraftingUnit(), b.isDualLeader(),
                b.getCommitteeLeader(), b.getGovernmentLeader(), p == null ? null : p.getId(), p == null ? null : p.getTitle(),
                p == null ? null : p.getPlan().getId(), b.getRegulationId(), b.getPassedOn(), b.getApprovedOn(), b.getAnnouncementNo(),
                b.getPromulgatedOn(), b.getEffectiveOn(), b.getUpdatedAt());
    }
}
