# sys.stdout.write returns the number of characters, mixes with print in order; print(file=) to a saved stream
import sys
n = sys.stdout.write('abc')
m = sys.stdout.write('\n')
print(n, m, sys.stdout.write('é日\n'))
out = sys.stdout
print('via file=', file=out)
out.write('%d items\n' % 3)
print('a', 'b', sep='+', file=sys.stdout)
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdout.encoding, sys.stdout is sys.__stdout__, type(sys.stdout).__name__)
