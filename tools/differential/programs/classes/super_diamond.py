# cooperative super() through a diamond visits each class once in MRO order
import gc
gc.collect()
trail = []
class Base:
    def hello(self): trail.append('Base')
class Left(Base):
    def hello(self):
        trail.append('Left')
        super().hello()
class Right(Base):
    def hello(self):
        trail.append('Right')
        super().hello()
class Both(Left, Right):
    def hello(self):
        trail.append('Both')
        super().hello()
Both().hello()
print(trail)
print(gc.collect())
