package cn.congress.legislation.bill;

import java.time.Instant;

/** A bill in the list of bills: its name, plan project, who brought and drafted it, where it stands. */
public record BillRow(long id, String title, String projectTitle, BillKind kind, EnactingBody enactingBody, String sponsor,
                      String draftingUnit, BillStatus status, int readingsHeld, Instant updatedAt) {

    public boolean congressTrack() {
        return enactingBody == EnactingBody.CONGRESS;
    }
}
