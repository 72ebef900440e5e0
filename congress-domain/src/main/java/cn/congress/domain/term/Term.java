package cn.congress.domain.term;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.time.LocalDate;

/** A term (届) of the people's congress, e.g. 第十七届; deputies, members and numbering are scoped by it. */
@Entity
@Table(name = "term")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Term extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private int number;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private LocalDate startDate;

    private LocalDate endDate;

    private boolean current;

    public Term(int number, String name, LocalDate startDate, LocalDate endDate, boolean current) {
        this.number = number;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.current = current;
    }

    /** 第十七届 */
    public String getOrdinal() {
        return "第" + ChineseNumerals.of(number) + "届";
    }
}
