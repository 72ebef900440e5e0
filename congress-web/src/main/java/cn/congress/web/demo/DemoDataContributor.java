package cn.congress.web.demo;

/** One feature's share of the demo data. */
public interface DemoDataContributor {

    /** Unique name, recorded once loaded, e.g. {@code foundation}, {@code suggestions}. */
    String name();

    /** Contributors run in this order; the foundation (organisations, accounts, term) is 0. */
    int order();

    /** Loads the data; runs inside a transaction, once per database. */
    void load();
}
