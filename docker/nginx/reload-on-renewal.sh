#!/bin/sh
# Runs in the nginx container before nginx starts (mounted into /docker-entrypoint.d/): waits for
# the certificate the acme service provides, then reloads nginx whenever that certificate changes.
set -eu
cert=/etc/letsencrypt/slotline/fullchain.pem

for _ in $(seq 1 120); do
  [ -f "$cert" ] && break
  sleep 1
done
[ -f "$cert" ] || { echo "reload-on-renewal: no certificate at $cert: is the acme service running?" >&2; exit 1; }

(
  last=$(cksum "$cert")
  while :; do
    sleep 60
    now=$(cksum "$cert" 2>/dev/null || echo missing)
    if [ "$now" != "$last" ] && [ "$now" != missing ]; then
      last=$now
      nginx -s reload && echo "reload-on-renewal: certificate changed, nginx reloaded"
    fi
  done
) &
