-- The yearly figures read every suggestion filed in a year (100,000 in the benchmark) with a few short columns, and
-- every answered round of them; the receptions and cases of a year likewise. Covering indexes let those passes read
-- the index alone (an index-only scan) instead of the wide rows (titles, contents) of the tables: this is what the
-- annual report costs cold, before its cache holds anything.
create index suggestion_measures_idx on suggestion (submitted_at)
    include (id, kind, status, answer_category, satisfaction, lead_unit_id) where status <> 'DRAFT';
create index suggestion_round_answered_idx on suggestion_round (suggestion_id)
    include (answered_at, due_on) where answered_at is not null;
create index constituent_opinion_figures_idx on constituent_opinion (received_on) include (route, answered_on);
create index service_case_figures_idx on service_case (received_on) include (type, outcome);
-- same key and condition as the new covering index, which serves its look-ups too
drop index suggestion_submitted_idx;
