# sys attributes a script reads: maxsize, byteorder, version_info, argv, path, modules, implementation name
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), type(sys.version_info).__name__, len(sys.argv), type(sys.argv).__name__, type(sys.argv[0]).__name__)
print(type(sys.path).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys, sys.modules['__main__'].__name__)
print(sys.implementation.name, sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.hash_info.modulus, sys.hash_info.width, sys.maxunicode)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), sys.getsizeof(sys.argv) > 0, __name__, sys.flags.optimize)
