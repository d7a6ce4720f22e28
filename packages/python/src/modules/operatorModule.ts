// The operator module: the operators as functions (add, lt, getitem, not_...), and the
// itemgetter, attrgetter and methodcaller callables as their own static types.
// Mirrors Modules/_operator.c.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';
import { argKit } from '../getargs.js';
import { newModule, modFn, modVal } from './import.js';
import { newExtType } from './extType.js';

const BINARY: readonly [string, string][] = [
  ['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'], ['pow', '**'],
  ['lshift', '<<'], ['rshift', '>>'], ['and_', '&'], ['or_', '|'], ['xor', '^'], ['matmul', '@'],
];
const COMPARE: readonly [string, string][] = [['eq', '=='], ['ne', '!='], ['lt', '<'], ['le', '<='], ['gt', '>'], ['ge', '>=']];

/** Creates the operator module. */
export function installOperator(I: Interp): void {
  const { te, argc } = argKit(I);
  const m = newModule(I, 'operator', true);
  const fn = (name: string, f: (a: Handle[]) => Handle): void => modFn(I, m, name, f);
  const two = (name: string, a: Handle[]): void => {
    if (a.length !== 2) throw te(`${name} expected 2 arguments, got ${a.length}`);
  };
  for (const [name, op] of BINARY) {
    fn(name, (a) => (two(name, a), I.binop(op, a[0], a[1])));
    fn(`__${name.replace(/_$/, '')}__`, (a) => (two(name, a), I.binop(op, a[0], a[1])));
    const iname = `i${name.replace(/_$/, '')}`;
    fn(iname, (a) => (two(iname, a), I.binop(op, a[0], a[1], true)));
  }
  fn('concat', (a) => {
    two('concat', a);
    const ok = (h: Handle): boolean => [K.List, K.Tuple, K.Str, K.Bytes].includes(I.kind[h]) || I.lookupClassAttr(I.ty[h], '__getitem__') >= 0;
    if (!ok(a[0])) throw te(`'${I.ty[a[0]].name}' object can't be concatenated`);
    return I.binop('+', a[0], a[1]);
  });
  for (const [name, op] of COMPARE) {
    fn(name, (a) => (two(name, a), I.compare(op, a[0], a[1])));
    fn(`__${name}__`, (a) => (two(name, a), I.compare(op, a[0], a[1])));
  }
  const unary = (name: string, op: string): void => fn(name, (a) => (argc(name, a, 1, 1), I.unary(op, a[0])));
  unary('neg', '-');
  unary('pos', '+');
  unary('invert', '~');
  unary('inv', '~');
  fn('abs', (a) => (argc('abs', a, 1, 1), I.call(I.incref(I.builtins.get('abs')!), [I.incref(a[0])], null)));
  fn('not_', (a) => (argc('not_', a, 1, 1), I.newBool(!I.truthy(a[0]))));
  fn('truth', (a) => (argc('truth', a, 1, 1), I.newBool(I.truthy(a[0]))));
  fn('is_', (a) => (two('is_', a), I.newBool(a[0] === a[1])));
  fn('is_not', (a) => (two('is_not', a), I.newBool(a[0] !== a[1])));
  fn('contains', (a) => (two('contains', a), I.newBool(I.contains(a[0], a[1]))));
  fn('getitem', (a) => (two('getitem', a), I.getitem(a[0], a[1])));
  fn('setitem', (a) => {
    if (a.length !== 3) throw te(`setitem expected 3 arguments, got ${a.length}`);
    I.setitem(a[0], a[1], a[2]);
    return I.none();
  });
  fn('delitem', (a) => (two('delitem', a), I.delitem(a[0], a[1]), I.none()));
  fn('index', (a) => {
    argc('index', a, 1, 1);
    const k = I.kind[a[0]];
    if (k === K.Int) return I.incref(a[0]);
    if (k === K.Bool) return I.newInt(I.pv[a[0]] as number);
    throw te(`'${I.ty[a[0]].name}' object cannot be interpreted as an integer`);
  });
  const scan = (a: Handle[], stopAtFirst: boolean): number => {
    const it = I.iter(a[0]);
    let n = 0, i = 0;
    try {
      for (let x = I.next(it); x >= 0; x = I.next(it), i++) {
        const same = x === a[1] || I.eq(x, a[1]);
        I.decref(x);
        if (same) {
          if (stopAtFirst) return i;
          n++;
        }
      }
    } finally {
      I.decref(it);
    }
    if (stopAtFirst) throw new PyException('ValueError', 'sequence.index(x): x not in sequence');
    return n;
  };
  fn('countOf', (a) => (two('countOf', a), I.newInt(scan(a, false))));
  fn('indexOf', (a) => (two('indexOf', a), I.newInt(scan(a, true))));
  fn('length_hint', (a) => {
    argc('length_hint', a, 1, 2);
    try {
      return I.newInt(I.len(a[0]));
    } catch (e) {
      if (!(e instanceof PyException) || e.pyType !== 'TypeError') throw e;
      return a.length > 1 ? I.incref(a[1]) : I.newInt(0);
    }
  });

  // itemgetter / attrgetter / methodcaller: objects holding their arguments (tp_traverse visits them)
  const holder = (name: string, basicSize: number, call: (d: { items: Handle[]; kw?: Map<string, Handle> }, obj: Handle) => Handle,
    repr: (d: { items: Handle[]; kw?: Map<string, Handle> }) => string): void => {
    const t = newExtType(I, name, K.Object, { basicSize, gc: true, weakrefable: false });
    t.ext = {
      call: (self, args, kw) => {
        if (kw && kw.size) throw te(`${name}() takes no keyword arguments`);
        if (args.length !== 1) throw te(`${name} expected 1 argument, got ${args.length}`);
        return call(I.pv[self] as { items: Handle[] }, args[0]);
      },
      repr: (self) => `operator.${name}(${repr(I.pv[self] as { items: Handle[] })})`,
    };
    I.constructors.set(t, (_t, args, kw) => {
      if (name !== 'methodcaller' && kw && kw.size) throw te(`${name}() takes no keyword arguments`);
      if (args.length < 1) throw te(name === 'methodcaller' ? 'methodcaller needs at least one argument, the method name' : `${name} expected 1 argument, got 0`);
      if (name !== 'itemgetter' && I.kind[args[0]] !== K.Str) throw te(name === 'attrgetter' ? 'attribute name must be a string' : 'method name must be a string');
      if (name === 'attrgetter') for (const x of args) if (I.kind[x] !== K.Str) throw te('attribute name must be a string');
      const items = args.map((x) => I.incref(x));
      const kwv = name === 'methodcaller' ? new Map([...(kw ?? new Map<string, Handle>())].map(([k, v]) => [k, I.incref(v)])) : undefined;
      const h = I.alloc(t, K.Object, { items, kw: kwv }, items.length + (kwv?.size ?? 0));
      items.forEach((x, i) => I.mem.putSlot(h, i, x));
      [...(kwv?.values() ?? [])].forEach((x, i) => I.mem.putSlot(h, items.length + i, x));
      return h;
    });
    modVal(I, m, name, I.incref(t.h));
  };
  holder('itemgetter', 48, (d, obj) => {
    if (d.items.length === 1) return I.getitem(obj, d.items[0]);
    return I.newTuple(d.items.map((k) => I.getitem(obj, k)));
  }, (d) => d.items.map((x) => I.repr(x)).join(', '));
  const dotted = (obj: Handle, path: string): Handle => {
    let cur = I.incref(obj);
    for (const part of path.split('.')) {
      const next = I.getattr(cur, part);
      I.decref(cur);
      cur = next;
    }
    return cur;
  };
  holder('attrgetter', 40, (d, obj) => {
    if (d.items.length === 1) return dotted(obj, I.pv[d.items[0]] as string);
    return I.newTuple(d.items.map((k) => dotted(obj, I.pv[k] as string)));
  }, (d) => d.items.map((x) => I.repr(x)).join(', '));
  holder('methodcaller', 40, (d, obj) => {
    const meth = I.getattr(obj, I.pv[d.items[0]] as string);
    const kw = d.kw && d.kw.size ? new Map([...d.kw].map(([k, v]) => [k, I.incref(v)])) : null;
    return I.call(meth, d.items.slice(1).map((x) => I.incref(x)), kw);
  }, (d) => [...d.items.map((x) => I.repr(x)), ...[...(d.kw ?? new Map<string, Handle>())].map(([k, v]) => `${k}=${I.repr(v)}`)].join(', '));
}
