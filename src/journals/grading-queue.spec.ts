import { BadInputError } from '../errors/domain-errors';
import { decodeQueuePosition, queuePage } from './grading-queue';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));
const queued = (id: string, minute: number) => ({ journal: { id, submittedAt: at(minute) } });
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const D = '00000000-0000-4000-8000-00000000000d';

describe('a page of the grading queue', () => {
  it('merges cohorts oldest first, ties by id, and says where the next page starts', () => {
    const { page, after } = queuePage([[queued(C, 1), queued(D, 3)], [queued(B, 1), queued(A, 2)]], 3);
    expect(page.map(({ journal }) => journal.id)).toEqual([B, C, A]);
    expect(decodeQueuePosition(after!)).toEqual({ submittedAt: at(2), id: A });
  });

  it('has no next page when everything fits', () => {
    expect(queuePage([[queued(A, 1)], [queued(B, 2)]], 2).after).toBeNull();
    expect(queuePage([], 2)).toEqual({ page: [], after: null });
  });

  it('refuses a position it did not hand out, naming after', () => {
    for (const forged of ['not-a-position', Buffer.from(JSON.stringify(['yesterday', A])).toString('base64url')]) {
      const refusal = (() => {
        try {
          decodeQueuePosition(forged);
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(BadInputError);
      expect(Object.keys((refusal as BadInputError).reasons)).toEqual(['after']);
    }
  });
});
