package cn.congress.oversight.fiscal.budget;

import cn.congress.domain.shared.AuditedEntity;
import cn.congress.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import java.math.BigDecimal;
import java.time.Instant;

/** An uploaded budget or execution file: its validated rows wait in the staging table until confirmed or discarded. */
@Entity
@Table(name = "fiscal_import")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FiscalImport extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportKind kind;

    @Column(nullable = false)
    private int year;

    private Integer month;

    @Column(nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false)
    private int rowCount;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status = ImportStatus.PENDING;

    private Integer replaced;

    private Instant confirmedAt;

    FiscalImport(ImportKind kind, int year, Integer month, String fileName, int rowCount, BigDecimal total) {
        this.kind = kind;
        this.year = year;
        this.month = month;
        this.fileName = fileName;
        this.rowCount = rowCount;
        this.total = total;
    }

    void confirm(int replaced, Instant at) {
        requirePending();
        this.status = ImportStatus.CONFIRMED;
        this.replaced = replaced;
        this.confirmedAt = at;
    }

    void discard() {
        requirePending();
        this.status = ImportStatus.DISCARDED;
    }

    void requirePending() {
        if (status != ImportStatus.PENDING) {
            throw new DomainException("该导入已" + (status == ImportStatus.CONFIRMED ? "确认" : "放弃") + "，请重新上传文件");
        }
    }
}
