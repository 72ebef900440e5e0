package cn.congress.domain.appointment;

import java.time.LocalDate;
import java.util.List;

/** An oath ceremony as the page lists it, with the names of those who swore. */
public record CeremonyView(long id, LocalDate heldOn, String place, String presiding, boolean collective, List<String> swearers) {
}
