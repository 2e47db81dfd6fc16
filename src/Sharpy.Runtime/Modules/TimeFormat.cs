using System.Text;

namespace Sharpy.Runtime.Modules;

/// <summary>time.strftime for the C locale (glibc's output for every common directive).</summary>
internal static class TimeFormat
{
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>f = year, mon(1-12), mday, hour, min, sec, wday(Mon=0), yday(1-366), isdst.</summary>
    internal static string Format(string fmt, long[] f, string zone, long gmtoff)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            // glibc's extensions between '%' and the conversion: flags, a field width, an E/O modifier.
            int start = i++;
            string flags = "";
            while (i < fmt.Length && "-_0^#".Contains(fmt[i])) flags += fmt[i++];
            int width = 0;
            while (i < fmt.Length && char.IsAsciiDigit(fmt[i]) && width < 100000) width = width * 10 + (fmt[i++] - '0');
            if (i < fmt.Length && fmt[i] is 'E' or 'O') i++;
            if (i >= fmt.Length) { sb.Append(fmt, start, fmt.Length - start); break; }
            char d = fmt[i];
            string? text = Directive(d, f, zone, gmtoff);
            if (text == null) { sb.Append(fmt, start, i + 1 - start); continue; }
            sb.Append(flags.Length == 0 && width == 0 ? text : ApplyFlags(text, d, flags, width));
        }
        return sb.ToString();
    }

    // Conversions glibc treats as numbers (padding flags act on them); e, k and l pad with spaces by default.
    private const string NumericConversions = "CdegGHIjklmMSuUVwWyY";

    private static string ApplyFlags(string text, char d, string flags, int width)
    {
        if (flags.Contains('^')) text = text.ToUpperInvariant();
        else if (flags.Contains('#'))
            text = d is 'p' or 'Z' ? text.ToLowerInvariant() : d is 'a' or 'A' or 'b' or 'B' or 'h' ? text.ToUpperInvariant() : text;
        bool numeric = NumericConversions.Contains(d);
        char pad = flags.Contains('_') ? ' ' : flags.Contains('0') ? '0' : numeric && d is not ('e' or 'k' or 'l') ? '0' : ' ';
        if (numeric)
        {
            // Re-pad the number: strip the conversion's own padding, then apply the flag's.
            bool negative = text.StartsWith('-');
            string digits = text.TrimStart('-').TrimStart(' ', '0');
            if (digits.Length == 0) digits = "0";
            if (flags.Contains('-')) return (negative ? "-" : "") + digits;
            int natural = text.Length;
            int target = Math.Max(width, natural) - (negative ? 1 : 0);
            string body = digits.PadLeft(target, pad);
            return negative ? (pad == '0' ? "-" + body : (("-" + digits).PadLeft(target + 1, pad))) : body;
        }
        if (flags.Contains('-')) return text;
        return text.PadLeft(width, pad);
    }

    private static string? Directive(char d, long[] f, string zone, long gmtoff)
    {
        long year = f[0], mon = f[1], mday = f[2], hour = f[3], min = f[4], sec = f[5], wday = f[6], yday = f[7];
        int sundayWday = (int)((wday + 1) % 7); // C's tm_wday: Sunday = 0
        string Day3() => DayNames[wday][..3];
        string Mon3() => MonthNames[mon - 1][..3];
        long hour12 = hour % 12 == 0 ? 12 : hour % 12;
        return d switch
        {
            'a' => Day3(),
            'A' => DayNames[wday],
            'b' or 'h' => Mon3(),
            'B' => MonthNames[mon - 1],
            'c' => $"{Day3()} {Mon3()} {mday,2} {hour:00}:{min:00}:{sec:00} {year}",
            'C' => $"{FloorDiv(year, 100):00}",
            'd' => $"{mday:00}",
            'D' => $"{mon:00}/{mday:00}/{Mod(year, 100):00}",
            'e' => $"{mday,2}",
            'F' => $"{(year < 0 ? "-" : "")}{Math.Abs(year)}-{mon:00}-{mday:00}",
            'G' => IsoYearWeek(year, yday, wday).Year.ToString(),
            'g' => $"{Mod(IsoYearWeek(year, yday, wday).Year, 100):00}",
            'H' => $"{hour:00}",
            'I' => $"{hour12:00}",
            'j' => $"{yday:000}",
            'k' => $"{hour,2}",
            'l' => $"{hour12,2}",
            'm' => $"{mon:00}",
            'M' => $"{min:00}",
            'n' => "\n",
            'p' => hour < 12 ? "AM" : "PM",
            'P' => hour < 12 ? "am" : "pm",
            'r' => $"{hour12:00}:{min:00}:{sec:00} {(hour < 12 ? "AM" : "PM")}",
            'R' => $"{hour:00}:{min:00}",
            'S' => $"{sec:00}",
            't' => "\t",
            'T' => $"{hour:00}:{min:00}:{sec:00}",
            'u' => (wday + 1).ToString(),
            'U' => $"{(yday - 1 + 7 - sundayWday) / 7:00}",
            'V' => $"{IsoYearWeek(year, yday, wday).Week:00}",
            'w' => sundayWday.ToString(),
            'W' => $"{(yday - 1 + 7 - wday) / 7:00}",
            'x' => $"{mon:00}/{mday:00}/{Mod(year, 100):00}",
            'X' => $"{hour:00}:{min:00}:{sec:00}",
            'y' => $"{Mod(year, 100):00}",
            'Y' => year.ToString(),
            'z' => Offset(gmtoff),
            'Z' => zone,
            '%' => "%",
            _ => null,
        };
    }

    private static long Mod(long a, long b) => ((a % b) + b) % b;
    private static long FloorDiv(long a, long b) => (a - Mod(a, b)) / b;

    private static string Offset(long gmtoff)
    {
        long m = Math.Abs(gmtoff) / 60;
        return (gmtoff < 0 ? "-" : "+") + $"{m / 60:00}{m % 60:00}";
    }

    // ISO 8601 week-numbering year and week (glibc's iso_week_days logic).
    private static (long Year, long Week) IsoYearWeek(long year, long yday, long wday)
    {
        static bool Leap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        static long IsoWeekDays(long yd, long wd) => yd - (yd - wd + 382) % 7 + 3; // yd 0-based, wd Sunday=0
        long yd0 = yday - 1, wd = (wday + 1) % 7;
        long days = IsoWeekDays(yd0, wd);
        if (days < 0)
        {
            year--;
            days = IsoWeekDays(yd0 + (Leap(year) ? 366 : 365), wd);
        }
        else
        {
            long d2 = IsoWeekDays(yd0 - (Leap(year) ? 366 : 365), wd);
            if (d2 >= 0) { year++; days = d2; }
        }
        return (year, days / 7 + 1);
    }
}
