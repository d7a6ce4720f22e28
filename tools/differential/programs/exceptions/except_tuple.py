# a tuple of types in one except clause catches any of them
def attempt(i):
    try:
        if i == 0:
            return [][1]
        if i == 1:
            return {}['missing']
        if i == 2:
            return int('zz')
        return 'ok'
    except (IndexError, KeyError) as e:
        return 'lookup ' + type(e).__name__
    except (TypeError, ValueError) as e:
        return 'value ' + str(e)
for i in range(4):
    print(i, attempt(i))
kinds = (IndexError, KeyError)
try:
    {}['a']
except kinds as e:
    print('by variable', repr(e))
