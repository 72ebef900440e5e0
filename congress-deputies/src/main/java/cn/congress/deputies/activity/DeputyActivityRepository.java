package cn.congress.deputies.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeputyActivityRepository extends JpaRepository<DeputyActivity, Long> {
}
