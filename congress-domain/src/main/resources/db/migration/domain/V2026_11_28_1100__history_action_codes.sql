-- The session journal and the appointment history store what happened as a code (MeetingEvent, MotionEvent);
-- the label lives once, in the message bundle. Rows written before keep their meaning.
update meeting_history set action = case action
    when '安排会议' then 'SCHEDULED'
    when '宣布开会' then 'STARTED'
    when '宣布闭会' then 'CLOSED'
    when '增加议程' then 'ITEM_ADDED'
    when '安排表决' then 'VOTE_PREPARED'
    when '取消表决' then 'VOTE_CANCELLED'
    when '开始表决' then 'VOTE_OPENED'
    when '表决结束' then 'VOTE_CLOSED'
    else action end;

update appointment_history set action = case action
    when '起草' then 'DRAFTED'
    when '增加人员' then 'PERSON_ADDED'
    when '删除人员' then 'PERSON_REMOVED'
    when '提请' then 'SUBMITTED'
    when '退回补充材料' then 'RETURNED'
    when '审查通过' then 'VETTED'
    when '列入会议议程' then 'SCHEDULED'
    when '提请时限例外' then 'LEAD_TIME_EXCEPTION'
    when '撤回' then 'WITHDRAWN'
    when '不付表决' then 'NOT_VOTED'
    when '表决完毕' then 'DECIDED'
    when '发布公告' then 'PUBLISHED'
    when '表决通过' then 'ADOPTED'
    when '表决未通过' then 'REJECTED'
    when '制发任命书' then 'LETTER_ISSUED'
    when '宪法宣誓' then 'SWORN_IN'
    else action end;
