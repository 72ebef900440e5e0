package cn.congress.web.legislation.bill;

import cn.congress.legislation.bill.BillService;
import cn.congress.legislation.compare.ComparisonRow;
import cn.congress.legislation.compare.RowKind;
import cn.congress.legislation.compare.Segment;
import cn.congress.web.legislation.LegislationLabels;
import cn.congress.web.support.excel.XlsxExport;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The 修改对照表 as a Word document (deleted text struck through, added text underlined in bold) or a spreadsheet. */
final class ComparisonExport {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private ComparisonExport() {
    }

    static ResponseEntity<StreamingResponseBody> xlsx(BillService.ComparisonView view) {
        return XlsxExport.download(fileName(view), "修改对照表", List.of(
                new XlsxExport.Column<ComparisonRow>("章节", r -> r.heading() == null ? "" : r.heading(), 20),
                new XlsxExport.Column<ComparisonRow>("原条文号", r -> r.oldLabel() == null ? "" : r.oldLabel(), 10),
                new XlsxExport.Column<ComparisonRow>(LegislationLabels.label(view.from().stage()), ComparisonRow::oldText, 60),
                new XlsxExport.Column<ComparisonRow>("新条文号", r -> r.newLabel() == null ? "" : r.newLabel(), 10),
                new XlsxExport.Column<ComparisonRow>(LegislationLabels.label(view.to().stage()), ComparisonRow::newText, 60),
                new XlsxExport.Column<ComparisonRow>("修改情况", ComparisonExport::remark, 16)), view.comparison().rows());
    }

    static ResponseEntity<StreamingResponseBody> docx(BillService.ComparisonView view) {
        StreamingResponseBody body = out -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                XWPFParagraph title = doc.createParagraph();
                title.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun t = title.createRun();
                t.setBold(true);
                t.setFontSize(16);
                t.setFontFamily("SimHei");
                t.setText("《" + view.bill().title() + "》修改对照表");
                XWPFParagraph sub = doc.createParagraph();
                sub.setAlignment(ParagraphAlignment.CENTER);
                sub.createRun().setText(LegislationLabels.label(view.from().stage()) + " → " + LegislationLabels.label(view.to().stage())
                        + "　（删除的文字加删除线，新增的文字加粗加下划线）");

                XWPFTable table = doc.createTable(1, 3);
                table.setWidth("100%");
                header(table.getRow(0).getCell(0), LegislationLabels.label(view.from().stage()));
                header(table.getRow(0).getCell(1), LegislationLabels.label(view.to().stage()));
                header(table.getRow(0).getCell(2), "修改情况");
                for (ComparisonRow r : view.comparison().rows()) {
                    if (r.heading() != null) {
                        var row = table.createRow();
                        XWPFRun h = row.getCell(0).getParagraphs().get(0).createRun();
                        h.setBold(true);
                        h.setText(r.heading());
                    }
                    var row = table.createRow();
                    side(row.getCell(0), r.oldLabel(), r.oldSegments());
                    side(row.getCell(1), r.newLabel(), r.newSegments());
                    row.getCell(2).getParagraphs().get(0).createRun().setText(remark(r));
                }
                doc.write(out);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName(view) + ".docx", StandardCharsets.UTF_8).build().toString())
                .contentType(DOCX)
                .body(body);
    }

    private static void header(XWPFTableCell cell, String text) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static void side(XWPFTableCell cell, String label, List<Segment> segments) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (label != null) {
            XWPFRun l = p.createRun();
            l.setBold(true);
            l.setText(label + "　");
        }
        for (Segment s : segments) {
            String[] lines = s.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFRun run = p.createRun();
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
                if (s.isDeleted()) {
                    run.setStrikeThrough(true);
                } else if (s.isInserted()) {
                    run.setBold(true);
                    run.setUnderline(UnderlinePatterns.SINGLE);
                }
            }
        }
    }

    static String remark(ComparisonRow r) {
        StringBuilder sb = new StringBuilder(LegislationLabels.label(r.kind()));
        if (r.kind() != RowKind.ADDED && r.kind() != RowKind.DELETED) {
            if (r.moved()) {
                sb.append("，调整位置");
            }
            if (r.renumbered()) {
                sb.append("，条序变化");
            }
        }
        return sb.toString();
    }

    private static String fileName(BillService.ComparisonView view) {
        return view.bill().title() + "修改对照表";
    }
}
