package cn.congress.deputies.roster;

import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.shared.ReferenceData;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which roster entry a deputy's account is. Every page a deputy opens asks (suggestions, receptions, activities, the
 * dashboard's cards), so the answer is kept in {@link ReferenceData}, dropped whenever the deputy table changes.
 */
@Component
@RequiredArgsConstructor
public class DeputyAccounts {

    private final DeputyRepository deputies;
    private final ReferenceData referenceData;

    /** The caller's roster id, or null for a caller who is not a deputy or whose account is not on the roster. */
    public Long deputyId(Caller caller) {
        if (!caller.has(Role.DEPUTY) || caller.accountId() == null) {
            return null;
        }
        Optional<Long> id = referenceData.get("deputy", caller.accountId(),
                () -> deputies.findByUserAccountId(caller.accountId()).map(Deputy::getId));
        return id.orElse(null);
    }
}
