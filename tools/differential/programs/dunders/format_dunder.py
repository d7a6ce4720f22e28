# format() and f-string format specs call __format__ with the spec
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == 'short':
            return str(self.c) + 'c'
        return '$' + str(self.c // 100) + '.' + str(self.c % 100)
m = Money(1234)
print(format(m), format(m, 'short'))
print(f'{m} {m:short}')
