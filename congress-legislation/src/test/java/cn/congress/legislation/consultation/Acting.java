package cn.congress.legislation.consultation;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Acts on the test thread as an account with roles and an organisation unit, as the web layer's principal would. */
final class Acting {

    record Principal(Long getAccountId, String getUsername, String getDisplayName, Set<Role> getRoles, Long getOrgUnitId)
            implements Caller.Principal {
    }

    private Acting() {
    }

    static void as(long accountId, String name, Long orgUnitId, Role... roles) {
        var principal = new Principal(accountId, "u" + accountId, name, EnumSet.copyOf(Arrays.asList(roles)), orgUnitId);
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }

    static void staff() {
        as(9001, "陈立法", null, Role.STAFF);
    }

    static void anonymous() {
        SecurityContextHolder.clearContext();
    }
}
