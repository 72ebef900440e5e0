package cn.congress.web.support.excel;

import cn.congress.domain.shared.Actor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The one Excel writer of the application: a list page defines its columns as row-record accessors and streams
 * rows into a sheet (SXSSF keeps only a window of rows in memory, so 100,000 rows are fine).
 * Dates are written the Chinese way; Chinese file names are sent RFC 5987-encoded.
 * <p>
 * Against formula injection (CSV/Excel injection), a text that begins with {@code = + - @}, a tab or a carriage return
 * is written as a quote-prefixed text cell: Excel, WPS and LibreOffice show it as typed and never evaluate it, not even
 * after the cell is edited. An export stops at {@link #MAX_ROWS} rows with a last row saying so. Every download is
 * an audit entry naming who exported which file and how many rows ({@link ExportAudit}).
 */
public final class XlsxExport {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The most data rows one export writes; the rest is left out with a message in the last row. */
    public static final int MAX_ROWS = 100_000;

    /** A column: header text, how to get the cell value from a row, width in characters. */
    public record Column<T>(String header, Function<T, Object> value, int width) {
        public static <T> Column<T> of(String header, Function<T, Object> value) {
            return new Column<>(header, value, 16);
        }
    }

    private XlsxExport() {
    }

    /** A download response for {@code fileName} (without extension). */
    public static <T> ResponseEntity<StreamingResponseBody> download(String fileName, String sheetName, List<Column<T>> columns,
                                                                     Iterable<T> rows) {
        ContentDisposition disposition = ContentDisposition.attachment().filename(fileName + ".xlsx", StandardCharsets.UTF_8).build();
        Actor actor = Actor.current();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(XLSX)
                .body(out -> {
                    int written = write(out, sheetName, columns, rows);
                    ExportAudit.exported(actor, fileName, Math.min(written, MAX_ROWS), written > MAX_ROWS);
                });
    }

    /** Writes the sheet; returns the number of data rows written, or {@code maxRows + 1} when the rest was left out. */
    public static <T> int write(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows) {
        return write(out, sheetName, columns, rows, MAX_ROWS);
    }

    static <T> int write(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows, int maxRows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (T row : rows) {
                if (r > maxRows) {
                    Cell note = sheet.createRow(r).createCell(0);
                    note.setCellValue("已达导出上限：本文件只含前 " + maxRows + " 行，其余未导出。请缩小查询范围后分批导出。");
                    note.setCellStyle(headerStyle);
                    workbook.write(out);
                    return maxRows + 1;
                }
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    set(line.createCell(c), columns.get(c).value().apply(row), literal);
                }
            }
            workbook.write(out);
            return r - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value, CellStyle literal) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "是" : "否");
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(DATE.format(d));
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(DATE_TIME.format(t));
        } else if (value instanceof Instant i) {
            cell.setCellValue(DATE_TIME.format(i.atZone(ZONE)));
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (isFormulaLike(text)) {
                cell.setCellStyle(literal);
            }
        }
    }

    /** What a spreadsheet would take for the start of a formula (OWASP CSV injection), including a leading tab or CR. */
    static boolean isFormulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }
}
