# exception instances and their tracebacks are tracked by the collector
import gc
e = ValueError('v')
print(gc.is_tracked(e), gc.is_tracked(e.args))
class Mine(Exception):
    pass
print(gc.is_tracked(Mine()))
try:
    raise Mine('m')
except Mine as caught:
    print(gc.is_tracked(caught), gc.is_tracked(caught.__traceback__))
    print(gc.is_tracked(caught.__traceback__.tb_frame))
