using ExpenseTracker.AppHost.Hosting;
using Aspire.Hosting.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExpenseTracker.AppHost.Publishing;

/// <summary>
/// A publishing step that writes docker-compose.yaml and its .env template from the application model:
/// <c>dotnet run --project ExpenseTracker.AppHost -- --publisher compose [--output-path DIR]</c> (default infra/compose).
/// </summary>
internal static class ComposePublishing
{
    public const string PublisherName = "compose";
    public const string StepName = "publish-compose";
    public const string ComposeFileName = "docker-compose.yaml";

    public static void AddComposePublishing(this IDistributedApplicationBuilder builder, InfraFiles infra)
    {
        if (string.Equals(builder.Configuration["Publishing:Publisher"], PublisherName, StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrEmpty(builder.Configuration["Pipeline:Step"]))
        {
            builder.Configuration["Pipeline:Step"] = StepName;
        }

        builder.Pipeline.AddStep(new PipelineStep
        {
            Name = StepName,
            Description = "Writes a Docker Compose file and its .env template from the application model.",
            Action = context => PublishAsync(context, builder.AppHostDirectory, infra),
            RequiredBySteps = [WellKnownPipelineSteps.Publish],
        });
    }

    private static async Task PublishAsync(PipelineStepContext context, string appHostDirectory, InfraFiles infra)
    {
        var requested = context.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.OutputPath;
        var outputDirectory = requested is { Length: > 0 } ? Path.GetFullPath(requested, appHostDirectory) : infra.ComposeDirectory;
        Directory.CreateDirectory(outputDirectory);

        var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ExpenseTracker.AppHost.Publishing");
        var builder = new ComposeFileBuilder(context.ExecutionContext, outputDirectory, logger);
        var compose = await builder.BuildAsync(context.Model, context.CancellationToken);
        var header = new[]
        {
            "Docker Compose deployment of ExpenseTracker, generated from the Aspire application model by",
            "`dotnet run --project ExpenseTracker.AppHost -- --publisher compose`: edit the AppHost, not this file.",
            "Fill in .env (see .env.template), build the images (see README, Deploy), then `docker compose up -d`.",
        };

        var composePath = Path.Combine(outputDirectory, ComposeFileName);
        await File.WriteAllTextAsync(composePath, ComposeYaml.Write(header, compose), context.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(outputDirectory, EnvTemplate.FileName), EnvTemplate.Write(builder.Parameters), context.CancellationToken);
        LogPublished(logger, composePath);
    }

    private static void LogPublished(ILogger logger, string composeFile) =>
        logger.LogInformation("Published the compose file to {ComposeFile}", composeFile);
}
