# a bare except catches everything, including the exception of a failed call
import sys
count = 0
for thing in [1, 'a', None, [1]]:
    try:
        count += thing
    except:
        t, v, tb = sys.exc_info()
        print('caught', t.__name__, v, type(tb).__name__)
print(count)
try:
    raise SystemExit(5)
except:
    print('even SystemExit', sys.exc_info()[1].code)
