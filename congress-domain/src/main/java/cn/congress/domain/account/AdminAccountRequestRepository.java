package cn.congress.domain.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdminAccountRequestRepository extends JpaRepository<AdminAccountRequest, Long> {

    Page<AdminAccountRequest> findAllByOrderByCreatedAtDesc(Pageable pageable);

    boolean existsByTargetIdAndKindAndStatus(long targetId, AdminAccountRequest.RequestKind kind, AdminAccountRequest.RequestStatus status);
}
