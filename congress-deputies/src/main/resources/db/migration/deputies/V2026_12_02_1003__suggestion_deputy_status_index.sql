-- A deputy's suggestions by status, newest first: the dashboard's "answered, awaiting your evaluation" reads the ten
-- latest of one status for one deputy (through the deputy-only index it filtered a hundred rows or more per deputy).
create index suggestion_lead_deputy_status_idx on suggestion (lead_deputy_id, status, id desc);
