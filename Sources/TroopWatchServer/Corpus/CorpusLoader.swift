import Foundation
import Logging
import TroopWatchCore

/// One article file that made it through loading: its text and any front-matter metadata.
struct CorpusFile: Sendable {
    var id: String
    var path: String
    var text: String
    var metadata: ArticleMetadata
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

    func load(directories: [URL]) -> Result {
        var result = Result()
        var seenIDs: [String: String] = [:]
        for directory in directories {
            for url in articleURLs(in: directory, result: &result) {
                guard let file = read(url, result: &result) else { continue }
                if let earlier = seenIDs[file.id] {
                    skip(url.path, "duplicate article id '\(file.id)' (already loaded from \(earlier))", into: &result)
                    continue
                }
                seenIDs[file.id] = file.path
                result.files.append(file)
            }
        }
        return result
    }

    /// The `.txt` and `.md` files under `directory`, in path order so ids and logs are stable.
    private func articleURLs(in directory: URL, result: inout Result) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            skip(directory.path, "corpus folder does not exist or is not a folder", into: &result)
            return []
        }
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
        else {
            skip(directory.path, "corpus folder cannot be listed", into: &result)
            return []
        }
        var urls: [URL] = []
        for case let url as URL in enumerator {
            let isRegular = (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            guard isRegular, Self.readableExtensions.contains(url.pathExtension.lowercased()) else { continue }
            urls.append(url)
        }
        return urls.sorted { $0.path < $1.path }
    }

    private func read(_ url: URL, result: inout Result) -> CorpusFile? {
        let path = url.path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if let size, size > maximumFileSize {
            skip(path, "file is \(size) bytes, over the \(maximumFileSize)-byte limit", into: &result)
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            skip(path, "file cannot be read: \(error.localizedDescription)", into: &result)
            return nil
        }
        if data.count > maximumFileSize {
            skip(path, "file is \(data.count) bytes, over the \(maximumFileSize)-byte limit", into: &result)
            return nil
        }
        var text: String
        if let decoded = String(data: data, encoding: .utf8) {
            text = decoded
        } else {
            text = String(decoding: data, as: UTF8.self)
            logger.warning("invalid UTF-8 replaced with U+FFFD", metadata: ["file": "\(path)"])
        }
        if text.allSatisfy(\.isWhitespace) {
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
        let id = url.deletingPathExtension().lastPathComponent
        return CorpusFile(id: id, path: path, text: text, metadata: frontMatter.metadata)
    }

    private func skip(_ path: String, _ reason: String, into result: inout Result) {
        logger.warning("skipped file", metadata: ["file": "\(path)", "reason": "\(reason)"])
        result.skipped.append(SkippedFile(path: path, reason: reason))
    }
}
