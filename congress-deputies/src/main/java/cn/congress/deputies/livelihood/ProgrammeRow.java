package cn.congress.deputies.livelihood;

import java.math.BigDecimal;

/** A year's programme in the list. */
public record ProgrammeRow(long id, int year, String title, Level level, String congressName, int quota, ProgrammeStatus status,
                           long proposals, long candidates, long adopted, BigDecimal adoptedBudget) {
}
