# attribute and parameter names are NFKC-normalised too
class C:
    def __init__(self, ﬁ):
        self.ｖalue = ﬁ
c = C(3)
print(c.value, getattr(c, "value"))
def g(ｘ):
    return x
print(g(4))
