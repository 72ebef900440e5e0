package cn.congress.deputies.suggestion;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface SuggestionBundleRepository extends JpaRepository<SuggestionBundle, Long> {

    List<SuggestionBundle> findAllByOrderByThemeAsc();

    Optional<SuggestionBundle> findByTheme(String theme);
}
