package cn.congress.web.legislation.consultation;

import jakarta.servlet.http.HttpSession;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.security.SecureRandom;

/**
 * The application's own CAPTCHA, no outside service: a small sum drawn as an image with Java2D, and the same
 * question in words for screen readers and anyone who cannot read the image (the non-visual alternative).
 * The answer lives in the HTTP session and is used once.
 */
final class Captcha {

    static final String SESSION_KEY = Captcha.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    record Challenge(int a, int b) implements Serializable {

        int answer() {
            return a + b;
        }

        String inWords() {
            return "请计算：" + DIGITS[a] + "加" + DIGITS[b] + "等于多少？（请填写阿拉伯数字）";
        }
    }

    private Captcha() {
    }

    static Challenge issue(HttpSession session) {
        Challenge c = new Challenge(1 + RANDOM.nextInt(9), 1 + RANDOM.nextInt(9));
        session.setAttribute(SESSION_KEY, c);
        return c;
    }

    static Challenge current(HttpSession session) {
        return session == null ? null : (Challenge) session.getAttribute(SESSION_KEY);
    }

    /** True when the answer matches; the challenge is used up either way. */
    static boolean check(HttpSession session, String answer) {
        Challenge c = current(session);
        if (c == null || answer == null) {
            return false;
        }
        session.removeAttribute(SESSION_KEY);
        return answer.strip().equals(String.valueOf(c.answer()));
    }

    static byte[] png(Challenge c) {
        BufferedImage image = new BufferedImage(160, 56, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF4, 0xF6, 0xF8));
            g.fillRect(0, 0, 160, 56);
            g.setStroke(new BasicStroke(1.5f));
            for (int i = 0; i < 8; i++) {
                g.setColor(new Color(120 + RANDOM.nextInt(100), 120 + RANDOM.nextInt(100), 120 + RANDOM.nextInt(100)));
                g.drawLine(RANDOM.nextInt(160), RANDOM.nextInt(56), RANDOM.nextInt(160), RANDOM.nextInt(56));
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            String text = c.a() + " + " + c.b() + " = ?";
            int x = 12;
            for (char ch : text.toCharArray()) {
                g.setColor(new Color(20 + RANDOM.nextInt(60), 30 + RANDOM.nextInt(60), 80 + RANDOM.nextInt(80)));
                double angle = (RANDOM.nextDouble() - 0.5) * 0.5;
                g.rotate(angle, x, 38);
                g.drawString(String.valueOf(ch), x, 38);
                g.rotate(-angle, x, 38);
                x += ch == ' ' ? 8 : 18;
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
