package cn.congress.web.oversight;

import cn.congress.oversight.opinion.ProblemDetails;
import cn.congress.oversight.opinion.ReportKind;
import cn.congress.oversight.plan.TopicDetails;
import cn.congress.oversight.plan.TopicKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form records of the oversight pages, with their Chinese validation messages. */
final class OversightForms {

    private OversightForms() {
    }

    record PlanForm(@NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确") Integer year,
                    @NotBlank(message = "请填写计划名称") @Size(max = 200, message = "计划名称不能超过200字") String title) {
    }

    record TopicForm(@NotBlank(message = "请填写议题名称") @Size(max = 200, message = "议题名称不能超过200字") String title,
                     @NotNull(message = "请选择监督形式") TopicKind kind,
                     @NotNull(message = "请选择牵头工作机构") Long leadBodyId,
                     @NotNull(message = "请选择监督对象") Long organId,
                     @NotNull(message = "请选择计划月份") @Min(value = 1, message = "月份为1至12") @Max(value = 12, message = "月份为1至12") Integer plannedMonth,
                     @Size(max = 2000, message = "说明不能超过2000字") String summary,
                     Long version) {

        static TopicForm empty() {
            return new TopicForm(null, null, null, null, null, null, null);
        }

        TopicDetails details() {
            return new TopicDetails(title, kind, leadBodyId, organId, plannedMonth, summary);
        }
    }

    record OpinionForm(@NotBlank(message = "请填写审议意见标题") @Size(max = 200, message = "标题不能超过200字") String title,
                       @NotBlank(message = "请填写审议意见内容") @Size(max = 20000, message = "审议意见内容不能超过20000字") String content,
                       @NotNull(message = "请选择报告类别") ReportKind reportKind,
                       @NotNull(message = "请填写交办日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn) {
    }

    record ItemForm(@NotBlank(message = "请填写问题描述") @Size(max = 2000, message = "问题描述不能超过2000字") String description,
                    @NotNull(message = "请选择责任单位") Long organId,
                    @NotBlank(message = "请填写整改要求") @Size(max = 2000, message = "整改要求不能超过2000字") String measuresRequired,
                    @NotNull(message = "请填写整改期限") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                    Long version) {

        ProblemDetails details() {
            return new ProblemDetails(description, organId, measuresRequired, deadline);
        }
    }

    record ReportForm(@NotBlank(message = "请填写已采取的整改措施") @Size(max = 3000, message = "整改措施不能超过3000字") String measuresTaken,
                      @Size(max = 3000, message = "进展情况不能超过3000字") String progress,
                      @NotNull Long version,
                      boolean submit) {
    }

    record ProposalForm(@NotNull(message = "请选择年度") Integer year,
                        @NotBlank(message = "请填写建议议题") @Size(max = 200, message = "建议议题不能超过200字") String title,
                        @NotBlank(message = "请填写建议理由") @Size(max = 3000, message = "建议理由不能超过3000字") String reason) {
    }

    record PublicProposalForm(@NotNull(message = "请选择年度") Integer year,
                              @NotBlank(message = "请填写您的姓名") @Size(max = 100, message = "姓名不能超过100字") String name,
                              @Size(max = 100, message = "联系方式不能超过100字") String contact,
                              @NotBlank(message = "请填写建议议题") @Size(max = 200, message = "建议议题不能超过200字") String title,
                              @NotBlank(message = "请填写建议理由") @Size(min = 10, max = 3000, message = "建议理由为10至3000字") String reason) {
    }

    record QuestionForm(@NotBlank(message = "请填写询问人") @Size(max = 100, message = "询问人不能超过100字") String asker,
                        @NotBlank(message = "请填写询问内容") @Size(max = 2000, message = "询问内容不能超过2000字") String question,
                        @NotBlank(message = "请填写应询单位") @Size(max = 100, message = "应询单位不能超过100字") String organName,
                        @NotBlank(message = "请填写应询人") @Size(max = 100, message = "应询人不能超过100字") String official,
                        @Size(max = 3000, message = "答复要点不能超过3000字") String answerSummary,
                        @Size(max = 2000, message = "跟进事项不能超过2000字") String followUp) {
    }

    record VisitForm(@NotNull(message = "请填写日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitDate,
                     @NotBlank(message = "请填写地点") @Size(max = 200, message = "地点不能超过200字") String place,
                     @NotBlank(message = "请填写察看情况") @Size(max = 3000, message = "察看情况不能超过3000字") String observed,
                     @Size(max = 3000, message = "发现问题不能超过3000字") String problems) {
    }
}
