package cn.congress.deputies.roster;

import cn.congress.domain.session.ParticipantDirectory;
import cn.congress.domain.session.SessionKind;
import jakarta.persistence.EntityManager;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The participants of a people's congress session: the term's serving deputies who have a login account. */
@Component
@RequiredArgsConstructor
class DeputyParticipants implements ParticipantDirectory {

    private final EntityManager em;

    @Override
    public boolean serves(SessionKind kind) {
        return kind == SessionKind.CONGRESS;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Eligible> participants(SessionKind kind, long termId) {
        return em.createQuery("""
                        select d.userAccountId, d.name, dl.name
                        from Deputy d left join d.delegation dl
                        where d.term.id = :term and d.status = :status and d.userAccountId is not null
                        order by dl.sortOrder, d.id
                        """, Object[].class)
                .setParameter("term", termId).setParameter("status", DeputyStatus.SERVING).getResultList().stream()
                .map(r -> new Eligible((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
    }
}
