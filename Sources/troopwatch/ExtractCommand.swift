import ArgumentParser
import Foundation
import TroopWatchCore
import TroopWatchServer

/// `troopwatch extract FILE…`: the claims of article files as `{"claims": [...]}`, no server.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the claims of article files as JSON ({\"claims\": [...]}) without starting a server."
    )

    @Argument(help: "Article files (.txt or .md, optionally with front matter).")
    var files: [String]

    @Option(help: ArgumentHelp("Publication date for files that do not state one (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("JSON file whose lists extend the bundled lexicon.", valueName: "file"))
    var lexicon: String?

    func run() throws {
        var publishedDate: CalendarDate?
        if let published {
            guard let date = CalendarDate(iso: published) else {
                throw ValidationError("--published must be a date written YYYY-MM-DD; got '\(published)'")
            }
            publishedDate = date
        }
        let pipeline = ArticlePipeline(lexicon: try LexiconLoader.load(extension: lexicon))
        let now = Date()
        var claims: [Claim] = []
        for path in files {
            let article = try ArticleFile.read(path: path, fallbackPublished: publishedDate)
            claims += pipeline.process(
                id: article.id, text: article.text, metadata: article.metadata, today: ArticlePipeline.day(of: now),
                ingestedAt: now.formatted(.iso8601)
            ).claims
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(ClaimsDocument(claims)))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
