package cn.congress.deputies.suggestion;

import cn.congress.domain.shared.TransitionRefused;

/**
 * A step the current state does not allow. It names the step rather than spelling its label, because labels live
 * in the message bundle only: the web layer says 当前状态下不能执行该操作（label of the step）.
 */
public class StepRefused extends TransitionRefused {

    private final SuggestionStep step;

    StepRefused(SuggestionStep step) {
        super("当前状态下不能执行该操作（" + step.name() + "）");
        this.step = step;
    }

    public SuggestionStep step() {
        return step;
    }
}
