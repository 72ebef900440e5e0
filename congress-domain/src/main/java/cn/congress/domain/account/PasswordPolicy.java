package cn.congress.domain.account;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rule assessed under 等保 2.0 (8.1.4.1a): at least 8 characters drawn from at least three of
 * upper case, lower case, digits and symbols; never the username; never a commonly used password.
 * Long passwords and pasting are allowed, up to BCrypt's limit of {@value #MAX_BYTES} bytes (64 characters and more
 * of Latin text, 24 Chinese characters): a longer one is refused with a message, never cut short or left to fail.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = loadCommonPasswords();
    }

    /** Every reason the password is refused, in Chinese; empty when it is acceptable. */
    public List<String> violations(String username, String password) {
        List<String> reasons = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            reasons.add("密码长度至少为" + MIN_LENGTH + "位");
            return reasons;
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            reasons.add("密码不能超过" + MAX_BYTES + "字节（英文字母、数字和符号最多" + MAX_BYTES + "个，汉字最多24个）");
        }
        if (characterClasses(password) < 3) {
            reasons.add("密码须包含大写字母、小写字母、数字、符号中的至少三类");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            reasons.add("密码不能包含用户名");
        }
        if (common.contains(lower) || common.contains(stripTrailingDigitsAndSymbols(lower))) {
            reasons.add("该密码过于常见，容易被猜中，请换一个");
        }
        return reasons;
    }

    static int characterClasses(String password) {
        boolean upper = false, lower = false, digit = false, symbol = false;
        for (char c : password.toCharArray()) {
            if (c >= 'A' && c <= 'Z') upper = true;
            else if (c >= 'a' && c <= 'z') lower = true;
            else if (c >= '0' && c <= '9') digit = true;
            else symbol = true;
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /** "Password123!" is as weak as "password": compare the word part as well. */
    private static String stripTrailingDigitsAndSymbols(String s) {
        int end = s.length();
        while (end > 0 && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> words = new HashSet<>();
        var resource = new ClassPathResource("security/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
