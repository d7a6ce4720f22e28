# eval of expressions and exec of statements with explicit globals/locals dicts; compile() to code objects
g = {'x': 10}
print(eval('1 + 2 * 3'), eval('x * 2', g), eval('[i * i for i in range(4)]'), eval('y', {}, {'y': 5}))
exec('z = x + 1', g)
print(g['z'], sorted(k for k in g if k != '__builtins__'))
ns = {}
exec('def f(a):\n    return a * 3\nr = f(4)', ns)
print(ns['r'], ns['f'](2))
code = compile('a + 1', '<expr>', 'eval')
print(type(code).__name__, eval(code, {'a': 41}))
loc = {}
exec('for i in range(3):\n    total = i', {}, loc)
print(loc)
print(eval('"abc".upper()'), eval(' 7 '), eval('(1, 2)'))
