// collections.Counter: CPython's is a Python class in Lib/collections/__init__.py subclassing
// dict; here it is a dict subtype with that class's layout (dict's 48 bytes plus the weakref
// pointer, and a managed __dict__ in the pre-header: 88 bytes empty) and its methods written as
// that class writes them: update/subtract (dict.update's merge when an empty Counter takes a
// mapping, else one `self[elem] = self.get(elem, 0) + n` per element as _count_elements does),
// __missing__ 0, most_common's stable sort by count, the multiset operators that keep positive
// counts, and the repr of dict(self.most_common()). The temporaries of the Python methods' frames
// are not modelled. Start with installCounter.
import { PyException } from '../../errors.js';
import type { Handle } from '../../mem.js';
import { K, type DictData, type PyType } from '../../objects.js';
import type { Interp } from '../../interp.js';
import { newDictSubtype, withTpCallArgs } from './dictSubtype.js';

/** Builds the Counter type (returned for the module table). */
export function installCounter(I: Interp): PyType {
  const t = newDictSubtype(I, 'Counter', { basicSize: 56, weakrefable: true, managedDict: true });
  const te = (msg: string) => new PyException('TypeError', msg);
  const isCounter = (h: Handle): boolean => I.kind[h] === K.Dict && I.ty[h].isSubtypeOf(t);
  const check = (h: Handle, what: string): void => {
    if (!isCounter(h)) throw te(`descriptor '${what}' requires a 'Counter' object but received a '${I.ty[h].name}'`);
  };
  /** The live (key, value) pairs, borrowed, in order. */
  const pairs = (h: Handle): [Handle, Handle][] => {
    const d = I.pv[h] as DictData;
    const out: [Handle, Handle][] = [];
    for (let i = 0; i < d.keys.length; i++) if (d.keys[i] >= 0) out.push([d.keys[i], d.vals[i]]);
    return out;
  };
  /** Runs fn over a snapshot of the pairs, holding references while it runs. */
  const eachPair = (h: Handle, fn: (k: Handle, v: Handle) => void): void => {
    const ps = pairs(h);
    for (const [k, v] of ps) {
      I.incref(k);
      I.incref(v);
    }
    try {
      for (const [k, v] of ps) fn(k, v);
    } finally {
      for (const [k, v] of ps) {
        I.decref(k);
        I.decref(v);
      }
    }
  };
  /** self[key] (0 when missing), a new reference. */
  const count = (h: Handle, key: Handle): Handle => {
    const v = I.dictGet(h, key);
    return v >= 0 ? I.incref(v) : I.newInt(0);
  };
  /** `self[key] = self.get(key, 0) OP n`, stealing nothing. */
  const bump = (h: Handle, key: Handle, op: '+' | '-', n: Handle): void => {
    const cur = count(h, key);
    try {
      const r = I.binop(op, cur, n);
      I.dictSet(h, key, r);
      I.decref(r);
    } finally {
      I.decref(cur);
    }
  };
  const one = I.newInt(1);
  const positive = (v: Handle): boolean => {
    const z = I.newInt(0);
    try {
      return I.compareBool('>', v, z);
    } finally {
      I.decref(z);
    }
  };
  const negative = (v: Handle): boolean => {
    const z = I.newInt(0);
    try {
      return I.compareBool('<', v, z);
    } finally {
      I.decref(z);
    }
  };
  const isMapping = (h: Handle): boolean => I.kind[h] === K.Dict;

  /** Counter.update / subtract with one positional argument. */
  const add = (h: Handle, src: Handle, op: '+' | '-'): void => {
    if (isMapping(src)) {
      // an empty Counter takes a mapping as dict.update does (dict_merge)
      if (op === '+' && (I.pv[h] as DictData).used === 0) {
        I.dictUpdate(h, src);
        return;
      }
      eachPair(src, (k, v) => bump(h, k, op, v));
      return;
    }
    const it = I.iter(src);
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) {
        try {
          bump(h, x, op, one);
        } finally {
          I.decref(x);
        }
      }
    } finally {
      I.decref(it);
    }
  };
  const updateFrom = (h: Handle, a: Handle[], kw: Map<string, Handle> | null, op: '+' | '-', name: string): void => {
    if (a.length > 1) throw te(`${name} expected at most 1 argument, got ${a.length}`);
    if (a.length && a[0] !== I.None) add(h, a[0], op);
    if (kw && kw.size) {
      const d = I.newDict();
      try {
        for (const [k, v] of kw) I.dictSetStr(d, k, v);
        add(h, d, op);
      } finally {
        I.decref(d);
      }
    }
  };
  const newCounter = (): Handle => I.newDict(0, true, t);
  I.constructors.set(t, (_t, args, kw) => withTpCallArgs(I, args, kw, () => {
    const h = newCounter();
    try {
      updateFrom(h, args, kw, '+', 'update');
    } catch (e) {
      I.decref(h);
      throw e;
    }
    return h;
  }));

  /** most_common: the pairs sorted by count, largest first, ties in insertion order (new tuples). */
  const mostCommon = (h: Handle, n: number | null): Handle[] => {
    const ps = pairs(h).map((p, i) => ({ p, i }));
    ps.sort((x, y) => {
      if (I.compareBool('<', y.p[1], x.p[1])) return -1;
      if (I.compareBool('<', x.p[1], y.p[1])) return 1;
      return x.i - y.i;
    });
    const picked = n === null ? ps : ps.slice(0, Math.max(0, n));
    return picked.map(({ p: [k, v] }) => I.newTuple([I.incref(k), I.incref(v)]));
  };
  t.methods.set('most_common', (a, kw) => {
    check(a[0], 'most_common');
    const nh = a[1] ?? kw?.get('n');
    let n: number | null = null;
    if (nh !== undefined && nh !== I.None) {
      if (I.kind[nh] !== K.Int && I.kind[nh] !== K.Bool) throw te(`'${I.ty[nh].name}' object cannot be interpreted as an integer`);
      n = Number(I.pv[nh]);
    }
    return I.newList(mostCommon(a[0], n));
  });
  t.methods.set('elements', (a) => {
    check(a[0], 'elements');
    const out: Handle[] = [];
    for (const [k, v] of pairs(a[0])) {
      const n = I.kind[v] === K.Int || I.kind[v] === K.Bool ? Number(I.pv[v]) : 0;
      for (let i = 0; i < n; i++) out.push(I.incref(k));
    }
    const l = I.newList(out);
    try {
      return I.iter(l);
    } finally {
      I.decref(l);
    }
  });
  t.methods.set('total', (a) => {
    check(a[0], 'total');
    let acc = I.newInt(0);
    for (const [, v] of pairs(a[0])) {
      const r = I.binop('+', acc, v);
      I.decref(acc);
      acc = r;
    }
    return acc;
  });
  t.methods.set('update', (a, kw) => (check(a[0], 'update'), updateFrom(a[0], a.slice(1), kw, '+', 'update'), I.none()));
  t.methods.set('subtract', (a, kw) => (check(a[0], 'subtract'), updateFrom(a[0], a.slice(1), kw, '-', 'subtract'), I.none()));
  t.methods.set('copy', (a) => {
    check(a[0], 'copy');
    const r = newCounter();
    I.dictUpdate(r, a[0]);
    return r;
  });
  t.methods.set('__missing__', () => I.newInt(0));
  t.methods.set('fromkeys', () => {
    throw new PyException('NotImplementedError', 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.');
  });

  /** The multiset operators: a new Counter of the positive results. */
  const combine = (a: Handle, b: Handle, op: string): Handle => {
    const r = newCounter();
    try {
      eachPair(a, (k, v) => {
        const o = count(b, k);
        try {
          let nv: Handle;
          if (op === '+' || op === '-') nv = I.binop(op, v, o);
          else if (op === '|') nv = I.incref(I.compareBool('<', v, o) ? o : v);
          else nv = I.incref(I.compareBool('<', v, o) ? v : o);
          if (positive(nv)) I.dictSet(r, k, nv);
          I.decref(nv);
        } finally {
          I.decref(o);
        }
      });
      if (op !== '&') {
        eachPair(b, (k, v) => {
          if (I.dictGet(a, k) >= 0) return;
          if (op === '-') {
            if (negative(v)) {
              const z = I.newInt(0);
              const nv = I.binop('-', z, v);
              I.decref(z);
              I.dictSet(r, k, nv);
              I.decref(nv);
            }
          } else if (positive(v)) I.dictSet(r, k, v);
        });
      }
    } catch (e) {
      I.decref(r);
      throw e;
    }
    return r;
  };
  /** __iadd__/__isub__/__ior__/__iand__: the counts changed in place, then _keep_positive. */
  const inplace = (a: Handle, b: Handle, op: string): Handle => {
    if (op === '&') {
      eachPair(a, (k, v) => {
        const o = count(b, k);
        if (I.compareBool('<', o, v)) I.dictSet(a, k, o);
        I.decref(o);
      });
    } else {
      eachPair(b, (k, v) => {
        if (op === '+' || op === '-') bump(a, k, op, v);
        else {
          const cur = count(a, k);
          if (I.compareBool('>', v, cur)) I.dictSet(a, k, v);
          I.decref(cur);
        }
      });
    }
    eachPair(a, (k, v) => {
      if (!positive(v)) I.dictDel(a, k);
    });
    return I.incref(a);
  };
  const unary = (h: Handle, neg: boolean): Handle => {
    const r = newCounter();
    eachPair(h, (k, v) => {
      if (neg ? negative(v) : positive(v)) {
        const z = I.newInt(0);
        const nv = neg ? I.binop('-', z, v) : I.incref(v);
        I.decref(z);
        I.dictSet(r, k, nv);
        I.decref(nv);
      }
    });
    return r;
  };
  t.ext = {
    visitsType: true,
    missing: () => I.newInt(0),
    repr: (h) => {
      const name = I.ty[h].name;
      if ((I.pv[h] as DictData).used === 0) return `${name}()`;
      // dict(self.most_common()), falling back to dict(self) when the counts do not order
      let d: Handle;
      try {
        const l = I.newList(mostCommon(h, null));
        d = I.newDict();
        I.dictUpdate(d, l);
        I.decref(l);
      } catch (e) {
        if (!(e instanceof PyException) || e.pyType !== 'TypeError') throw e;
        d = I.dictCopy(h);
      }
      try {
        return `${name}(${I.reprNested(d)})`;
      } finally {
        I.decref(d);
      }
    },
    eq: (a, b) => {
      // 3.10+: missing elements count as zero
      for (const [x, y] of [[a, b], [b, a]]) {
        for (const [k, v] of pairs(x)) {
          const o = count(y, k);
          const same = I.eq(v, o);
          I.decref(o);
          if (!same) return false;
        }
      }
      return true;
    },
    binop: (op, a, b, inp) => {
      if (!'+-|&'.includes(op) || op.length !== 1 || !isCounter(a) || !isCounter(b)) return -1;
      return inp ? inplace(a, b, op) : combine(a, b, op);
    },
    unary: (op, a) => (op === '-' || op === '+' ? unary(a, op === '-') : -1),
  };
  return t;
}
