"""Connection.iterdump(): the database as SQL text (the statement order CPython 3.11 produces)."""


def _quote_ident(name):
    return name.replace('"', '""')


def _table_rows(cursor, table):
    ident = _quote_ident(table)
    columns = [str(info[1]) for info in cursor.execute(f'PRAGMA table_info("{ident}")').fetchall()]
    values = ",".join(f"""'||quote("{_quote_ident(c)}")||'""" for c in columns)
    for (line,) in cursor.execute(f"""SELECT 'INSERT INTO "{ident}" VALUES({values})' FROM "{ident}";"""):
        yield f"{line};"


def _iterdump(connection):
    cursor = connection.cursor()
    writable_schema = False
    sequence = []
    yield 'BEGIN TRANSACTION;'
    tables = cursor.execute("""SELECT "name", "type", "sql" FROM "sqlite_master"
                               WHERE "sql" NOT NULL AND "type" == 'table' ORDER BY "name" """).fetchall()
    for name, _kind, sql in tables:
        if name == 'sqlite_sequence':
            sequence.append('DELETE FROM "sqlite_sequence";')
            for row in cursor.execute('SELECT * FROM "sqlite_sequence";').fetchall():
                sequence.append(f"""INSERT INTO "sqlite_sequence" VALUES('{row[0]}',{row[1]});""")
            continue
        if name == 'sqlite_stat1':
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith('sqlite_'):
            continue
        elif sql.startswith('CREATE VIRTUAL TABLE'):
            if not writable_schema:
                writable_schema = True
                yield 'PRAGMA writable_schema=ON;'
            quoted_name = name.replace("'", "''")
            quoted_sql = sql.replace("'", "''")
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   f"VALUES('table','{quoted_name}','{quoted_name}',0,'{quoted_sql}');")
        else:
            yield f"{sql};"
        yield from _table_rows(cursor, name)
    others = cursor.execute("""SELECT "name", "type", "sql" FROM "sqlite_master"
                               WHERE "sql" NOT NULL AND "type" IN ('index', 'trigger', 'view')""").fetchall()
    for _name, _kind, sql in others:
        yield f"{sql};"
    if writable_schema:
        yield 'PRAGMA writable_schema=OFF;'
    yield from sequence
    yield 'COMMIT;'
