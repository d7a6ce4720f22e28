# an exception propagates through several calls; each frame adds one traceback entry
def level(n):
    if n == 0:
        raise LookupError('bottom')
    return level(n - 1)
try:
    level(4)
except LookupError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name + ':' + str(tb.tb_lineno))
        tb = tb.tb_next
    print(names)
