/** The roster of deputies of a term, with their delegations and groups. */
package cn.congress.deputies.roster;
