using StaticSite.Cli;

NativeTool.HandOff(args);
return CommandLine.Create().Parse(args).Invoke();
