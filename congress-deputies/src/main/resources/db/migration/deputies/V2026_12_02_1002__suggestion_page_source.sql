-- The published suggestions' public pages are reused while these tables are unchanged (see page_source_version).
create trigger suggestion_page_source after insert or update or delete or truncate on suggestion
    for each statement execute function bump_page_source_version('suggestions');
create trigger suggestion_round_page_source after insert or update or delete or truncate on suggestion_round
    for each statement execute function bump_page_source_version('suggestions');
create trigger deputy_page_source after insert or update or delete or truncate on deputy
    for each statement execute function bump_page_source_version('suggestions');
