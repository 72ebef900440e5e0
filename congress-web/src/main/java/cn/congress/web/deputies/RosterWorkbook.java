package cn.congress.web.deputies;

import cn.congress.deputies.roster.DeputyStatus;
import cn.congress.deputies.roster.Gender;
import cn.congress.deputies.roster.RosterService;
import cn.congress.domain.shared.DomainException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import cn.congress.web.support.excel.XlsxImport;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a roster spreadsheet: the first sheet, a header row, then one deputy per row in the columns of the export
 * (姓名, 性别, 代表团, 选举单位, 界别, 工作单位及职务, 联系电话, 代表证号, 状态, 代表小组, 登录账户).
 */
final class RosterWorkbook {

    static final String[] HEADERS = {"姓名", "性别", "代表团", "选举单位", "界别", "工作单位及职务", "联系电话", "代表证号", "状态", "代表小组", "登录账户"};
    private static final int MAX_ROWS = 5000;

    private RosterWorkbook() {
    }

    static List<RosterService.Entry> read(MultipartFile file) {
        try (Workbook workbook = XlsxImport.open(file, "代表名册")) {
            Sheet sheet = XlsxImport.firstSheet(workbook, MAX_ROWS, "名代表");
            DataFormatter formatter = new DataFormatter();
            List<RosterService.Entry> entries = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isEmpty(row, formatter)) {
                    continue;
                }
                if (entries.size() >= MAX_ROWS) {
                    throw new DomainException("一次最多导入 " + MAX_ROWS + " 名代表");
                }
                String gender = cell(row, 1, formatter);
                String status = cell(row, 8, formatter);
                entries.add(new RosterService.Entry(r + 1, cell(row, 0, formatter),
                        "男".equals(gender) ? Gender.MALE : "女".equals(gender) ? Gender.FEMALE : null,
                        cell(row, 2, formatter), cell(row, 3, formatter), cell(row, 4, formatter), cell(row, 5, formatter),
                        cell(row, 6, formatter), cell(row, 7, formatter), status(status),
                        RosterService.splitNames(cell(row, 9, formatter)), cell(row, 10, formatter)));
            }
            if (entries.isEmpty()) {
                throw new DomainException("文件中没有代表数据：第1行为表头，从第2行起每行一名代表");
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("无法读取该文件，请上传 Excel（.xlsx）格式的代表名册");
        }
    }

    static String statusLabel(DeputyStatus s) {
        return switch (s) {
            case SERVING -> "在任";
            case SUSPENDED -> "暂停";
            case TERMINATED -> "终止";
        };
    }

    private static DeputyStatus status(String label) {
        if (label == null || label.isBlank() || "在任".equals(label)) {
            return DeputyStatus.SERVING;
        }
        return "暂停".equals(label) ? DeputyStatus.SUSPENDED : "终止".equals(label) ? DeputyStatus.TERMINATED : DeputyStatus.SERVING;
    }

    private static boolean isEmpty(Row row, DataFormatter f) {
        for (int c = 0; c < HEADERS.length; c++) {
            String v = cell(row, c, f);
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(Row row, int c, DataFormatter f) {
        Cell cell = row.getCell(c);
        if (cell == null) {
            return null;
        }
        String v = f.formatCellValue(cell).trim();
        return v.isEmpty() ? null : v;
    }
}
