# struct sequences keep their dotted type name: sys.version_info / float_info / int_info / flags reprs, __name__, __module__, attribute errors and sizes
import sys, gc
for s in (sys.version_info, sys.float_info, sys.int_info, sys.hash_info):
    t = type(s)
    print(t, t.__name__, t.__qualname__, t.__module__, isinstance(s, tuple), len(s), sys.getsizeof(s), gc.is_tracked(s))
print(repr(sys.flags)[:40], type(sys.flags).__name__, sys.flags.optimize, sys.version_info[0:2], sys.version_info > (3, 0))
try:
    sys.version_info.nope
except AttributeError as e:
    print(e)
print(sys.int_info.n_fields, sys.float_info.n_sequence_fields, tuple(sys.int_info))
