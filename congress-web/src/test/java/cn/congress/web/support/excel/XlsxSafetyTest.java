package cn.congress.web.support.excel;

import cn.congress.domain.shared.DomainException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 9, robustness: exports cannot carry a formula and are capped; imports refuse zip bombs, big files, many rows. */
class XlsxSafetyTest {

    private static final List<XlsxExport.Column<String>> ONE_COLUMN = List.of(XlsxExport.Column.of("内容", s -> s));

    @Test
    void aCellThatLooksLikeAFormulaIsWrittenAsQuotePrefixedTextAndKeepsItsValue() throws IOException {
        List<String> values = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "正常内容", "a=b");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(out, "表", ONE_COLUMN, values);

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 0; i < values.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(values.get(i));
                boolean formulaLike = i < 7;
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(values.get(i)).isEqualTo(formulaLike);
            }
        }
    }

    @Test
    void anExportStopsAtTheRowLimitWithAMessageInTheLastRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(out, "表", ONE_COLUMN, IntStream.range(0, 10).mapToObj(i -> "行" + i).toList(), 4);

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("行3");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).contains("已达导出上限").contains("前 4 行");
        }
        assertThat(XlsxExport.MAX_ROWS).isEqualTo(100_000);
    }

    @Test
    void aZipBombIsRefusedWithAChineseMessage() throws IOException {
        byte[] bomb = inflate(workbook(3), "xl/worksheets/sheet1.xml", 30 * 1024 * 1024);
        assertThat((long) bomb.length).isLessThan(XlsxImport.MAX_FILE_BYTES);

        assertThatThrownBy(() -> XlsxImport.open(new MockMultipartFile("file", "名册.xlsx", null, bomb), "代表名册"))
                .isInstanceOf(DomainException.class).hasMessageContaining("压缩炸弹");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        byte[] big = new byte[(int) XlsxImport.MAX_FILE_BYTES + 1];
        assertThatThrownBy(() -> XlsxImport.open(new MockMultipartFile("file", "名册.xlsx", null, big), "代表名册"))
                .isInstanceOf(DomainException.class).hasMessageContaining("文件过大").hasMessageContaining("5 MB");
    }

    @Test
    void tooManyRowsAreRefusedBeforeAnyIsRead() throws IOException {
        try (Workbook book = XlsxImport.open(new MockMultipartFile("file", "x.xlsx", null, workbook(12)), "代表名册")) {
            assertThatThrownBy(() -> XlsxImport.firstSheet(book, 10, "名代表"))
                    .isInstanceOf(DomainException.class).hasMessageContaining("一次最多导入 10 名代表");
            assertThat(XlsxImport.firstSheet(book, 12, "名代表").getLastRowNum()).isEqualTo(12);
        }
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedWithAMessage() {
        assertThatThrownBy(() -> XlsxImport.open(new MockMultipartFile("file", "x.xlsx", null, "不是表格".getBytes(StandardCharsets.UTF_8)), "代表名册"))
                .isInstanceOf(DomainException.class).hasMessageContaining("无法读取该文件");
    }

    private static byte[] workbook(int dataRows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名册");
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            for (int r = 1; r <= dataRows; r++) {
                sheet.createRow(r).createCell(0).setCellValue("代表" + r);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The same file with one part padded by {@code padding} spaces, which compress to almost nothing. */
    private static byte[] inflate(byte[] xlsx, String part, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int close = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, close).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < padding / spaces.length; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(close).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * C38: an export of personal data leaves no copy on the server's disk. SXSSF spills rows beyond its window to
     * temporary files; closing the workbook deletes them, so none is left after the download.
     */
    @Test
    void anExportLeavesNoTemporaryFileBehind() throws Exception {
        java.nio.file.Path poiTemp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        java.util.function.Supplier<Long> spilled = () -> {
            try (var files = java.nio.file.Files.exists(poiTemp) ? java.nio.file.Files.list(poiTemp) : java.util.stream.Stream.<java.nio.file.Path>empty()) {
                return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        long before = spilled.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // more rows than SXSSF keeps in memory, so the sheet goes through a temporary file
        XlsxExport.write(out, "表", ONE_COLUMN, IntStream.range(0, 5_000).mapToObj(i -> "代表 13800000" + i).toList());
        assertThat(out.size()).isGreaterThan(10_000);
        assertThat(spilled.get()).as("temporary sheet files left in " + poiTemp).isEqualTo(before);
    }
}
