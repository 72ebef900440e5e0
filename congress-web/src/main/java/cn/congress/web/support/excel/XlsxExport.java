package cn.congress.web.support.excel;

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
 */
public final class XlsxExport {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(XLSX)
                .body(out -> write(out, sheetName, columns, rows));
    }

    public static <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
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
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    set(line.createCell(c), columns.get(c).value().apply(row));
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Cell cell, Object value) {
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
            cell.setCellValue(value.toString());
        }
    }
}
