namespace StaticSite.Cli;

/// <summary>How `build` and `check` print diagnostics.</summary>
public enum DiagnosticFormat
{
    /// <summary>file(line,col): error CODE: message — what editors and most CI systems read.</summary>
    MsBuild,

    /// <summary>GitHub Actions workflow commands, so that pull requests show each problem on its line.</summary>
    GitHub,
}
