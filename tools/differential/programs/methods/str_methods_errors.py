# the TypeError and ValueError messages of str methods given wrong arguments
for f in [lambda: 'a'.find(1), lambda: 'a'.find('a', 'x'), lambda: 'a'.find(), lambda: 'a'.index('b'), lambda: 'a'.startswith(1),
          lambda: 'a'.startswith((1,)), lambda: 'a'.strip(1), lambda: 'a'.center('x'), lambda: 'a'.center(3, 'xy'),
          lambda: 'a'.replace(1, 'x'), lambda: 'a'.split(1), lambda: 'a'.join([1]), lambda: 'a'.zfill(), lambda: 'a'.upper(1),
          lambda: 'a'.removeprefix(1), lambda: 'a'.partition(''), lambda: 'a'.split(''), lambda: 'a'.splitlines(1, 2),
          lambda: str.maketrans(1), lambda: str.maketrans('a', 'bc'), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.rindex('z', 0, 1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
