"""Dumps python3.11's tokenize output in the form Sharpy's tokenizer tests compare against.

The C tokenizer (what the parser sees) differs from Lib/tokenize.py in ways that do not matter to the
parser, so the dump keeps what both agree on: no COMMENT/NL/ENCODING, operators by exact type,
UTF-8 byte columns, NEWLINE/INDENT by line only, DEDENT without position, ENDMARKER bare.

    python3.11 tokdump.py FILE.py            # print
    python3.11 tokdump.py --regen DIR        # write DIR/*.tokens for every DIR/*.py
"""
import io, os, sys, token, tokenize

def dump(path):
    try:
        with tokenize.open(path) as f:   # PEP 263 decoding + universal newlines, like Sharpy's SourceDecoder
            src = f.read()
    except (SyntaxError, UnicodeDecodeError):
        return "DECODEERROR\n"
    lines = src.split("\n")
    def bcol(row, col):
        return len(lines[row - 1][:col].encode("utf-8")) if row - 1 < len(lines) else col
    out = []
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
                continue
            if t.type == tokenize.ERRORTOKEN:
                out.append("ERRORTOKEN")
                break
            if t.type == tokenize.NEWLINE:
                out.append(f"NEWLINE {t.start[0]}")
            elif t.type == tokenize.INDENT:
                out.append(f"INDENT {t.start[0]}")
            elif t.type == tokenize.DEDENT:
                out.append("DEDENT")
            elif t.type == tokenize.ENDMARKER:
                out.append("ENDMARKER")
            else:
                name = token.tok_name[t.exact_type]
                (sr, sc), (er, ec) = t.start, t.end
                out.append(f"{name} {t.string!r} {sr},{bcol(sr, sc)}-{er},{bcol(er, ec)}")
    except (tokenize.TokenError, SyntaxError, IndentationError):
        out.append("ERRORTOKEN")
    return "\n".join(out) + "\n"

if __name__ == "__main__":
    if sys.argv[1] == "--regen":
        d = sys.argv[2]
        for name in sorted(os.listdir(d)):
            if name.endswith(".py"):
                with open(os.path.join(d, name[:-3] + ".tokens"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(dump(os.path.join(d, name)))
    elif sys.argv[1] == "--list":
        # dump many files: --list LISTFILE OUTDIR  (OUTDIR/<index>.txt)
        files = open(sys.argv[2]).read().split("\n")
        for i, p in enumerate(files):
            if p:
                with open(os.path.join(sys.argv[3], f"{i}.txt"), "w", encoding="utf-8", newline="\n") as f:
                    f.write(dump(p))
    else:
        sys.stdout.write(dump(sys.argv[1]))
