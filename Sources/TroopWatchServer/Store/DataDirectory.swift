import Foundation
import TroopWatchCore

/// Where ingested articles live: `articles/ID.md` (front matter + text) and the change journal
/// `changes.jsonl`. Loaded after the corpus at start; written before a write is acknowledged.
struct DataDirectory: Sendable {
    let root: String

    var articlesFolder: String { root + "/articles" }
    var journal: ChangeJournal { ChangeJournal(path: root + "/changes.jsonl") }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates the folders if needed and removes files a crash left half-written.
    init(root: String) throws(Failure) {
        self.root = root
        do {
            try FileManager.default.createDirectory(atPath: articlesFolder, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create the data folder \(articlesFolder): \(error.localizedDescription)")
        }
        guard FileManager.default.isWritableFile(atPath: articlesFolder) else {
            throw Failure(description: "the data folder \(articlesFolder) is not writable")
        }
    }

    /// Deletes `.tmp-*` files: writes a crash interrupted before their rename, never acknowledged.
    func removeStrayTemporaries() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articlesFolder)) ?? []
        var removed: [String] = []
        for name in names where name.hasPrefix(DurableFile.temporaryPrefix) {
            try? FileManager.default.removeItem(atPath: articlesFolder + "/" + name)
            removed.append(name)
        }
        return removed
    }

    func path(of id: String) -> String { articlesFolder + "/" + id + ".md" }

    func save(id: String, text: String, metadata: ArticleMetadata, ingestedAt: String) throws(DurableFile.Failure) {
        let file = FrontMatter.render(metadata, text: text, ingestedAt: ingestedAt)
        try DurableFile.store(Array(file.utf8), at: path(of: id))
    }

    func delete(id: String) throws(DurableFile.Failure) {
        try DurableFile.remove(path(of: id))
    }
}
