package cn.congress.oversight.fiscal.assets;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** 国有资产管理情况综合报告 of a year; its key figures per category are rows of {@code fiscal_assets_figure}. */
@Entity
@Table(name = "fiscal_assets_report")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AssetsReport extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String specialTopic;

    /** A digest of the figures, so that a change of any figure is a change of this audited record. */
    @Column(length = 2000)
    private String figures;

    AssetsReport(int year) {
        this.year = year;
    }

    void update(String title, String specialTopic, String figures) {
        this.title = title;
        this.specialTopic = specialTopic;
        this.figures = figures;
    }
}
