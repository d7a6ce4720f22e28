# __del__ that resurrects its object is not called again on the next death
keep = []
class R:
    def __del__(self):
        print('__del__')
        keep.append(self)
r = R()
del r
print(len(keep))
keep.clear()
print('cleared')
