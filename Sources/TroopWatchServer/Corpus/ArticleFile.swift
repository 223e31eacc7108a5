import Foundation
import TroopWatchCore

/// One article file read on its own (for `troopwatch extract`), with the loader's rules.
public struct ArticleFile: Sendable {
    public var id: String
    public var text: String
    public var metadata: ArticleMetadata

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func read(path: String, fallbackPublished: CalendarDate?) throws -> ArticleFile {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Failure(description: "\(path): cannot be read: \(error.localizedDescription)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter.parse(text)
        } catch {
            throw Failure(description: "\(path): \(error.description)")
        }
        var metadata = frontMatter.metadata
        if metadata.published == nil { metadata.published = fallbackPublished }
        return ArticleFile(
            id: url.deletingPathExtension().lastPathComponent, text: String(frontMatter.body), metadata: metadata)
    }
}
