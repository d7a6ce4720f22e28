# an __exit__ that stores the traceback keeps the raising frame's locals alive until released
import gc
class Big:
    def __del__(self):
        print('Big freed')
class Keep:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.tb = tb
        return True
def work(k):
    big = Big()
    with k:
        raise RuntimeError('x')
k = Keep()
work(k)
print('work returned')
print(k.tb.tb_frame.f_code.co_name)
k.tb = None
print('released')
print(gc.collect())
