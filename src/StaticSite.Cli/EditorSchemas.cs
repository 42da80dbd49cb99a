namespace StaticSite.Cli;

/// <summary>
/// The JSON Schemas of schemas/ that editors with the YAML language server check files against, and
/// the comment line that names a file's schema, by a path relative to the file.
/// </summary>
internal static class EditorSchemas
{
    public const string Folder = "schemas";

    public const string Speakers = "speakers.schema.json";

    public const string Topics = "topics.schema.json";

    public const string Glossary = "glossary.schema.json";

    public const string Transcript = "transcript.schema.json";

    /// <summary>The schema of a data file of input/ by its name (speakers.yml → speakers.schema.json).</summary>
    public static string ForDataFile(string fileName) => Path.GetFileNameWithoutExtension(fileName) + ".schema.json";

    /// <summary>
    /// "# yaml-language-server: $schema=../schemas/speakers.schema.json" for a file of
    /// <paramref name="inputFolder"/>: schemas/ sits beside input/, as theme/ does.
    /// </summary>
    public static string Modeline(string inputFolder, string filePath, string schema)
    {
        var project = Path.GetDirectoryName(Path.GetFullPath(inputFolder)) ?? Path.GetFullPath(inputFolder);
        var target = Path.Combine(project, Folder, schema);
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(filePath))!, target).Replace('\\', '/');
        return "# yaml-language-server: $schema=" + relative + "\n";
    }
}
