import ArgumentParser
import Foundation
import Hummingbird
import Logging
import TroopWatchServer

/// `troopwatch serve`: every option also reads an environment variable, so containers can be
/// configured without flags. A flag wins over its variable.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the API (the seed articles unless --corpus is given)."
    )

    @Option(help: "Address to listen on. [env: TROOPWATCH_HOST] (default: 127.0.0.1)")
    var host: String?

    @Option(help: "Port to listen on; 0 picks a free one. [env: TROOPWATCH_PORT] (default: 8080)")
    var port: Int?

    @Option(
        name: .customLong("corpus"),
        help: ArgumentHelp(
            "Folder of .txt/.md article files; repeat for several. Replaces the seed articles unless --seeds is given. [env: TROOPWATCH_CORPUS, folders separated by ':']",
            valueName: "dir"))
    var corpus: [String] = []

    @Flag(help: "Load the bundled seed articles as well as --corpus folders. [env: TROOPWATCH_SEEDS=1]")
    var seeds = false

    @Option(
        help: ArgumentHelp(
            "JSON file whose lists extend the bundled lexicon. [env: TROOPWATCH_LEXICON]", valueName: "file"))
    var lexicon: String?

    @Option(help: "trace, debug, info, notice, warning, error or critical. [env: TROOPWATCH_LOG_LEVEL] (default: info)")
    var logLevel: String?

    @Option(
        help: ArgumentHelp(
            "Folder for ingested articles and the change journal. [env: TROOPWATCH_DATA_DIR] (default: ./data)",
            valueName: "dir"))
    var dataDir: String?

    @Option(
        help: ArgumentHelp(
            "File holding the bearer token writes must carry; TROOPWATCH_TOKEN gives it directly. Without a token, writes are accepted only on a loopback address.",
            valueName: "file"))
    var tokenFile: String?

    @Option(help: "Largest POST /v1/articles body in bytes. [env: TROOPWATCH_MAX_BODY] (default: 1048576)")
    var maxBody: Int?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let arguments = try ResolvedArguments(command: self, environment: environment)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = arguments.logLevel
            return handler
        }
        let app = try await buildApplication(arguments)
        try await app.runService()
    }
}

/// Flags resolved against the environment and defaults, and validated.
struct ResolvedArguments: AppArguments {
    var hostname: String
    var port: Int
    var corpusDirectories: [String]
    var includeSeeds: Bool
    var lexiconFile: String?
    var logLevel: Logger.Level
    var dataDirectory: String?
    var writeToken: String?
    var maximumBodyBytes: Int

    init(command: ServeCommand, environment: [String: String]) throws {
        hostname = command.host ?? environment["TROOPWATCH_HOST"] ?? "127.0.0.1"
        let portText = command.port.map(String.init) ?? environment["TROOPWATCH_PORT"] ?? "8080"
        guard let port = Int(portText), (0...65535).contains(port) else {
            throw ValidationError("port must be a number from 0 to 65535; got '\(portText)'")
        }
        self.port = port
        if command.corpus.isEmpty, let folders = environment["TROOPWATCH_CORPUS"], !folders.isEmpty {
            corpusDirectories = folders.split(separator: ":").map(String.init)
        } else {
            corpusDirectories = command.corpus
        }
        includeSeeds =
            command.seeds || ["1", "true", "yes"].contains(environment["TROOPWATCH_SEEDS"]?.lowercased() ?? "")
        lexiconFile = command.lexicon ?? environment["TROOPWATCH_LEXICON"]
        let levelText = command.logLevel ?? environment["TROOPWATCH_LOG_LEVEL"] ?? "info"
        guard let level = Logger.Level(rawValue: levelText.lowercased()) else {
            throw ValidationError(
                "log level must be one of trace, debug, info, notice, warning, error, critical; got '\(levelText)'")
        }
        logLevel = level
        dataDirectory = command.dataDir ?? environment["TROOPWATCH_DATA_DIR"] ?? "./data"
        if let tokenFile = command.tokenFile {
            guard let contents = FileManager.default.contents(atPath: tokenFile) else {
                throw ValidationError("cannot read the token file '\(tokenFile)'")
            }
            let token = String(decoding: contents, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else { throw ValidationError("the token file '\(tokenFile)' is empty") }
            writeToken = token
        } else if let token = environment["TROOPWATCH_TOKEN"], !token.isEmpty {
            writeToken = token
        }
        let maxBodyText = command.maxBody.map(String.init) ?? environment["TROOPWATCH_MAX_BODY"] ?? "1048576"
        guard let maxBody = Int(maxBodyText), maxBody >= 1 else {
            throw ValidationError("max body must be a positive number of bytes; got '\(maxBodyText)'")
        }
        maximumBodyBytes = maxBody
    }
}
