# names bound in a class body are not visible from its methods; a class body reads enclosing cells
x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
    def n(self):
        return C.x
print(C.y, C().m(), C().n())
def outer():
    z = 'enclosing'
    class D:
        w = z
        def m(self):
            return z
    class E:
        z = 'class z'
        w = z
        def m(self):
            return z
    return D, E
D, E = outer()
print(D.w, D().m(), E.w, E.z, E().m())
print(outer.__code__.co_cellvars)
