-- The legislation card of the dashboards (bills by status, approval windows closing, open filing reviews:
-- legislation.figures.LegislationOverview) is reused while these tables are unchanged (see page_source_version). The
-- approval window's months and warning days are rules, so a change of a rule value counts too.
insert into page_source_version (area) values ('legislation');

create trigger bill_legislation_source after insert or update or delete or truncate on bill
    for each statement execute function bump_page_source_version('legislation');
create trigger filing_review_legislation_source after insert or update or delete or truncate on filing_review
    for each statement execute function bump_page_source_version('legislation');
create trigger rule_value_legislation_source after insert or update or delete or truncate on rule_value
    for each statement execute function bump_page_source_version('legislation');
