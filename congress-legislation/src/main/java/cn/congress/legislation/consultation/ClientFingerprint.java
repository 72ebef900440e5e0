package cn.congress.legislation.consultation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * A keyed fingerprint of a client's network address: enough to recognise the same client for duplicates, without
 * storing the address itself (personal information the committee does not need).
 */
@Component
class ClientFingerprint {

    private final SecretKeySpec key;

    ClientFingerprint(@Value("${congress.consultation.client-key:congress-consultation-client}") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(String address) {
        if (address == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
