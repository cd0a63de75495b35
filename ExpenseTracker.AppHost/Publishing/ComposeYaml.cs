using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace ExpenseTracker.AppHost.Publishing;

/// <summary>Writes a <see cref="ComposeFile"/> as YAML, after a few header comment lines.</summary>
internal static class ComposeYaml
{
    // Strings YAML 1.1 would read as another type (a number, yes/no, a base-60 port pair like 22:22) are quoted.
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings(quoteYaml1_1Strings: true)
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .WithIndentedSequences()
        .WithEventEmitter(next => new MultilineTextAsLiteralBlock(next))
        .WithNewLine("\n")
        .DisableAliases()
        .Build();

    public static string Write(IEnumerable<string> headerComments, ComposeFile compose) =>
        string.Concat(headerComments.Select(comment => $"# {comment}\n")) + Serializer.Serialize(compose);

    /// <summary>A script (a container's shell command) reads as written, line by line, rather than folded.</summary>
    private sealed class MultilineTextAsLiteralBlock(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Value is string text && text.Contains('\n', StringComparison.Ordinal))
            {
                eventInfo.Style = ScalarStyle.Literal;
            }

            base.Emit(eventInfo, emitter);
        }
    }
}
