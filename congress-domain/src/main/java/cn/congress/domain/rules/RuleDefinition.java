package cn.congress.domain.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A rule that differs by city, declared by the module that reads it (through its Flyway migration).
 * Its values, with effective dates, are {@link RuleValue}s.
 */
@Entity
@Table(name = "rule_definition")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RuleDefinition {

    @Id
    @Column(name = "rule_key")
    private String key;

    @Column(nullable = false)
    private String label;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleValueType valueType;

    /** Unit shown after an integer value: 个月, 日, 工作日, %, 人. */
    private String unit;

    /** Which part of the work the rule belongs to, for grouping on the admin page. */
    @Column(nullable = false)
    private String category;

    private Integer minValue;

    private Integer maxValue;

    private int sortOrder;
}
