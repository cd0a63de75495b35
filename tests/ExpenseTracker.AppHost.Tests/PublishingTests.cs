using System.Diagnostics;
using System.Text.Json.Nodes;
using ExpenseTracker.AppHost.Tests.Infrastructure;
using ExpenseTracker.ServiceDefaults;
using YamlDotNet.RepresentationModel;

namespace ExpenseTracker.AppHost.Tests;

/// <summary>
/// What the AppHost publishes (the Aspire manifest azd deploys, the compose file) checked against the application
/// model it was published from.
/// </summary>
public sealed class PublishingTests(PublishedFiles published) : IClassFixture<PublishedFiles>
{
    private static readonly string[] ConnectionStrings =
        [ResourceNames.ExpenseDatabase, ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Blobs, ResourceNames.Seq];

    private static readonly Dictionary<string, string> ComposeConnectionTargets = new()
    {
        [ResourceNames.ExpenseDatabase] = "@mongo:27017/expensedb?",
        [ResourceNames.Cache] = "cache:6379,",
        [ResourceNames.Messaging] = "@messaging:5672",
        [ResourceNames.Blobs] = "BlobEndpoint=http://storage:10000/devstoreaccount1;",
        [ResourceNames.Seq] = "http://seq:80",
    };

    private JsonObject ManifestResources => published.Manifest["resources"]!.AsObject();

    private YamlMappingNode ComposeServices => published.Compose.Map("services");

    private IEnumerable<IResource> PublishedModelResources =>
        published.Model!.Resources.Where(resource => !resource.IsExcludedFromPublish());

    [Fact]
    public void The_manifest_has_every_resource_of_the_container_model()
    {
        var expected = PublishedModelResources.Select(resource => resource.Name).ToHashSet();
        Assert.Superset(expected, ManifestResources.Select(resource => resource.Key).ToHashSet());
        Assert.StartsWith("project.", (string?)ManifestResources[ResourceNames.Api]!["type"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_and_the_compose_file_deploy_what_the_README_says_with_the_web_app_served_by_the_API()
    {
        var described = DeployedServicesInReadme();
        var deployed = ManifestResources
            .Where(resource => (string?)resource.Value!["type"] is "container.v0" or "project.v0")
            .ToDictionary(
                resource => resource.Key,
                resource => resource.Value!["bindings"]?.AsObject().Any(binding => (bool?)binding.Value!["external"] == true) == true);

        Assert.Equal(described.OrderBy(service => service.Key), deployed.OrderBy(service => service.Key));
        Assert.Equal(described.Keys.Order(), ComposeServices.Keys().Order());
        Assert.All(described, service => Assert.Equal(service.Value, ComposeServices.Map(service.Key).Has("ports")));

        // No web resource: the API's image carries the built web app and the API serves it.
        Assert.DoesNotContain(ResourceNames.Web, deployed.Keys);
        Assert.Equal("/app/wwwroot", (string?)ManifestResources[ResourceNames.Api]!["env"]!["Web__RootPath"]);
        Assert.Equal("/app/wwwroot", ComposeServices.Map(ResourceNames.Api).Map("environment").Text("Web__RootPath"));
    }

    [Fact]
    public void The_manifest_wires_every_connection_string_into_the_API_and_the_worker()
    {
        foreach (var service in new[] { ResourceNames.Api, ResourceNames.Worker })
        {
            var environment = ManifestResources[service]!["env"]!.AsObject();
            foreach (var name in ConnectionStrings)
            {
                Assert.Equal($"{{{name}.connectionString}}", (string?)environment[$"ConnectionStrings__{name}"]);
                Assert.NotNull(ManifestResources[name]?["connectionString"]);
            }
        }
    }

    [Fact]
    public void The_manifest_inlines_no_secret()
    {
        foreach (var resource in ManifestResources.Select(entry => entry.Value))
        {
            if ((string?)resource!["type"] == "parameter.v0" && resource["inputs"]?["value"] is JsonObject input && (bool?)input["secret"] == true)
            {
                Assert.Null(input["default"]?["value"]);
            }

            var values = (resource["env"]?.AsObject().Select(variable => (variable.Key, (string)variable.Value!)) ?? [])
                .Append(("connectionString", (string?)resource["connectionString"] ?? string.Empty));
            foreach (var (variable, value) in values)
            {
                Assert.Empty(SecretCheck.LiteralSecrets(value, "{"));
                if (SecretCheck.NamesASecret(variable))
                {
                    Assert.StartsWith("{", value, StringComparison.Ordinal);
                }
            }
        }

        foreach (var secret in new[] { "mongo-password", "cache-password", "messaging-password", "storage-key", "seq-admin-password", "grafana-admin-password" })
        {
            Assert.Equal(true, (bool?)ManifestResources[secret]!["inputs"]!["value"]!["secret"]);
        }
    }

    [Fact]
    public void The_compose_file_has_a_service_for_every_container_and_project_of_the_model()
    {
        var expected = PublishedModelResources.Where(resource => resource is ContainerResource or ProjectResource).Select(resource => resource.Name).ToHashSet();
        Assert.Equal(expected, ComposeServices.Keys().ToHashSet());

        foreach (var container in PublishedModelResources.OfType<ContainerResource>())
        {
            var image = container.Annotations.OfType<ContainerImageAnnotation>().Single();
            Assert.EndsWith($"{image.Image.Replace("library/", string.Empty, StringComparison.Ordinal)}:{image.Tag}", ComposeServices[container.Name].Text("image"), StringComparison.Ordinal);
        }

        Assert.Equal("expensetracker-api:${EXPENSETRACKER_IMAGE_TAG:-latest}", ComposeServices[ResourceNames.Api].Text("image"));
        Assert.Equal("expensetracker-worker:${EXPENSETRACKER_IMAGE_TAG:-latest}", ComposeServices[ResourceNames.Worker].Text("image"));
    }

    [Fact]
    public void Compose_wires_connection_strings_by_service_name_and_waits_for_healthy_servers()
    {
        foreach (var service in new[] { ResourceNames.Api, ResourceNames.Worker })
        {
            var environment = ComposeServices[service].Map("environment");
            foreach (var (name, target) in ComposeConnectionTargets)
            {
                Assert.Contains(target, environment.Text($"ConnectionStrings__{name}"), StringComparison.Ordinal);
            }

            var dependencies = ComposeServices[service].Map("depends_on");
            foreach (var server in new[] { ResourceNames.MongoServer, ResourceNames.Cache, ResourceNames.Messaging, ResourceNames.Storage, ResourceNames.Seq })
            {
                Assert.Equal("service_healthy", dependencies.Map(server).Text("condition"));
            }
        }

        Assert.Equal("service_healthy", ComposeServices[ResourceNames.Worker].Map("depends_on").Map(ResourceNames.Api).Text("condition"));
        Assert.Equal("http://prometheus:9090", ComposeServices[ResourceNames.Grafana].Map("environment").Text("PROMETHEUS_URL"));
        Assert.Contains("8080:8080", ComposeServices[ResourceNames.Api].List("ports").Texts());
    }

    [Fact]
    public async Task Compose_inlines_no_secret_and_the_env_template_leaves_every_secret_empty()
    {
        var secretVariables = new HashSet<string>();
        foreach (var (_, service) in ComposeServices.Children)
        {
            if (!service.Has("environment"))
            {
                continue;
            }

            foreach (var (key, value) in ((YamlMappingNode)service.Map("environment")).Children)
            {
                var (variable, text) = (((YamlScalarNode)key).Value!, ((YamlScalarNode)value).Value!);
                Assert.Empty(SecretCheck.LiteralSecrets(text, "${"));
                if (SecretCheck.NamesASecret(variable))
                {
                    Assert.StartsWith("${", text, StringComparison.Ordinal);
                }

                foreach (System.Text.RegularExpressions.Match required in System.Text.RegularExpressions.Regex.Matches(text, @"\$\{(\w+):\?"))
                {
                    secretVariables.Add(required.Groups[1].Value);
                }
            }
        }

        var template = (await File.ReadAllLinesAsync(published.EnvTemplatePath))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        Assert.NotEmpty(secretVariables);
        foreach (var variable in secretVariables)
        {
            Assert.Equal(string.Empty, template[variable]);
        }
    }

    [Fact]
    public void Every_compose_service_checks_its_health_and_every_named_volume_is_declared()
    {
        var declared = published.Compose.Map("volumes").Keys().ToHashSet();
        foreach (var (name, service) in ComposeServices.Children)
        {
            Assert.True(service.Has("healthcheck"), $"{name} has no health check");
            if (!service.Has("volumes"))
            {
                continue;
            }

            foreach (var volume in service.List("volumes").Texts())
            {
                var source = volume.Split(':')[0];
                if (source.StartsWith('.'))
                {
                    Assert.True(Path.Exists(Path.GetFullPath(source, published.ComposeDirectory)), $"{name} mounts {source}, which does not exist");
                }
                else
                {
                    Assert.Contains(source, declared);
                }
            }
        }
    }

    [Fact]
    public void Compose_quotes_every_text_a_YAML_1_1_reader_would_take_for_a_number_a_boolean_or_a_base_60_port_pair()
    {
        // docker-compose 1.x reads YAML 1.1, where 22:22 is the number 1342 and no is false.
        var notText = new System.Text.RegularExpressions.Regex(
            @"^([-+]?[0-9][0-9_]*(:[0-5]?[0-9])*(\.[0-9_]*)?|y|n|yes|no|true|false|on|off|~|null)$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var texts = new List<YamlScalarNode>();
        foreach (var (_, service) in ComposeServices.Children)
        {
            var mapping = (YamlMappingNode)service;
            texts.AddRange(mapping.Children.Where(entry => ((YamlScalarNode)entry.Key).Value is "environment").SelectMany(entry => ((YamlMappingNode)entry.Value).Children.Values).Cast<YamlScalarNode>());
            texts.AddRange(mapping.Children.Where(entry => ((YamlScalarNode)entry.Key).Value is "ports" or "command" or "entrypoint").SelectMany(entry => ((YamlSequenceNode)entry.Value).Children).Cast<YamlScalarNode>());
        }

        Assert.Contains(texts, text => text.Value == "8080:8080");
        Assert.All(texts.Where(text => text.Style == YamlDotNet.Core.ScalarStyle.Plain), text => Assert.DoesNotMatch(notText, text.Value!));
    }

    [Fact]
    public void The_committed_compose_file_is_the_one_the_model_publishes()
    {
        var committedDirectory = Path.Combine(Checkout.Root, "infra", "compose");
        var committed = File.ReadAllText(Path.Combine(committedDirectory, "docker-compose.yaml"));

        Assert.Equal(Normalize(File.ReadAllText(published.ComposePath), published.ComposeDirectory), Normalize(committed, committedDirectory));
        Assert.Equal(File.ReadAllText(published.EnvTemplatePath), File.ReadAllText(Path.Combine(committedDirectory, ".env.template")));
    }

    [Fact]
    public async Task Docker_compose_accepts_the_file()
    {
        var dockerCompose = new[] { "/usr/bin/docker-compose", "/usr/local/bin/docker-compose" }.FirstOrDefault(File.Exists);
        if (dockerCompose is null)
        {
            Assert.Skip("docker-compose is not installed here (apt-get install docker-compose; ./test.sh does it)");
        }

        var variables = (await File.ReadAllLinesAsync(published.EnvTemplatePath))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2)[0]);
        await File.WriteAllLinesAsync(Path.Combine(published.ComposeDirectory, ".env"), variables.Select(variable => $"{variable}=0123456789abcdef0123456789abcdef"));

        var start = new ProcessStartInfo(dockerCompose, ["-f", published.ComposePath, "config"])
        {
            WorkingDirectory = published.ComposeDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, $"docker-compose config failed: {errors}");
        var resolved = Yaml.Load(output);
        Assert.Equal(ComposeServices.Keys().ToHashSet(), resolved.Map("services").Keys().ToHashSet());
        Assert.Contains("0123456789abcdef0123456789abcdef", resolved.Map("services").Map(ResourceNames.Api).Map("environment").Text("ConnectionStrings__cache"), StringComparison.Ordinal);
    }

    /// <summary>The README's table of what a deployment runs: service name → reachable from outside.</summary>
    private static Dictionary<string, bool> DeployedServicesInReadme()
    {
        var readme = File.ReadAllLines(Checkout.Combine("README.md"));
        var table = readme
            .SkipWhile(line => line != "## Deploy")
            .SkipWhile(line => !line.StartsWith("| service |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells[3] == "yes");
        Assert.NotEmpty(table);
        return table;
    }

    /// <summary>The compose file with its relative mount paths made absolute, so files published in two folders compare.</summary>
    private static string Normalize(string composeText, string directory)
    {
        var compose = Yaml.Load(composeText);
        foreach (var (_, service) in compose.Map("services").Children)
        {
            if (!service.Has("volumes"))
            {
                continue;
            }

            foreach (var item in service.List("volumes").Children.Cast<YamlScalarNode>().Where(item => item.Value!.StartsWith('.')))
            {
                var separator = item.Value!.IndexOf(':', StringComparison.Ordinal);
                item.Value = Path.GetFullPath(item.Value[..separator], directory) + item.Value[separator..];
            }
        }

        var writer = new StringWriter();
        new YamlStream(new YamlDocument(compose)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
