package cn.congress.deputies.servicecase;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceCaseNoteRepository extends JpaRepository<ServiceCaseNote, Long> {
}
