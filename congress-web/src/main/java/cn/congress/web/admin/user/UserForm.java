package cn.congress.web.admin.user;

import cn.congress.domain.account.AccountService.AccountDetails;
import cn.congress.domain.account.AccountRow;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account form of the system administrator. Roles are not here: the security administrator grants them. */
record UserForm(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_.-]{2,31}$", message = "{user.username.pattern}")
        @Size(max = 32, message = "用户名不能超过32字") String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 64, message = "{user.displayName.size}")
        String displayName,
        Long orgUnitId,
        @Pattern(regexp = "^$|^[0-9\\-+ ]{5,20}$", message = "{user.phone.pattern}")
        @Size(max = 20, message = "电话不能超过20字") String phone,
        @Size(max = 128, message = "{user.password.size}")
        String initialPassword,
        long version) {

    static UserForm empty() {
        return new UserForm("", "", null, "", "", 0);
    }

    static UserForm of(AccountRow a) {
        return new UserForm(a.username(), a.displayName(), a.orgUnitId(), a.phone(), "", a.version());
    }

    AccountDetails details() {
        return new AccountDetails(displayName.trim(), orgUnitId, phone == null || phone.isBlank() ? null : phone.trim());
    }
}
