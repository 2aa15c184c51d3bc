import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, JWK } from 'jose';

/** OB 3.0 requires every verifier to support RS256, so credentials are signed with it only. */
export const SIGNING_ALGORITHM = 'RS256';
const MIN_MODULUS_BITS = 2048;

export interface PublicSigningJwk extends JWK {
  kty: 'RSA';
  n: string;
  e: string;
  kid: string;
  alg: typeof SIGNING_ALGORITHM;
  use: 'sig';
}

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: PublicSigningJwk;
}

/**
 * The issuer's RSA keys: the first signs, the rest are retired keys still published
 * so that credentials they signed keep verifying.
 */
export class SigningKeyRing {
  private constructor(private readonly keys: SigningKey[]) {}

  static async fromPems(pems: string[]): Promise<SigningKeyRing> {
    if (pems.length === 0) throw new Error('A signing key ring needs at least one private key');
    return new SigningKeyRing(await Promise.all(pems.map(toSigningKey)));
  }

  /** The key new credentials are signed with. */
  get active(): { kid: string; privateKey: KeyObject } {
    const [{ kid, privateKey }] = this.keys;
    return { kid, privateKey };
  }

  /** The JWKS to publish: public members only, never d, p, q, dp, dq or qi. */
  publicJwks(): { keys: PublicSigningJwk[] } {
    return { keys: this.keys.map((key) => ({ ...key.publicJwk })) };
  }
}

/** The private key in `pem`; throws saying what a signing key must be when it is not one. */
export function readSigningKey(pem: string): KeyObject {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    // OpenSSL's own message ("DECODER routines::unsupported") does not help an operator.
    throw new Error('Signing keys must be unencrypted PEM private keys');
  }
  const details = privateKey.asymmetricKeyDetails;
  if (privateKey.asymmetricKeyType !== 'rsa' || (details?.modulusLength ?? 0) < MIN_MODULUS_BITS) {
    throw new Error(`Signing keys must be RSA keys of at least ${MIN_MODULUS_BITS} bits`);
  }
  return privateKey;
}

async function toSigningKey(pem: string): Promise<SigningKey> {
  const privateKey = readSigningKey(pem);
  // Built from the public key object, so no private member can reach the JWK.
  const { n, e } = createPublicKey(privateKey).export({ format: 'jwk' });
  if (!n || !e) throw new Error('Signing key has no RSA modulus or exponent');
  const kid = await calculateJwkThumbprint({ kty: 'RSA', n, e }, 'sha256');
  return { kid, privateKey, publicJwk: { kty: 'RSA', n, e, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

/**
 * Development keys kept as `signing-key-<UTC timestamp>.pem` in dir, newest first;
 * a first key is generated when there is none.
 */
export function loadOrCreateDevelopmentKeys(dir: string): string[] {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (pemFiles(dir).length === 0) writeNewKey(dir);
  return pemFiles(dir).map((file) => readFileSync(join(dir, file), 'utf8'));
}

/** File names embed a sortable timestamp, so reverse name order is newest first. */
function pemFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.pem'))
    .sort()
    .reverse();
}

function writeNewKey(dir: string): void {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: MIN_MODULUS_BITS,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, '');
  try {
    // 'wx' never overwrites: a key another process wrote in the same second wins.
    writeFileSync(join(dir, `signing-key-${stamp}.pem`), privateKey, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
