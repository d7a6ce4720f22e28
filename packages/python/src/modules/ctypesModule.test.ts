// What ctypes refuses: memory pymem does not model (a freed object's bytes, the middle of an
// object) and writes through from_address, each as a Python NotImplementedError the program
// could catch, with a traceback naming its line; never a JS error.
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index.js';

const run = (source: string) => {
  let stdout = '';
  let stderr = '';
  const code = runProgram(source, { filename: 'p.py', stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
};

describe('ctypes refusals', () => {
  it('reading a freed object is refused with the address and the line', () => {
    const r = run('import ctypes\nx = [1, 2, 3]\naddress = id(x)\ndel x\nprint(ctypes.c_long.from_address(address).value)\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('line 5, in <module>');
    expect(r.stderr).toMatch(/NotImplementedError: pymem does not model the memory at 0x[0-9a-f]+: ctypes may read only/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a word inside an object past its header, and an unaligned read across two words, are refused', () => {
    const r = run('import ctypes\nl = [1, 2, 3]\nfor off in (24, 12):\n    try:\n        ctypes.c_long.from_address(id(l) + off).value\n    except NotImplementedError as e:\n        print(off, str(e).split(":")[0])\n');
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[0])).toEqual(['24', '12']);
  });

  it('writing through from_address is refused, and the refcount is unchanged', () => {
    const r = run('import ctypes, sys\nx = []\ntry:\n    ctypes.c_long.from_address(id(x)).value = 10\nexcept NotImplementedError as e:\n    print("refused")\nprint(sys.getrefcount(x))\n');
    expect(r.stdout).toBe('refused\n2\n');
  });

  it('cast of an address with no live object reads as refused only when its value is asked for', () => {
    const r = run('import ctypes\np = ctypes.cast(16, ctypes.py_object)\nprint("made")\np.value\n');
    expect(r.stdout).toBe('made\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NotImplementedError: pymem does not model the memory at 0x10: it is not the address of a live object/);
  });
});
