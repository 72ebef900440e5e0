package cn.congress.oversight.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicProposalRepository extends JpaRepository<TopicProposal, Long> {
}
