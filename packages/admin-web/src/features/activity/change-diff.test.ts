import { changeRows, displayValue } from './change-diff';

describe('before/after diff of an audit event', () => {
  it('lists each changed field with its value before and after', () => {
    expect(
      changeRows({
        before: { status: 'ACTIVE', title: 'LCSW' },
        after: { status: 'INACTIVE', title: 'LCSW', reason: 'Leave' },
      }),
    ).toEqual([
      { field: 'status', before: 'ACTIVE', after: 'INACTIVE' },
      { field: 'reason', before: '—', after: 'Leave' },
    ]);
  });

  it('shows lists and objects as JSON, and nothing at all as a dash', () => {
    expect(displayValue(['a', 'b'])).toBe('["a","b"]');
    expect(displayValue(null)).toBe('—');
    expect(displayValue(false)).toBe('false');
  });

  it('has no rows for no changes', () => {
    expect(changeRows(null)).toEqual([]);
    expect(changeRows({ before: null, after: null })).toEqual([]);
  });
});
