// 3.11's caret lines under a traceback's source line, on hand-made spans (the differential
// corpus checks them against python3 on whole programs).
import { describe, expect, it } from 'vitest';
import { caretLine } from './traceback.js';

const span = (col: number, endCol: number, anchor: { kind: 'BinOp' | 'Subscript'; a: number; b: number } | null = null, endLine = 1) => ({
  line: 1, col, endLine, endCol, anchor,
});

describe('caretLine', () => {
  it('underlines a call with ^ from the start of the stripped line', () => {
    expect(caretLine('    print(load(x))', span(10, 17))).toBe('      ^^^^^^^');
  });
  it('marks a binary operator with ^ between ~ operands, skipping spaces and closing parens', () => {
    expect(caretLine('    return a + b * 2', span(11, 20, { kind: 'BinOp', a: 12, b: 15 }))).toBe('       ~~^~~~~~~');
    expect(caretLine('x = (a) // b', span(4, 12, { kind: 'BinOp', a: 6, b: 11 }))).toBe('    ~~~~^^~~');
  });
  it('marks a subscript as ~ for the value and ^ for the brackets', () => {
    expect(caretLine("print(d['absent'])", span(6, 17, { kind: 'Subscript', a: 7, b: 17 }))).toBe('      ~^^^^^^^^^^');
  });
  it('prints nothing when ^ would underline the whole line, but keeps anchored ones', () => {
    expect(caretLine("    raise ValueError('x')", span(4, 25))).toBeNull();
    expect(caretLine('1 / 0', span(0, 5, { kind: 'BinOp', a: 1, b: 4 }))).toBe('~~^~~');
  });
  it('runs to the end of the first line for an expression over several lines', () => {
    expect(caretLine('result = f(', span(9, 5, null, 2))).toBe('         ^^');
  });
});
