package cn.congress.legislation.consultation;

import cn.congress.domain.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Checks of a comment's text, its fingerprint for duplicates, and receipt codes. */
final class CommentText {

    /** No 0/O, 1/I/L: a receipt is read aloud and typed again. */
    private static final char[] RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CommentText() {
    }

    /** Refuses an empty, oversized or malformed text; an accepted text is stored exactly as written. */
    static void check(String body) {
        if (body == null || body.isBlank()) {
            throw new DomainException("请填写意见内容");
        }
        if (body.length() > DraftComment.MAX_LENGTH) {
            throw new DomainException("意见内容不能超过" + DraftComment.MAX_LENGTH + "字（现为" + body.length() + "字）");
        }
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
                throw new DomainException("意见内容含有无法显示的控制字符，请删除后再提交");
            }
            if (Character.isSurrogate(ch) && !(Character.isHighSurrogate(ch) && i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1)))
                    && !(Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(body.charAt(i - 1)))) {
                throw new DomainException("意见内容含有不完整的字符，请检查后再提交");
            }
        }
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ten characters from one draw of the shared {@link SecureRandom}: a draw takes its lock (and reads the operating
     * system's source), and ten draws a receipt made concurrent submissions queue on it. 64 random bits cover the
     * 31^10 (about 2^49.5) codes with a bias below one in 20,000.
     */
    static String receipt() {
        long bits = RANDOM.nextLong();
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = RECEIPT_ALPHABET[(int) Long.remainderUnsigned(bits, RECEIPT_ALPHABET.length)];
            bits = Long.divideUnsigned(bits, RECEIPT_ALPHABET.length);
        }
        return new String(code);
    }

    /** 138****1234 or a****@example.cn: enough to recognise, not enough to use. */
    static String mask(String contact) {
        if (contact == null) {
            return null;
        }
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "****" + contact.substring(at);
        }
        if (contact.length() >= 7) {
            return contact.substring(0, 3) + "****" + contact.substring(contact.length() - 4);
        }
        return "****";
    }
}
