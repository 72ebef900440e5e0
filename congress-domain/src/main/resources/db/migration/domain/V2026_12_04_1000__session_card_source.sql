-- The sessions not yet closed (the staff dashboard's card, domain SessionService.upcoming) are reused while no meeting
-- changed (see page_source_version). The areas of the legislation and oversight cards are added by their modules.
insert into page_source_version (area) values ('sessions');

create trigger meeting_page_source after insert or update or delete or truncate on meeting
    for each statement execute function bump_page_source_version('sessions');
