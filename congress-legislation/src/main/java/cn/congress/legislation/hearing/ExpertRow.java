package cn.congress.legislation.hearing;

/** An expert of the pool, with how often invited and how many opinions given. */
public record ExpertRow(long id, String name, String fields, String affiliation, String title, long invitations, long opinions) {
}
