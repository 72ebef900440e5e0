package cn.congress.web.admin.user;

import cn.congress.domain.account.AdminAccountRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The system administrator's request about another administrator's account. */
record AdminRequestForm(@NotNull AdminAccountRequest.RequestKind kind, @NotBlank @Size(max = 200) String reason) {
}
