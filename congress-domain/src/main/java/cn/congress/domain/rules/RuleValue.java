package cn.congress.domain.rules;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** A rule's value from a date on; the latest value whose date has come is the one in force. */
@Entity
@Table(name = "rule_value")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RuleValue extends AuditedEntity {

    @Column(name = "rule_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "rule_value", nullable = false, columnDefinition = "text")
    private String value;

    private String remark;

    RuleValue(String key, LocalDate effectiveFrom, String value, String remark) {
        this.key = key;
        this.effectiveFrom = effectiveFrom;
        this.value = value;
        this.remark = remark;
    }

    void revise(String value, String remark) {
        this.value = value;
        this.remark = remark;
    }
}
