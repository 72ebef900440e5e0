package cn.congress.deputies.servicecase;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceCaseRepository extends JpaRepository<ServiceCase, Long> {
}
