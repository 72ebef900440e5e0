/**
 * The committee's own work: sessions (人代会、常委会会议、主任会议), agendas, attendance, votes, appointments.
 * Other modules attach their items to a session's agenda through {@link cn.congress.domain.session.SessionAgenda}
 * and react to {@link cn.congress.domain.session.VoteConcluded}; they never call each other.
 */
package cn.congress.domain.session;
