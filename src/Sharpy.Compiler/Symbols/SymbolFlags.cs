namespace Sharpy.Compiler.Symbols;

/// <summary>CPython 3.11: Include/internal/pycore_symtable.h DEF_* flags.</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefFree = 32,
    DefFreeClass = 64,
    DefImport = 128,
    DefAnnot = 256,
    DefCompIter = 512,
    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>The resolved scope of a name (CPython's LOCAL, GLOBAL_EXPLICIT, ...).</summary>
internal enum Scope
{
    Unknown = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

internal enum BlockType { Function, Class, Module, Annotation }

internal enum ComprehensionKind { None, List, Set, Dict, Generator }
