package cn.congress.deputies.figures;

import cn.congress.deputies.suggestion.SuggestionKind;
import cn.congress.deputies.suggestion.SuggestionQueries;
import cn.congress.deputies.suggestion.SuggestionQueries.Measures;
import cn.congress.domain.figures.Figure;
import cn.congress.domain.figures.FigureRecord;
import cn.congress.domain.figures.FigureSection;
import cn.congress.domain.figures.FigureSource;
import cn.congress.domain.figures.FigureUnit;
import cn.congress.domain.figures.Period;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Deputies' suggestions and motions filed in the year (代表工作): how many, how many answered, and the four rates of
 * the suggestion statistics. Read by {@link SuggestionQueries#measuresOf} from the counts the database keeps with every
 * change of the records (a few thousand rows for a year, so not cached), which equal what {@code /suggestions/stats}
 * counts over the records for the year (SuggestionStatisticsTest).
 */
@Component
@RequiredArgsConstructor
class SuggestionFigures implements FigureSource {

    static final String FILED = "deputies.suggestions-filed";
    static final String MOTIONS = "deputies.motions-filed";
    static final String ANSWERED = "deputies.suggestions-answered";

    private final SuggestionQueries queries;

    @Override
    public List<Figure> figures(Period period) {
        Map<SuggestionKind, Measures> byKind = queries.measuresOf(period);
        Measures none = new Measures(0, 0, 0, 0, 0, 0, 0, 0);
        Measures s = byKind.getOrDefault(SuggestionKind.SUGGESTION, none);
        Measures m = byKind.getOrDefault(SuggestionKind.MOTION, none);
        String stats = "/suggestions/stats?year=" + period.from().getYear() + "&kind=SUGGESTION";
        return List.of(
                Figure.count(FILED, FigureSection.DEPUTIES, 10, s.filed(), Figure.recordsLink(FILED, period)),
                Figure.count(MOTIONS, FigureSection.DEPUTIES, 20, m.filed(), Figure.recordsLink(MOTIONS, period)),
                Figure.count(ANSWERED, FigureSection.DEPUTIES, 30, s.answered(), Figure.recordsLink(ANSWERED, period)),
                new Figure("deputies.suggestions-solved-rate", FigureSection.DEPUTIES, 31, s.solvedRate(), FigureUnit.PERCENT, stats),
                new Figure("deputies.suggestions-satisfied-rate", FigureSection.DEPUTIES, 32, s.satisfiedRate(), FigureUnit.PERCENT, stats),
                new Figure("deputies.suggestions-on-time-rate", FigureSection.DEPUTIES, 33, s.onTimeRate(), FigureUnit.PERCENT, stats),
                new Figure("deputies.suggestions-face-to-face-rate", FigureSection.DEPUTIES, 34, s.faceToFaceRate(), FigureUnit.PERCENT, stats));
    }

    @Override
    public List<FigureRecord> records(String key, Period period) {
        return switch (key) {
            case FILED -> queries.recordsOf(period, SuggestionKind.SUGGESTION, false);
            case MOTIONS -> queries.recordsOf(period, SuggestionKind.MOTION, false);
            case ANSWERED -> queries.recordsOf(period, SuggestionKind.SUGGESTION, true);
            default -> List.of();
        };
    }
}
