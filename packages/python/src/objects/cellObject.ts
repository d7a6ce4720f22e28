// The cell type: the box a closure variable lives in, shared by the frame that owns the variable
// and every inner function that reads it (their __closure__ tuples). A cell is GC-tracked from
// creation and holds one reference, its contents. Mirrors Objects/cellobject.c.
import { PyException } from '../errors.js';
import type { Handle } from '../mem.js';
import { K } from '../objects.js';
import type { Interp } from '../interp.js';

/** Cell objects, merged into Interp. */
export const cellOps = {
  /** PyCell_New: a new cell taking over the reference `v` (-1: an empty cell). Tracked at once. */
  newCell(this: Interp, v: Handle): Handle {
    const c = this.alloc(this.tCell, K.Cell, v, 1);
    if (v >= 0) this.mem.putSlot(c, 0, v);
    return c;
  },

  /** PyCell_GET: the borrowed contents, -1 when empty. */
  cellGet(this: Interp, c: Handle): Handle {
    return this.pv[c] as Handle;
  },

  /** PyCell_SET with the old contents released after the store; steals `v` (-1 empties the cell). */
  cellSet(this: Interp, c: Handle, v: Handle): void {
    this.pv[c] = v;
    if (v >= 0) this.mem.putSlot(c, 0, v);
    else this.mem.setSlot(c, 0, -1);
  },

  /** `cell.cell_contents` (new reference). */
  cellContents(this: Interp, c: Handle): Handle {
    const v = this.pv[c] as Handle;
    if (v < 0) throw new PyException('ValueError', 'Cell is empty');
    return this.incref(v);
  },

  /** cell_repr: `<cell at 0x...: list object at 0x...>` or `<cell at 0x...: empty>`. */
  cellRepr(this: Interp, c: Handle): string {
    const v = this.pv[c] as Handle;
    const at = `<cell at 0x${this.mem.address(c).toString(16)}`;
    if (v < 0) return `${at}: empty>`;
    return `${at}: ${this.ty[v].name} object at 0x${this.mem.address(v).toString(16)}>`;
  },
};

/** The methods of `cellOps`, merged into Interp. */
export type CellOps = typeof cellOps;
