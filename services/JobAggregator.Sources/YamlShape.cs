using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobAggregator.Sources;

/// <summary>Bounds a sources file before it is loaded into a tree: loading recurses once per level of nesting, so a
/// file nested thousands deep would end the process with a stack overflow instead of an error.</summary>
internal static class YamlShape
{
    /// <summary>A real sources file nests four levels (sources, an entry, selectors, a value).</summary>
    public const int MaxDepth = 32;

    public const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>The first place the text nests deeper than <see cref="MaxDepth"/>, or null.</summary>
    /// <exception cref="YamlException">The text is not YAML.</exception>
    public static SourcesFileError? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    if (depth > MaxDepth)
                    {
                        var at = parser.Current.Start;
                        return new SourcesFileError(at.Line, at.Column, null, null,
                            $"nested more than {MaxDepth} levels deep; a sources file needs four");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }
}
