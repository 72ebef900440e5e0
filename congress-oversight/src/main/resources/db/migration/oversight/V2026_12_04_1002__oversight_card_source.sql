-- The staff dashboard's oversight card (oversight.opinion.OpinionQueries.dashboard: topics, problem items by status,
-- age and organ) is reused while these tables are unchanged (see page_source_version).
insert into page_source_version (area) values ('oversight');

create trigger oversight_plan_card_source after insert or update or delete or truncate on oversight_plan
    for each statement execute function bump_page_source_version('oversight');
create trigger oversight_topic_card_source after insert or update or delete or truncate on oversight_topic
    for each statement execute function bump_page_source_version('oversight');
create trigger oversight_opinion_card_source after insert or update or delete or truncate on oversight_opinion
    for each statement execute function bump_page_source_version('oversight');
create trigger oversight_problem_card_source after insert or update or delete or truncate on oversight_problem
    for each statement execute function bump_page_source_version('oversight');
create trigger org_unit_oversight_card_source after insert or update or delete or truncate on org_unit
    for each statement execute function bump_page_source_version('oversight');
