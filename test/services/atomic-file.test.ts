// writeFileAtomic's Windows rename retry, with a rename that fails the way a scanner holding the file does.
import { describe, expect, it } from 'vitest';
import { renameWithRetry } from '../../electron/services/atomic-file';

const busy = (failures: number, code = 'EPERM') => {
  let calls = 0;
  const rename = async () => {
    calls++;
    if (calls <= failures) throw Object.assign(new Error(code), { code });
  };
  return { rename, calls: () => calls };
};

describe('renameWithRetry', () => {
  it('on Windows, retries a rename refused for a moment and then succeeds', async () => {
    const r = busy(3);
    await renameWithRetry('a', 'b', 'win32', r.rename);
    expect(r.calls()).toBe(4);
  });

  it('gives up on Windows after repeated refusals, with the original error', async () => {
    const r = busy(100, 'EBUSY');
    await expect(renameWithRetry('a', 'b', 'win32', r.rename)).rejects.toThrow('EBUSY');
    expect(r.calls()).toBe(9);
  });

  it('does not retry elsewhere, nor for errors that are not transient', async () => {
    const linux = busy(1);
    await expect(renameWithRetry('a', 'b', 'linux', linux.rename)).rejects.toThrow('EPERM');
    expect(linux.calls()).toBe(1);
    const missing = busy(1, 'ENOENT');
    await expect(renameWithRetry('a', 'b', 'win32', missing.rename)).rejects.toThrow('ENOENT');
    expect(missing.calls()).toBe(1);
  });
});
