"""Logging configuration from dictionaries (Sharpy's own logging.config: dictConfig)."""

import io
import re
import sys

import logging
import logging.handlers

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def _resolve(name):
    """Import a dotted name like 'logging.StreamHandler' or 'mymodule.MyFilter'."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for frag in parts:
        used += '.' + frag
        try:
            found = getattr(found, frag)
        except AttributeError:
            __import__(used)
            found = getattr(found, frag)
    return found


def _convert(value):
    if isinstance(value, str):
        if value.startswith('ext://'):
            return _resolve(value[6:])
        if value.startswith('cfg://'):
            raise ValueError('cfg:// references are not supported by Sharpy')
    return value


def _level(value):
    return logging._checkLevel(value) if value is not None else None


class DictConfigurator:
    def __init__(self, config):
        self.config = config

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = _resolve(c)
        props = config.pop('.', None)
        kwargs = {k: _convert(config[k]) for k in config if IDENTIFIER.match(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        c = logging.Formatter if not cname else _resolve(cname)
        if defaults is not None:
            return c(fmt, dfmt, style, config.get('validate', True), defaults=defaults)
        return c(fmt, dfmt, style, config.get('validate', True))

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f] if False else self._filters[f])
            except KeyError as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self._formatters[formatter]
            except KeyError as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            result = self.configure_custom(config)
        else:
            cname = config.pop('class')
            klass = _resolve(cname) if isinstance(cname, str) else cname
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                config['target'] = self._handlers[config['target']]
            kwargs = {k: _convert(config[k]) for k in config if IDENTIFIER.match(k)}
            result = klass(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(_level(level))
        if filters:
            self.add_filters(result, filters)
        return result

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(_level(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for name in config.get('handlers', None) or []:
                try:
                    logger.addHandler(self._handlers[name])
                except KeyError as e:
                    raise ValueError('Unable to add handler %r' % name) from e
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        disable_existing = config.get('disable_existing_loggers', True)
        self._formatters = {}
        self._filters = {}
        self._handlers = {}
        for name, fconfig in config.get('formatters', {}).items():
            try:
                self._formatters[name] = self.configure_formatter(fconfig)
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        for name, fconfig in config.get('filters', {}).items():
            try:
                self._filters[name] = self.configure_filter(fconfig)
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        handlers = config.get('handlers', {})
        # Handlers that refer to other handlers (MemoryHandler targets) go last.
        for name in sorted(handlers, key=lambda n: 'target' in handlers[n]):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                self._handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        root = logging.root
        existing = list(root.manager.loggerDict.keys())
        existing.sort()
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + '.'
                while i < len(existing) and existing[i][:len(prefixed)] == prefixed:
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                logger = logging.getLogger(name)
                lconfig = loggers[name]
                propagate = lconfig.get('propagate', None)
                if propagate is not None:
                    logger.propagate = propagate
                self.common_logger_config(logger, lconfig, incremental)
                logger.disabled = False
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for log_name in existing:
            logger = root.manager.loggerDict[log_name]
            if log_name in child_loggers:
                logger.level = logging.NOTSET
                logger.handlers = []
                logger.propagate = True
            elif disable_existing:
                logger.disabled = True
        rconfig = config.get('root', None)
        if rconfig:
            try:
                self.common_logger_config(root, rconfig, incremental)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e
        root.manager._clear_cache()


dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(dict(config)).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError('logging.config.fileConfig needs configparser, which Sharpy lacks')
