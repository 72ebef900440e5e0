package cn.congress.legislation.filing;

import cn.congress.testsupport.ActAsSystem;
import org.junit.jupiter.api.extension.ExtendWith;
import cn.congress.domain.shared.TransitionRefused;
import cn.congress.testsupport.CongressTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CongressTest
@ExtendWith(ActAsSystem.class)
class FilingReviewTest {

    @Autowired
    FilingService filings;

    @Test
    void aProblemFilingGoesThroughCorrectionToClosureAndLateFilingsAreFlagged() {
        LocalDate published = LocalDate.of(2026, 2, 1);
        FilingReview f = filings.receive(new FilingService.FilingDetails("示例市城市道路占用挖掘管理办法", "示政规〔2026〕3号",
                "示例市人民政府", published, published.plusDays(45)));
        assertThat(f.isLate(filings.submitDays())).isTrue();
        assertThat(filings.receive(new FilingService.FilingDetails("示例市某规定", "示政发〔2026〕1号", "示例市人民政府",
                published, published.plusDays(30))).isLate(filings.submitDays())).isFalse();

        long id = f.getId();
        assertThatThrownBy(() -> filings.findProblem(id, "问题")).isInstanceOf(TransitionRefused.class);
        filings.assignReviewer(id, "陈立法");
        filings.findProblem(id, "第十二条设定的罚款超出上位法规定的幅度");
        filings.requestCorrection(id, null, null, LocalDate.of(2026, 4, 1));
        assertThat(filings.get(id).getCorrectionDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(filings.get(id).isCorrectionOverdue(LocalDate.of(2026, 5, 2))).isTrue();
        filings.recordAnswer(id, "已修改第十二条并重新公布", LocalDate.of(2026, 4, 20));
        filings.close(id, LocalDate.of(2026, 4, 25), "已纠正，予以办结");

        assertThat(filings.get(id).getStatus()).isEqualTo(FilingStatus.CLOSED);
        assertThat(filings.history(id)).extracting(FilingEvent::getStep).containsExactly(FilingStep.RECEIVED,
                FilingStep.REVIEWER_ASSIGNED, FilingStep.FOUND_PROBLEM, FilingStep.CORRECTION_REQUESTED, FilingStep.ANSWERED, FilingStep.CLOSED);
        assertThat(filings.statistics(null).byOrgan()).containsKey("示例市人民政府");
        assertThat(filings.statistics(null).byYear().get(2026)[1]).isGreaterThanOrEqualTo(1);
    }
}
