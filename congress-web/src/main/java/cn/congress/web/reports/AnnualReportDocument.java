package cn.congress.web.reports;

import cn.congress.domain.figures.AnnualFigures;
import cn.congress.domain.figures.FigureSection;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** The data appendix of the annual work report as a Word document: per section, its sentence and a table. */
final class AnnualReportDocument {

    private AnnualReportDocument() {
    }

    static byte[] write(AnnualFigures.Report report, Function<String, String> label, Function<FigureSection, String> sectionName) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(report.year() + "年常委会工作报告数据附件");
            for (AnnualFigures.Section section : report.sections()) {
                XWPFRun heading = doc.createParagraph().createRun();
                heading.setBold(true);
                heading.setFontSize(14);
                heading.setText(sectionName.apply(section.section()));
                if (section.sentence() != null) {
                    doc.createParagraph().createRun().setText(section.sentence());
                }
                XWPFTable table = doc.createTable(section.rows().size() + 1, 4);
                String[] header = {"项目", report.year() + "年", (report.year() - 1) + "年", "同比变化"};
                for (int c = 0; c < header.length; c++) {
                    table.getRow(0).getCell(c).setText(header[c]);
                }
                int r = 1;
                for (AnnualFigures.Row row : section.rows()) {
                    table.getRow(r).getCell(0).setText(label.apply(row.figure().messageKey()));
                    table.getRow(r).getCell(1).setText(row.valueText());
                    table.getRow(r).getCell(2).setText(row.previousText());
                    table.getRow(r).getCell(3).setText(row.changeText());
                    r++;
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
