package cn.congress.deputies.livelihood;

import cn.congress.domain.shared.Labeled;

/** Who proposed a project in the collection (征集): the government, a deputy, a liaison station or a resident. */
public enum ProposalSource implements Labeled {
    GOVERNMENT, DEPUTY, STATION, RESIDENT
}
