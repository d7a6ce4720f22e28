# SystemExit raised by sys.exit and exit() can be caught; its code
import sys
for arg in [0, 3, 'message', None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
try:
    exit(2)
except SystemExit as e:
    print('exit()', e.code)
