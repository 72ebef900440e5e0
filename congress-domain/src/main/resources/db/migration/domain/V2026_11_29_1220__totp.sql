-- Two-factor authentication with an authenticator app (TOTP, RFC 6238; issue 9): the secret encrypted with the
-- data key (never in plaintext), the last accepted time step (a code works once), and recovery codes as hashes.
alter table user_account add column totp_secret     varchar(255);
alter table user_account add column totp_enabled_at timestamptz;
alter table user_account add column totp_last_step  bigint not null default 0;
alter table user_account add constraint user_account_totp_chk check ((totp_secret is null) = (totp_enabled_at is null));

create table mfa_recovery_code (
    id        bigint generated always as identity primary key,
    user_id   bigint      not null references user_account (id) on delete cascade,
    code_hash varchar(64) not null,
    used_at   timestamptz
);
create index mfa_recovery_code_user_idx on mfa_recovery_code (user_id);
