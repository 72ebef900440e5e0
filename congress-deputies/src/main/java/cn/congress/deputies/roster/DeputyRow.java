package cn.congress.deputies.roster;

import cn.congress.domain.shared.PersonalData;

import java.util.List;

/** One deputy as the roster list and its export show them: the phone masked (138****1234). */
public record DeputyRow(long id, String name, Gender gender, String delegationName, String electoralUnit, String sector, String position,
                        String phone, String cardNumber, DeputyStatus status, List<String> groupNames) {

    static DeputyRow of(Deputy d, boolean withGroups) {
        return new DeputyRow(d.getId(), d.getName(), d.getGender(), d.getDelegation().getName(), d.getElectoralUnit(), d.getSector(),
                d.getPosition(), PersonalData.maskPhone(d.getPhone()), d.getCardNumber(), d.getStatus(),
                withGroups ? d.getGroups().stream().map(DeputyGroup::getName).sorted().toList() : List.of());
    }
}
