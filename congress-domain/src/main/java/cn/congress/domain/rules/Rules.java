package cn.congress.domain.rules;

import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.shared.ReferenceData;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that differ by city (deadlines, thresholds, category lists, document-number prefixes), read by every
 * module instead of hard-coding them. Values carry effective dates, so a change made today for next year does not
 * alter what applies now, and past records are judged by the rule of their day.
 */
@Service
@RequiredArgsConstructor
public class Rules {

    private final RuleDefinitionRepository definitions;
    private final RuleValueRepository values;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ReferenceData referenceData;

    /** A dated value of a rule, as cached. */
    private record Dated(LocalDate from, String value) {
    }

    /** A rule with the value in force today and all its dated values, for the admin page. */
    /** A rule as the administration pages show it: what it is, the value in force and every value with its dates. */
    public record RuleView(Definition definition, Value current, List<Value> history) {

        public record Definition(String key, String label, String description, RuleValueType valueType, String unit,
                                 String category, Integer minValue, Integer maxValue) {

            static Definition of(RuleDefinition d) {
                return new Definition(d.getKey(), d.getLabel(), d.getDescription(), d.getValueType(), d.getUnit(), d.getCategory(),
                        d.getMinValue(), d.getMaxValue());
            }
        }

        public record Value(long id, LocalDate effectiveFrom, String value, String remark, String createdBy, String updatedBy) {

            static Value of(RuleValue v) {
                return new Value(v.getId(), v.getEffectiveFrom(), v.getValue(), v.getRemark(), v.getCreatedBy(), v.getUpdatedBy());
            }
        }
    }

    public int integer(String key) {
        return integerOn(key, today());
    }

    public int integerOn(String key, LocalDate on) {
        return Integer.parseInt(rawOn(key, on).trim());
    }

    public String text(String key) {
        return rawOn(key, today());
    }

    public List<CodeLabel> codes(String key) {
        return codesOn(key, today());
    }

    public List<CodeLabel> codesOn(String key, LocalDate on) {
        return parseCodes(rawOn(key, on));
    }

    /** The codes of a code-list rule that carry {@code flag} (e.g. the answer categories that count as solved). */
    public List<String> codesFlagged(String key, String flag) {
        return codes(key).stream().filter(c -> c.has(flag)).map(CodeLabel::code).toList();
    }

    /** The label of a code in a code-list rule, or the code itself when it is no longer listed. */
    public String label(String key, String code) {
        return codes(key).stream().filter(c -> c.code().equals(code)).map(CodeLabel::label).findFirst().orElse(code);
    }

    /** The value in force on a date: read from every instance's cache of the (small) rule_value table. */
    public String rawOn(String key, LocalDate on) {
        for (Dated dated : allValues().getOrDefault(key, List.of())) {
            if (!dated.from().isAfter(on)) {
                return dated.value();
            }
        }
        throw new IllegalStateException("规则 " + key + " 在 " + on + " 没有生效的取值");
    }

    /** Every rule's values, latest first. */
    private Map<String, List<Dated>> allValues() {
        return referenceData.get("rule_value", "all", () -> {
            Map<String, List<Dated>> byKey = new HashMap<>();
            jdbc.query("select rule_key, effective_from, rule_value from rule_value order by rule_key, effective_from desc",
                    rs -> {
                        byKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Dated(rs.getObject(2, LocalDate.class), rs.getString(3)));
                    });
            byKey.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(byKey);
        });
    }

    @Transactional(readOnly = true)
    public List<RuleView> overview() {
        Map<String, List<RuleValue>> byKey = values.findAllByOrderByKeyAscEffectiveFromDesc().stream()
                .collect(Collectors.groupingBy(RuleValue::getKey));
        LocalDate today = today();
        List<RuleView> views = new ArrayList<>();
        for (RuleDefinition definition : definitions.findAllByOrderByCategoryAscSortOrderAscKeyAsc()) {
            List<RuleValue> history = byKey.getOrDefault(definition.getKey(), List.of());
            RuleValue current = history.stream().filter(v -> !v.getEffectiveFrom().isAfter(today)).findFirst().orElse(null);
            views.add(new RuleView(RuleView.Definition.of(definition), current == null ? null : RuleView.Value.of(current),
                    history.stream().map(RuleView.Value::of).toList()));
        }
        return views;
    }

    @Transactional(readOnly = true)
    public RuleView view(String key) {
        return overview().stream().filter(v -> v.definition().key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("规则", key));
    }

    /**
     * Sets the value a rule takes from {@code effectiveFrom} on. A value already in force is history and is not
     * rewritten: a change takes effect today at the earliest.
     */
    @Transactional
    public RuleValue schedule(String key, LocalDate effectiveFrom, String value, String remark) {
        RuleDefinition definition = definitions.findById(key).orElseThrow(() -> new NotFoundException("规则", key));
        if (effectiveFrom.isBefore(today())) {
            throw new DomainException("生效日期不能早于今天：已经生效的规则值是历史记录，不能追溯修改");
        }
        String normalized = validate(definition, value);
        referenceData.changed("rule_value");
        return values.findByKeyAndEffectiveFrom(key, effectiveFrom)
                .map(existing -> {
                    existing.revise(normalized, remark);
                    return existing;
                })
                .orElseGet(() -> values.save(new RuleValue(key, effectiveFrom, normalized, remark)));
    }

    private String validate(RuleDefinition definition, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainException("请填写规则取值");
        }
        String v = value.trim();
        switch (definition.getValueType()) {
            case INTEGER -> {
                int n;
                try {
                    n = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new DomainException("“" + definition.getLabel() + "”须为整数");
                }
                if (definition.getMinValue() != null && n < definition.getMinValue()
                        || definition.getMaxValue() != null && n > definition.getMaxValue()) {
                    throw new DomainException("“" + definition.getLabel() + "”须在 " + definition.getMinValue() + " 到 "
                            + definition.getMaxValue() + " 之间");
                }
                return Integer.toString(n);
            }
            case CODE_LIST -> {
                List<CodeLabel> codes = parseCodes(v);
                Set<String> seen = new LinkedHashSet<>();
                for (CodeLabel c : codes) {
                    if (c.code().isEmpty() || c.label().isEmpty()) {
                        throw new DomainException("代码列表每行须写成“代码=名称”，例如 A=已解决或基本解决");
                    }
                    if (!seen.add(c.code())) {
                        throw new DomainException("代码“" + c.code() + "”重复");
                    }
                    for (String flag : c.flags()) {
                        if (!CodeLabel.FLAG.matcher(flag).matches()) {
                            throw new DomainException("标记“" + flag + "”须为小写英文字母、数字或连字符，例如 A=已解决或基本解决|solved");
                        }
                    }
                }
                return codes.stream().map(CodeLabel::line).collect(Collectors.joining("\n"));
            }
            default -> {
                return v;
            }
        }
    }

    static List<CodeLabel> parseCodes(String raw) {
        List<CodeLabel> codes = new ArrayList<>();
        for (String line : raw.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            codes.add(CodeLabel.parse(line));
        }
        return codes;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
