package cn.congress.web.station;

import cn.congress.deputies.station.ResidentSatisfaction;
import cn.congress.deputies.station.StationQueries;
import cn.congress.domain.account.Caller;
import cn.congress.domain.account.Role;
import cn.congress.domain.org.OrgUnitService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices offered by the pages of a record taken at a liaison station, a constituent's opinion or a service case:
 * both are recorded at a station by the deputy who received the resident, may be passed to a handling organ, and end
 * with the resident's satisfaction. The model names are the ones both features' templates read.
 */
@Component
@RequiredArgsConstructor
public class StationRecordChoices {

    private final StationQueries stations;
    private final OrgUnitService orgUnits;

    /**
     * The new/edit form: {@code stations} the caller may record at and {@code deputies} who may have received the
     * resident. A deputy records his own receptions, so only others choose the deputy ({@code chooseDeputy}); with one
     * station to choose, only its deputies are offered.
     */
    public void addRecordingChoices(Model model) {
        Caller caller = Caller.current();
        var choices = stations.stationChoices(caller);
        model.addAttribute("stations", choices);
        model.addAttribute("chooseDeputy", !caller.has(Role.DEPUTY) || caller.has(Role.STAFF));
        model.addAttribute("deputies", choices.size() == 1 ? stations.deputiesOf(choices.keySet().iterator().next()) : stations.allDeputies());
    }

    /** The detail page: the handling {@code organs}, read only when the viewer may pass the record on, and the {@code satisfactions}. */
    public void addHandlingChoices(Model model, boolean mayPassOn) {
        if (mayPassOn) {
            model.addAttribute("organs", orgUnits.handlingUnitOptions());
        }
        model.addAttribute("satisfactions", ResidentSatisfaction.values());
    }
}
