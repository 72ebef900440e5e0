-- A jointly filed suggestion is withdrawn only when every confirmed joint deputy consents in their own account.
alter table suggestion add column withdrawal_requested_at timestamptz;
alter table suggestion add column withdrawal_reason varchar(500);
alter table suggestion_signer add column withdrawal_consented_at timestamptz;
alter table suggestion_signer add constraint suggestion_signer_consent_confirmed
    check (withdrawal_consented_at is null or confirmed_at is not null);
