-- 不满意 now waits for the staff's decision (再次办理 or an explanation) in its own state.
alter table suggestion drop constraint suggestion_status_check;
alter table suggestion add constraint suggestion_status_check check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'WITHDRAWN',
    'MERGED', 'MOTION', 'MOTION_LISTED', 'REGISTERED', 'ASSIGNED', 'RETURN_REQUESTED', 'IN_PROGRESS', 'ANSWERED', 'DISSATISFIED',
    'REHANDLING', 'FOLLOW_UP', 'CLOSED'));
