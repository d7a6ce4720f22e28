# finally runs on the normal path and while an exception passes through, innermost first
def inner():
    try:
        print('inner body')
        raise ValueError('v')
    finally:
        print('inner finally')
def outer():
    try:
        inner()
    finally:
        print('outer finally')
try:
    outer()
except ValueError as e:
    print('caught', e)
try:
    print('plain body')
finally:
    print('plain finally')
