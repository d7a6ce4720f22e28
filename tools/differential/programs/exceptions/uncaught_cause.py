# raise from prints the cause first, then the direct-cause line, then the new exception
try:
    [][3]
except IndexError as e:
    print('converting')
    raise RuntimeError('lookup failed') from e
