package cn.congress.legislation.contactpoint;

/** A contact point in a list, with how many drafts it was given and how many opinions it sent. */
public record ContactPointRow(long id, String name, String host, String liaison, String address, long assigned, long opinions,
                              long peopleConsulted) {
}
