import re
import html

SOURCE = """# Project *Title*

Some **bold** text, some _italic_, and `inline <code>`.
A [link](https://example.com?a=1&b=2) here.

## List

- first item
- second **item**
  - nested one
- third

1. one
2. two

> quoted line
> another

```python
def f(x):
    return x < 3 & 1
```

---
Final paragraph with trailing spaces  
and a hard break.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{html.escape(m.group(1))}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])[*_](.+?)[*_](?![\w*])"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: f'<a href="{html.escape(m.group(2))}">{m.group(1)}</a>'),
]


def inline(text):
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append(INLINE[0][0].sub(INLINE[0][1], part))
            continue
        for pattern, repl in INLINE[1:]:
            part = pattern.sub(repl, part)
        out.append(part)
    return "".join(out).replace("  \n", "<br>\n")


def convert(src):
    lines = src.splitlines()
    out = []
    i = 0
    para = []

    def flush():
        if para:
            out.append("<p>" + inline("\n".join(para)) + "</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if m := re.match(r"^(#{1,6})\s+(.*)$", line):
            flush()
            level = len(m.group(1))
            out.append(f"<h{level}>{inline(m.group(2))}</h{level}>")
        elif line.startswith("```"):
            flush()
            lang = line[3:].strip()
            code = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                code.append(lines[i])
                i += 1
            cls = f' class="language-{lang}"' if lang else ""
            out.append(f"<pre><code{cls}>" + html.escape("\n".join(code)) + "</code></pre>")
        elif re.match(r"^\s*[-*]\s+", line):
            flush()
            out.append("<ul>")
            depth = 0
            while i < len(lines) and (m := re.match(r"^(\s*)[-*]\s+(.*)$", lines[i])):
                d = len(m.group(1)) // 2
                while depth < d:
                    out.append("<ul>")
                    depth += 1
                while depth > d:
                    out.append("</ul>")
                    depth -= 1
                out.append(f"{'  ' * (d + 1)}<li>{inline(m.group(2))}</li>")
                i += 1
            out.extend(["</ul>"] * (depth + 1))
            continue
        elif re.match(r"^\d+\.\s", line):
            flush()
            items = []
            while i < len(lines) and (m := re.match(r"^\d+\.\s+(.*)$", lines[i])):
                items.append(f"<li>{inline(m.group(1))}</li>")
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        elif line.startswith(">"):
            flush()
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i][1:].strip())
                i += 1
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            continue
        elif re.fullmatch(r"-{3,}", line):
            flush()
            out.append("<hr/>")
        elif not line.strip():
            flush()
        else:
            para.append(line)
        i += 1
    flush()
    return "\n".join(out)


result = convert(SOURCE)
print(result)
print(len(result.splitlines()), result.count("<li>"), sorted(set(re.findall(r"<(\w+)", result))))
toc = [(len(m.group(1)), re.sub(r"[*_]", "", m.group(2))) for m in re.finditer(r"^(#+)\s+(.*)$", SOURCE, re.M)]
for level, title in toc:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    print("  " * (level - 1) + f"- {title} (#{slug})")
print(re.findall(r"(?i)\b[A-Z]\w+", "Hello there General Kenobi"), re.sub(r"(?m)^", "> ", "a\nb"))
print(re.compile(r"(?P<k>\w+)=(?P<v>[^;]*)").sub(r"\g<v>=\g<k>", "a=1;b=;c=xyz"))
print([m.span() for m in re.finditer(r"\d+", "a1bb22ccc333")], re.fullmatch(r"[a-z]+", "abc1"), bool(re.search(r"^b", "a\nb", re.M)))
print(re.escape("a.b*c?"), re.subn(r"o", "0", "foo boo"), re.compile(r"\s+").split(" a  b "), re.I | re.M)
