# an exception holds its arguments in args; the refcounts of the arguments show it
import sys
payload = ['data']
print(sys.getrefcount(payload))
e = ValueError(payload)
print(sys.getrefcount(payload), e.args[0] is payload)
try:
    raise e
except ValueError:
    pass
print(sys.getrefcount(payload))
del e
print(sys.getrefcount(payload))
