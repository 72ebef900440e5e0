package cn.congress.domain.org;

/** An organisation unit as a page's choice list shows it. */
public record OrgOption(long id, String name) {
}
