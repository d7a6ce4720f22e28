// A LIFO stack of int32 values in a growable Int32Array: the free-handle and free-segment
// stacks of the heap hold millions of entries, and a typed array keeps them out of the JS
// heap's way (no boxed elements, one buffer, cheap snapshot copies).

/** A growable int32 stack. */
export class IntStack {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** Removes and returns the top; -1 when empty. */
  pop(): number {
    return this.length > 0 ? this.data[--this.length]! : -1;
  }

  /** The top without removing it; -1 when empty. */
  top(): number {
    return this.length > 0 ? this.data[this.length - 1]! : -1;
  }

  /** Removes the last occurrence of `value` (rare: out-of-order reuse), keeping the order of the rest. */
  remove(value: number): void {
    for (let i = this.length - 1; i >= 0; i--) {
      if (this.data[i] === value) {
        this.data.copyWithin(i, i + 1, this.length);
        this.length--;
        return;
      }
    }
  }

  /** The live entries, bottom first (a copy). */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** A deep copy (snapshots). */
  clone(): IntStack {
    const c = new IntStack(Math.max(1, this.data.length));
    c.data.set(this.data);
    c.length = this.length;
    return c;
  }
}
