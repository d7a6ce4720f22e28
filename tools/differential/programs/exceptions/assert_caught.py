# a failing assert raises AssertionError, with or without a message
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], 'empty list is false'
except AssertionError as e:
    print(repr(e), str(e))
try:
    assert False, 42
except AssertionError as e:
    print(e.args)
