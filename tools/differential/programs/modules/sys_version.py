# sys.version_info is a struct sequence (a tuple subtype: size, untracked, fields, slicing, comparison); version, platform, implementation, hash_info, flags
import sys, gc
v = sys.version_info
print(v, v[:3], v.major, v.releaselevel, len(v), tuple(v), v >= (3, 8), v < (3, 12), v == (3, 11, 7, 'final', 0))
print(type(v).__name__, isinstance(v, tuple), sys.getsizeof(v), gc.is_tracked(v), v.n_fields, sys.version.split()[0], sys.version[:4])
print(sys.platform, sys.hexversion, hex(sys.hexversion), sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version is v)
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.algorithm, h[0], sys.getsizeof(h), hash(float('inf')) == h.inf, type(h).__name__)
print(sys.flags.optimize, sys.flags.verbose, type(sys.flags).__name__, len(sys.flags), sys.maxsize, sys.byteorder, sys.maxunicode)
print(type(sys.path).__name__, type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('sys_version.py'), sys.api_version)
