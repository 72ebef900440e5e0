package cn.congress.web.legislation;

import cn.congress.domain.account.Caller;
import cn.congress.legislation.support.LegislationAccess;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Whether the caller runs the legislation workflows, for every legislation page ({@code ${staff}}): decided by
 * {@link LegislationAccess}, so templates ask no security questions of their own.
 */
@ControllerAdvice(basePackages = "cn.congress.web.legislation")
class LegislationModel {

    @ModelAttribute("staff")
    boolean staff() {
        return LegislationAccess.isStaff(Caller.current());
    }
}
