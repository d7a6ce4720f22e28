# messages of exceptions raised by builtins, caught and printed
cases = [lambda: 1 / 0, lambda: [][0], lambda: {}['k'], lambda: 'a' + 1, lambda: int('x'),
         lambda: undefined_name, lambda: None.foo, lambda: (1, 2)[5], lambda: 10 % 0,
         lambda: [1].remove(2), lambda: len(5), lambda: 'abc'.index('z')]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ':', e)
