// pymem's own small AST of the Python subset (docs/PYTHON.md): what `parse` builds from the
// lezer tree and `compile` turns into closures. Shapes follow CPython's Python.asdl where the
// subset overlaps it (Constant, BinOp, Compare, ...). Every node carries its line and column.

/** 1-based line and 0-based column (CPython's convention for tracebacks and SyntaxError). */
export interface Pos {
  readonly line: number;
  readonly col: number;
  /** Where an expression ends (line, 0-based column after its last character); set on expressions. */
  readonly endLine?: number;
  readonly endCol?: number;
}

/** A literal value before it becomes an object. `int` as number or bigint, `bytes` as a latin-1 string. */
export type ConstValue =
  | { readonly k: 'int'; readonly v: number | bigint }
  | { readonly k: 'float'; readonly v: number }
  | { readonly k: 'complex'; readonly re: number; readonly im: number }
  | { readonly k: 'str'; readonly v: string }
  | { readonly k: 'bytes'; readonly v: string }
  | { readonly k: 'bool'; readonly v: boolean }
  | { readonly k: 'none' }
  | { readonly k: 'ellipsis' }
  | { readonly k: 'tuple'; readonly v: readonly ConstValue[] };

export type BinOpName = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '<<' | '>>' | '&' | '|' | '^' | '@';
export type CmpOpName = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'is' | 'is not' | 'in' | 'not in';

/** A keyword argument `name=value`, or `**value` when name is null. */
export interface Keyword {
  readonly name: string | null;
  readonly value: Expr;
}

export interface Comprehension {
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
}

export interface Param {
  readonly name: string;
  readonly default: Expr | null;
  readonly kwOnly: boolean;
  /** `name: annotation`, evaluated when the def runs. */
  readonly annotation?: Expr | null;
}

/** A def's or lambda's parameters: the named ones (positional first), `/`'s count, `*args`, `**kwargs`. */
export interface Signature {
  readonly params: readonly Param[];
  /** How many of the first params are positional-only (before `/`). */
  readonly nPosOnly: number;
  readonly vararg: string | null;
  readonly kwarg: string | null;
  /** Annotations of `*args`, `**kwargs` and the return (`-> expr`); absent when none. */
  readonly varargAnn?: Expr | null;
  readonly kwargAnn?: Expr | null;
  readonly returns?: Expr | null;
}

export type Expr = Pos &
  (
    | { readonly t: 'Const'; readonly value: ConstValue }
    | { readonly t: 'Name'; readonly id: string }
    | { readonly t: 'BinOp'; readonly op: BinOpName; readonly left: Expr; readonly right: Expr }
    | { readonly t: 'UnaryOp'; readonly op: '-' | '+' | '~' | 'not'; readonly operand: Expr }
    | { readonly t: 'BoolOp'; readonly op: 'and' | 'or'; readonly values: readonly Expr[] }
    | { readonly t: 'Compare'; readonly left: Expr; readonly ops: readonly CmpOpName[]; readonly comparators: readonly Expr[] }
    | { readonly t: 'IfExp'; readonly test: Expr; readonly body: Expr; readonly orelse: Expr }
    | { readonly t: 'Call'; readonly func: Expr; readonly args: readonly Expr[]; readonly keywords: readonly Keyword[] }
    | { readonly t: 'Attribute'; readonly value: Expr; readonly attr: string }
    | { readonly t: 'Subscript'; readonly value: Expr; readonly index: Expr }
    | { readonly t: 'Slice'; readonly lower: Expr | null; readonly upper: Expr | null; readonly step: Expr | null }
    | { readonly t: 'List'; readonly elts: readonly Expr[] }
    | { readonly t: 'Tuple'; readonly elts: readonly Expr[] }
    | { readonly t: 'Set'; readonly elts: readonly Expr[] }
    | { readonly t: 'Dict'; readonly keys: readonly (Expr | null)[]; readonly values: readonly Expr[] }
    | { readonly t: 'ListComp' | 'SetComp'; readonly elt: Expr; readonly generators: readonly Comprehension[] }
    | { readonly t: 'DictComp'; readonly key: Expr; readonly value: Expr; readonly generators: readonly Comprehension[] }
    | ({ readonly t: 'Lambda'; readonly body: Expr } & Signature)
    | { readonly t: 'Starred'; readonly value: Expr }
    | { readonly t: 'FString'; readonly parts: readonly FStringPart[] }
    | { readonly t: 'Yield'; readonly value: Expr | null }
    | { readonly t: 'YieldFrom'; readonly value: Expr }
    | { readonly t: 'GeneratorExp'; readonly elt: Expr; readonly generators: readonly Comprehension[] }
    /** A value a generator body computed before a yield resumed it (compiler/genCompile.ts; never parsed). */
    | { readonly t: 'Pre'; readonly slot: number }
  );

/** A piece of an f-string: literal text, or a replacement field with its conversion and (possibly nested) spec. */
export type FStringPart =
  | string
  | { readonly expr: Expr; readonly conv: 's' | 'r' | 'a' | null; readonly spec: readonly FStringPart[] | null };

/** One `except [type [as name]]:` clause. */
export interface ExceptHandler extends Pos {
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}

export type Stmt = Pos &
  (
    | { readonly t: 'Expr'; readonly value: Expr }
    | { readonly t: 'Assign'; readonly targets: readonly Expr[]; readonly value: Expr }
    | { readonly t: 'AugAssign'; readonly target: Expr; readonly op: BinOpName; readonly value: Expr }
    /** `target: annotation [= value]`; simple when the target is a bare name (not parenthesised). */
    | { readonly t: 'AnnAssign'; readonly target: Expr; readonly annotation: Expr; readonly value: Expr | null; readonly simple: boolean }
    | { readonly t: 'Delete'; readonly targets: readonly Expr[] }
    | { readonly t: 'If'; readonly test: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[] }
    | { readonly t: 'While'; readonly test: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[] }
    | { readonly t: 'For'; readonly target: Expr; readonly iter: Expr; readonly body: readonly Stmt[]; readonly orelse: readonly Stmt[] }
    | { readonly t: 'Break' | 'Continue' | 'Pass' }
    | { readonly t: 'Return'; readonly value: Expr | null }
    | ({ readonly t: 'FunctionDef'; readonly name: string; readonly body: readonly Stmt[]; readonly decorators: readonly Expr[] } & Signature)
    | { readonly t: 'ClassDef'; readonly name: string; readonly bases: readonly Expr[]; readonly keywords: readonly Keyword[]; readonly body: readonly Stmt[]; readonly decorators: readonly Expr[] }
    | { readonly t: 'Global' | 'Nonlocal'; readonly names: readonly string[] }
    | { readonly t: 'Assert'; readonly test: Expr; readonly msg: Expr | null }
    | {
        readonly t: 'Try';
        readonly body: readonly Stmt[];
        readonly handlers: readonly ExceptHandler[];
        readonly orelse: readonly Stmt[];
        readonly finalbody: readonly Stmt[];
      }
    | { readonly t: 'Raise'; readonly exc: Expr | null; readonly cause: Expr | null }
    | { readonly t: 'With'; readonly items: readonly { readonly ctx: Expr; readonly target: Expr | null }[]; readonly body: readonly Stmt[] }
    | { readonly t: 'Import'; readonly names: readonly { readonly name: string; readonly asname: string | null }[] }
    | {
        readonly t: 'ImportFrom';
        readonly module: string;
        readonly names: readonly { readonly name: string; readonly asname: string | null }[];
      }
  );

/** A parsed program: its statements and its source lines (for tracebacks). */
export interface Module {
  readonly body: readonly Stmt[];
  readonly lines: readonly string[];
}
