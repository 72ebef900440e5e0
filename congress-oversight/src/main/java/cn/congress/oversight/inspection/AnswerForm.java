package cn.congress.oversight.inspection;

import cn.congress.domain.shared.Labeled;

/** How the 主任会议 decided an interpellation is answered (监督法第五十二条). */
public enum AnswerForm implements Labeled {
    ORAL, WRITTEN
}
