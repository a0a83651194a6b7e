#!/usr/bin/env bash
# run-daily.sh: the backup service. Runs backup.sh (beside this script) once a day at BACKUP_AT,
# UTC, until stopped (SIGTERM or SIGINT: a backup under way is abandoned, leaving no file that
# looks like a backup).
#
# Logs one line when it starts and one per run: "backup ok: …" on stdout, or "backup FAILED
# (exit N): <reason>" on stderr. A failed run does not stop the service: it tries again the
# next day (run backup.sh by hand to retry sooner).
#
# Environment:
#   DATABASE_URL  the database to back up (required; never printed)
#   BACKUP_DIR    where the backups go (default /backups)
#   BACKUP_AT     the time of day of the backup, HH:MM in UTC (default 03:15; HH:MM:SS also works)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
at=${BACKUP_AT:-03:15}

log() { printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*"; }

if [[ ! $at =~ ^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$ ]]; then
  echo "run-daily.sh: BACKUP_AT must be a time of day HH:MM in UTC, e.g. 03:15 (got '$at')" >&2
  exit 2
fi
if [[ -z ${DATABASE_URL:-} ]]; then
  echo "run-daily.sh: DATABASE_URL is not set" >&2
  exit 2
fi

# The next BACKUP_AT after now, in seconds since the epoch.
next_run() {
  local now today next
  now=$(date -u +%s)
  today=$(date -u -d "@$now" +%F)
  next=$(date -u -d "$today $at" +%s)
  if ((next <= now)); then next=$(date -u -d "$(date -u -d "@$((now + 86400))" +%F) $at" +%s); fi
  echo "$next"
}
when() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }

child=
stop() {
  [[ -n $child ]] && kill "$child" 2>/dev/null && wait "$child"
  log "backup service stopped"
  exit 0
}
trap stop TERM INT

output=$(mktemp)
trap 'rm -f -- "$output"' EXIT
next=$(next_run)
log "backup service started: backs up daily at $at UTC into ${BACKUP_DIR:-/backups}; next run at $(when "$next")"
while true; do
  # Sleep in the background so that a stop signal is handled at once.
  while ((left = next - $(date -u +%s), left > 0)); do
    sleep "$left" &
    child=$!
    wait "$child"
    child=
  done
  "$here/backup.sh" >"$output" 2>&1 &
  child=$!
  wait "$child"
  status=$?
  child=
  next=$(next_run)
  last=$(grep -v '^\s*$' "$output" | tail -n1)
  last=${last#backup.sh: }
  last=${last:-no output}
  if ((status == 0)); then
    log "backup ok: $last; next run at $(when "$next")"
  else
    log "backup FAILED (exit $status): $last; next run at $(when "$next")" >&2
  fi
done
