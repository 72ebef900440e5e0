package cn.congress.legislation.consultation;

import cn.congress.domain.shared.Labeled;

/** Who gave an opinion: the public, deputies and members from their accounts, contact points, experts, hearing participants. */
public enum SourceKind implements Labeled {
    PUBLIC, DEPUTY, MEMBER, CONTACT_POINT, EXPERT, HEARING;
}
