import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A service account key file shaped like the ones the Firebase console hands out, with a key of
 * its own. Nothing here signs in with it: the tests' sign-ins never reach Google. World-readable,
 * so that an app process running as another user can read it too.
 */
export function writeServiceAccountKey(projectId: string, directory = mkdtempSync(join(tmpdir(), 'slotline-key-'))): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const path = join(directory, 'firebase-service-account.json');
  writeFileSync(
    path,
    JSON.stringify({
      type: 'service_account',
      project_id: projectId,
      private_key_id: 'test-key',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      client_email: `firebase-adminsdk@${projectId}.iam.gserviceaccount.com`,
      client_id: '1',
      token_uri: 'https://oauth2.googleapis.com/token',
    }),
  );
  chmodSync(directory, 0o755);
  chmodSync(path, 0o644);
  return path;
}
