# an exception raised while handling another gets it as __context__
def handler():
    try:
        [][0]
    except IndexError:
        raise KeyError('second')
try:
    handler()
except KeyError as k:
    print(repr(k), repr(k.__context__), k.__cause__, k.__suppress_context__)
    print(k.__context__.__context__)
try:
    try:
        raise ValueError('a')
    finally:
        x = 1 + 'b' if False else None
except ValueError as v:
    print('finally without error keeps', repr(v), v.__context__)
