/**
 * 代表履职档案: a deputy's year counted from the records themselves — suggestions and motions, session attendance,
 * activities, training hours, station duty days, receptions and service cases — for the profile page, the public
 * portal (counts only, nothing personal) and the annual report (述职).
 */
package cn.congress.deputies.performance;
