# print converts each argument with str
print(1, 2.0, 'three', [4], (5,), {6: 7}, None, True)
print(b'bytes', b'\x00\xff')
