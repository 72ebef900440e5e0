package cn.congress.oversight.fiscal.budget;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface FiscalImportRepository extends JpaRepository<FiscalImport, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from FiscalImport i where i.id = ?1")
    Optional<FiscalImport> lockById(long id);
}
