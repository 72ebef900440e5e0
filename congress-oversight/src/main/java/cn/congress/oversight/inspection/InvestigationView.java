package cn.congress.oversight.inspection;

import cn.congress.domain.attachment.AttachmentInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The investigation, inquiry and interpellation parts of a topic page. */
public record InvestigationView(InspectionPart inspection, List<DeputyPart> deputies, List<VisitPart> visits, List<QuestionPart> questions,
                                InterpellationPart interpellation, int minProposers, Set<InvestigationStep> actions) {

    public boolean can(String step) {
        return actions.contains(InvestigationStep.valueOf(step));
    }

    public record InspectionPart(long id, String lawTitle, String articles, String groupMembers, String schedule, String report,
                                 long version) {
    }

    /** A deputy who took part; the roster's page of the deputy is theirs to link. */
    public record DeputyPart(long id, long deputyId, String name, LocalDate tookPartOn) {
    }

    public record VisitPart(long id, LocalDate visitDate, String place, String observed, String problems, List<AttachmentInfo> photos) {
    }

    public record QuestionPart(long id, int seq, String asker, String question, String organName, String official,
                               String answerSummary, String followUp) {
    }

    public record InterpellationPart(long id, String subject, String proposers, int proposerCount, AnswerForm answerForm,
                                     LocalDate answeredOn, Integer dissatisfied, int round, boolean newAnswerRequired) {
    }
}
