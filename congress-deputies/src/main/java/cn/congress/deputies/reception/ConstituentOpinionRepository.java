package cn.congress.deputies.reception;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConstituentOpinionRepository extends JpaRepository<ConstituentOpinion, Long> {
}
