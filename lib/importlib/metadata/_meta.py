"""The core-metadata format (RFC 822 style headers, then the description)."""


class PackageMetadata:
    """Headers of a METADATA file: m['Name'], m.get_all('Classifier'); missing
    headers give None (CPython 3.11's email.message behaviour)."""

    def __init__(self, headers, body):
        self._headers = headers
        self._body = body

    def __getitem__(self, name):
        return self.get(name)

    def get(self, name, failobj=None):
        wanted = name.lower()
        for key, value in self._headers:
            if key.lower() == wanted:
                return value
        return failobj

    def get_all(self, name, failobj=None):
        wanted = name.lower()
        found = [value for key, value in self._headers if key.lower() == wanted]
        return found or failobj

    def get_payload(self):
        return self._body

    def keys(self):
        return [key for key, _ in self._headers]

    def values(self):
        return [value for _, value in self._headers]

    def items(self):
        return list(self._headers)

    def __iter__(self):
        return iter(self.keys())

    def __contains__(self, name):
        return self.get(name) is not None

    def __len__(self):
        return len(self._headers)

    @property
    def json(self):
        multiple = {"classifier", "obsoletes_dist", "platform", "project_url", "provides_dist",
                    "provides_extra", "requires_dist", "requires_external", "supported_platform", "dynamic"}
        result = {}
        for key, value in self._headers:
            name = key.lower().replace("-", "_")
            if name == "keywords":
                result[name] = value.split()
            elif name in multiple:
                result.setdefault(name, []).append(value)
            else:
                result[name] = value
        if self._body:
            result["description"] = self._body
        return result


def parse_metadata(text):
    headers = []
    lines = text.splitlines()
    index = 0
    for index, line in enumerate(lines):
        if not line.strip():
            break
        if line[:1] in (" ", "\t") and headers:
            key, value = headers[-1]
            headers[-1] = (key, value + "\n" + line)
            continue
        key, _, value = line.partition(":")
        headers.append((key.strip(), value.strip()))
    else:
        index = len(lines)
    body = "\n".join(lines[index + 1:]) if index < len(lines) else ""
    return PackageMetadata(headers, body)
