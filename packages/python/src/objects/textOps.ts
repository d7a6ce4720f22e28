// Operators of str and bytes that build new text objects: `+` (PyUnicode_Concat, bytes_concat),
// merged into Interp beside `%` (objects/percentFormat.ts).
import type { Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';

export const textOps = {
  /**
   * `a + b` of two str or two bytes. An empty side gives the other back (itself when its type is
   * exact, PyUnicode_FromObject / bytes_concat); otherwise a fresh object of the joined text.
   */
  concatText(this: Interp, a: Handle, b: Handle): Handle {
    const sa = this.pv[a] as string;
    const sb = this.pv[b] as string;
    if (this.kind[a] === K.Str) {
      const exactOrCopy = (h: Handle): Handle => (this.ty[h] === this.tStr ? this.incref(h) : this.newStr(this.pv[h] as string));
      if (sa === '') return exactOrCopy(b);
      if (sb === '') return exactOrCopy(a);
      return this.newStrObject(sa + sb);
    }
    if (sa === '' && this.ty[b] === this.tBytes) return this.incref(b);
    if (sb === '' && this.ty[a] === this.tBytes) return this.incref(a);
    return this.newBytes(sa + sb);
  },
};
