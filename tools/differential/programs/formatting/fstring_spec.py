# f-string format specs, nested spec fields, conversions and the value cache of a plain f'{s}'
import sys
x = 3.14159
n = 255
w = 10
name = 'pymem'
print(f'{x:.2f}|{x:>{w}.3f}|{x:<{w}}|{n:#x}|{n:08b}|{n:,}')
print(f'{name!r} {name!s} {name!a} {"é"!a}')
print(f'{name:>{w}}|{name:^{w}}|{name:.{2}}')
print(f'{n:{"x"}}', f'{n:{"<"}{5}}|')
print(f'{{literal}} {n} {{{n}}}')
print(f'{1 + 2} {[i * i for i in range(4)]} {"yes" if n else "no"}')
print(f'{x!r:>12}|{name!r:^11}|')
same = f'{name}'
print(same is name, sys.getsizeof(f'{name}{name}'))
print(f'{n:{w}d}|{-n:{w}}|{n:<{w}}|')
table = {'a': 1, 'bb': 22}
for k in table:
    print(f'{k:<4}{table[k]:>4}')
