/**
 * Demo data of the fictional city 示例市, loaded once when the {@code demo} profile is active. Each feature adds
 * its own {@link cn.congress.web.demo.DemoDataContributor}; a contributor's name is recorded when it has run, so
 * restarting (or adding a feature to an existing demo database) never loads anything twice.
 */
package cn.congress.web.demo;
