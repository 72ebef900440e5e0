package cn.congress.domain.rules;

/**
 * Keys of the rules this module reads. Feature modules declare their own keys next to the code that reads them
 * and seed them in their own migrations.
 */
public final class RuleKeys {

    /** 常委会发文代字, e.g. 示人大常发. */
    public static final String DOC_PREFIX_SC = "docno.prefix.sc";
    /** 办公室发文代字, e.g. 示人大常办发. */
    public static final String DOC_PREFIX_OFFICE = "docno.prefix.office";
    /** 函件代字, e.g. 示人大常函. */
    public static final String DOC_PREFIX_LETTER = "docno.prefix.letter";
    /** 公告前缀, e.g. 示例市人民代表大会常务委员会公告. */
    public static final String ANNOUNCEMENT_PREFIX = "docno.prefix.announcement";

    private RuleKeys() {
    }
}
