# f-string '=' specifier: the expression text, '=' with spaces, with a conversion and a format spec
x = 42
name = 'abc'
items = [1, 2]
print(f'{x=}')
print(f'{x = }')
print(f'{x=:>6}')
print(f'{name=}')
print(f'{name=!s}')
print(f'{name = !r}')
print(f'{x*2=}')
print(f'{items=}, {len(items)=}')
print(f'{3.5=:.2f}')
print(f'{x  =  }|')
