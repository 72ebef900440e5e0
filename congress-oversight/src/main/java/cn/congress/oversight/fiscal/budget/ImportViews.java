package cn.congress.oversight.fiscal.budget;

import java.math.BigDecimal;
import java.util.List;

/** What the import pages receive. */
public final class ImportViews {

    private ImportViews() {
    }

    /** One data row of an uploaded file as text cells, with its row number in the file (the header is row 1). */
    public record RawRow(int rowNo, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** A row the validation refused, with its row number and the reason in Chinese. */
    public record RowError(int rowNo, String message) {
        public String text() {
            return "第" + rowNo + "行：" + message;
        }
    }

    /** A staged row as the preview shows it. */
    public record PreviewRow(int rowNo, String deptCode, String unitCode, String unitName, String categoryCode, String categoryName,
                             BigDecimal amount, BigDecimal transfer) {
    }

    /** The result of an upload: either the errors (nothing staged) or the staged import to preview. */
    public record StageResult(List<RowError> errors, int moreErrors, Long importId) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * The preview of a staged import: counts, total, how many existing rows it will replace, the first rows, and
     * the totals per department of the file.
     */
    public record Preview(long id, long version, ImportKind kind, int year, Integer month, String fileName, int rowCount,
                          BigDecimal total, int existingRows, ImportStatus status, List<PreviewRow> firstRows,
                          List<DepartmentTotal> departments) {
        public boolean pending() {
            return status == ImportStatus.PENDING;
        }

        public boolean execution() {
            return kind == ImportKind.EXECUTION;
        }

        public String period() {
            return month == null ? year + "年度预算" : year + "年" + month + "月执行";
        }
    }

    public record DepartmentTotal(String department, int rows, BigDecimal amount) {
    }

    /** The columns of each kind's file, in order. */
    public static List<String> headers(ImportKind kind) {
        return kind == ImportKind.BUDGET
                ? List.of("部门编码", "预算单位编码", "预算单位名称", "功能分类科目编码", "功能分类科目名称", "全年预算数（元）")
                : List.of("预算单位编码", "功能分类科目编码", "本月支出（元）", "本月调剂（元，调入为正、调出为负）");
    }
}
