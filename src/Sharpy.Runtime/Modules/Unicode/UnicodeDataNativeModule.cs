using System.Globalization;
using System.Text;
using Sharpy.Runtime.Objects;

namespace Sharpy.Runtime.Modules.Unicode;

/// <summary>
/// <c>_unicodedata</c>: character properties from .NET's Unicode tables (category, numeric
/// values, normalization). <c>lib/unicodedata.py</c> adds names, bidi/width approximations and
/// CPython's argument checking.
/// </summary>
public static class UnicodeDataNativeModule
{
    private static readonly string[] CategoryCodes = BuildCategoryCodes();

    private static string[] BuildCategoryCodes()
    {
        var codes = new string[30];
        codes[(int)UnicodeCategory.UppercaseLetter] = "Lu";
        codes[(int)UnicodeCategory.LowercaseLetter] = "Ll";
        codes[(int)UnicodeCategory.TitlecaseLetter] = "Lt";
        codes[(int)UnicodeCategory.ModifierLetter] = "Lm";
        codes[(int)UnicodeCategory.OtherLetter] = "Lo";
        codes[(int)UnicodeCategory.NonSpacingMark] = "Mn";
        codes[(int)UnicodeCategory.SpacingCombiningMark] = "Mc";
        codes[(int)UnicodeCategory.EnclosingMark] = "Me";
        codes[(int)UnicodeCategory.DecimalDigitNumber] = "Nd";
        codes[(int)UnicodeCategory.LetterNumber] = "Nl";
        codes[(int)UnicodeCategory.OtherNumber] = "No";
        codes[(int)UnicodeCategory.SpaceSeparator] = "Zs";
        codes[(int)UnicodeCategory.LineSeparator] = "Zl";
        codes[(int)UnicodeCategory.ParagraphSeparator] = "Zp";
        codes[(int)UnicodeCategory.Control] = "Cc";
        codes[(int)UnicodeCategory.Format] = "Cf";
        codes[(int)UnicodeCategory.Surrogate] = "Cs";
        codes[(int)UnicodeCategory.PrivateUse] = "Co";
        codes[(int)UnicodeCategory.ConnectorPunctuation] = "Pc";
        codes[(int)UnicodeCategory.DashPunctuation] = "Pd";
        codes[(int)UnicodeCategory.OpenPunctuation] = "Ps";
        codes[(int)UnicodeCategory.ClosePunctuation] = "Pe";
        codes[(int)UnicodeCategory.InitialQuotePunctuation] = "Pi";
        codes[(int)UnicodeCategory.FinalQuotePunctuation] = "Pf";
        codes[(int)UnicodeCategory.OtherPunctuation] = "Po";
        codes[(int)UnicodeCategory.MathSymbol] = "Sm";
        codes[(int)UnicodeCategory.CurrencySymbol] = "Sc";
        codes[(int)UnicodeCategory.ModifierSymbol] = "Sk";
        codes[(int)UnicodeCategory.OtherSymbol] = "So";
        codes[(int)UnicodeCategory.OtherNotAssigned] = "Cn";
        return codes;
    }

    private static int CodePoint(PyObject o) => (int)Ops.ToLong(o);

    public static PyModule Create()
    {
        var m = new PyModule("_unicodedata");
        var d = m.Dict!;
        d.DefFunction("category", (a, k) =>
            new PyStr(CategoryCodes[(int)CharUnicodeInfo.GetUnicodeCategory(CodePoint(a[0]))]), "_unicodedata");
        // numeric(cp) -> float, or None when the character has no numeric value
        d.DefFunction("numeric", (a, k) =>
        {
            int cp = CodePoint(a[0]);
            if (cp >= 0xD800 && cp <= 0xDFFF) return Py.None;
            double v = CharUnicodeInfo.GetNumericValue(char.ConvertFromUtf32(cp), 0);
            return v == -1 ? Py.None : new PyFloat(v);
        }, "_unicodedata");
        d.DefFunction("decimal", (a, k) =>
        {
            int cp = CodePoint(a[0]);
            if (cp >= 0xD800 && cp <= 0xDFFF) return Py.None;
            int v = CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0);
            return v < 0 ? Py.None : PyInt.From(v);
        }, "_unicodedata");
        d.DefFunction("digit", (a, k) =>
        {
            int cp = CodePoint(a[0]);
            if (cp >= 0xD800 && cp <= 0xDFFF) return Py.None;
            int v = CharUnicodeInfo.GetDigitValue(char.ConvertFromUtf32(cp), 0);
            return v < 0 ? Py.None : PyInt.From(v);
        }, "_unicodedata");
        // normalize(form, s) -> str (strings with lone surrogates come back unchanged)
        d.DefFunction("normalize", (a, k) =>
        {
            var form = ((PyStr)a[0]).Value switch
            {
                "NFC" => NormalizationForm.FormC,
                "NFD" => NormalizationForm.FormD,
                "NFKC" => NormalizationForm.FormKC,
                _ => NormalizationForm.FormKD,
            };
            var s = ((PyStr)a[1]).Value;
            try { return new PyStr(s.Normalize(form)); }
            catch (ArgumentException) { return a[1]; }
        }, "_unicodedata");
        return m;
    }
}
