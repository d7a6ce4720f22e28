# the carets under a failing binary operation mark the operator and its operands
def total(a, b):
    return a + b * 2
print(total(1, 2))
print(total(1, 'x') + 1)
