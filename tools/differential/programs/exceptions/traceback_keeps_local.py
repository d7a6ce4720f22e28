# a traceback held in a variable keeps the raising frame's locals alive until it is dropped
import gc, weakref
class Big:
    def __del__(self):
        print('Big freed')
def work():
    big = Big()
    probe = weakref.ref(big)
    raise RuntimeError('fail')
try:
    work()
except RuntimeError as e:
    tb = e.__traceback__
print('handler done')
frame = tb.tb_next.tb_frame
print(type(frame.f_locals['big']).__name__)
del frame
print('dropping tb')
del tb
print('dropped')
print(gc.collect())
