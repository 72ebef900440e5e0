/**
 * The year in figures (年度工作数据): each feature module contributes the numbers of the annual work report for a
 * period through {@link cn.congress.domain.figures.FigureSource} beans, as features contribute dashboard cards.
 */
package cn.congress.domain.figures;
