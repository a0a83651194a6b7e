import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The committed production config (docker/nginx/slotline.conf) as Debian's nginx runs it on this
// machine. Only what differs here is rewritten: ports, upstream addresses, paths.
export const NGINX_DIR = fileURLToPath(new URL('../../docker/nginx/', import.meta.url));

export interface NginxLayout {
  /** Where nginx keeps everything: config, certificate, temp folders, logs, pid. */
  dir: string;
  httpPort: number;
  httpsPort: number;
  /** host:port replacing api-1:4000 and api-2:4000, in that order. */
  upstreams: [string, string];
}

export function findNginx(): string {
  const candidates = [...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'nginx')), '/usr/sbin/nginx'];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('nginx is not installed: `apt-get install -y nginx` (CI installs it in .ci/run). This test never skips.');
  return found;
}

/** The committed config with this machine's ports and paths; every rewrite must match, or the config changed shape. */
export function renderSlotlineConfig(layout: NginxLayout): string {
  const { dir } = layout;
  const rewrites: [string, string][] = [
    ['server api-1:4000', `server ${layout.upstreams[0]}`],
    ['server api-2:4000', `server ${layout.upstreams[1]}`],
    ['listen 80 default_server;', `listen 127.0.0.1:${layout.httpPort} default_server;`],
    ['listen [::]:80 default_server;', ''],
    ['listen 443 ssl http2 default_server;', `listen 127.0.0.1:${layout.httpsPort} ssl http2 default_server;`],
    ['listen [::]:443 ssl http2 default_server;', ''],
    ['/etc/letsencrypt/slotline/', `${join(dir, 'certs')}/`],
    ['/etc/nginx/snippets/', join(NGINX_DIR, 'snippets/')],
    ['/var/www/certbot', join(dir, 'acme')],
  ];
  return rewrites.reduce(
    (config, [from, to]) => {
      if (!config.includes(from)) throw new Error(`docker/nginx/slotline.conf no longer contains "${from}": update test/production/nginx.ts`);
      return config.replaceAll(from, to);
    },
    readFileSync(join(NGINX_DIR, 'slotline.conf'), 'utf8'),
  );
}

/** What the official image's /etc/nginx/nginx.conf provides around conf.d, with every path in `dir`. */
export function mainConfig(dir: string): string {
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'slotline.conf')};
}
`;
}

/** A self-signed certificate for 127.0.0.1 and localhost where the config expects Let's Encrypt's; returns it. */
export function makeSelfSignedCertificate(dir: string): Buffer {
  mkdirSync(join(dir, 'certs'), { recursive: true });
  const key = join(dir, 'certs', 'privkey.pem');
  const cert = join(dir, 'certs', 'fullchain.pem');
  const args = ['req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-days', '1', '-subj', '/CN=localhost'];
  const made = spawnSync('openssl', [...args, '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', cert], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  return readFileSync(cert);
}

/** Writes both config files into layout.dir; returns the arguments nginx takes to use them. */
export function writeNginxConfig(layout: NginxLayout): string[] {
  writeFileSync(join(layout.dir, 'slotline.conf'), renderSlotlineConfig(layout));
  writeFileSync(join(layout.dir, 'nginx.conf'), mainConfig(layout.dir));
  return ['-p', layout.dir, '-e', join(layout.dir, 'error.log'), '-c', join(layout.dir, 'nginx.conf')];
}

export function startNginx(binary: string, args: string[]): { process: ChildProcess; stop(): Promise<void> } {
  const child = spawn(binary, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return {
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
