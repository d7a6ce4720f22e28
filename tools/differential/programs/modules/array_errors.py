# array's messages: bad typecodes and initializers, out-of-range values per typecode, indexes
import array
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: array.array())
show(lambda: array.array(1))
show(lambda: array.array('ii'))
show(lambda: array.array('x'))
show(lambda: array.array('i', 'ab'))
show(lambda: array.array('i', [1.5]))
show(lambda: array.array('d', ['x']))
show(lambda: array.array('u', [1]))
for code, vals in (('b', (128, -129)), ('B', (256, -1)), ('h', (2**15, -2**15 - 1)), ('H', (2**16, -1)),
                   ('i', (2**31, -2**31 - 1)), ('I', (2**32, -1)), ('l', (2**63, -2**63 - 1)), ('L', (2**64, -1)),
                   ('q', (2**63,)), ('Q', (2**64, -1)), ('b', (10**20,))):
    for v in vals:
        show(lambda: array.array(code, [v]))
show(lambda: array.array('i').pop())
show(lambda: array.array('i', [1]).pop(5))
show(lambda: array.array('i', [1]).index(5))
show(lambda: array.array('i', [1]).remove(5))
show(lambda: hash(array.array('i')))
show(lambda: array.array('i')[3])
show(lambda: array.array('i').extend(5))
show(lambda: array.array('i').extend(array.array('h')))
show(lambda: array.array('i', [1]) + array.array('h', [1]))
show(lambda: array.array('i', [1]).frombytes(b'abc'))
def assign():
    a = array.array('i', [1, 2])
    a[0:1] = [1]
show(assign)
def assign2():
    a = array.array('i', [1, 2])
    a[5] = 1
show(assign2)
show(lambda: array.array('i').tounicode())
