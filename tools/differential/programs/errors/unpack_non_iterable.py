# unpacking an int is "cannot unpack non-iterable int object", in a for target too
class NoIter:
    pass
for v in [None, 3.5, NoIter()]:
    try:
        a, b = v
    except TypeError as e:
        print(e)
    try:
        a, *b = v
    except TypeError as e:
        print(e)
for x, y in [(1, 2), 3]:
    print(x, y)
