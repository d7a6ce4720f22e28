# sys.stdout/sys.stderr: write returns the character count, print(file=sys.stdout), flush, encoding, name (sys_stderr.py covers stderr output)
import sys
n = sys.stdout.write('héllo\n')
print(n, sys.stdout.write(''), sys.stderr.write(''))
print('out line', end='!\n', file=sys.stdout)
sys.stderr.flush()
print(sys.stdout.flush(), sys.stdout.encoding, sys.stdout.name, sys.stderr.name, sys.stdout.writable(), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
w = sys.stdout.write
print(w('x') + w('yz\n'))
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
