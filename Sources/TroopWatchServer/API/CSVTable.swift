import Foundation
import Hummingbird

/// RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break, quotes doubled.
struct CSVTable {
    var header: [String]
    var rows: [[String]] = []

    init(header: [String]) {
        self.header = header
    }

    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    var text: String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    var buffer: ByteBuffer { ByteBuffer(string: text) }

    static let contentType = "text/csv; charset=utf-8"
}

extension Optional {
    /// The value as a CSV field: empty when absent.
    var csv: String {
        switch self {
        case .none: ""
        case .some(let value): "\(value)"
        }
    }
}
