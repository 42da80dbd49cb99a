using StaticSite.Cli;

return CommandLine.Create().Parse(args).Invoke();
