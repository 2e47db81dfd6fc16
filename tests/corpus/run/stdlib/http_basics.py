# http: HTTPStatus (IntEnum with phrase/description) and HTTPMethod (StrEnum).
import http
from http import HTTPStatus, HTTPMethod

print(http.__all__)
print(len(HTTPStatus), [s.value for s in HTTPStatus][:6])
for s in HTTPStatus:
    print(s.value, s.name, repr(s.phrase), repr(s.description))
ok = HTTPStatus.OK
print(repr(ok), str(ok), format(ok), f'{ok:>5}', ok == 200, ok + 1, isinstance(ok, int))
print(HTTPStatus(404), repr(HTTPStatus(404)), HTTPStatus['NOT_FOUND'].phrase)
print(HTTPStatus.IM_A_TEAPOT.phrase, HTTPStatus(418).description)
print(sorted({HTTPStatus.OK, HTTPStatus.CREATED, 200}))
try:
    HTTPStatus(999)
except ValueError as e:
    print('ValueError', e)
print(HTTPStatus.OK < HTTPStatus.NOT_FOUND, max(HTTPStatus).name, HTTPStatus.OK.value.__class__.__name__)
print(list(HTTPStatus.__members__)[:3])
for m in HTTPMethod:
    print(repr(m), str(m), m.value, m.description)
print(HTTPMethod.GET == 'GET', HTTPMethod('POST'), f'{HTTPMethod.PUT}', HTTPMethod.GET.upper())
print(len(HTTPMethod), type(HTTPMethod.GET).__mro__[1].__name__)
