package cn.congress.domain.appointment;

import cn.congress.domain.shared.Labeled;

/** Who proposes a motion (提请人): 市长, 监察委员会主任, 中级人民法院院长, 检察长, 主任会议, 常委会组成人员五分之一以上联名. */
public enum Proposer implements Labeled {
    MAYOR, SUPERVISORY_DIRECTOR, COURT_PRESIDENT, CHIEF_PROCURATOR, CHAIRPERSONS_COUNCIL, MEMBERS
}
