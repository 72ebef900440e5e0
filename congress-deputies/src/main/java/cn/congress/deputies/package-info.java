/**
 * Deputies' work: the roster, suggestions and motions, liaison stations, petition agency and livelihood-project
 * voting. Depends on congress-domain only.
 */
package cn.congress.deputies;
