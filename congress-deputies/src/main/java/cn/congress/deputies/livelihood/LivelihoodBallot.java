package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.util.ArrayList;
import java.util.List;

/**
 * One round of the vote on the candidate list at the congress session: a candidate vote of the sessions module
 * (its options in the order of {@link #candidates}), with the places this round fills.
 */
@Entity
@Table(name = "livelihood_ballot")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class LivelihoodBallot extends AuditedEntity {

    static final String TARGET_TYPE = "LivelihoodBallot";

    private long programmeId;
    private Long voteId;
    private int round;

    @Enumerated(EnumType.STRING)
    private BallotPurpose purpose;

    private int places;
    private Integer participants;
    private Integer present;
    private boolean concluded;

    @OneToMany(mappedBy = "ballot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BallotCandidate> candidates = new ArrayList<>();

    LivelihoodBallot(long programmeId, int round, BallotPurpose purpose, int places, List<LivelihoodProject> projects) {
        this.programmeId = programmeId;
        this.round = round;
        this.purpose = purpose;
        this.places = places;
        for (int i = 0; i < projects.size(); i++) {
            candidates.add(new BallotCandidate(this, projects.get(i).getId(), i + 1));
        }
    }

    void attach(long voteId) {
        this.voteId = voteId;
    }

    void conclude(int participants, int present) {
        this.participants = participants;
        this.present = present;
        this.concluded = true;
    }
}
