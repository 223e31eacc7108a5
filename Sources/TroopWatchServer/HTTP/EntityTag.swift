import HTTPTypes
import Hummingbird
import TroopWatchCore

/// Strong entity tags derived from (snapshot version, representation key), so equal tags mean
/// byte-identical bodies and a 304 can be decided before any encoding.
enum EntityTag {
    /// - Parameter version: names the snapshot; see `CorpusSnapshot.version`.
    static func make(version: String, key: String) -> String {
        "\"\(version)-\(String(FNV1a.hash(key), radix: 36))\""
    }

    /// Whether `If-None-Match` names `etag` (or is `*`).
    static func matches(_ request: Request, etag: String) -> Bool {
        guard let header = request.headers[.ifNoneMatch] else { return false }
        for candidate in header.split(separator: ",") {
            var tag = candidate.trimmingSpaces()
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
            if tag == etag { return true }
        }
        return false
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var result = self
        while result.first == " " || result.first == "\t" { result = result.dropFirst() }
        while result.last == " " || result.last == "\t" { result = result.dropLast() }
        return result
    }
}
