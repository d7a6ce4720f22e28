# the first matching clause wins: a base class listed first catches the subclass
try:
    {}[1]
except LookupError as e:
    print('LookupError clause got', type(e).__name__)
except KeyError:
    print('not here')
try:
    [][0]
except KeyError:
    print('not here')
except Exception as e:
    print('Exception clause got', type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__name__, isinstance(e, ArithmeticError), isinstance(e, LookupError))
