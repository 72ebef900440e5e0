package cn.congress.web.legislation.consultation;

import cn.congress.domain.shared.DomainException;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import cn.congress.web.support.excel.XlsxImport;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/** Reads a contact point's opinions from the first sheet of an .xlsx: a header row, then 条文序号, 意见内容, 座谈会或活动, 参与人数. */
final class BatchWorkbook {

    static final String[] HEADERS = {"条文序号（空为草案整体）", "意见内容", "座谈会或活动", "参与人数"};
    private static final int MAX_ROWS = 500;

    private BatchWorkbook() {
    }

    static BatchForm read(MultipartFile file) {
        try (Workbook workbook = XlsxImport.open(file, "意见汇总表")) {
            Sheet sheet = XlsxImport.firstSheet(workbook, MAX_ROWS, "条意见");
            DataFormatter f = new DataFormatter();
            BatchForm form = new BatchForm();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                BatchForm.Row x = new BatchForm.Row();
                x.setArticleNo(cell(row, 0, f));
                x.setBody(cell(row, 1, f));
                x.setMeeting(cell(row, 2, f));
                x.setPeopleConsulted(cell(row, 3, f));
                if (!x.blank()) {
                    if (form.getRows().size() >= MAX_ROWS) {
                        throw new DomainException("一次最多导入" + MAX_ROWS + "条意见");
                    }
                    form.getRows().add(x);
                }
            }
            if (form.getRows().isEmpty()) {
                throw new DomainException("文件中没有意见：第1行为表头，从第2行起每行一条意见");
            }
            return form;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("无法读取该文件，请上传 Excel（.xlsx）格式的意见汇总表");
        }
    }

    private static String cell(Row row, int c, DataFormatter f) {
        var cell = row.getCell(c);
        return cell == null ? "" : f.formatCellValue(cell);
    }
}
