import Foundation
import TroopWatchCore

/// Files of the repository the Core tests read: the shipped lexicon and the seed articles. Core
/// itself never reads files; the tests find them from this source file's location.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shipped lexicon with the generated gazetteer, as the server loads them.
    static let lexicon: Lexicon = {
        func load(_ name: String) -> Lexicon {
            let url = repositoryRoot.appendingPathComponent("Sources/TroopWatchServer/Resources/\(name)")
            do {
                return try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: url))
            } catch {
                fatalError("cannot load \(url.path): \(error)")
            }
        }
        return load("lexicon.json").extended(with: load("gazetteer.json"))
    }()

    static let reader = ArticleReader(lexicon: lexicon)

    /// The fixed "now" of every reader test, like Duckling's reference time.
    static let now = CalendarDate("2026-11-22")

    static func seed(_ name: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("Seeds/\(name)"), encoding: .utf8)
    }

    static func read(_ text: String, metadata: ArticleMetadata = ArticleMetadata()) -> ArticleReading {
        reader.read(text, metadata: metadata, now: now)
    }
}

extension CalendarDate {
    /// Test shorthand: `CalendarDate("2023-09-08")`; fails the test run on a typo.
    init(_ iso: String) {
        guard let date = CalendarDate(iso: iso) else { fatalError("bad test date \(iso)") }
        self = date
    }
}
