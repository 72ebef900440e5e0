package cn.congress.domain.session;

import cn.congress.domain.shared.Labeled;
import cn.congress.domain.term.ChineseNumerals;
import cn.congress.domain.term.Term;

/** The three kinds of meeting: 人民代表大会会议 (deputies), 常委会会议 (members), 主任会议 (chair, vice-chairs, secretary-general). */
public enum SessionKind implements Labeled {
    CONGRESS,
    STANDING_COMMITTEE,
    CHAIRPERSONS;

    /** 第十七届人民代表大会第三次会议 / 第十七届人大常委会第十二次会议 / 第十七届人大常委会第二十次主任会议. */
    public String title(Term term, int number) {
        String n = "第" + ChineseNumerals.of(number) + "次";
        return switch (this) {
            case CONGRESS -> term.getOrdinal() + "人民代表大会" + n + "会议";
            case STANDING_COMMITTEE -> term.getOrdinal() + "人大常委会" + n + "会议";
            case CHAIRPERSONS -> term.getOrdinal() + "人大常委会" + n + "主任会议";
        };
    }
}
