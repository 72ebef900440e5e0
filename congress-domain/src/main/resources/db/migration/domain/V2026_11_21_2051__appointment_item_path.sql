-- The per-item path after the vote (domain guide §6.5): NOT_VOTED before the vote; ADOPTED -> PUBLISHED (公告)
-- -> SWORN_IN (宪法宣誓) -> CERTIFICATE_ISSUED (任命书). Votes of items not put to the vote are cancelled.
alter table appointment_item add column announcement_number varchar(200);
alter table appointment_item add column published_on date;

alter table appointment_item drop constraint appointment_item_status_check;
alter table appointment_item alter column status type varchar(32);
update appointment_item i set status = 'SWORN_IN'
 where status = 'ADOPTED' and exists (select 1 from oath_swearer s where s.item_id = i.id);
update appointment_item set status = 'CERTIFICATE_ISSUED' where letter_number is not null;
alter table appointment_item add constraint appointment_item_status_check
    check (status in ('PROPOSED', 'NOT_VOTED', 'ADOPTED', 'REJECTED', 'WITHDRAWN', 'PUBLISHED', 'SWORN_IN', 'CERTIFICATE_ISSUED'));
alter table appointment_item add constraint appointment_item_published_check
    check ((announcement_number is null) = (published_on is null));

-- A person-item swears once: the ceremony of an item is unique.
create unique index oath_swearer_item_uq on oath_swearer (item_id);

alter table vote drop constraint vote_status_check;
alter table vote add constraint vote_status_check check (status in ('PREPARED', 'OPEN', 'CLOSED', 'CANCELLED'));
