"""The limited XPath of ElementTree's find/findall/findtext/iterfind.

Supported: tag, *, ., .., //, {uri}tag, {*}tag, prefix:tag (with a namespaces mapping),
[@attr], [@attr='v'], [@attr!='v'], [tag], [tag='text'], [tag!='text'], [.='text'],
[.!='text'], [n], [last()], [last()-n].
"""
import re

xpath_tokenizer_re = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def xpath_tokenizer(pattern, namespaces=None):
    default_namespace = namespaces.get('') if namespaces else None
    parsing_attribute = False
    for token in xpath_tokenizer_re.findall(pattern):
        ttype, tag = token
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, uri = tag.split(":", 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield ttype, "{%s}%s" % (namespaces[prefix], uri)
                except KeyError:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            elif default_namespace and not parsing_attribute:
                yield ttype, "{%s}%s" % (default_namespace, tag)
            else:
                yield token
            parsing_attribute = False
        else:
            yield token
            parsing_attribute = ttype == '@'


def _tag_matcher(tag):
    """A predicate on element tags for a step's tag test."""
    if tag == '*':
        return lambda t: isinstance(t, str)
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag.startswith('{*}'):
        local = tag[3:]
        return lambda t: t == local or (isinstance(t, str) and t[:1] == '{' and
                                        t.rsplit('}', 1)[1] == local)
    if tag.startswith('{}'):
        local = tag[2:]
        return lambda t: t == local
    return lambda t: t == tag


def _parents(context):
    parent_map = context.parent_map
    if parent_map is None:
        context.parent_map = parent_map = {}
        for p in context.root.iter():
            for e in p:
                parent_map[e] = p
    return parent_map


def _step_child(next, token):
    match = _tag_matcher(token[1])

    def select(context, result):
        for elem in result:
            for e in elem:
                if match(e.tag):
                    yield e
    return select


def _step_star(next, token):
    def select(context, result):
        for elem in result:
            yield from elem
    return select


def _step_self(next, token):
    def select(context, result):
        yield from result
    return select


def _step_descendant(next, token):
    try:
        token = next()
    except StopIteration:
        return None
    if token[0] == "*":
        tag = "*"
    elif not token[0]:
        tag = token[1]
    else:
        raise SyntaxError("invalid descendant")
    match = _tag_matcher(tag)

    def select(context, result):
        for elem in result:
            for e in elem.iter():
                if e is not elem and match(e.tag):
                    yield e
    return select


def _step_parent(next, token):
    def select(context, result):
        parent_map = _parents(context)
        seen = set()
        for elem in result:
            if elem in parent_map:
                parent = parent_map[elem]
                if parent not in seen:
                    seen.add(parent)
                    yield parent
    return select


def _step_predicate(next, token):
    """[...] filters: collect the tokens up to ']' and classify them."""
    signature = []
    predicate = []
    while True:
        try:
            token = next()
        except StopIteration:
            return None
        if token[0] == "]":
            break
        if token == ('', ''):
            continue
        if token[0] and token[0][:1] in "'\"":
            token = "'", token[0][1:-1]
        signature.append(token[0] or "-")
        predicate.append(token[1])
    signature = "".join(signature)
    if signature == "@-":
        key = predicate[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if signature in ("@-='", "@-!='"):
        key = predicate[1]
        value = predicate[-1]
        negate = '!' in signature

        def select(context, result):
            for elem in result:
                if (elem.get(key) == value) != negate:
                    yield elem
        return select
    if signature == "-" and not re.match(r"\-?\d+$", predicate[0]):
        match = _tag_matcher(predicate[0])

        def select(context, result):
            for elem in result:
                for e in elem:
                    if match(e.tag):
                        yield elem
                        break
        return select
    if signature in (".='", ".!='", "-='", "-!='") and not re.match(r"\-?\d+$", predicate[0]):
        tag = predicate[0]
        value = predicate[-1]
        negate = '!' in signature
        if tag and tag != '.':
            match = _tag_matcher(tag)

            def select(context, result):
                for elem in result:
                    for e in elem:
                        if match(e.tag) and ("".join(e.itertext()) == value) != negate:
                            yield elem
                            break
        else:
            def select(context, result):
                for elem in result:
                    if ("".join(elem.itertext()) == value) != negate:
                        yield elem
        return select
    if signature in ("-", "-()", "-()-"):
        if signature == "-":
            index = int(predicate[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if predicate[0] != "last":
                raise SyntaxError("unsupported function")
            if signature == "-()-":
                try:
                    index = int(predicate[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def select(context, result):
            parent_map = _parents(context)
            for elem in result:
                try:
                    parent = parent_map[elem]
                    elems = list(parent.findall(elem.tag))
                    if elems[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return select
    raise SyntaxError("invalid predicate")


_ops = {"": _step_child, "*": _step_star, ".": _step_self, "..": _step_parent,
        "//": _step_descendant, "[": _step_predicate}

_cache = {}


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


def iterfind(elem, path, namespaces=None):
    if path[-1:] == "/":
        path = path + "*"   # implicit all (FIXME: keep this?)
    cache_key = (path,)
    if namespaces:
        cache_key += tuple(sorted(namespaces.items()))
    selector = _cache.get(cache_key)
    if selector is None:
        if len(_cache) > 100:
            _cache.clear()
        if path[:1] == "/":
            raise SyntaxError("cannot use absolute path on element")
        tokens = iter(xpath_tokenizer(path, namespaces))
        next = tokens.__next__
        try:
            token = next()
        except StopIteration:
            return
        selector = []
        while True:
            try:
                step = _ops[token[0]](next, token)
            except StopIteration:
                raise SyntaxError("invalid path") from None
            if step is None:
                raise SyntaxError("invalid path")
            selector.append(step)
            try:
                token = next()
                if token[0] == "/":
                    token = next()
            except StopIteration:
                break
        _cache[cache_key] = selector
    result = [elem]
    context = _SelectorContext(elem)
    for select in selector:
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ""
