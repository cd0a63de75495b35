using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace ExpenseTracker.AppHost.Tests.Infrastructure;

/// <summary>
/// The Aspire manifest and the compose file, published once per test class into a temp folder by the AppHost itself,
/// and the container-mode model they were published from.
/// </summary>
public sealed class PublishedFiles : IAsyncLifetime
{
    private readonly TempDirectory _output = new("apphost");

    public string ManifestPath => Path.Combine(_output.Path, "manifest", "aspire-manifest.json");

    public string ComposeDirectory => Path.Combine(_output.Path, "compose");

    public string ComposePath => Path.Combine(ComposeDirectory, "docker-compose.yaml");

    public string EnvTemplatePath => Path.Combine(ComposeDirectory, ".env.template");

    public JsonObject Manifest { get; private set; } = null!;

    public YamlMappingNode Compose { get; private set; } = null!;

    public AppHostModel? Model { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await AppHostProcess.RunAsync("--publisher", "manifest", "--output-path", Path.Combine(_output.Path, "manifest"));
        await AppHostProcess.RunAsync("--publisher", "compose", "--output-path", ComposeDirectory);
        Manifest = JsonNode.Parse(await File.ReadAllTextAsync(ManifestPath))!.AsObject();
        Compose = Yaml.Load(await File.ReadAllTextAsync(ComposePath));
        Model = await AppHostModel.BuildAsync(useContainers: true);
    }

    public async ValueTask DisposeAsync()
    {
        if (Model is not null)
        {
            await Model.DisposeAsync();
        }

        _output.Dispose();
    }
}

public static class Yaml
{
    public static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static YamlMappingNode Map(this YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    public static YamlSequenceNode List(this YamlNode node, string key) => (YamlSequenceNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    public static bool Has(this YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(new YamlScalarNode(key));

    public static string Text(this YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)]).Value!;

    public static IEnumerable<string> Keys(this YamlMappingNode node) => node.Children.Keys.Select(key => ((YamlScalarNode)key).Value!);

    public static IEnumerable<string> Texts(this YamlSequenceNode node) => node.Children.Select(item => ((YamlScalarNode)item).Value!);
}
