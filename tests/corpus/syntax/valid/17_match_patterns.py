match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case [first, *rest]:
        pass
    case [*_, last]:
        pass
    case (a, b, *c):
        pass
    case ():
        pass
    case []:
        pass
    case (x):
        pass
    case x as y:
        pass
    case (1 | 2) as z:
        pass
    case a, b:
        pass
    case a, *b,:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case Point():
        pass
    case a.b.C():
        pass
    case a.b:
        pass
    case {'x': 1, 'y': y}:
        pass
    case {**rest}:
        pass
    case {1: _, None: n, a.b: c, **r}:
        pass
    case {}:
        pass
    case [1, [2, [3]]] if x > 0:
        pass
    case _ if (y := 1):
        pass
