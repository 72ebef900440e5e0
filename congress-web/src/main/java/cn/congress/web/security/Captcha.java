package cn.congress.web.security;

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
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The application's own CAPTCHA (no outside service): a code drawn with Java2D, and for those who cannot see it a
 * text question in Chinese that a screen reader reads out (GB/T 37668, WCAG 1.1.1). Either answer is accepted;
 * a challenge is good for one attempt.
 */
@Component
class Captcha {

    static final String CODE = "congress.captcha.code";
    static final String ANSWER = "congress.captcha.answer";
    static final String QUESTION = "congress.captcha.question";
    static final String REQUIRED = "congress.captcha.required";

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final SecureRandom random = new SecureRandom();

    /** A fresh challenge in the session; returns the text question. */
    String newChallenge(HttpSession session) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        String question = NUMERALS[a] + "加" + NUMERALS[b] + "等于多少？（请用阿拉伯数字作答）";
        session.setAttribute(CODE, code.toString());
        session.setAttribute(ANSWER, String.valueOf(a + b));
        session.setAttribute(QUESTION, question);
        return question;
    }

    String question(HttpSession session) {
        Object q = session.getAttribute(QUESTION);
        return q == null ? newChallenge(session) : q.toString();
    }

    /** Checks the answer against the image code or the text question; the challenge is used up either way. */
    boolean verify(HttpSession session, String answer) {
        if (session == null) {
            return false;
        }
        Object code = session.getAttribute(CODE);
        Object sum = session.getAttribute(ANSWER);
        session.removeAttribute(CODE);
        session.removeAttribute(ANSWER);
        session.removeAttribute(QUESTION);
        if (answer == null || code == null) {
            return false;
        }
        String given = answer.trim();
        return given.equalsIgnoreCase(code.toString()) || given.equals(sum);
    }

    byte[] png(HttpSession session) {
        Object code = session.getAttribute(CODE);
        String text = code == null ? "" : code.toString();
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
