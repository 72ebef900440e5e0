package cn.congress.web.legislation.consultation;

import cn.congress.legislation.consultation.CommentIntake;
import lombok.Getter;
import lombok.Setter;

import java.util.ArrayList;
import java.util.List;

/** A contact point's batch: many rows at once, typed in the form or read from an .xlsx file. Empty rows are ignored. */
@Getter
@Setter
public class BatchForm {

    static final int EMPTY_ROWS = 5;

    private List<Row> rows = new ArrayList<>();

    @Getter
    @Setter
    public static class Row {
        private String articleNo = "";
        private String body = "";
        private String meeting = "";
        private String peopleConsulted = "";

        boolean blank() {
            return isBlank(articleNo) && isBlank(body) && isBlank(meeting) && isBlank(peopleConsulted);
        }
    }

    static BatchForm empty() {
        BatchForm f = new BatchForm();
        for (int i = 0; i < EMPTY_ROWS; i++) {
            f.rows.add(new Row());
        }
        return f;
    }

    BatchForm withoutBlankRows() {
        BatchForm f = new BatchForm();
        rows.stream().filter(r -> !r.blank()).forEach(f.rows::add);
        return f;
    }

    /**
     * The rows as the service takes them; a number that cannot be read becomes an impossible value that the service's
     * row check names ("第N行：…"), so every problem is reported in one place.
     */
    List<CommentIntake.BatchRow> toRows() {
        return rows.stream().map(r -> new CommentIntake.BatchRow(isBlank(r.articleNo) ? null : number(r.articleNo), r.body,
                r.meeting, isBlank(r.peopleConsulted) ? null : number(r.peopleConsulted))).toList();
    }

    private static Integer number(String s) {
        String t = s.strip().replaceAll("^第|条$", "");
        try {
            return Integer.valueOf(t.contains(".") ? t.substring(0, t.indexOf('.')) : t);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
