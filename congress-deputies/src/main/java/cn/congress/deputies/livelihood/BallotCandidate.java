package cn.congress.deputies.livelihood;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A project on one round's ballot, with its counts and whether it passed and took a place. */
@Entity
@Table(name = "livelihood_ballot_candidate")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class BallotCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ballot_id")
    private LivelihoodBallot ballot;

    private long projectId;
    private int position;

    @Column(name = "yes_count")
    private Integer yes;
    @Column(name = "no_count")
    private Integer no;
    @Column(name = "abstain_count")
    private Integer abstain;
    private Boolean passed;
    private Boolean elected;

    BallotCandidate(LivelihoodBallot ballot, long projectId, int position) {
        this.ballot = ballot;
        this.projectId = projectId;
        this.position = position;
    }

    void record(int yes, int no, int abstain, boolean passed, boolean elected) {
        this.yes = yes;
        this.no = no;
        this.abstain = abstain;
        this.passed = passed;
        this.elected = elected;
    }
}
