package cn.congress.domain.account;

import cn.congress.domain.shared.Labeled;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the system. The first three are the separated administrators of a level-3 system (三员分立):
 * an account holding one of them holds nothing else, and none of them does business work.
 */
public enum Role implements Labeled {
    /** 系统管理员: accounts, organisation units, configuration. */
    ADMIN,
    /** 安全管理员: grants and revokes roles. */
    SECURITY_ADMIN,
    /** 安全审计员: reads the audit log, changes nothing. */
    AUDITOR,
    /** 常委会机关工作人员: runs the workflows. */
    STAFF,
    /** 常委会组成人员: reads, deliberates, votes. */
    MEMBER,
    /** 人大代表: files suggestions, votes at congress sessions and on livelihood projects. */
    DEPUTY,
    /** 承办单位用户: answers what is assigned to its own unit. */
    UNIT,
    /** 任免管理员: staff of the personnel working body who prepare appointments and removals. */
    APPOINTMENT_ADMIN,
    /** 代表联络站管理员: keeps one liaison station's schedule, receptions and cases (one account per station). */
    STATION_MANAGER,
    /** 基层立法联系点: a grassroots legislative contact point that gathers opinions on drafts assigned to it. */
    CONTACT_POINT;

    public static final Set<Role> ADMINISTRATORS = EnumSet.of(ADMIN, SECURITY_ADMIN, AUDITOR);

    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
