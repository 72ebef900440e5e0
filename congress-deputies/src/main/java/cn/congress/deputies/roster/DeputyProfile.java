package cn.congress.deputies.roster;

import cn.congress.domain.shared.PersonalData;

import java.util.List;

/** A deputy's roster record as the profile page (履职档案) and the edit form show it; {@code editable} for the staff. */
public record DeputyProfile(long id, long version, String termName, String name, Gender gender, String delegationName, String electoralUnit,
                            String sector, String position, String phone, String cardNumber, DeputyStatus status, String username,
                            List<String> groupNames, boolean editable) {

    /** The phone as the profile shows it until a permitted user asks for the full number (which is audited). */
    public String maskedPhone() {
        return PersonalData.maskPhone(phone);
    }
}
