# except* (exception groups, PEP 654) is not in the subset: try/except/finally are
# expect: NotImplementedError line 6
print('start')
try:
    raise ValueError('x')
except* ValueError:
    print('group')
