package cn.congress.oversight.inspection;

/** What staff record of an investigation. */
public record InspectionDetails(String lawTitle, String articles, String groupMembers, String schedule, String report) {
}
