package cn.congress.web.support.excel;

import cn.congress.domain.shared.DomainException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;

/**
 * The one way to open an uploaded .xlsx: a size limit before parsing, POI's zip-bomb limits set explicitly (not left
 * to library defaults that may change), and a row limit checked before any row is read. Every refusal is a
 * {@link DomainException} with a Chinese message, shown on the import page.
 */
public final class XlsxImport {

    /** An import file larger than this is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** The uncompressed size of any one part of the file (a sheet's XML, the shared strings). */
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** Text extracted from any one part. */
    static final long MAX_TEXT_CHARS = 10L * 1024 * 1024;
    /** A part compressed more than 100:1 is a zip bomb; real spreadsheets stay far below. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** A workbook has a few dozen parts; thousands mean a crafted file. */
    static final long MAX_PARTS = 1000;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private XlsxImport() {
    }

    /** Opens the upload, or refuses it with a message naming what is wrong. The caller closes the workbook. */
    public static Workbook open(MultipartFile file, String what) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("请选择要导入的 Excel 文件");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw new DomainException("文件过大：导入的" + what + "不能超过 " + MAX_FILE_BYTES / 1024 / 1024 + " MB，请拆分后分批导入");
        }
        try (InputStream in = file.getInputStream()) {
            return open(in, what);
        } catch (IOException e) {
            throw new DomainException("无法读取该文件，请上传 Excel（.xlsx）格式的" + what);
        }
    }

    /** Opens a stream already known to be within the size limit (used by {@link #open(MultipartFile, String)} and tests). */
    public static Workbook open(InputStream in, String what) {
        limits();
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            if (isBomb(e)) {
                throw new DomainException("该文件解压后异常庞大（疑似压缩炸弹），已拒绝导入。请上传正常的" + what);
            }
            throw new DomainException("无法读取该文件，请上传 Excel（.xlsx）格式的" + what);
        }
    }

    /** The first sheet, refused when it has more data rows (after the header) than {@code maxRows}. */
    public static Sheet firstSheet(Workbook workbook, int maxRows, String unit) {
        if (workbook.getNumberOfSheets() == 0) {
            throw new DomainException("文件中没有工作表");
        }
        Sheet sheet = workbook.getSheetAt(0);
        if (sheet.getLastRowNum() > maxRows) {
            throw new DomainException("文件行数过多：一次最多导入 " + maxRows + " " + unit + "，请拆分后分批导入");
        }
        return sheet;
    }

    /** The limits are global in POI; setting them here too makes sure they hold even if another class reset them. */
    static void limits() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO || ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES
                || ZipSecureFile.getMaxTextSize() > MAX_TEXT_CHARS || ZipSecureFile.getMaxFileCount() > MAX_PARTS) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
            ZipSecureFile.setMaxFileCount(MAX_PARTS);
        }
    }

    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("exceeds the max") || m.contains("max entry size")
                    || m.contains("MAX_ENTRY_SIZE") || m.contains("max text size") || m.contains("file count"))) {
                return true;
            }
        }
        return false;
    }
}
