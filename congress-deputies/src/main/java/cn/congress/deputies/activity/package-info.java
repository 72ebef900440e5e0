/**
 * Deputies' activities between sessions (代表小组活动, 视察, 专题调研, 培训, 联络站值班, attendance at sessions and
 * invited meetings), recorded by staff or by a member of the group, with the deputies who took part; each
 * participant confirms their own attendance, and only confirmed attendance counts in the performance record.
 */
package cn.congress.deputies.activity;
