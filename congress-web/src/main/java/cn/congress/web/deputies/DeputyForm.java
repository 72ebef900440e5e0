package cn.congress.web.deputies;

import cn.congress.deputies.roster.DeputyProfile;
import cn.congress.deputies.roster.DeputyStatus;
import cn.congress.deputies.roster.Gender;
import cn.congress.deputies.roster.RosterService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** The roster entry form of the staff. */
record DeputyForm(
        @NotBlank(message = "{deputy.name.required}") @Size(max = 32, message = "{deputy.name.size}") String name,
        @NotNull(message = "{deputy.gender.required}") Gender gender,
        @NotBlank(message = "{deputy.delegation.required}") @Size(max = 100, message = "代表团不能超过100字") String delegation,
        @Size(max = 64, message = "{deputy.text.size}") String electoralUnit,
        @Size(max = 32, message = "{deputy.text.size}") String sector,
        @Size(max = 128, message = "{deputy.text.size}") String position,
        @Pattern(regexp = "^$|^[0-9\\-+ ]{5,20}$", message = "{deputy.phone.pattern}") @Size(max = 20, message = "电话不能超过20字") String phone,
        @Size(max = 32, message = "{deputy.text.size}") String cardNumber,
        @NotNull(message = "{deputy.status.required}") DeputyStatus status,
        List<String> groups,
        @Size(max = 32, message = "用户名不能超过32字") String username,
        Long version) {

    static DeputyForm empty() {
        return new DeputyForm("", null, "", "", "", "", "", "", DeputyStatus.SERVING, new ArrayList<>(), "", 0L);
    }

    static DeputyForm of(DeputyProfile d) {
        return new DeputyForm(d.name(), d.gender(), d.delegationName(), d.electoralUnit(), d.sector(), d.position(), d.phone(),
                d.cardNumber(), d.status(), new ArrayList<>(d.groupNames()), d.username(), d.version());
    }

    RosterService.Entry entry() {
        return new RosterService.Entry(1, name, gender, delegation, electoralUnit, sector, position, phone, cardNumber, status,
                groups == null ? List.of() : groups, username);
    }
}
