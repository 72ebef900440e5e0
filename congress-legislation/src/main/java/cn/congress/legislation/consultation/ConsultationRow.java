package cn.congress.legislation.consultation;

import java.time.LocalDate;

/** A consultation in a list. */
public record ConsultationRow(long id, long billId, String title, LocalDate opensOn, LocalDate closesOn, ConsultationStatus status,
                              long daysLeft, long comments) {
}
