# sys.exit(3) ends the program with exit status 3, without a traceback; code after it does not run
# expect-exit: 3
# compare: stderr
import sys
print('before exit')
sys.exit(3)
print('not reached')
