package cn.congress.legislation.contactpoint;

import cn.congress.domain.account.Role;
import cn.congress.domain.account.Caller;
import cn.congress.domain.shared.DomainException;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Staff register contact points; everyone with a legislation role may list them with their activity. */
@Service
@Transactional
@RequiredArgsConstructor
public class ContactPointService {

    private final ContactPointRepository points;
    private final JdbcTemplate jdbc;

    public long register(String name, long orgUnitId, String host, String liaison, String address) {
        Caller.current().require("登记基层立法联系点", Role.STAFF);
        if (points.existsByOrgUnitId(orgUnitId)) {
            throw new DomainException("该组织已登记为基层立法联系点");
        }
        return points.save(new ContactPoint(name, orgUnitId, host, liaison, address)).getId();
    }

    @Transactional(readOnly = true)
    public List<ContactPointRow> list() {
        Caller.current().require("查看基层立法联系点", Role.STAFF, Role.MEMBER);
        return jdbc.query("""
                select cp.id, cp.name, cp.host, cp.liaison, cp.address,
                       (select count(*) from consultation_contact_point a where a.contact_point_id = cp.id),
                       (select count(*) from draft_comment d where d.contact_point_id = cp.id),
                       (select coalesce(sum(people_consulted), 0) from draft_comment d where d.contact_point_id = cp.id)
                from contact_point cp where cp.active order by cp.id
                """, (rs, i) -> new ContactPointRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }
}
