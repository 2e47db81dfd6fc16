"""Registry of DOM implementations (getDOMImplementation)."""
# Sharpy's xml.dom.domreg.

import sys

well_known_implementations = {
    'minidom': 'xml.dom.minidom',
    '4DOM': 'xml.dom.DOMImplementation',
}

registered = {}


def registerDOMImplementation(name, factory):
    """Register `factory` (returning an object with the DOMImplementation interface) as `name`."""
    registered[name] = factory


def _good_enough(dom, features):
    """Does `dom` support every (feature, version) pair?"""
    for f, v in features:
        if not dom.hasFeature(f, v):
            return False
    return True


def getDOMImplementation(name=None, features=()):
    """A DOM implementation by name, or the first one offering `features`."""
    import os
    mod = well_known_implementations.get(name)
    if mod:
        mod = __import__(mod, {}, {}, ['getDOMImplementation'])
        return mod.getDOMImplementation()
    if name:
        return registered[name]()
    if not sys.flags.ignore_environment and 'PYTHON_DOM' in os.environ:
        return getDOMImplementation(name=os.environ['PYTHON_DOM'])
    if isinstance(features, str):
        features = _parse_feature_string(features)
    for creator in registered.values():
        dom = creator()
        if _good_enough(dom, features):
            return dom
    for creator in well_known_implementations.keys():
        try:
            dom = getDOMImplementation(name=creator)
        except Exception:
            continue
        if _good_enough(dom, features):
            return dom
    raise ImportError('no suitable DOM implementation found')


def _parse_feature_string(s):
    features = []
    parts = s.split()
    i = 0
    length = len(parts)
    while i < length:
        feature = parts[i]
        if feature[0] in '0123456789':
            raise ValueError('bad feature name: %r' % (feature,))
        i = i + 1
        version = None
        if i < length:
            v = parts[i]
            if v[0] in '0123456789':
                i = i + 1
                version = v
        features.append((feature, version))
    return tuple(features)
