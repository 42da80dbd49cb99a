using System.Runtime.CompilerServices;
using StaticSite.Cli;

NativeTool.HandOff(args);
return Run(args);

// Apart from the hand-over, so that starting to hand over loads nothing else: compiling a Main that
// named the command line loaded System.CommandLine before the native tool could take over.
[MethodImpl(MethodImplOptions.NoInlining)]
static int Run(string[] args) => CommandLine.Invoke(args);
