// str's case mappings (upper, lower, title, capitalize, swapcase, casefold) and its is*
// predicates. Mirrors Objects/unicodeobject.c: case_operation with do_upper/do_lower/do_title/
// do_capitalize/do_swapcase/do_casefold (results are always new objects, PyUnicode_New, except
// the empty string) and unicode_isalpha ... unicode_isidentifier. Character facts come from
// objects/unicodeChar.ts.
import type { Interp } from '../interp.js';
import type { Handle } from '../mem.js';
import { strKit } from './strArgs.js';
import * as U from './unicodeChar.js';

type CaseOp = (cps: number[]) => string;

const upper: CaseOp = (cps) => cps.map(U.upperFull).join('');
const lower: CaseOp = (cps) => cps.map((_, i) => U.lowerAt(cps, i)).join('');
const casefold: CaseOp = (cps) => cps.map(U.foldFull).join('');
const title: CaseOp = (cps) => {
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += prevCased ? U.lowerAt(cps, i) : U.titleFull(cps[i]!);
    prevCased = U.isCased(cps[i]!);
  }
  return out;
};
const capitalize: CaseOp = (cps) => (cps.length ? U.titleFull(cps[0]!) + cps.slice(1).map((_, i) => U.lowerAt(cps, i + 1)).join('') : '');
const swapcase: CaseOp = (cps) =>
  cps.map((c, i) => (U.isUpper(c) ? U.lowerAt(cps, i) : U.isLower(c) ? U.upperFull(c) : String.fromCodePoint(c))).join('');

/** Every character satisfies `test` (and there is at least one). */
const all = (cps: number[], test: (c: number) => boolean): boolean => cps.length > 0 && cps.every(test);

const isupper = (cps: number[]): boolean => {
  let cased = false;
  for (const c of cps) {
    if (U.isLower(c) || U.isTitle(c)) return false;
    if (U.isUpper(c)) cased = true;
  }
  return cased;
};
const islower = (cps: number[]): boolean => {
  let cased = false;
  for (const c of cps) {
    if (U.isUpper(c) || U.isTitle(c)) return false;
    if (U.isLower(c)) cased = true;
  }
  return cased;
};
const istitle = (cps: number[]): boolean => {
  let cased = false;
  let prev = false;
  for (const c of cps) {
    if (U.isUpper(c) || U.isTitle(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (U.isLower(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
};

const PREDICATES: [string, (cps: number[]) => boolean][] = [
  ['isalpha', (cps) => all(cps, U.isAlpha)],
  ['isalnum', (cps) => all(cps, U.isAlnum)],
  ['isdecimal', (cps) => all(cps, U.isDecimal)],
  ['isdigit', (cps) => all(cps, U.isDigit)],
  ['isnumeric', (cps) => all(cps, U.isNumeric)],
  ['isspace', (cps) => all(cps, U.isSpace)],
  ['isprintable', (cps) => cps.every(U.isPrintable)],
  ['isascii', (cps) => cps.every((c) => c < 128)],
  ['isidentifier', (cps) => cps.length > 0 && U.isXidStart(cps[0]!) && cps.slice(1).every(U.isXidContinue)],
  ['isupper', isupper],
  ['islower', islower],
  ['istitle', istitle],
];

/** The case methods and the is* predicates of str. */
export function installStrCase(I: Interp): void {
  const { sv, sig, fresh } = strKit(I);
  const caseMethod = (name: string, op: CaseOp): void => {
    I.tStr.methods.set(name, (a, kw) => {
      sig(name, a, kw, 0, 0, 'noargs');
      return fresh(op(U.codePoints(sv(a[0]!))));
    });
  };
  caseMethod('upper', upper);
  caseMethod('lower', lower);
  caseMethod('title', title);
  caseMethod('capitalize', capitalize);
  caseMethod('swapcase', swapcase);
  caseMethod('casefold', casefold);
  for (const [name, test] of PREDICATES) {
    I.tStr.methods.set(name, (a: Handle[], kw) => {
      sig(name, a, kw, 0, 0, 'noargs');
      return I.newBool(test(U.codePoints(sv(a[0]!))));
    });
  }
}
