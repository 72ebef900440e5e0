/**
 * What other feature modules know of deputies without depending on {@code congress-deputies}: the directory of
 * serving deputies to pick from ({@link cn.congress.domain.deputy.DeputyDirectory}, provided by the deputies module)
 * and the contributions they make to a deputy's performance record
 * ({@link cn.congress.domain.deputy.PerformanceContributor}, provided by e.g. the oversight module, read by the
 * deputies module). Dependencies stay web → feature modules → domain.
 */
package cn.congress.domain.deputy;
