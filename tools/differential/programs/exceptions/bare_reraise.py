# a bare raise re-raises the exception being handled, with its traceback extended
def f():
    try:
        raise ValueError('again')
    except ValueError:
        print('handling')
        raise
try:
    f()
except ValueError as e:
    print('outer got', repr(e))
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print('traceback entries', n)
try:
    raise
except RuntimeError as e:
    print(repr(e))
