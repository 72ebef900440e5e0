package cn.congress.web.deputies;

import cn.congress.deputies.performance.PerformanceQueries;
import cn.congress.deputies.performance.PerformanceRecord;
import cn.congress.domain.account.Caller;
import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 述职报告: a draft of the deputy's annual report to the constituents, written from the performance record, as .docx. */
@Controller
@RequiredArgsConstructor
class PerformanceReportController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final PerformanceQueries performance;
    private final Clock clock;

    @GetMapping("/deputies/{id}/report.docx")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        PerformanceRecord r = performance.record(Caller.current(), id, y);
        byte[] body = write(r);
        String name = r.name() + y + "年度履职情况报告.docx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(DOCX).body(body);
    }

    static byte[] write(PerformanceRecord r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(18);
            t.setText(r.name() + "代表" + r.year() + "年度履职情况报告");
            paragraph(doc, "（草稿，由履职档案自动生成，请代表本人修改完善后使用）");
            paragraph(doc, "各位选民、原选举单位：");
            paragraph(doc, "现将本人" + r.year() + "年度履行代表职务的情况报告如下，请予评议。");
            heading(doc, "一、提出议案、建议情况");
            paragraph(doc, "本年度领衔提出建议" + r.suggestionsLed() + "件，附议建议" + r.suggestionsJoint() + "件，领衔提出议案" + r.motionsLed() + "件。");
            heading(doc, "二、参加会议和闭会期间活动情况");
            paragraph(doc, "列席常委会会议" + r.sessionsAttended() + "次；参加代表小组活动" + r.activity("GROUP_ACTIVITY") + "次、视察"
                    + r.activity("INSPECTION") + "次、专题调研" + r.activity("RESEARCH") + "次、应邀参加会议" + r.activity("INVITED_MEETING")
                    + "次；参加履职培训" + r.trainingHours().stripTrailingZeros().toPlainString() + "学时。");
            heading(doc, "三、联系群众情况");
            paragraph(doc, "在代表联络站值班接待" + r.dutyDays() + "天，接待群众、收集意见" + r.receptions() + "件，其中当场解答或就地解决"
                    + r.receptionsSettled() + "件。");
            paragraph(doc, "作为信访代办人受理案件" + r.petitionCases() + "件、解决" + r.petitionSolved() + "件；参与诉前调解" + r.mediationCases()
                    + "件、调解成功" + r.mediationSettled() + "件。");
            heading(doc, "四、履职数据一览");
            List<String[]> rows = List.of(new String[]{"领衔建议", String.valueOf(r.suggestionsLed())},
                    new String[]{"附议建议", String.valueOf(r.suggestionsJoint())}, new String[]{"领衔议案", String.valueOf(r.motionsLed())},
                    new String[]{"列席会议", String.valueOf(r.sessionsAttended())}, new String[]{"履职活动", String.valueOf(r.activitiesTotal())},
                    new String[]{"培训学时", r.trainingHours().stripTrailingZeros().toPlainString()},
                    new String[]{"进站值班天数", String.valueOf(r.dutyDays())}, new String[]{"接待群众", String.valueOf(r.receptions())},
                    new String[]{"信访代办", String.valueOf(r.petitionCases())}, new String[]{"诉前调解", String.valueOf(r.mediationCases())});
            XWPFTable table = doc.createTable(rows.size(), 2);
            for (int i = 0; i < rows.size(); i++) {
                table.getRow(i).getCell(0).setText(rows.get(i)[0]);
                table.getRow(i).getCell(1).setText(rows.get(i)[1]);
            }
            heading(doc, "五、存在的不足和今后打算");
            paragraph(doc, "（请代表本人填写。）");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(14);
        run.setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }
}
