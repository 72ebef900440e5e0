package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.AuditedEntity;
import jakarta.persistence.*;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** 打捆督办: several suggestions supervised together under one theme. */
@Entity
@Table(name = "suggestion_bundle")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SuggestionBundle extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String theme;

    public SuggestionBundle(String theme) {
        this.theme = theme;
    }
}
