-- A motion put on a session's agenda although submitted fewer days before the session than the rule
-- appointment.submission-lead-days requires carries the staff's reason for the exception.
alter table appointment_motion add column lead_time_exception varchar(500);
