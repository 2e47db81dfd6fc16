# raise ... from ...: "The above exception was the direct cause of the following exception"
class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e
parse("x1")
