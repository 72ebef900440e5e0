package cn.congress.domain.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Decides a file's type from its magic bytes, cross-checked with its extension. */
final class FileTypes {

    private FileTypes() {
    }

    static Optional<String> sniff(String fileName, byte[] c) {
        String ext = extension(fileName);
        if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(c, new byte[]{(byte) 0x89, 'P', 'N', 'G'})) {
            return Optional.of("image/png");
        }
        if (startsWith(c, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(c, new byte[]{'P', 'K', 3, 4})) {
            return switch (ext) {
                case "docx" -> Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                case "xlsx" -> Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                case "pptx" -> Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                case "ofd" -> Optional.of("application/ofd");
                default -> Optional.empty();
            };
        }
        if (startsWith(c, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return switch (ext) {
                case "doc" -> Optional.of("application/msword");
                case "xls" -> Optional.of("application/vnd.ms-excel");
                default -> Optional.empty();
            };
        }
        if ("txt".equals(ext) && isText(c)) {
            return Optional.of("text/plain;charset=UTF-8");
        }
        return Optional.empty();
    }

    static String safeName(String fileName) {
        String name = fileName == null ? "附件" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim();
        return name.isEmpty() ? "附件" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String extension(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return "";
        }
        return fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] c) {
        for (int i = 0; i < Math.min(c.length, 4096); i++) {
            if (c[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
