#!/usr/bin/env bash
# prune.sh: applies the backup retention to a folder of backups made by backup.sh.
#
#   prune.sh [--dry-run] <backup-dir> [now]
#
# Keeps, among the files named slotline-YYYY-MM-DDTHHMMSSZ.dump (times in UTC):
#   daily:  the newest backup of each of the last 7 days (the day of `now` and the 6 before);
#   weekly: the newest backup of each of the last 4 ISO weeks (the week of `now` and the 3 before).
# A backup that is both counts once. Deletes the other backups; backups dated after `now` and
# files of any other name are left alone. Only the names count, not the files' times, so
# copied or restored backup folders keep their history.
#
# `now` is any time `date -d` reads (default: the current time), e.g. 2026-11-25T03:15:00Z.
# Prints "deleted <name>" for each file deleted ("would delete" with --dry-run), then
# "backups kept: N, deleted: M". No environment variables.
set -euo pipefail
export LC_ALL=C

fail() {
  echo "prune.sh: $*" >&2
  exit 1
}

dry_run=false
if [[ ${1:-} == --dry-run ]]; then
  dry_run=true
  shift
fi
[[ $# -ge 1 && $# -le 2 ]] || fail "usage: prune.sh [--dry-run] <backup-dir> [now]"
dir=$1
[[ -d $dir ]] || fail "no such folder: $dir"
now=$(date -u -d "${2:-now}" +%Y-%m-%dT%H%M%SZ 2>/dev/null) || fail "cannot read the time '${2:-}'"

# The days and ISO weeks whose newest backup is kept. UTC has no DST: a day is 86400 s.
today=$(date -u -d "${now:0:10}" +%s)
declare -A keep_day=() keep_week=() kept_day=() kept_week=() week_of=()
for i in 0 1 2 3 4 5 6; do
  keep_day[$(date -u -d "@$((today - i * 86400))" +%F)]=1
done
for i in 0 1 2 3; do
  keep_week[$(date -u -d "@$((today - i * 7 * 86400))" +%G-W%V)]=1
done

shopt -s nullglob
backups=("$dir"/slotline-*.dump)
kept=0
deleted=0
# Newest first: the names sort by time.
for ((i = ${#backups[@]} - 1; i >= 0; i--)); do
  file=${backups[i]}
  name=${file##*/}
  [[ -f $file && $name =~ ^slotline-([0-9]{4}-[0-9]{2}-[0-9]{2})T[0-9]{6}Z\.dump$ ]] || continue
  day=${BASH_REMATCH[1]}
  stamp=${name#slotline-}
  stamp=${stamp%.dump}
  [[ $stamp > $now ]] && continue
  if [[ -z ${week_of[$day]:-} ]]; then
    week_of[$day]=$(date -u -d "$day" +%G-W%V 2>/dev/null) || continue
  fi
  week=${week_of[$day]}
  keep=false
  if [[ -n ${keep_day[$day]:-} && -z ${kept_day[$day]:-} ]]; then
    kept_day[$day]=1
    keep=true
  fi
  if [[ -n ${keep_week[$week]:-} && -z ${kept_week[$week]:-} ]]; then
    kept_week[$week]=1
    keep=true
  fi
  if $keep; then
    kept=$((kept + 1))
  elif $dry_run; then
    echo "would delete $name"
    deleted=$((deleted + 1))
  else
    rm -f -- "$file" || fail "cannot delete $file"
    echo "deleted $name"
    deleted=$((deleted + 1))
  fi
done
echo "backups kept: $kept, $($dry_run && echo 'to delete' || echo deleted): $deleted"
