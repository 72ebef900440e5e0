package cn.congress.deputies.livelihood;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface BallotRepository extends JpaRepository<LivelihoodBallot, Long> {

    Optional<LivelihoodBallot> findByVoteId(long voteId);

    @Query("select distinct b from LivelihoodBallot b left join fetch b.candidates where b.programmeId = ?1 order by b.round")
    List<LivelihoodBallot> findByProgramme(long programmeId);

    @Query("select coalesce(max(b.round), 0) from LivelihoodBallot b where b.programmeId = ?1")
    int lastRound(long programmeId);
}
