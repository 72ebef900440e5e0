package cn.congress.oversight.opinion;

import java.time.LocalDate;

/** What staff enter for a problem item. */
public record ProblemDetails(String description, long organId, String measuresRequired, LocalDate deadline) {
}
