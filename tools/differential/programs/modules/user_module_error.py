# an exception in an imported module's body reaches the importer, and the module leaves sys.modules
# compare: stderr
# expect-exit: 1
import sys
try:
    import _broken
except ZeroDivisionError as e:
    print('caught', e, '_broken' in sys.modules)
import _broken
