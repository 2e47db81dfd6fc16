"""Generates lib/encodings/_cjk_data/<codec>.zlib, the tables of Sharpy's stateless CJK codecs, by
asking the reference interpreter (run with python3.11) how it decodes every byte sequence and
encodes every character.

File format (zlib-compressed): ASCII header lines, a line '--', then UTF-16-BE text:
  S                        the blob starts with 256 units: what each single byte decodes to
                           (U+FFFE: not a character by itself)
  N <lead> <need>          byte <lead> starts a sequence of <need> bytes (incomplete when fewer)
  L <prefix> <first> <n>   the blob continues with n units: what <prefix> + byte (<first> + k)
                           decodes to (U+FFFE: illegal; U+FFFF: see the X lines)
  X <seq> <units>          a sequence decoding to several UTF-16 units (astral or pairs)
  B <seq> <n>              the illegal sequence <seq> is reported as n bytes (not 1)
  R <index> <code> <n>     gb18030 four-byte sequences: linear index -> code point, n in a row
  E <units> <bytes|->      how a text encodes when that is not its only decoding sequence
                           ('-': not encodable)
  I <codec>                a variant: start from <codec>'s tables (no S/N/L/X/R lines, no blob),
  D <seq> <units|->        then decode <seq> to these units instead ('-': illegal)
Prefixes, sequences, bytes and units are hex (units separated by ',').

Usage: python3.11 tools/gen_cjk_tables.py   (from the repository root)
"""
import codecs
import os
import zlib

CODECS = ('gbk gb2312 gb18030 big5 big5hkscs cp932 cp949 cp950 shift_jis shift_jis_2004 '
          'shift_jisx0213 euc_jp euc_kr euc_jis_2004 euc_jisx0213 johab').split()    # bases first
OUT = 'lib/encodings/_cjk_data'


def try_decode(name, data):
    try:
        return data.decode(name)
    except UnicodeDecodeError as e:
        if e.reason.startswith('incomplete'):
            return 'incomplete'
        if e.start == 0 and e.end > 1:
            ILLEGAL_LENGTHS[data] = e.end
        return None


ILLEGAL_LENGTHS = {}     # illegal sequences whose error covers more than their first byte


def be_units(text):
    raw = text.encode('utf-16-be')
    return [raw[i] << 8 | raw[i + 1] for i in range(0, len(raw), 2)]


def units(text):
    return ','.join('%04x' % u for u in be_units(text))


def generate(name):
    header, blob = ['S'], []
    decoded = []                 # (sequence, text) in the order the engine builds its inverse
    single = []
    for b in range(256):
        text = try_decode(name, bytes([b]))
        if text not in (None, 'incomplete'):
            single.append(ord(text))
            decoded.append((bytes([b]), text))
        else:
            single.append(0xFFFE)
    blob += single
    four = []

    def rows(prefix, need):
        """Scans prefix + byte; returns nothing, appends L/X lines and blob units."""
        row = []
        for t in range(256):
            seq = prefix + bytes([t])
            text = try_decode(name, seq)
            if text == 'incomplete':
                if name == 'gb18030':
                    for t3 in range(0x81, 0xFF):
                        for t4 in range(0x30, 0x3A):
                            s4 = seq + bytes([t3, t4])
                            text4 = try_decode(name, s4)
                            if text4 not in (None, 'incomplete'):
                                four.append((s4, text4))
                    row.append(0xFFFE)
                    continue
                if len(seq) < 3:    # (euc_kr's 8-byte make-up sequences are computed instead)
                    rows(seq, need)
                row.append(0xFFFE)
                continue
            if text is None:
                row.append(0xFFFE)
                continue
            decoded.append((seq, text))
            u = be_units(text)
            if len(u) == 1 and u[0] < 0xFFFE:
                row.append(u[0])
            else:
                row.append(0xFFFF)
                header.append('X %s %s' % (seq.hex(), units(text)))
        valid = [i for i, u in enumerate(row) if u != 0xFFFE]
        if valid:
            first, last = valid[0], valid[-1]
            header.append('L %s %02x %d' % (prefix.hex(), first, last - first + 1))
            blob.extend(row[first:last + 1])

    for b in range(256):
        if single[b] != 0xFFFE or try_decode(name, bytes([b])) != 'incomplete':
            continue
        need = 2
        while need < 4 and all(try_decode(name, bytes([b] + [0xA1] * (k - 1))) == 'incomplete'
                               for k in range(2, need + 1)):
            need += 1
        header.append('N %02x %d' % (b, need))
        rows(bytes([b]), need)

    if four:
        def linear(s):
            return (((s[0] - 0x81) * 10 + (s[1] - 0x30)) * 126 + (s[2] - 0x81)) * 10 + (s[3] - 0x30)
        runs = []
        for seq, text in four:
            index, code = linear(seq), ord(text)
            if runs and runs[-1][0] + runs[-1][2] == index and runs[-1][1] + runs[-1][2] == code:
                runs[-1][2] += 1
            else:
                runs.append([index, code, 1])
        header += ['R %d %d %d' % tuple(r) for r in runs]
        decoded += four

    header += ['B %s %d' % (seq.hex(), n) for seq, n in ILLEGAL_LENGTHS.items() if len(seq) > 1]
    ILLEGAL_LENGTHS.clear()
    inverse, count = {}, {}
    for seq, text in decoded:
        inverse.setdefault(text, seq)
        count[text] = count.get(text, 0) + 1
    candidates = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    candidates += sorted({t for t in inverse if len(t) > 1 or ord(t[0]) > 0xFFFF})
    for text in candidates:
        try:
            data = text.encode(name)
        except UnicodeEncodeError:
            data = None
        if name == 'euc_kr' and data is not None and len(data) == 8:
            data = inverse.get(text)         # Hangul make-up sequences: computed by the codec
        if inverse.get(text) != data or count.get(text, 0) > 1:
            header.append('E %s %s' % (units(text), data.hex() if data is not None else '-'))
    DECODED[name] = (dict(decoded), [line for line in header if line[0] in 'SNR'])
    base = VARIANT_OF.get(name)
    if base is not None:
        # Written as its differences from the base codec (generated first).
        base_map, base_structure = DECODED[base]
        assert base_structure == DECODED[name][1], name
        mine = DECODED[name][0]
        patches = ['D %s %s' % (seq.hex(), units(mine[seq]) if seq in mine else '-')
                   for seq in sorted(set(mine) | set(base_map), key=lambda q: (len(q), q))
                   if mine.get(seq) != base_map.get(seq)]
        header = ['I ' + base] + patches + [line for line in header if line[0] in 'BE']
        blob = []
    body = '\n'.join(header).encode('ascii') + b'\n--\n'
    body += b''.join(u.to_bytes(2, 'big') for u in blob)
    with open(os.path.join(OUT, name + '.zlib'), 'wb') as f:
        f.write(zlib.compress(body, 9))


DECODED = {}      # codec -> ({sequence: text}, its S/N/R lines), to write variants as differences
VARIANT_OF = {'shift_jisx0213': 'shift_jis_2004', 'euc_jisx0213': 'euc_jis_2004'}


if __name__ == '__main__':
    import sys
    for codec in sys.argv[1:] or CODECS:
        if codec in VARIANT_OF and VARIANT_OF[codec] not in DECODED:
            generate(VARIANT_OF[codec])
        generate(codec)
