// Code generation for names and targets: LOAD_FAST/LOAD_DEREF/LOAD_CLASSDEREF/LOAD_GLOBAL/LOAD_NAME and their stores,
// assignment targets (attributes, subscripts, unpacking) and `del` targets. Mirrors
// Python/compile.c (compiler_nameop, compiler_visit_expr's Store/Del contexts).
import type { Expr } from '../parser/ast.js';
import { PyException } from '../errors.js';
import type { Frame } from '../interp.js';
import type { Handle } from '../mem.js';
import type { DictData } from '../objects.js';
import { PySourceError } from '../parser/sourceError.js';
import type { Compiler, E, Scope } from './compile.js';
import { exprPos, notePos } from './positions.js';

/** The error of reading an empty cell: a local that is a cell, or a free variable (format_exc_unbound). */
function unboundMessage(name: string, free: boolean): string {
  return free
    ? `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
    : `cannot access local variable '${name}' where it is not associated with a value`;
}

/** Name loads and stores, assignment and deletion targets, merged into Compiler. */
export const targetOps = {
  loadName(this: Compiler, name: string, sc: Scope, at: { line: number; col: number }): E {
    const I = this.I;
    const r = this.resolve(name, sc, at);
    if (r.kind === 'fast') {
      const i = r.idx;
      return (f) => {
        const v = f.fast[i];
        if (v < 0) throw new PyException('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
        I.incref(v);
        return v;
      };
    }
    if (r.kind === 'deref') {
      const i = r.idx;
      const unbound = unboundMessage(name, r.free);
      return (f) => {
        const v = I.pv[f.cells[i]] as Handle;
        if (v < 0) throw new PyException(r.free ? 'NameError' : 'UnboundLocalError', unbound);
        return I.incref(v);
      };
    }
    const key = `s${name}`;
    const builtins = I.builtins;
    if (r.kind === 'classderef') {
      // LOAD_CLASSDEREF: the class namespace first, then the enclosing function's cell
      const i = r.idx;
      return (f) => {
        const j = (I.pv[f.ns] as DictData).idx.get(key);
        if (j !== undefined) return I.incref((I.pv[f.ns] as DictData).vals[j]);
        const v = I.pv[f.cells[i]] as Handle;
        if (v < 0) throw new PyException('NameError', unboundMessage(name, true));
        return I.incref(v);
      };
    }
    const useNs = r.kind === 'name' && sc.kind === 'class';
    return (f) => {
      if (useNs) {
        const nd = I.pv[f.ns] as DictData;
        const j = nd.idx.get(key);
        if (j !== undefined) return I.incref(nd.vals[j]);
      }
      const d = I.pv[f.globals] as DictData;
      const i = d.idx.get(key);
      if (i !== undefined) return I.incref(d.vals[i]);
      const b = builtins.get(name);
      if (b !== undefined) return I.incref(b);
      throw new PyException('NameError', `name '${name}' is not defined`);
    };
  },

  storeName(this: Compiler, name: string, sc: Scope): (f: Frame, v: Handle) => void {
    const I = this.I;
    const r = this.resolve(name, sc, { line: 0, col: 0 });
    if (r.kind === 'fast') {
      const i = r.idx;
      return (f, v) => {
        const old = f.fast[i];
        f.fast[i] = v;
        if (old >= 0) I.decref(old);
      };
    }
    if (r.kind === 'deref') {
      const i = r.idx;
      return (f, v) => I.cellSet(f.cells[i], v);
    }
    const key = this.name(name);
    const hk = I.hashKey(key);
    const useNs = (r.kind === 'name' || r.kind === 'classderef') && sc.kind === 'class';
    return (f, v) => {
      I.dictSetHashed(useNs ? f.ns : f.globals, key, hk, v);
      I.decref(v);
    };
  },

  /** A store of a value the caller owns (the store steals it). */
  storer(this: Compiler, t: Expr, sc: Scope): (f: Frame, v: Handle) => void {
    const I = this.I;
    switch (t.t) {
      case 'Name':
        return this.storeName(t.id, sc);
      case 'Attribute': {
        const obj = this.expr(t.value, sc);
        const attr = t.attr;
        const pos = exprPos(t);
        return (f, v) => {
          const o = obj(f);
          try {
            I.setattr(o, attr, v);
          } catch (err) {
            notePos(err, f, pos);
            throw err;
          } finally {
            I.decref(v);
            I.decref(o);
          }
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value, sc);
        const key = this.subscriptKey(t.index, sc);
        const pos = exprPos(t);
        return (f, v) => {
          const o = obj(f);
          const k = key(f);
          try {
            I.setitem(o, k, v);
          } catch (err) {
            notePos(err, f, pos);
            throw err;
          } finally {
            I.decref(v);
            I.decref(o);
            I.decref(k);
          }
        };
      }
      case 'Tuple':
      case 'List': {
        const star = t.elts.findIndex((x) => x.t === 'Starred');
        const stores = t.elts.map((x) => this.storer(x.t === 'Starred' ? x.value : x, sc));
        const n = stores.length;
        // a failed unpack points at the whole target (UNPACK_SEQUENCE/UNPACK_EX's location)
        const last = t.elts[t.elts.length - 1];
        const pos = exprPos(t) ?? (last?.endLine !== undefined && last.endCol !== undefined ? { line: t.line, col: t.col, endLine: last.endLine, endCol: last.endCol, anchor: null } : null);
        if (star >= 0) {
          return (f, v) => {
            let items: Handle[];
            try {
              items = this.unpackStarred(v, star, n - star - 1);
            } catch (err) {
              notePos(err, f, pos);
              throw err;
            }
            for (let i = 0; i < n; i++) stores[i](f, items[i]);
          };
        }
        return (f, v) => {
          let items: Handle[];
          try {
            items = I.unpack(v, n);
          } catch (err) {
            notePos(err, f, pos);
            throw err;
          }
          for (let i = 0; i < n; i++) stores[i](f, items[i]);
        };
      }
      default:
        throw new PySourceError('SyntaxError', 'cannot assign to expression', t.line, t.col);
    }
  },

  deleter(this: Compiler, t: Expr, sc: Scope): (f: Frame) => void {
    const I = this.I;
    switch (t.t) {
      case 'Name': {
        const r = this.resolve(t.id, sc, t);
        if (r.kind === 'fast') {
          const i = r.idx;
          const name = t.id;
          return (f) => {
            const old = f.fast[i];
            if (old < 0) throw new PyException('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
            f.fast[i] = -1;
            I.decref(old);
          };
        }
        if (r.kind === 'deref') {
          const i = r.idx;
          const msg = unboundMessage(t.id, r.free);
          return (f) => {
            const c = f.cells[i];
            if ((I.pv[c] as Handle) < 0) throw new PyException(r.free ? 'NameError' : 'UnboundLocalError', msg);
            I.cellSet(c, -1);
          };
        }
        const key = this.name(t.id);
        const name = t.id;
        const inNs = (r.kind === 'name' || r.kind === 'classderef') && sc.kind === 'class';
        return (f) => {
          const d = inNs ? f.ns : f.globals;
          if (!I.dictDel(d, key)) throw new PyException('NameError', `name '${name}' is not defined`);
        };
      }
      case 'Attribute': {
        const obj = this.expr(t.value, sc);
        return (f) => {
          const o = obj(f);
          try {
            I.delattr(o, t.attr);
          } finally {
            I.decref(o);
          }
        };
      }
      case 'Subscript': {
        const obj = this.expr(t.value, sc);
        const key = this.subscriptKey(t.index, sc);
        return (f) => {
          const o = obj(f);
          const k = key(f);
          try {
            I.delitem(o, k);
          } finally {
            I.decref(o);
            I.decref(k);
          }
        };
      }
      case 'Tuple':
      case 'List': {
        const dels = t.elts.map((x) => this.deleter(x, sc));
        return (f) => {
          for (const d of dels) d(f);
        };
      }
      default:
        throw new PySourceError('SyntaxError', 'cannot delete expression', t.line, t.col);
    }
  },
};

/** The methods of `targetOps`, merged into Compiler. */
export type TargetOps = typeof targetOps;
