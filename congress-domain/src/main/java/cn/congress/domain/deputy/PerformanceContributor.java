package cn.congress.domain.deputy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Contributed as a bean by a feature module whose records show what deputies did (an inspection they took part in),
 * so that the deputy's performance record (履职档案) counts them from the records where they live. Called once per
 * page for all the deputies shown, never once per deputy.
 */
public interface PerformanceContributor {

    /** What the deputies did in the calendar year, by this module's records. */
    List<Contribution> contributions(Collection<Long> deputyIds, int year);

    /**
     * One thing a deputy took part in: {@code kindKey} is the bundle key of its kind's label (the record groups by
     * it), {@code href} the page that shows it.
     */
    record Contribution(long deputyId, String kindKey, String title, String href, LocalDate on) {
    }
}
