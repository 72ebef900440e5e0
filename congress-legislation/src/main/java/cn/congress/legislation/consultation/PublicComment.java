package cn.congress.legislation.consultation;

/**
 * A comment from the public portal.
 *
 * @param articleNo     1-based article, or null for the whole draft
 * @param contact       phone or e-mail, kept only with {@code consent}
 * @param clientAddress the client's network address; only a keyed fingerprint of it is stored
 * @param verifiedPhone the phone verified by a one-time code (real-name consultations)
 */
public record PublicComment(Integer articleNo, Integer paragraphNo, String body, String name, String contact, boolean consent,
                            String clientAddress, String verifiedPhone) {
}
