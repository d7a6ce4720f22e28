# re-raising a saved exception appends to its traceback
def boom(e):
    raise e
err = KeyError('k')
print(err.__traceback__)
for i in range(3):
    try:
        boom(err)
    except KeyError:
        pass
    n, tb = 0, err.__traceback__
    while tb:
        n, tb = n + 1, tb.tb_next
    print('entries', n)
err = err.with_traceback(None)
print(err.__traceback__)
