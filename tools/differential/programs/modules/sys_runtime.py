# sys's runtime functions: encodings, switch interval, trace hooks, _getframe and the frame it returns
import sys, gc
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getswitchinterval(), sys.is_finalizing(), sys.gettrace(), sys.getprofile())
sys.setswitchinterval(0.01); print(sys.getswitchinterval())
for bad in (0, -1.0, 'x'):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.settrace(None); sys.setprofile(None)
print(sys.warnoptions, sys._xoptions, repr(sys.abiflags), sys.pycache_prefix)
def inner():
    f = sys._getframe()
    b = sys._getframe(1)
    return f.f_code.co_name, b.f_code.co_name, f.f_back is b, f.f_lineno, sys.getrefcount(f)
def outer():
    return inner()
print(outer())
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals(), gc.is_tracked(f))
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def keep():
    x = [1, 2, 3]
    return sys._getframe()
fr = keep()
gc.collect()
print(fr.f_locals, gc.is_tracked(fr), fr.f_back is f)
