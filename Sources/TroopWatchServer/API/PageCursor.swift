import Foundation

/// A sort key that can travel inside a cursor.
protocol CursorKey: Comparable {
    /// Tells cursors of different lists apart, so one list's cursor is rejected by another.
    static var cursorKind: String { get }
    var cursorParts: [String] { get }
    init?(cursorParts: [Substring])
}

/// An opaque pagination cursor: the sort key of the last item served. Keyset rather than offset,
/// so a page boundary stays put when items are added or removed between requests.
struct PageCursor<Key: CursorKey> {
    var key: Key

    init(key: Key) {
        self.key = key
    }

    var encoded: String {
        let raw = ([Key.cursorKind] + key.cursorParts).joined(separator: "|")
        return Data(raw.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    init(encoded: String) throws(Problem) {
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let raw = String(data: data, encoding: .utf8) else {
            throw Self.invalid(encoded)
        }
        let parts = raw.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.first.map(String.init) == Key.cursorKind, let key = Key(cursorParts: Array(parts.dropFirst())) else {
            throw Self.invalid(encoded)
        }
        self.key = key
    }

    private static func invalid(_ text: String) -> Problem {
        .invalidParameter(
            "cursor",
            "'cursor' is not a cursor this list issued: '\(text)'. Use the 'next' value of a previous page.")
    }
}

/// One page of a sorted list: the items after the cursor that pass the filter.
enum Pager {
    static func page<Item, Key: CursorKey>(
        _ items: [Item], key: (Item) -> Key, after cursor: Key?, limit: Int, where matches: (Item) -> Bool
    ) -> (items: [Item], next: String?) {
        var index = cursor.map { cursor in firstIndex(in: items, key: key, after: cursor) } ?? 0
        var page: [Item] = []
        var hasMore = false
        while index < items.count {
            let item = items[index]
            index += 1
            guard matches(item) else { continue }
            if page.count == limit {
                hasMore = true
                break
            }
            page.append(item)
        }
        let next = hasMore ? page.last.map { PageCursor(key: key($0)).encoded } : nil
        return (page, next)
    }

    /// Binary search for the first item whose key is after `cursor`.
    private static func firstIndex<Item, Key: CursorKey>(in items: [Item], key: (Item) -> Key, after cursor: Key) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if key(items[middle]) <= cursor { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
