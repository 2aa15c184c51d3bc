import { gunzipSync } from 'node:zlib';
import { buildStatusListCredential, encodeStatusList, isRevokedInList, STATUS_LIST_LENGTH } from './status-list';

describe('Bitstring Status List', () => {
  const revoked = [0, 7, 8, 4242, STATUS_LIST_LENGTH - 1];

  it('reads revoked indexes back as revoked and every other index as not', () => {
    const list = encodeStatusList(revoked);
    for (const index of revoked) expect(isRevokedInList(list, index)).toBe(true);
    for (const index of [1, 6, 9, 4241, 4243, STATUS_LIST_LENGTH - 2]) {
      expect(isRevokedInList(list, index)).toBe(false);
    }
  });

  it('is a multibase base64url GZIP of 16 KiB with bit 0 leftmost in the first byte', () => {
    const list = encodeStatusList([0, 9]);
    expect(list).toMatch(/^u[A-Za-z0-9_-]+$/);
    const bits = gunzipSync(Buffer.from(list.slice(1), 'base64url'));
    expect(bits).toHaveLength(STATUS_LIST_LENGTH / 8);
    expect([bits[0], bits[1], bits[2]]).toEqual([0b1000_0000, 0b0100_0000, 0]);
  });

  it('refuses indexes outside the list', () => {
    expect(() => encodeStatusList([STATUS_LIST_LENGTH])).toThrow(RangeError);
    expect(() => encodeStatusList([-1])).toThrow(RangeError);
    expect(() => encodeStatusList([1.5])).toThrow(RangeError);
    expect(() => isRevokedInList(encodeStatusList([]), STATUS_LIST_LENGTH)).toThrow(RangeError);
  });

  it('builds the revocation list credential that credentials point to', () => {
    const encodedList = encodeStatusList([3]);
    const credential = buildStatusListCredential({
      publicBaseUrl: 'https://training.example.org',
      issuerId: 'https://training.example.org/issuer',
      issuerName: 'Example IECMHC Consultant Training Program',
      encodedList,
      validFrom: new Date('2026-07-01T08:00:00.500Z'),
    });
    expect(credential).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: 'https://training.example.org/credentials/status/revocation',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: { id: 'https://training.example.org/issuer', name: 'Example IECMHC Consultant Training Program' },
      validFrom: '2026-07-01T08:00:00Z',
      credentialSubject: {
        id: 'https://training.example.org/credentials/status/revocation#list',
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList,
      },
    });
  });
});
