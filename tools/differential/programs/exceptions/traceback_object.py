# a traceback's tb_lineno, tb_next, tb_frame and the frame's f_code and f_back
import sys
def inner():
    raise ValueError('deep')
def middle():
    inner()
try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(tb.tb_lineno, f.f_code.co_name, f.f_lineno, f.f_back is None, type(tb).__name__)
        tb = tb.tb_next
    print(sys.getsizeof(e.__traceback__))
