import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import { loadOrCreateDevelopmentKeys, SigningKeyRing } from './signing-keys';

function rsaPem(modulusLength = 2048): string {
  return generateKeyPairSync('rsa', {
    modulusLength,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
}

describe('SigningKeyRing', () => {
  const pems = [rsaPem(), rsaPem()];

  it('publishes every key with its RFC 7638 thumbprint as kid and no private member', async () => {
    const ring = await SigningKeyRing.fromPems(pems);
    const { keys } = ring.publicJwks();
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
      expect(key.kid).toBe(await calculateJwkThumbprint({ kty: 'RSA', n: key.n, e: key.e }));
    }
    expect(JSON.stringify(ring.publicJwks())).not.toMatch(/"(d|p|q|dp|dq|qi)"/);
  });

  it('signs with the first key and keeps the others as retired keys', async () => {
    const ring = await SigningKeyRing.fromPems(pems);
    const [active, retired] = ring.publicJwks().keys;
    expect(ring.active.kid).toBe(active.kid);
    expect(retired.kid).not.toBe(active.kid);
    const { n } = await exportJWK(ring.active.privateKey);
    expect(n).toBe(active.n);
  });

  it('gives the same kid to the same key every time', async () => {
    const first = await SigningKeyRing.fromPems([pems[0]]);
    const again = await SigningKeyRing.fromPems([pems[0]]);
    expect(again.active.kid).toBe(first.active.kid);
  });

  it('refuses an empty ring, short RSA keys and non-RSA keys', async () => {
    const ecPem = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey;
    await expect(SigningKeyRing.fromPems([])).rejects.toThrow(/at least one/);
    await expect(SigningKeyRing.fromPems([rsaPem(1024)])).rejects.toThrow(/RSA keys of at least 2048/);
    await expect(SigningKeyRing.fromPems([ecPem])).rejects.toThrow(/RSA keys of at least 2048/);
  });
});

describe('loadOrCreateDevelopmentKeys', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'signing-keys-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates one private key readable by its owner only, then reuses it', async () => {
    const keysDir = join(dir, 'keys');
    const [created] = loadOrCreateDevelopmentKeys(keysDir);
    const files = readdirSync(keysDir);
    expect(files).toEqual([expect.stringMatching(/^signing-key-\d{8}T\d{6}Z\.pem$/)]);
    expect(statSync(join(keysDir, files[0])).mode & 0o777).toBe(0o600);
    expect(created).toContain('-----BEGIN PRIVATE KEY-----');
    expect(loadOrCreateDevelopmentKeys(keysDir)).toEqual([created]);
    await expect(SigningKeyRing.fromPems([created])).resolves.toBeInstanceOf(SigningKeyRing);
  });

  it('lists keys newest first and ignores other files', () => {
    const [older, newer] = [rsaPem(), rsaPem()];
    writeFileSync(join(dir, 'signing-key-20240101T000000Z.pem'), older);
    writeFileSync(join(dir, 'signing-key-20250101T000000Z.pem'), newer);
    writeFileSync(join(dir, 'notes.txt'), 'not a key');
    expect(loadOrCreateDevelopmentKeys(dir)).toEqual([newer, older]);
  });
});
