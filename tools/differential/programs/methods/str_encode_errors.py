# str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16/32, error handlers and the UnicodeError messages
s = 'aé€😀'
print(s.encode(), s.encode('utf-16'), s.encode('utf-16-be'), s.encode('utf-32-le'), 'é'.encode('latin-1'), 'x'.encode('ASCII'))
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors))
print(b'a\xffb\xc3'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
print(b'\xe9t\xe9'.decode('latin-1'), s.encode('utf-16').decode('utf-16'), s.encode('utf-32').decode('utf-32'), b'\xff'.decode('ascii', 'replace'))
for f in [lambda: 'é'.encode('ascii'), lambda: 'aé€x'.encode('latin-1'), lambda: 'a€€x'.encode('ascii'), lambda: 'a\ud800'.encode(),
          lambda: b'\xff'.decode(), lambda: b'a\xc3'.decode(), lambda: b'\xc3(x'.decode(), lambda: b'\xe9\xe9'.decode('ascii'),
          lambda: 'a'.encode('foo'), lambda: 'a'.encode('ascii', 'nope'), lambda: 'a'.encode(1)]:
    try:
        print(f())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
