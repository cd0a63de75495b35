using System.Globalization;
using System.Text;

namespace ExpenseTracker.AppHost.Publishing;

/// <summary>
/// The .env template beside the compose file: every variable the file reads, empty for secrets (with how to make
/// one), defaulted otherwise. Copied to .env and filled in on the Docker host; the filled copy is never committed.
/// </summary>
internal static class EnvTemplate
{
    public const string FileName = ".env.template";

    public static string Write(ComposeParameters parameters)
    {
        var text = new StringBuilder()
            .Append("# Settings of the compose deployment of ExpenseTracker.\n")
            .Append("# Copy this file to .env beside docker-compose.yaml and fill in every secret; never commit .env.\n\n")
            .Append("# Tag of the API and worker images built with `dotnet publish -t:PublishContainer`.\n")
            .Append(ComposeFileBuilder.ImageTagVariable).Append("=latest\n");

        foreach (var (variable, parameter) in parameters.Used)
        {
            text.Append('\n').Append("# ").Append(Describe(parameter)).Append('\n');
            text.Append(variable).Append('=').Append('\n');
        }

        return text.ToString();
    }

    private static string Describe(ParameterResource parameter)
    {
        var about = parameter.Description is { Length: > 0 } description ? description : $"parameter {parameter.Name}";
        if (!parameter.Secret)
        {
            return $"{about} (may stay empty)";
        }

        return parameter.Default is GenerateParameterDefault generated
            ? string.Create(CultureInfo.InvariantCulture,
                $"{about}: secret, {generated.MinLength} letters and digits (e.g. `openssl rand -hex {(generated.MinLength + 1) / 2}`)")
            : $"{about}: secret";
    }
}
