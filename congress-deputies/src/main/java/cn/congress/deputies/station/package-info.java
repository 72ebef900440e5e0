/**
 * 家站点: the registry of 代表之家, 代表联络站 and 联络点 by district and sub-district, the deputies attached to each,
 * and their reception days (接待日) with the deputies on duty. A station manager keeps one station only.
 */
package cn.congress.deputies.station;
