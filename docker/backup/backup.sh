#!/usr/bin/env bash
# backup.sh: one backup of the database now, then the retention (prune.sh).
#
# Dumps the database with `pg_dump --format=custom` into BACKUP_DIR/slotline-<UTC time>.dump,
# e.g. slotline-2026-11-25T031500Z.dump. The dump is written to a hidden temporary file
# (.slotline-….dump.partial) and renamed only once pg_dump succeeded and pg_restore can read
# the archive back, so a failed or interrupted run never leaves a file that looks like a backup.
# Then deletes the backups the retention no longer keeps: the newest of each of the last 7 days
# and of each of the last 4 ISO weeks stay (see prune.sh).
#
# Environment:
#   DATABASE_URL       postgresql://user:password@host:port/database (required; never printed)
#   BACKUP_DIR         where the backups go (default /backups; created if missing)
#   PGCONNECT_TIMEOUT  seconds to wait for the server (default 30)
#
# Prints "deleted <name>" for each pruned backup, then one summary line. Exits non-zero with the
# reason on stderr when no backup was written, or when pruning failed after it was.
set -euo pipefail
umask 077
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR
source "$here/common.sh"

fail() {
  echo "backup.sh: $*" >&2
  exit 1
}

[[ -n ${DATABASE_URL:-} ]] || fail "DATABASE_URL is not set"
command -v pg_dump >/dev/null || fail "pg_dump is not installed"
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-30}
dir=${BACKUP_DIR:-/backups}
mkdir -p -- "$dir" 2>/dev/null || fail "cannot create the backup folder $dir"
[[ -w $dir ]] || fail "cannot write to the backup folder $dir"

# One backup at a time per folder (a manual run may meet the daily one). Holding the lock, the
# temporary files of earlier runs that were killed can go.
if command -v flock >/dev/null; then
  exec 9>"$dir/.backup.lock"
  flock --nonblock 9 || fail "another backup is running in $dir"
  rm -f -- "$dir"/.slotline-*.dump.partial
fi

# Names are to the second: a second run within the same second waits for the next one.
while
  name="slotline-$(date -u +%Y-%m-%dT%H%M%SZ).dump"
  [[ -e $dir/$name ]]
do sleep 1; done
final="$dir/$name"
partial="$dir/.$name.partial"
errors=$(mktemp)

child=
cleanup() {
  [[ -n $child ]] && kill "$child" 2>/dev/null
  rm -f -- "$partial" "$errors"
}
trap cleanup EXIT
trap 'fail "interrupted; no backup written"' TERM INT

started=$SECONDS
# In the background, so that a stop signal is handled at once (and ends pg_dump with us).
pg_dump --format=custom --file="$partial" --dbname="$DATABASE_URL" 2>"$errors" &
child=$!
if ! wait "$child"; then
  child=
  redact <"$errors" >&2
  fail "pg_dump failed: $(first_error pg_dump "$errors")"
fi
child=
[[ -s $partial ]] || fail "pg_dump wrote nothing"
pg_restore --list "$partial" >/dev/null 2>"$errors" || fail "the dump cannot be read back: $(first_error pg_restore "$errors")"
sync -- "$partial" 2>/dev/null || true
mv -- "$partial" "$final" || fail "cannot move the dump to $final"
sync -- "$dir" 2>/dev/null || true
seconds=$((SECONDS - started))
size=$(stat -c %s -- "$final")
if command -v numfmt >/dev/null; then size=$(numfmt --to=iec --suffix=B -- "$size"); else size="$size bytes"; fi

if ! pruned=$("$here/prune.sh" "$dir" 2>"$errors"); then
  printf '%s\n' "$pruned" | grep '^deleted ' || true
  fail "wrote $name ($size), but pruning old backups failed: $(first_error prune.sh "$errors")"
fi
printf '%s\n' "$pruned" | grep '^deleted ' || true
echo "backup.sh: wrote $name ($size) in ${seconds}s; ${pruned##*$'\n'}"
