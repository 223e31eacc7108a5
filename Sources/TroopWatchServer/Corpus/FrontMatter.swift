import Foundation
import TroopWatchCore
import Yams

/// The `---` … `---` block that may open an article file (DESIGN §1): YAML keys `title`,
/// `published`, `url`, `outlet`, `author`. It is how ingested articles are stored, and users may
/// add it to corpus files to correct what the reader would infer.
struct FrontMatter: Sendable, Equatable {
    var metadata: ArticleMetadata
    /// The article text after the block.
    var body: Substring
    /// When an article came in over HTTP (`ingested:`, written by the server for its data folder).
    var ingestedAt: String? = nil

    enum Failure: Error, Equatable, CustomStringConvertible {
        case notAMapping
        case invalidYAML(String)
        case invalidPublished(String)

        var description: String {
            switch self {
            case .notAMapping: "front matter is not a YAML mapping"
            case .invalidYAML(let message): "front matter is not valid YAML: \(message)"
            case .invalidPublished(let value): "front matter 'published' is not a YYYY-MM-DD date: \(value)"
            }
        }
    }

    /// Splits off and parses a front-matter block. A text without one yields empty metadata and
    /// the whole text as body.
    static func parse(_ text: String) throws(Failure) -> FrontMatter {
        guard let (yaml, body) = split(text) else {
            return FrontMatter(metadata: ArticleMetadata(), body: text[...])
        }
        let node: Any?
        do {
            node = try Yams.load(yaml: String(yaml))
        } catch {
            // Hand-written blocks often hold an unquoted colon ("title: Budanov: 2,000 troops"),
            // which YAML rejects; read such a block line by line rather than drop the article.
            guard let fields = lenientFields(yaml) else { throw .invalidYAML(String(describing: error)) }
            return try build(fields, body: body)
        }
        guard let fields = node as? [String: Any] else {
            if node == nil { return FrontMatter(metadata: ArticleMetadata(), body: body) }
            throw .notAMapping
        }
        return try build(fields, body: body)
    }

    static let keys: Set<String> = ["title", "published", "url", "outlet", "author", "ingested"]

    /// `key: value` lines for the known keys, the value being everything after the first ": ".
    /// Nil when a line is neither blank, a comment nor such a pair.
    private static func lenientFields(_ yaml: Substring) -> [String: Any]? {
        var fields: [String: Any] = [:]
        for line in yaml.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else { return nil }
            let key = String(trimmed[..<colon]).trimmingCharacters(in: .whitespaces)
            guard keys.contains(key) else { return nil }
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
        }
        return fields.isEmpty ? nil : fields
    }

    private static func build(_ fields: [String: Any], body: Substring) throws(Failure) -> FrontMatter {
        func string(_ key: String) -> String? {
            guard let value = fields[key] else { return nil }
            let text = String(describing: value).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        var metadata = ArticleMetadata(
            title: string("title"), url: string("url"), outlet: string("outlet"), author: string("author"))
        if let published = fields["published"] {
            // YAML reads an unquoted 2023-09-08 as a timestamp; accept it back as the day it names.
            let text: String
            if let date = published as? Date {
                text = Self.isoDay(date)
            } else {
                text = String(describing: published)
            }
            guard let date = CalendarDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
                throw .invalidPublished(text)
            }
            metadata.published = date
        }
        var ingestedAt = string("ingested")
        if let date = fields["ingested"] as? Date { ingestedAt = date.formatted(.iso8601) }
        return FrontMatter(metadata: metadata, body: body, ingestedAt: ingestedAt)
    }

    /// Writes metadata as a front-matter block followed by the text.
    static func render(_ metadata: ArticleMetadata, text: String, ingestedAt: String? = nil) -> String {
        var fields: [(String, String)] = []
        if let title = metadata.title { fields.append(("title", title)) }
        if let published = metadata.published { fields.append(("published", published.iso)) }
        if let url = metadata.url { fields.append(("url", url)) }
        if let outlet = metadata.outlet { fields.append(("outlet", outlet)) }
        if let author = metadata.author { fields.append(("author", author)) }
        if let ingestedAt { fields.append(("ingested", ingestedAt)) }
        var block = "---\n"
        for (key, value) in fields {
            let quoted = (try? Yams.dump(object: value).trimmingCharacters(in: .newlines)) ?? "''"
            block += "\(key): \(quoted)\n"
        }
        return block + "---\n" + text
    }

    /// The YAML between an opening `---` line and the next `---` line, and what follows it.
    private static func split(_ text: String) -> (Substring, Substring)? {
        var rest = text[...]
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        guard rest.hasPrefix("---\n") || rest.hasPrefix("---\r\n") else { return nil }
        let afterOpening = rest[(rest.firstIndex(of: "\n").map { rest.index(after: $0) } ?? rest.endIndex)...]
        var lineStart = afterOpening.startIndex
        while lineStart < afterOpening.endIndex {
            let lineEnd = afterOpening[lineStart...].firstIndex(of: "\n") ?? afterOpening.endIndex
            let line = afterOpening[lineStart..<lineEnd].trimmingCharacters(in: .whitespaces)
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < afterOpening.endIndex ? afterOpening.index(after: lineEnd) : lineEnd
                return (afterOpening[afterOpening.startIndex..<lineStart], afterOpening[bodyStart...])
            }
            guard lineEnd < afterOpening.endIndex else { break }
            lineStart = afterOpening.index(after: lineEnd)
        }
        return nil
    }

    private static func isoDay(_ date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDate(daysSinceEpoch: days).iso
    }
}
