# a PEP 263 coding line on line 2 declaring utf-8 is accepted
# -*- coding: utf-8 -*-
s = "café"
print(s, len(s), s.encode())
