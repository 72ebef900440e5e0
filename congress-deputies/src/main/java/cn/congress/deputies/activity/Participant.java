package cn.congress.deputies.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.Instant;

/** A deputy listed for an activity; attendance counts once the deputy confirms it. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Participant {

    @Column(name = "deputy_id", nullable = false)
    private long deputyId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    Participant(long deputyId) {
        this.deputyId = deputyId;
    }

    void confirm(Instant at) {
        this.confirmedAt = at;
    }
}
