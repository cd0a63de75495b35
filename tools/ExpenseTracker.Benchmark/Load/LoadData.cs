using System.Globalization;
using System.Text;
using ExpenseTracker.Benchmark.Seeding;

namespace ExpenseTracker.Benchmark.Load;

/// <summary>
/// The Lua file the wrk scenarios load (common.lua): the signed-in users (the largest history first) with their
/// tokens, categories and expenses, the months and dates the scenarios pick from, and the think time.
/// </summary>
internal static class LoadData
{
    public static string Write(string file, IReadOnlyList<BenchUser> users, DateOnly historyStart, DateOnly today, BenchmarkProfile profile)
    {
        var lua = new StringBuilder();
        lua.AppendLine("users = {");
        foreach (var user in users)
        {
            lua.Append("  { name = ").Append(Quote(user.Name))
                .Append(", token = ").Append(Quote(user.Token))
                .Append(", categories = { ").AppendJoin(", ", user.CategoryIds.Select(id => Quote(id.ToString())))
                .Append(" }, expenses = { ").AppendJoin(", ", user.ExpenseIds.Select(id => Quote(id.ToString())))
                .AppendLine(" } },");
        }

        lua.AppendLine("}");
        lua.AppendLine(Invariant($"first_year = {historyStart.Year}"));
        lua.AppendLine(Invariant($"last_year = {today.Year}"));
        lua.AppendLine(Invariant($"think_min_ms = {(int)profile.ThinkMin.TotalMilliseconds}"));
        lua.AppendLine(Invariant($"think_max_ms = {(int)profile.ThinkMax.TotalMilliseconds}"));

        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        lua.AppendLine("recent_months = {");
        foreach (var first in Enumerable.Range(0, 3).Select(back => thisMonth.AddMonths(-back)))
        {
            var last = first.AddMonths(1).AddDays(-1);
            lua.Append("  { month = ").Append(Quote(first.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
                .Append(", first = ").Append(Quote(Date(first)))
                .Append(", last = ").Append(Quote(Date(last)))
                .AppendLine(" },");
        }

        lua.AppendLine("}");
        lua.Append("recent_dates = { ").AppendJoin(", ", Enumerable.Range(0, 60).Select(back => Quote(Date(today.AddDays(-back))))).AppendLine(" }");
        File.WriteAllText(file, lua.ToString());
        return file;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Names, tokens (base64url and dots) and ids hold no quote or backslash.
    private static string Quote(string value) => $"\"{value}\"";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
