import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestPki {
  /** The test CA's certificate file: NODE_EXTRA_CA_CERTS for the processes that must trust it. */
  caFile: string;
  ca: Buffer;
  /** A server certificate signed by the CA for every name and address in `names`. */
  serverKey: Buffer;
  serverCert: Buffer;
}

const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });

/** A certificate authority of the test's own and one server certificate it signed. */
export function makeTestPki(dir: string, names: { dns: string[]; ip: string[] }): TestPki {
  const file = (name: string) => join(dir, name);
  openssl(
    ['req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-days', '1', '-subj', '/CN=Slotline test CA'].concat([
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem'),
    ]),
  );
  openssl([
    'req',
    '-new',
    '-nodes',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-subj',
    `/CN=${names.dns[0]}`,
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
  ]);
  const altNames = [...names.dns.map((name) => `DNS:${name}`), ...names.ip.map((ip) => `IP:${ip}`)].join(',');
  writeFileSync(file('server.ext'), `subjectAltName=${altNames}\nextendedKeyUsage=serverAuth\n`);
  openssl([
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '1',
    '-extfile',
    file('server.ext'),
    '-out',
    file('server.pem'),
  ]);
  return {
    caFile: file('ca.pem'),
    ca: readFileSync(file('ca.pem')),
    serverKey: readFileSync(file('server.key')),
    serverCert: readFileSync(file('server.pem')),
  };
}

/** An RSA key and the self-signed X.509 certificate Google publishes for it, as for Firebase's token signing keys. */
export function makeSigningKey(dir: string, kid: string): { privateKey: string; certificate: string } {
  const key = join(dir, `${kid}.key`);
  const cert = join(dir, `${kid}.pem`);
  openssl(['req', '-x509', '-nodes', '-newkey', 'rsa:2048', '-days', '1', '-subj', '/CN=securetoken.system.gserviceaccount.com', '-keyout', key, '-out', cert]);
  return { privateKey: readFileSync(key, 'utf8'), certificate: readFileSync(cert, 'utf8') };
}
