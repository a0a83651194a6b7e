#!/usr/bin/env bash
# restore.sh: restores a backup made by backup.sh into the empty database named by DATABASE_URL.
#
#   restore.sh <dump-file>
#
# Refuses (exit 3) when that database already has tables in schema public: it never writes over
# a live database. Create an empty one first (CREATE DATABASE slotline_restore), restore into it,
# check it, then point the application at it. Runs `pg_restore --no-owner --exit-on-error` in a
# single transaction, so a failed restore leaves the database empty; then ANALYZE.
#
# Environment:
#   DATABASE_URL       postgresql://user:password@host:port/database of the empty target
#                      (required; never printed)
#   PGCONNECT_TIMEOUT  seconds to wait for the server (default 30)
#
# Exit status: 0 restored; 1 failed (the reason on stderr); 2 usage; 3 refused, the target has tables.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
source "$here/common.sh"

# fail <message> [exit status, default 1]
fail() {
  echo "restore.sh: $1" >&2
  exit "${2:-1}"
}

[[ $# -eq 1 ]] || fail "usage: restore.sh <dump-file> (with DATABASE_URL naming an empty database)" 2
file=$1
[[ -n ${DATABASE_URL:-} ]] || fail "DATABASE_URL is not set" 2
[[ -f $file && -r $file ]] || fail "cannot read $file"
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-30}
errors=$(mktemp)
trap 'rm -f -- "$errors"' EXIT

pg_restore --list "$file" >/dev/null 2>"$errors" ||
  fail "$file is not a backup pg_restore can read: $(first_error pg_restore "$errors")"

psql_query() {
  psql --no-psqlrc --quiet --tuples-only --no-align --field-separator='|' -v ON_ERROR_STOP=1 \
    --dbname="$DATABASE_URL" --command="$1" 2>"$errors" ||
    fail "cannot query the target database: $(first_error psql "$errors")"
}

target=$(psql_query "SELECT current_database(), count(*),
    coalesce(string_agg(format('%I', c.relname), ', ' ORDER BY c.relname) FILTER (WHERE c.relname IS NOT NULL), '')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")
IFS='|' read -r database tables names <<<"$target"
if ((tables > 0)); then
  ((${#names} <= 120)) || names="${names:0:117}..."
  fail "refusing to restore: database \"$database\" already has $tables tables in schema public ($names). Restore only into a new, empty database (CREATE DATABASE ...), then point the application at it." 3
fi

echo "restore.sh: restoring ${file##*/} into database \"$database\"..."
if ! pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DATABASE_URL" "$file" 2>"$errors"; then
  redact <"$errors" >&2
  fail "pg_restore failed; nothing was restored: $(first_error pg_restore "$errors")"
fi
psql_query "ANALYZE" >/dev/null
restored=$(psql_query "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
echo "restore.sh: restored ${file##*/} into database \"$database\": $restored tables in schema public"
