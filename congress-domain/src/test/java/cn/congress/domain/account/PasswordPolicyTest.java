package cn.congress.domain.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{1} is refused for {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "wangjing | Ab1!     | 至少为8位",
            "wangjing | abcdefgh1 | 至少三类",
            "wangjing | ABCDEFGH1 | 至少三类",
            "wangjing | abcdefgh!@ | 至少三类",
            "wangjing | Wangjing@2026 | 不能包含用户名",
            "wangjing | Password123! | 过于常见",
            "wangjing | P@ssw0rd | 过于常见",
            "wangjing | Qwerty123! | 过于常见"})
    void refusesWeakPasswords(String username, String password, String reason) {
        assertThat(String.join("；", policy.violations(username, password))).contains(reason);
    }

    @ParameterizedTest(name = "{1} is accepted")
    @CsvSource(delimiter = '|', value = {
            "wangjing | Lake7&Bright",
            "wangjing | 人大代表Deputy2026",
            "wangjing | sunny-river-42-BLUE",
            "wangjing | correct horse battery staple 9X"})
    void acceptsStrongPasswordsIncludingLongAndChineseOnes(String username, String password) {
        assertThat(policy.violations(username, password)).isEmpty();
    }

    @Test
    void allowsPassphrasesUpToBcryptsSeventyTwoBytes() {
        assertThat(policy.violations("wangjing", "Aa1!" + "x".repeat(68))).isEmpty();
        assertThat(policy.violations("wangjing", "Aa1!" + "x".repeat(69))).anyMatch(r -> r.contains("72字节"));
    }
}
