# sys.exit(None) and sys.exit(0) end with status 0
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print('caught', e.code)
print('then zero')
sys.exit(0)
