import Foundation
import Logging
import TroopWatchCore

/// One article file that made it through loading: its text and any front-matter metadata.
struct CorpusFile: Sendable {
    var id: String
    var path: String
    var text: String
    var metadata: ArticleMetadata
    /// Kept from the file for ingested articles; others count as ingested when loaded.
    var ingestedAt: String? = nil
}

/// A file left out at load, and why. Reported in the log and by `/healthz`.
struct SkippedFile: Sendable, Codable, Equatable {
    var path: String
    var reason: String
}

/// Reads article files from folders. Never throws for a bad file: it is skipped with a warning
/// naming it, so one broken file cannot keep the server from starting.
struct CorpusLoader {
    static let readableExtensions: Set<String> = ["txt", "md"]
    var maximumFileSize = 5 * 1024 * 1024
    var logger: Logger

    struct Result: Sendable {
        var files: [CorpusFile] = []
        var skipped: [SkippedFile] = []
    }

    /// Lists the folders in order, reads the files on all cores, then keeps the first of each id.
    func load(directories: [URL]) async -> Result {
        var result = Result()
        var urls: [String] = []
        for directory in directories { urls += articlePaths(in: directory, result: &result) }
        let loader = self
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = max(16, (urls.count + workers - 1) / workers)
        let chunks = stride(from: 0, to: urls.count, by: chunkSize).map { Array(urls[$0..<min(urls.count, $0 + chunkSize)]) }
        let outcomes = await withTaskGroup(of: (Int, [Result]).self) { group in
            for (index, chunk) in chunks.enumerated() {
                group.addTask {
                    (index, chunk.map { url in
                        var single = Result()
                        if let file = loader.read(url, result: &single) { single.files.append(file) }
                        return single
                    })
                }
            }
            var ordered = [[Result]](repeating: [], count: chunks.count)
            for await (index, results) in group { ordered[index] = results }
            return ordered.flatMap { $0 }
        }
        var seenIDs: [String: String] = [:]
        for outcome in outcomes {
            result.skipped += outcome.skipped
            for file in outcome.files {
                if let earlier = seenIDs[file.id] {
                    skip(file.path, "duplicate article id '\(file.id)' (already loaded from \(earlier))", into: &result)
                    continue
                }
                seenIDs[file.id] = file.path
                result.files.append(file)
            }
        }
        return result
    }

    /// The `.txt` and `.md` files under `directory`, in path order so ids and logs are stable.
    /// The `.txt` and `.md` files under `directory` (hidden ones left out), in path order so ids
    /// and logs are stable. Plain paths: Foundation's URL resource values cost more than the reading.
    private func articlePaths(in directory: URL, result: inout Result) -> [String] {
        let root = directory.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            skip(root, "corpus folder does not exist or is not a folder", into: &result)
            return []
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            skip(root, "corpus folder cannot be listed", into: &result)
            return []
        }
        var paths: [String] = []
        for case let relative as String in enumerator {
            let components = relative.split(separator: "/")
            guard let name = components.last, !components.contains(where: { $0.hasPrefix(".") }),
                let dot = name.lastIndex(of: "."),
                Self.readableExtensions.contains(name[name.index(after: dot)...].lowercased())
            else { continue }
            paths.append(root + "/" + relative)
        }
        return paths.sorted()
    }

    private func read(_ path: String, result: inout Result) -> CorpusFile? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard (attributes?[.type] as? FileAttributeType) == .typeRegular else {
            if attributes?[.type] as? FileAttributeType == .typeDirectory {
                skip(path, "file cannot be read: it is a folder", into: &result)
            } else {
                skip(path, "file cannot be read", into: &result)
            }
            return nil
        }
        if let size = attributes?[.size] as? Int, size > maximumFileSize {
            skip(path, "file is \(size) bytes, over the \(maximumFileSize)-byte limit", into: &result)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            skip(path, "file cannot be read", into: &result)
            return nil
        }
        if data.count > maximumFileSize {
            skip(path, "file is \(data.count) bytes, over the \(maximumFileSize)-byte limit", into: &result)
            return nil
        }
        var text: String
        if let decoded = String(validating: data, as: UTF8.self) {
            text = decoded
        } else {
            text = String(decoding: data, as: UTF8.self)
            logger.warning("invalid UTF-8 replaced with U+FFFD", metadata: ["file": "\(path)"])
        }
        if text.utf8.allSatisfy({ $0 == 32 || ($0 >= 9 && $0 <= 13) }) || text.allSatisfy(\.isWhitespace) {
            skip(path, "file is empty", into: &result)
            return nil
        }
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter.parse(text)
        } catch {
            skip(path, error.description, into: &result)
            return nil
        }
        text = String(frontMatter.body)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let id = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return CorpusFile(
            id: id, path: path, text: text, metadata: frontMatter.metadata, ingestedAt: frontMatter.ingestedAt)
    }

    private func skip(_ path: String, _ reason: String, into result: inout Result) {
        logger.warning("skipped file", metadata: ["file": "\(path)", "reason": "\(reason)"])
        result.skipped.append(SkippedFile(path: path, reason: reason))
    }
}
