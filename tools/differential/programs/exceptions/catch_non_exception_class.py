# an except clause naming something that is not an exception class is a TypeError when checked
try:
    try:
        raise ValueError('v')
    except 'ValueError':
        print('no')
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError('v')
    except (ValueError, 3):
        print('matched the first entry', 1)
except TypeError as e:
    print('tuple', e)
