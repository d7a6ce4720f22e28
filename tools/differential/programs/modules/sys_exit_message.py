# sys.exit('message') prints the message on stderr and exits with status 1
# expect-exit: 1
# compare: stderr
import sys
print('about to fail')
sys.exit('fatal: bad input')
