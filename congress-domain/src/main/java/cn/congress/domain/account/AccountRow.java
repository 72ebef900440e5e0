package cn.congress.domain.account;

import java.time.Instant;
import java.util.Set;

/** An account as the administration pages list and edit it (never the entity: a page cannot reach a lazy unit). */
public record AccountRow(long id, String username, String displayName, Long orgUnitId, String orgUnitName, String phone,
                         Set<Role> roles, boolean enabled, boolean mustChangePassword, Instant lastLoginAt, long version) {

    static AccountRow of(UserAccount a) {
        return new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getOrgUnit() == null ? null : a.getOrgUnit().getId(),
                a.getOrgUnit() == null ? null : a.getOrgUnit().getName(), a.getPhone(), Set.copyOf(a.getRoles()), a.isEnabled(),
                a.isMustChangePassword(), a.getLastLoginAt(), a.getVersion());
    }
}
