package cn.congress.web.suggestion;

import cn.congress.deputies.suggestion.SuggestionAssignment;
import cn.congress.deputies.suggestion.SuggestionCategory;
import cn.congress.deputies.suggestion.SuggestionDetails;
import cn.congress.deputies.suggestion.SuggestionFiling;
import cn.congress.deputies.suggestion.SuggestionHandling;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The forms of the suggestion pages. */
final class SuggestionForms {

    private SuggestionForms() {
    }

    record FilingForm(
            @NotBlank(message = "{suggestion.title.required}") @Size(max = 200, message = "{suggestion.title.size}") String title,
            @NotBlank(message = "{suggestion.content.required}") @Size(max = 20000, message = "{suggestion.content.size}") String content,
            @NotNull(message = "{suggestion.category.required}") SuggestionCategory category,
            List<Long> coSignerIds,
            Long version) {

        static FilingForm empty() {
            return new FilingForm("", "", null, new ArrayList<>(), 0L);
        }

        static FilingForm of(SuggestionDetails.Draft d) {
            return new FilingForm(d.title(), d.content(), d.category(), new ArrayList<>(d.coSignerIds()), d.version());
        }

        SuggestionFiling.Filing filing() {
            return new SuggestionFiling.Filing(title, content, category, coSignerIds == null ? List.of() : coSignerIds);
        }
    }

    record AssignForm(Long version, Long leadUnitId, List<Long> coUnitIds, Integer months, @Size(max = 500, message = "延期理由不能超过500字") String extensionReason,
                      Boolean keySupervised, @Size(max = 64, message = "督办领导不能超过64字") String supervisingLeader, Long bundleId,
                      @Size(max = 200, message = "并案主题不能超过200字") String newBundleTheme) {

        SuggestionAssignment.Assignment assignment(int defaultMonths) {
            if (leadUnitId == null) {
                throw new cn.congress.domain.shared.DomainException("请选择主办单位");
            }
            return new SuggestionAssignment.Assignment(version == null ? -1 : version, leadUnitId, coUnitIds == null ? List.of() : coUnitIds,
                    months == null ? defaultMonths : months, extensionReason, Boolean.TRUE.equals(keySupervised), supervisingLeader, bundleId, newBundleTheme);
        }
    }

    record AnswerForm(@Size(max = 16, message = "答复类别不能超过16字") String category, @Size(max = 20000, message = "答复内容不能超过20000字") String answer,
                      List<@Size(max = 500, message = "承诺事项不能超过500字") String> promiseContent,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> promiseDue) {

        List<SuggestionHandling.Promise> promises() {
            List<SuggestionHandling.Promise> list = new ArrayList<>();
            if (promiseContent == null) {
                return list;
            }
            for (int i = 0; i < promiseContent.size(); i++) {
                String c = promiseContent.get(i);
                if (c != null && !c.isBlank()) {
                    LocalDate due = promiseDue != null && i < promiseDue.size() ? promiseDue.get(i) : null;
                    list.add(new SuggestionHandling.Promise(c.trim(), due));
                }
            }
            return list;
        }
    }
}
