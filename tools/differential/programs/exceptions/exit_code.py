# sys.exit(n) ends the program with exit status n after running finally blocks
import sys
try:
    print('about to exit')
    sys.exit(3)
finally:
    print('finally runs')
print('not reached')
