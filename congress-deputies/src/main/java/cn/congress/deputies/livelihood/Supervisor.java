package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A deputy of a project's supervision group (代表监督小组). */
@Entity
@Table(name = "livelihood_supervisor")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Supervisor extends AuditedEntity {

    private long projectId;
    private long accountId;
    private String name;

    Supervisor(long projectId, long accountId, String name) {
        this.projectId = projectId;
        this.accountId = accountId;
        this.name = name;
    }
}
