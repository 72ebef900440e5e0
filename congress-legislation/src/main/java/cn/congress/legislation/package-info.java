/**
 * Local legislation: plans, bills with versions and readings, the regulation library, filing review.
 * Depends on congress-domain only.
 */
package cn.congress.legislation;
