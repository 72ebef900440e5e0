package cn.congress.oversight.opinion;

import cn.congress.domain.shared.Labeled;

/**
 * Where a problem item came from: the opinion itself, an inspection report, an inquiry's follow-ups, a 回头看, a
 * finding of the audit work report, or a warning of online budget monitoring.
 */
public enum ProblemSource implements Labeled {
    OPINION, INSPECTION, INQUIRY, FOLLOW_UP, AUDIT, MONITORING
}
