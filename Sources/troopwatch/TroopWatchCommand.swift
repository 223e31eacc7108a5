import ArgumentParser

@main
struct TroopWatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "troopwatch",
        abstract: "Reads news articles about military deployments and serves what they report over HTTP/JSON.",
        subcommands: [ServeCommand.self, ExtractCommand.self, BenchCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
