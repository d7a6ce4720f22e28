# sys.exit() and sys.exit(None) end the program with status 0; SystemExit carries the code
# compare: stderr
import sys
e = SystemExit(5)
print(e.code, SystemExit().code, SystemExit('m').code, issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
print('exiting')
sys.exit()
print('not reached')
