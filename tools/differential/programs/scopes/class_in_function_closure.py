# a method of a class made in a function closes over the function's variable
import sys, gc
def make(tag):
    data = [tag]
    class K:
        def get(self):
            return data
    return K
K = make('a')
print(K().get(), K.get.__code__.co_freevars)
print(sys.getrefcount(K().get()))
c = K.get.__closure__[0]
print(c.cell_contents is K().get(), gc.is_tracked(c))
