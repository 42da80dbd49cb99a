using StaticSite.Cli;

return CommandLine.Invoke(args);
