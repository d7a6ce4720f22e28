# a base listed twice raises TypeError naming it
class A: pass
print('ok so far')
class B(A, A): pass
