package cn.congress.domain.figures;

import cn.congress.domain.account.Caller;
import cn.congress.domain.rules.Rules;
import cn.congress.domain.shared.ReferenceData;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year in figures: every contributed figure of a year beside last year's, the sentences of each section from
 * the staff's templates, and the released subset for the public.
 */
@lombok.extern.slf4j.Slf4j
@Service
@RequiredArgsConstructor
public class AnnualFigures {

    static final String PUBLIC_KEYS_RULE = "figures.public-keys";
    static final String SENTENCE_RULE_PREFIX = "figures.sentence.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9.\\-]+)}");

    /** The {@code ReferenceData} name under which cached figures are kept and evicted ({@link FigureSource#tables}). */
    public static final String CACHE = "figures";

    private final ObjectProvider<FigureSource> sources;
    private final Rules rules;
    private final ReferenceData cache;
    private final JdbcTemplate jdbc;

    /**
     * A figure of the year with last year's value and the change, written the report's way.
     *
     * @param link the figure's {@link Figure#link} when the reader may follow it to the records, else null
     */
    public record Row(Figure figure, String link, BigDecimal previous, String valueText, String previousText, String changeText) {
    }

    public record Section(FigureSection section, List<Row> rows, String sentence) {
    }

    public record Report(int year, List<Section> sections) {
    }

    /** The staff's report: every figure. */
    @Transactional(readOnly = true)
    public Report report(int year) {
        Caller caller = Caller.current();
        FiguresAccess.requireReader(caller);
        return build(year, null, FiguresAccess.opensRecords(caller));
    }

    /** The public version: only the figures the committee released (rules table), without sentences. */
    @Transactional(readOnly = true)
    public Report publicReport(int year) {
        Set<String> released = new LinkedHashSet<>(Arrays.stream(rules.text(PUBLIC_KEYS_RULE).split("[,，\\s]+"))
                .filter(s -> !s.isBlank()).toList());
        return build(year, released, false);
    }

    /** The records behind one figure; each links to its page only for a reader who may open it. */
    public List<FigureRecord> records(String key, int year) {
        Caller caller = Caller.current();
        FiguresAccess.requireReader(caller);
        boolean links = FiguresAccess.opensRecords(caller);
        Period period = Period.year(year);
        for (FigureSource source : sources) {
            List<FigureRecord> records = source.records(key, period);
            if (!records.isEmpty()) {
                return links ? records : records.stream().map(r -> new FigureRecord(r.title(), r.date(), null)).toList();
            }
        }
        return List.of();
    }

    private Report build(int year, Set<String> only, boolean links) {
        // The sources count a year of records each (91,000 receptions of the benchmark's 200,000, for one): PostgreSQL
        // plans such a count with parallel workers, whose start and hand-over cost more than they save when the cores
        // are busy serving requests. Measured on the 2 shared cores at load average 33: the station figures 145-212 ms
        // with two workers, 18-40 ms without; the suggestion figures 510-560 ms against 277-310 ms (each worker built
        // its own hash of the rounds). Only for this transaction (set local), one connection for all the sources.
        jdbc.execute("set local max_parallel_workers_per_gather = 0");
        Period period = Period.year(year);
        List<Figure> current = collect(period);
        Map<String, Figure> previous = new HashMap<>();
        for (Figure f : collect(period.previousYear())) {
            previous.put(f.key(), f);
        }
        Map<FigureSection, List<Row>> bySection = new EnumMap<>(FigureSection.class);
        Map<String, String> numbers = new HashMap<>();
        for (Figure f : current) {
            numbers.put(f.key(), FigureFormat.number(f.value(), f.unit()));
            if (only != null && !only.contains(f.key())) {
                continue;
            }
            Figure last = previous.get(f.key());
            BigDecimal lastValue = last == null ? null : last.value();
            bySection.computeIfAbsent(f.section(), s -> new ArrayList<>()).add(new Row(f, links ? f.link() : null, lastValue,
                    FigureFormat.value(f.value(), f.unit()), FigureFormat.value(lastValue, f.unit()),
                    FigureFormat.change(f.value(), lastValue, f.unit())));
        }
        List<Section> sections = new ArrayList<>();
        for (FigureSection section : FigureSection.values()) {
            List<Row> rows = bySection.getOrDefault(section, List.of());
            if (rows.isEmpty()) {
                continue;
            }
            sections.add(new Section(section, rows, only == null ? sentence(section, numbers) : null));
        }
        return new Report(year, sections);
    }

    private List<Figure> collect(Period period) {
        List<Figure> all = new ArrayList<>();
        for (FigureSource source : sources) {
            long started = System.nanoTime();
            // Counting a year of 100,000 receptions takes longer than a page may; such sources declare their tables,
            // whose triggers evict on every instance when a record changes.
            all.addAll(source.tables().isEmpty() ? source.figures(period)
                    : cache.get(CACHE, List.of(source.getClass().getName(), period), () -> List.copyOf(source.figures(period))));
            if (log.isDebugEnabled()) {
                // where the time of a slow report goes (the annual report benchmark turns this on)
                log.debug("figures of {} for {}: {} ms", org.springframework.util.ClassUtils.getUserClass(source).getSimpleName(), period,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        all.sort(Comparator.comparing(Figure::section).thenComparingInt(Figure::order).thenComparing(Figure::key));
        return all;
    }

    /** The section's sentence from its template: {@code {key}} becomes the figure's number ("—" if unknown). */
    String sentence(FigureSection section, Map<String, String> numbers) {
        String template;
        try {
            template = rules.text(SENTENCE_RULE_PREFIX + section.name().toLowerCase());
        } catch (IllegalStateException noTemplate) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(numbers.getOrDefault(m.group(1), "—")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
