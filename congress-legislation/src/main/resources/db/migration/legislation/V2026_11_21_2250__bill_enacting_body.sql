-- 制定机关: the standing committee (常委会, default) or, for 特别重大事项, the people's congress itself (人民代表大会).
alter table bill add column enacting_body varchar(24) not null default 'STANDING_COMMITTEE'
    constraint bill_enacting_body_check check (enacting_body in ('STANDING_COMMITTEE', 'CONGRESS'));
