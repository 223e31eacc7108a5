import Foundation

/// An opaque pagination cursor: the sort key of the last item served. Keyset rather than offset,
/// so a page boundary stays put when articles are added or removed between requests.
struct PageCursor: Equatable {
    var key: ArticleOrder.Key

    var encoded: String {
        let raw = "v1|\(key.negatedDay)|\(key.id)"
        return Data(raw.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    init(key: ArticleOrder.Key) {
        self.key = key
    }

    init(encoded: String) throws(Problem) {
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let raw = String(data: data, encoding: .utf8) else {
            throw Self.invalid(encoded)
        }
        let parts = raw.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "v1", let day = Int(parts[1]), !parts[2].isEmpty else {
            throw Self.invalid(encoded)
        }
        key = ArticleOrder.Key(negatedDay: day, id: String(parts[2]))
    }

    private static func invalid(_ text: String) -> Problem {
        .invalidParameter(
            "cursor", "'cursor' is not a cursor this server issued: '\(text)'. Use the 'next' value of a previous page."
        )
    }
}
