package cn.congress.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordChangeForm(
        @NotBlank(message = "{password.current.required}") @Size(max = 128, message = "密码不能超过128字") String currentPassword,
        @NotBlank(message = "{password.new.required}") @Size(max = 128, message = "{password.new.size}") String newPassword,
        @NotBlank(message = "{password.confirm.required}") @Size(max = 128, message = "密码不能超过128字") String confirmPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }

    boolean confirmed() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }
}
