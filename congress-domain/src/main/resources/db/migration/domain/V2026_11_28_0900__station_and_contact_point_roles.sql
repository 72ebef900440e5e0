-- Two roles for accounts of organisations outside the committee: a liaison station's manager and a grassroots
-- legislative contact point.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in ('ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'STAFF',
    'MEMBER', 'DEPUTY', 'UNIT', 'APPOINTMENT_ADMIN', 'STATION_MANAGER', 'CONTACT_POINT'));
