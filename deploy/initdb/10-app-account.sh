#!/bin/sh
# Runs once, when the database volume is created. The schema owner (POSTGRES_USER, used by Flyway) and the runtime
# account of the application (congress_app) are two accounts: the application can read and write business tables
# but only INSERT and SELECT the audit log (the migration V2026_11_28_1300 revokes the rest), and owns nothing.
set -eu
: "${CONGRESS_APP_DB_PASSWORD:?CONGRESS_APP_DB_PASSWORD must be set}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$CONGRESS_APP_DB_PASSWORD" <<'SQL'
create role congress_app login password :'app_password';
grant connect on database congress to congress_app;
grant usage on schema public to congress_app;
alter default privileges in schema public grant select, insert, update, delete on tables to congress_app;
alter default privileges in schema public grant usage, select on sequences to congress_app;
alter default privileges in schema public grant execute on functions to congress_app;
SQL
