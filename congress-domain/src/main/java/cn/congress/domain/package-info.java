/**
 * The shared kernel: organisation units, accounts and roles, the audit log, the city's rules table,
 * notifications, terms, document numbers and attachments. Feature modules depend on this one only.
 */
package cn.congress.domain;
