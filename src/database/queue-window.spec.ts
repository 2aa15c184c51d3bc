import { BadInputError } from '../errors/domain-errors';
import { decodeQueuePosition, queuePage, QueuePosition, requestedQueuePage } from './queue-window';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));
const queued = (id: string, minute: number) => ({ entry: { id, submittedAt: at(minute) } });
const positionOf = ({ entry }: { entry: QueuePosition }) => entry;
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const D = '00000000-0000-4000-8000-00000000000d';

function refusalOf(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('a page of a work queue', () => {
  it('merges cohorts oldest first, ties by id, and says where the next page starts', () => {
    const { page, after } = queuePage([[queued(C, 1), queued(D, 3)], [queued(B, 1), queued(A, 2)]], 3, positionOf);
    expect(page.map(({ entry }) => entry.id)).toEqual([B, C, A]);
    expect(decodeQueuePosition(after!)).toEqual({ submittedAt: at(2), id: A });
  });

  it('has no next page when everything fits', () => {
    expect(queuePage([[queued(A, 1)], [queued(B, 2)]], 2, positionOf).after).toBeNull();
    expect(queuePage([], 2, positionOf)).toEqual({ page: [], after: null });
  });

  it('refuses a position it did not hand out, naming after', () => {
    for (const forged of ['not-a-position', Buffer.from(JSON.stringify(['yesterday', A])).toString('base64url')]) {
      const refusal = refusalOf(() => decodeQueuePosition(forged));
      expect(refusal).toBeInstanceOf(BadInputError);
      expect(Object.keys((refusal as BadInputError).reasons)).toEqual(['after']);
    }
    expect(refusalOf(() => requestedQueuePage('not-a-position'))).toBeInstanceOf(BadInputError);
  });

  it('starts at the first page without an after, or with an empty one', () => {
    for (const after of [undefined, '', ['a', 'b']]) expect(requestedQueuePage(after)).toEqual({ after: null });
    const { after } = queuePage([[queued(A, 1), queued(B, 2)]], 1, positionOf);
    expect(requestedQueuePage(after)).toEqual({ after, position: { submittedAt: at(1), id: A } });
  });
});
