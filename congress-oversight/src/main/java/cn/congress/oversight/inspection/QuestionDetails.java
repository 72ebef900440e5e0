package cn.congress.oversight.inspection;

/** What staff record of one inquiry question. */
public record QuestionDetails(String asker, String question, String organName, String official, String answerSummary, String followUp) {
}
