-- 面商率 needs to know which contacts met the deputy in person. The way of a contact was free text from a fixed
-- list in the page; it becomes a code of a rule whose entries carry the flag "face-to-face", as "solved" and
-- "dissatisfied" do, so staff decide which ways count and reordering the list changes no figure.
insert into rule_definition (rule_key, label, description, value_type, unit, category, min_value, max_value, sort_order) values
('suggestion.contact-ways', '沟通联系方式', '承办单位与代表沟通联系的方式，每行“代码=名称”；标记 face-to-face 的方式计入面商率', 'CODE_LIST', null, '代表建议', null, null, 110);

insert into rule_value (rule_key, effective_from, rule_value, remark, created_at, created_by) values
('suggestion.contact-ways', '2000-01-01',
 E'FACE=面商|face-to-face\nMEETING=座谈|face-to-face\nVISIT=实地察看|face-to-face\nPHONE=电话\nWRITTEN=书面', '默认值', now(), 'system');

-- The contacts recorded so far carry the label the page offered; they become its code.
update suggestion_contact set way = case way
    when '面商' then 'FACE' when '座谈' then 'MEETING' when '实地察看' then 'VISIT' when '电话' then 'PHONE' when '书面' then 'WRITTEN'
    else way end;

-- Statistics and the yearly figures select suggestions by the time they were filed (a year, or the days of a
-- congress session), and 面商率 looks for a lead unit's in-person contact of each answered one.
create index suggestion_submitted_idx on suggestion (submitted_at) where status <> 'DRAFT';
create index suggestion_contact_way_idx on suggestion_contact (suggestion_id, org_unit_id, way);
create index meeting_kind_term_idx on meeting (term_id, kind, start_date);
