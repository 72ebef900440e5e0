package cn.congress.web.security.guard;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The application's own CAPTCHA, no outside service, for the login form and the anonymous public forms alike: a code
 * drawn with Java2D, and for those who cannot see it a small sum asked in Chinese words, which a screen reader reads
 * out (GB/T 37668, WCAG 1.1.1). Either answer is accepted. The challenge lives in the HTTP session under its purpose
 * (one form's challenge never answers another's) and is good for one attempt.
 */
@Component
public class Captcha {

    public static final String LOGIN = "login";
    public static final String PUBLIC_COMMENT = "comment";
    public static final String LIVELIHOOD_PROPOSAL = "livelihood";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final SecureRandom random = new SecureRandom();

    /** One challenge: the drawn code and the sum asked in words. */
    public record Challenge(String code, int a, int b) implements Serializable {

        public int sum() {
            return a + b;
        }

        /** The non-visual alternative, in words. */
        public String question() {
            return "请计算：" + NUMERALS[a] + "加" + NUMERALS[b] + "等于多少？（请填写阿拉伯数字）";
        }

        boolean accepts(String answer) {
            if (answer == null) {
                return false;
            }
            String given = answer.strip();
            return given.equalsIgnoreCase(code) || given.equals(String.valueOf(sum()));
        }
    }

    /** The session attribute of a purpose's challenge. */
    public static String attribute(String purpose) {
        return "congress.captcha." + purpose;
    }

    /** A fresh challenge for the purpose, replacing any earlier one. */
    public Challenge issue(HttpSession session, String purpose) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Challenge c = new Challenge(code.toString(), 1 + random.nextInt(9), 1 + random.nextInt(9));
        session.setAttribute(attribute(purpose), c);
        return c;
    }

    public Challenge current(HttpSession session, String purpose) {
        return session == null ? null : (Challenge) session.getAttribute(attribute(purpose));
    }

    /** Checks the answer against the code or the sum; the challenge is used up either way. */
    public boolean check(HttpSession session, String purpose, String answer) {
        Challenge c = current(session, purpose);
        if (c == null) {
            return false;
        }
        session.removeAttribute(attribute(purpose));
        return c.accepts(answer);
    }

    /** The image of the purpose's current challenge, or null when the session has none. */
    public byte[] png(HttpSession session, String purpose) {
        Challenge c = current(session, purpose);
        return c == null ? null : png(c);
    }

    public byte[] png(Challenge c) {
        String text = c.code();
        BufferedImage image = new BufferedImage(160, 56, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 247, 250));
            g.fillRect(0, 0, 160, 56);
            for (int i = 0; i < 8; i++) {
                g.setColor(new Color(120 + random.nextInt(100), 120 + random.nextInt(100), 120 + random.nextInt(100)));
                g.setStroke(new BasicStroke(1 + random.nextInt(2)));
                g.drawLine(random.nextInt(160), random.nextInt(56), random.nextInt(160), random.nextInt(56));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            for (int i = 0; i < text.length(); i++) {
                AffineTransform saved = g.getTransform();
                g.translate(12 + i * 29, 40);
                g.rotate((random.nextDouble() - 0.5) * 0.6);
                g.setColor(new Color(random.nextInt(90), random.nextInt(90), 60 + random.nextInt(100)));
                g.drawString(String.valueOf(text.charAt(i)), 0, 0);
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
