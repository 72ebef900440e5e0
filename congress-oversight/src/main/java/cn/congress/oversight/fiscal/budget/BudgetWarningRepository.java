package cn.congress.oversight.fiscal.budget;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetWarningRepository extends JpaRepository<BudgetWarning, Long> {
}
