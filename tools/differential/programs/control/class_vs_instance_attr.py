# an instance attribute shadows a class attribute
class C:
    x = 'class'
a = C()
b = C()
a.x = 'instance'
print(a.x, b.x, C.x)
C.x = 'changed'
print(a.x, b.x)
