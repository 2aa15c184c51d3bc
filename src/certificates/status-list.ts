import { gunzipSync, gzipSync } from 'node:zlib';
import { isoSeconds } from './certificate-format';
import { STATUS_LIST_PATH } from './open-badge-credential';

/** The Bitstring Status List minimum (16 KiB), large enough that one entry reveals little. */
export const STATUS_LIST_LENGTH = 131_072;
/** Multibase prefix for base64url without padding. */
const MULTIBASE_BASE64URL = 'u';

export interface StatusListCredentialInput {
  publicBaseUrl: string;
  issuerId: string;
  issuerName: string;
  encodedList: string;
  validFrom: Date;
}

export interface BitstringStatusListCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: { id: string; name: string };
  validFrom: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation';
    encodedList: string;
  };
}

/** GZIP-compressed bitstring, bit 0 the leftmost bit of the first byte, multibase base64url. */
export function encodeStatusList(revokedIndexes: number[], length = STATUS_LIST_LENGTH): string {
  if (!Number.isSafeInteger(length) || length <= 0 || length % 8 !== 0) {
    throw new RangeError(`Status list length must be a positive multiple of 8, got ${length}`);
  }
  const bits = Buffer.alloc(length / 8);
  for (const index of revokedIndexes) {
    if (!Number.isSafeInteger(index) || index < 0 || index >= length) {
      throw new RangeError(`Status list index ${index} is outside 0..${length - 1}`);
    }
    bits[index >> 3] |= 0x80 >> (index & 7);
  }
  return MULTIBASE_BASE64URL + gzipSync(bits).toString('base64url');
}

/** Reads one entry back, as a verifier does. */
export function isRevokedInList(encodedList: string, index: number): boolean {
  if (!encodedList.startsWith(MULTIBASE_BASE64URL)) throw new Error('Status list is not multibase base64url');
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  if (!Number.isSafeInteger(index) || index < 0 || index >= bits.length * 8) {
    throw new RangeError(`Status list index ${index} is outside the list`);
  }
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** The revocation list every issued credential's credentialStatus points to. */
export function buildStatusListCredential(input: StatusListCredentialInput): BitstringStatusListCredential {
  const id = `${input.publicBaseUrl}${STATUS_LIST_PATH}`;
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: input.issuerId, name: input.issuerName },
    validFrom: isoSeconds(input.validFrom),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: input.encodedList,
    },
  };
}
