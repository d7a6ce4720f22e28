// The collections module's deque: a tracked 216-byte object whose items live in 64-slot blocks
// of 528 bytes; leftindex/rightindex move as deque_append/appendleft/pop/popleft move them (with
// extend's "start filling from the left" on an empty deque and re-centring when it empties), so
// sys.getsizeof counts the blocks as deque_sizeof does. Mirrors Modules/_collectionsmodule.c.
// The module table also holds the types of modules/collections/ (defaultdict...).
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K, type PyType } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modVal } from './import.js';
import { newExtType } from './extType.js';
import { installDefaultdict } from './collections/defaultdict.js';
import { installOrderedDict } from './collections/ordereddict.js';
import { installCounter } from './collections/counter.js';
import { installNamedtuple } from './collections/namedtuple.js';

const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
const BLOCK_BYTES = BLOCKLEN * 8 + 16;

interface DequeData {
  items: Handle[];
  left: number;
  maxlen: number;
}

/** Creates the collections module. */
export function installCollections(I: Interp): void {
  const { te } = argKit(I);
  const m = newModule(I, 'collections', true);
  const t: PyType = newExtType(I, 'deque', K.Object, { basicSize: 216, gc: true, weakrefable: true });
  const tIter: PyType = newExtType(I, '_deque_iterator', K.Iter, { basicSize: 56, gc: true, weakrefable: false });
  const dq = (h: Handle): DequeData => {
    const d = I.pv[h] as DequeData | undefined;
    if (!d || I.ty[h] !== t) throw te(`descriptor requires a 'collections.deque' object but received a '${I.ty[h].name}'`);
    return d;
  };
  const blocks = (d: DequeData): number => Math.floor((d.left + d.items.length + BLOCKLEN - 1) / BLOCKLEN);
  /** The blocks as one buffer and the items as the object's references (what tp_traverse visits). */
  const sync = (h: Handle, d: DequeData): void => {
    I.mem.relayout(h, d.items);
    I.mem.resizeBuffer(h, 'blocks', blocks(d) * BLOCK_BYTES);
  };
  const recenter = (d: DequeData): void => {
    if (d.items.length === 0) d.left = CENTER + 1;
  };
  // the raw moves, without reference counting: the object's slots own the items (sync sets them)
  const pushRight = (d: DequeData, x: Handle): void => {
    d.items.push(x);
  };
  const pushLeft = (d: DequeData, x: Handle): void => {
    if (d.left === 0) d.left = BLOCKLEN;
    d.left--;
    d.items.unshift(x);
  };
  const takeRight = (d: DequeData): Handle => {
    const x = d.items.pop()!;
    recenter(d);
    return x;
  };
  const takeLeft = (d: DequeData): Handle => {
    const x = d.items.shift()!;
    d.left++;
    if (d.left === BLOCKLEN) d.left = 0;
    recenter(d);
    return x;
  };
  const append = (d: DequeData, x: Handle, left: boolean): void => {
    if (left) pushLeft(d, x);
    else pushRight(d, x);
    if (d.maxlen >= 0 && d.items.length > d.maxlen) {
      if (left) takeRight(d);
      else takeLeft(d);
    }
  };
  const extend = (h: Handle, d: DequeData, src: Handle, left: boolean): void => {
    if (d.items.length === 0 && !left) d.left = 1;
    const items: Handle[] = [];
    const it = I.iter(src);
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it)) items.push(x);
    } finally {
      I.decref(it);
    }
    for (const x of items) append(d, x, left);
    sync(h, d);
    for (const x of items) I.decref(x);
  };
  const newDeque = (src: Handle | undefined, maxlen: number): Handle => {
    const d: DequeData = { items: [], left: CENTER + 1, maxlen };
    const h = I.alloc(t, K.Object, d, 0);
    I.mem.resizeBuffer(h, 'blocks', BLOCK_BYTES);
    if (src !== undefined) extend(h, d, src, false);
    return h;
  };
  const index = (d: DequeData, key: Handle): number => {
    if (I.kind[key] !== K.Int && I.kind[key] !== K.Bool) throw te(`sequence index must be integer, not '${I.ty[key].name}'`);
    let i = Number(I.pv[key]);
    if (i < 0) i += d.items.length;
    if (i < 0 || i >= d.items.length) throw new PyException('IndexError', 'deque index out of range');
    return i;
  };
  I.constructors.set(t, (_t, args, kw) => {
    if (args.length > 2) throw te(`deque expected at most 2 arguments, got ${args.length}`);
    const mh = args[1] ?? kw?.get('maxlen');
    let maxlen = -1;
    if (mh !== undefined && mh !== I.None) {
      if (I.kind[mh] !== K.Int && I.kind[mh] !== K.Bool) throw te('an integer is required');
      maxlen = Number(I.pv[mh]);
      if (maxlen < 0) throw new PyException('ValueError', 'maxlen must be non-negative');
    }
    return newDeque(args[0] ?? kw?.get('iterable'), maxlen);
  });
  t.ext = {
    len: (h) => dq(h).items.length,
    repr: (h) => {
      const d = dq(h);
      return I.reprGuard(h, '[...]', () => {
        const body = `[${d.items.map((x) => I.reprNested(x)).join(', ')}]`;
        return d.maxlen >= 0 ? `deque(${body}, maxlen=${d.maxlen})` : `deque(${body})`;
      });
    },
    getitem: (h, key) => {
      const d = dq(h);
      return I.incref(d.items[index(d, key)]);
    },
    iter: (h) => {
      const it = I.alloc(tIter, K.Iter, { seq: h, i: 0, n: dq(h).items.length }, 1);
      I.mem.setSlot(it, 0, h);
      return it;
    },
    getattr: (h, name) => {
      if (name !== 'maxlen') return -1;
      const d = dq(h);
      return d.maxlen < 0 ? I.none() : I.newInt(d.maxlen);
    },
    eq: (a, b) => I.seqEq(dq(a).items, dq(b).items),
    sizeof: (h) => 216 + blocks(dq(h)) * BLOCK_BYTES,
  };
  tIter.ext = {
    next: (it) => {
      const s = I.pv[it] as { seq: Handle; i: number; n: number };
      if (s.seq < 0) return -1;
      const d = dq(s.seq);
      if (d.items.length !== s.n) throw new PyException('RuntimeError', 'deque mutated during iteration');
      if (s.i < d.items.length) return I.incref(d.items[s.i++]);
      s.seq = -1;
      I.mem.setSlot(it, 0, -1);
      return -1;
    },
  };
  const meth = (name: string, fn: (h: Handle, d: DequeData, a: Handle[]) => Handle): void => {
    t.methods.set(name, (a) => fn(a[0], dq(a[0]), a.slice(1)));
  };
  const one = (name: string, a: Handle[]): Handle => {
    if (a.length !== 1) throw te(`deque.${name}() takes exactly one argument (${a.length} given)`);
    return a[0];
  };
  meth('append', (h, d, a) => (append(d, one('append', a), false), sync(h, d), I.none()));
  meth('appendleft', (h, d, a) => (append(d, one('appendleft', a), true), sync(h, d), I.none()));
  meth('pop', (h, d) => {
    if (!d.items.length) throw new PyException('IndexError', 'pop from an empty deque');
    const x = I.incref(takeRight(d));
    sync(h, d);
    return x;
  });
  meth('popleft', (h, d) => {
    if (!d.items.length) throw new PyException('IndexError', 'pop from an empty deque');
    const x = I.incref(takeLeft(d));
    sync(h, d);
    return x;
  });
  meth('extend', (h, d, a) => (extend(h, d, one('extend', a), false), I.none()));
  meth('extendleft', (h, d, a) => (extend(h, d, one('extendleft', a), true), I.none()));
  meth('rotate', (h, d, a) => {
    const n0 = a.length ? Number(I.pv[a[0]]) : 1;
    const len = d.items.length;
    if (len > 1) {
      let n = n0 % len;
      if (n > len / 2) n -= len;
      else if (n < -len / 2) n += len;
      for (; n > 0; n--) pushLeft(d, d.items.pop()!);
      for (; n < 0; n++) {
        const x = d.items.shift()!;
        d.left = (d.left + 1) % BLOCKLEN;
        pushRight(d, x);
      }
      sync(h, d);
    }
    return I.none();
  });
  meth('clear', (h, d) => {
    d.items.length = 0;
    d.left = CENTER + 1;
    sync(h, d);
    return I.none();
  });
  const find = (d: DequeData, x: Handle): number => d.items.findIndex((y) => y === x || I.eq(y, x));
  meth('count', (_h, d, a) => {
    const x = one('count', a);
    return I.newInt(d.items.filter((y) => y === x || I.eq(y, x)).length);
  });
  meth('index', (_h, d, a) => {
    const i = find(d, a[0]);
    if (i < 0) throw new PyException('ValueError', `${I.repr(a[0])} is not in deque`);
    return I.newInt(i);
  });
  meth('remove', (h, d, a) => {
    const i = find(d, one('remove', a));
    if (i < 0) throw new PyException('ValueError', `${I.repr(a[0])} is not in deque`);
    d.items.splice(i, 1);
    if (i === 0) d.left = (d.left + 1) % BLOCKLEN;
    recenter(d);
    sync(h, d);
    return I.none();
  });
  meth('reverse', (h, d) => (d.items.reverse(), sync(h, d), I.none()));
  meth('copy', (h, d) => newDeque(h, d.maxlen));
  meth('__copy__', (h, d) => newDeque(h, d.maxlen));
  modVal(I, m, 'deque', I.incref(t.h));
  modVal(I, m, 'defaultdict', I.incref(installDefaultdict(I).h));
  modVal(I, m, 'OrderedDict', I.incref(installOrderedDict(I).h));
  modVal(I, m, 'Counter', I.incref(installCounter(I).h));
  modVal(I, m, 'namedtuple', installNamedtuple(I));
}
