# common.sh: sourced by backup.sh and restore.sh (not run on its own).
# `redact` copies stdin to stdout with the password of DATABASE_URL (as written and
# percent-decoded) and DATABASE_URL itself replaced by "***", for relaying what the
# PostgreSQL tools print: the connection string carries the password and is never shown.
# `first_error <tool> <file>` prints the first message in <file>, without "<tool>: error: ", redacted.

# shellcheck shell=bash

database_password() {
  local url=${DATABASE_URL:-}
  if [[ $url =~ ^postgres(ql)?://[^:@/]*:([^@/]*)@ ]]; then
    printf '%s' "${BASH_REMATCH[2]}"
  elif [[ $url =~ (^|[[:space:]])password[[:space:]]*=[[:space:]]*([^[:space:]]+) ]]; then
    printf '%s' "${BASH_REMATCH[2]}"
  fi
}

redact() {
  local url=${DATABASE_URL:-} password decoded line
  password=$(database_password)
  decoded=$(printf '%b' "${password//%/\\x}" 2>/dev/null) || decoded=
  while IFS= read -r line || [[ -n $line ]]; do
    [[ -n $url ]] && line=${line//"$url"/***}
    [[ -n $password ]] && line=${line//"$password"/***}
    [[ -n $decoded ]] && line=${line//"$decoded"/***}
    printf '%s\n' "$line"
  done
}

first_error() {
  grep -m1 -v '^[[:space:]]*$' "$2" | sed "s/^$1: \(error: \)\?//" | redact
}
