import Hummingbird
import TroopWatchCore

/// Reads and validates query parameters; every failure is a 400 problem naming the parameter.
struct QueryParameters {
    private let values: [String: String]

    /// - Parameter allowed: the parameters this endpoint knows; any other is rejected, so a typo
    ///   ("limt=5") is reported instead of silently ignored.
    init(_ request: Request, allowed: Set<String>) throws(Problem) {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                throw .invalidParameter(
                    name, "Unknown query parameter '\(name)'. Known: \(allowed.sorted().joined(separator: ", ")).")
            }
            guard values[name] == nil else {
                throw .invalidParameter(name, "Query parameter '\(name)' is given more than once.")
            }
            values[name] = String(value)
        }
        self.values = values
    }

    func string(_ name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    func date(_ name: String) throws(Problem) -> CalendarDate? {
        guard let text = string(name) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw .invalidParameter(name, "'\(name)' must be a date written YYYY-MM-DD; got '\(text)'.")
        }
        return date
    }

    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(Problem) -> Int {
        guard let text = string(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .invalidParameter(
                name,
                "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound); got '\(text)'.")
        }
        return value
    }

    /// `from`/`to` as an inclusive day range; `from` after `to` is an error.
    func dateRange() throws(Problem) -> (from: CalendarDate?, to: CalendarDate?) {
        let from = try date("from")
        let to = try date("to")
        if let from, let to, from > to {
            throw .invalidParameter("from", "'from' (\(from.iso)) is after 'to' (\(to.iso)).")
        }
        return (from, to)
    }

    func limit() throws(Problem) -> Int {
        try integer("limit", in: 1...1000, default: 100)
    }
}
