#!/bin/sh
# The acme service (certbot/certbot image): obtains the TLS certificate for the host name of
# APP_URL from Let's Encrypt over HTTP-01 (nginx serves /var/www/certbot) and renews it, checking
# twice a day. nginx reads a copy in /etc/letsencrypt/slotline/ and reloads when it changes.
set -eu
umask 077
: "${APP_URL:?set APP_URL (https://your.host.name) in .env}"
domain=${APP_URL#*://}
domain=${domain%%/*}
domain=${domain%%:*}

served=/etc/letsencrypt/slotline
issued=/etc/letsencrypt/live/slotline
mkdir -p "$served" /var/www/certbot

# nginx cannot start without a certificate, and the first real one needs nginx running to answer
# the challenge: begin with a self-signed stand-in, valid for a day.
if [ ! -f "$served/fullchain.pem" ]; then
  openssl req -x509 -nodes -newkey rsa:2048 -days 1 -subj "/CN=$domain" \
    -keyout "$served/privkey.pem.tmp" -out "$served/fullchain.pem.tmp"
  mv "$served/privkey.pem.tmp" "$served/privkey.pem"
  mv "$served/fullchain.pem.tmp" "$served/fullchain.pem"
fi

set -- --agree-tos --no-eff-email --non-interactive --keep-until-expiring
[ "${ACME_STAGING:-}" = "1" ] && set -- "$@" --staging
# Let's Encrypt no longer mails expiry notices; an address only serves account recovery.
if [ -n "${ACME_EMAIL:-}" ]; then set -- "$@" --email "$ACME_EMAIL"; else set -- "$@" --register-unsafely-without-email; fi

sleep 10 # let nginx start
while :; do
  # Obtains the certificate the first time, then renews it once it is within 30 days of expiry.
  if certbot certonly --webroot -w /var/www/certbot --cert-name slotline -d "$domain" "$@"; then
    if ! cmp -s "$issued/fullchain.pem" "$served/fullchain.pem"; then
      cp -L "$issued/privkey.pem" "$served/privkey.pem.tmp"
      cp -L "$issued/fullchain.pem" "$served/fullchain.pem.tmp"
      mv "$served/privkey.pem.tmp" "$served/privkey.pem"
      mv "$served/fullchain.pem.tmp" "$served/fullchain.pem"
      echo "acme: installed a new certificate for $domain"
    fi
    sleep 43200
  else
    # Let's Encrypt allows 5 failed validations per host name and hour.
    echo "acme: no certificate for $domain yet (DNS or port 80 not reachable?); retrying in 15 minutes" >&2
    sleep 900
  fi
done
