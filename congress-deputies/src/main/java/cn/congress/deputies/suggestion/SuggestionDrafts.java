package cn.congress.deputies.suggestion;

import cn.congress.deputies.roster.Deputy;
import cn.congress.deputies.roster.DeputyRepository;
import cn.congress.deputies.roster.DeputyStatus;
import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import cn.congress.domain.shared.NotFoundException;
import cn.congress.domain.term.TermService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * The one door other features use to start a suggestion: a draft in a deputy's name (e.g. from an opinion a
 * deputy received at a liaison station). Only a draft: the deputy revises and files it on the suggestion pages.
 */
@Service
@RequiredArgsConstructor
public class SuggestionDrafts {

    private final SuggestionRepository suggestions;
    private final DeputyRepository deputies;
    private final TermService terms;
    private final Clock clock;

    /** Creates the draft and returns its id; the calling feature has already checked the caller may act for the deputy. */
    @Transactional
    public long draftFor(Caller caller, long deputyId, String title, String content, SuggestionCategory category) {
        caller.require("起草代表建议", Role.DEPUTY, Role.STATION_MANAGER, Role.STAFF);
        Deputy deputy = deputies.findById(deputyId).orElseThrow(() -> new NotFoundException("代表", deputyId));
        if (deputy.getStatus() != DeputyStatus.SERVING) {
            throw new DomainException("该代表目前不在任，不能以其名义起草建议");
        }
        return suggestions.save(new Suggestion(terms.current(), deputy, title.trim(), content.trim(), category, clock.instant(),
                caller.name())).getId();
    }
}
