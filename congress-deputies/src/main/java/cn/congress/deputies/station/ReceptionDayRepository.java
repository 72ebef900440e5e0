package cn.congress.deputies.station;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceptionDayRepository extends JpaRepository<ReceptionDay, Long> {
}
