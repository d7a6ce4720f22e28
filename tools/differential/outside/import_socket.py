# importing the socket module is outside the subset
# expect: NotImplementedError line 3
import socket
print(socket.AF_INET)
