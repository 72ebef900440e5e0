package cn.congress.domain.session;

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

/** A candidate of a multi-candidate vote, with the result for that candidate once the vote is closed. */
@Entity
@Table(name = "vote_option")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VoteOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vote_id")
    private Vote vote;

    private int position;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "yes_count")
    private Integer yes;
    @Column(name = "no_count")
    private Integer no;
    @Column(name = "abstain_count")
    private Integer abstain;
    private Boolean adopted;

    VoteOption(Vote vote, int position, String label) {
        this.vote = vote;
        this.position = position;
        this.label = label;
    }

    void record(int yes, int no, int abstain, boolean adopted) {
        this.yes = yes;
        this.no = no;
        this.abstain = abstain;
        this.adopted = adopted;
    }
}
