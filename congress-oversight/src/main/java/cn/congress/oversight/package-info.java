/**
 * Oversight: work reports, inspections, inquiries, review opinions with problem checklists, satisfaction votes.
 * Depends on congress-domain only.
 */
package cn.congress.oversight;
