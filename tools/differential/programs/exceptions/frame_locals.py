# the frame of a traceback exposes f_locals and f_code of the function that raised
def compute(a, b):
    total = a + b
    ratio = total / (a - a)
    return ratio
try:
    compute(3, 4)
except ZeroDivisionError as e:
    f = e.__traceback__.tb_next.tb_frame
    print(sorted(f.f_locals.items()))
    print(f.f_code.co_name, f.f_code.co_argcount, f.f_code.co_varnames)
    print(f.f_back.f_code.co_name, f.f_back.f_back)
    print(e.__traceback__.tb_frame.f_code.co_name)
