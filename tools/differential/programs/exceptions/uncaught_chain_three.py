# three chained exceptions print oldest first with a separator line between each
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('second')
except ValueError as v:
    print('third coming')
    raise KeyError('third') from v
