package cn.congress.domain.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encryption of personal identifiers at rest (个人信息保护法 第五十一条, 等保 8.1.4.7/8.1.4.8, checklist C35): AES-256-GCM
 * with a key from configuration ({@code congress.security.keys.data}, never in the database), a fresh 96-bit nonce per
 * value, stored as {@code v1:} + base64(nonce ‖ ciphertext ‖ tag). GCM authenticates: a value changed in the database
 * fails to decrypt instead of turning into another number. A value without the prefix is plaintext written before
 * encryption existed; {@link EncryptedColumns} encrypts those at start-up.
 */
@Component
public class FieldCipher {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(@Value("${congress.security.keys.data:}") String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("congress.security.keys.data (CONGRESS_DATA_KEY) is not valid base64");
        }
        if (raw.length < 32) {
            throw new IllegalStateException("congress.security.keys.data (CONGRESS_DATA_KEY) must be set to a base64 key of at least"
                    + " 32 bytes, e.g. `openssl rand -base64 32`; it is kept outside the database");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(raw, 32), "AES");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !isEncrypted(stored)) {
            return stored;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("加密字段校验失败：数据库中的值被改动，或密钥不正确", e);
        }
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
