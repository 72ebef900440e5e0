package cn.congress.web.fiscal;

import cn.congress.domain.shared.DomainException;
import cn.congress.oversight.fiscal.budget.ImportViews.RawRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of an uploaded budget or execution file (.xlsx: the first sheet; .csv: UTF-8, or GB18030 as
 * Excel saves it on Chinese Windows) into text cells with their row numbers as the user sees them (header = row 1).
 * A file with more data rows than allowed is refused before its rows are built.
 */
final class ImportFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private ImportFiles() {
    }

    static List<RawRow> read(String fileName, byte[] content, int maxRows) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new DomainException("请选择要导入的文件");
        }
        if (name.endsWith(".xlsx")) {
            return xlsx(content, maxRows);
        }
        if (name.endsWith(".csv")) {
            return csv(decode(content), maxRows);
        }
        throw new DomainException("请上传 Excel（.xlsx）或 CSV（.csv）格式的文件");
    }

    private static List<RawRow> xlsx(byte[] content, int maxRows) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > maxRows) {
                throw tooMany(maxRows);
            }
            DataFormatter f = new DataFormatter(Locale.ROOT);
            List<RawRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : f.formatCellValue(cell));
                }
                rows.add(new RawRow(r + 1, cells));
            }
            return rows;
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DomainException("无法读取该 Excel 文件，请确认是 .xlsx 格式且未加密");
        }
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, start, content.length - start, GB18030);
        }
    }

    /** RFC 4180: fields separated by commas, quoted fields may hold commas, doubled quotes and line breaks. */
    static List<RawRow> csv(String text, int maxRows) {
        List<RawRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                cells.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(field.toString());
                field.setLength(0);
                if (recordLine > 1) {
                    rows.add(new RawRow(recordLine, cells));
                    if (rows.size() > maxRows) {
                        throw tooMany(maxRows);
                    }
                }
                cells = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !cells.isEmpty()) {
            cells.add(field.toString());
            if (recordLine > 1) {
                rows.add(new RawRow(recordLine, cells));
            }
        }
        if (rows.size() > maxRows) {
            throw tooMany(maxRows);
        }
        return rows;
    }

    private static DomainException tooMany(int maxRows) {
        return new DomainException("文件超过单次导入上限" + maxRows + "行，请按部门分批导入");
    }
}
