# print(..., file=sys.stderr) and sys.stderr.write go to stderr, in order, separate from stdout
# compare: stderr
import sys
print('to stdout')
print('warning:', 42, file=sys.stderr)
n = sys.stderr.write('direct\n')
print('wrote', n)
print('a', 'b', sep=',', end='!\n', file=sys.stderr)
sys.stderr.flush()
