-- The problem list's text filter (问题描述 or 议题名称 contains …) over tens of thousands of items: trigram indexes let
-- the ILIKE '%…%' be answered from the index instead of reading every description (as the regulation search does).
create extension if not exists pg_trgm;
create index oversight_problem_description_trgm on oversight_problem using gin (description gin_trgm_ops);
create index oversight_topic_title_trgm on oversight_topic using gin (title gin_trgm_ops);
