/**
 * Service cases: 信访代办 (a deputy acting as a resident's petition agent) and 诉前调解 (a deputy mediating a case the
 * court sent before litigation), one model with a type. Deputies forward, accompany and mediate; they never decide or
 * interfere in specific judicial or enforcement matters (代表法 59).
 */
package cn.congress.deputies.servicecase;
