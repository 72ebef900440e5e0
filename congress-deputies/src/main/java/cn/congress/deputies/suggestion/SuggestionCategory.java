package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.Labeled;

/** The field a suggestion concerns (内容分类). */
public enum SuggestionCategory implements Labeled {
    ECONOMY, URBAN, EDUCATION, HEALTH, SOCIAL, AGRICULTURE, ENVIRONMENT, TRANSPORT, LEGAL, OTHER
}
