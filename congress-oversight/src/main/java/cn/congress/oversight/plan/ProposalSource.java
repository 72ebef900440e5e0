package cn.congress.oversight.plan;

import cn.congress.domain.shared.Labeled;

/** Who proposed an oversight topic (监督法第十二条 lists the sources). */
public enum ProposalSource implements Labeled {
    DEPUTY, MEMBER, WORKING_BODY, PUBLIC
}
