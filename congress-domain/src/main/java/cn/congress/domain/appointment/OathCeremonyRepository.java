package cn.congress.domain.appointment;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface OathCeremonyRepository extends JpaRepository<OathCeremony, Long> {

    @EntityGraph(attributePaths = "swearers")
    List<OathCeremony> findAllByOrderByHeldOnDesc();
}
