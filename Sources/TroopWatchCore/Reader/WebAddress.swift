/// The parts of a web address the reader needs: its host and any date written in its path.
/// Parsed by hand because Core stays on plain Foundation types and URLs in scraped text are often
/// not quite valid.
enum WebAddress {
    /// "https://www.Example.com:443/a" → "example.com".
    static func host(of address: String) -> String? {
        guard let schemeEnd = address.firstRange(of: "://") else { return nil }
        let rest = address[schemeEnd.upperBound...]
        let hostPart = rest.prefix { character in !"/?#:".contains(character) }
        guard !hostPart.isEmpty, hostPart.contains(".") else { return nil }
        return normalisedHost(hostPart)
    }

    static func normalisedHost(_ host: some StringProtocol) -> String {
        let lowered = host.lowercased()
        return lowered.hasPrefix("www.") ? String(lowered.dropFirst(4)) : lowered
    }

    /// A date in the path: "/2023/09/08/", "/2023-09-08-slug", "/20230908/", or a month "/2023/09/".
    static func date(in address: String) -> (CalendarDate, DatePrecision)? {
        guard let schemeEnd = address.firstRange(of: "://") else { return nil }
        let path = address[schemeEnd.upperBound...].drop { $0 != "/" }
        let tokens = Tokenizer.tokenize(Substring(path))
        var best: (CalendarDate, DatePrecision)?
        for (index, token) in tokens.enumerated() where token.isNumber {
            let digits = token.text
            if digits.count == 14, let stamp = timestamp(digits) { return (stamp, .day) }
            if digits.count == 8, let value = Int(digits) {
                if let date = CalendarDate(year: value / 10000, month: value / 100 % 100, day: value % 100),
                    (1990...2100).contains(date.year)
                {
                    return (date, .day)
                }
                continue
            }
            guard digits.count == 4, let year = Int(digits), (1990...2100).contains(year) else { continue }
            func number(at position: Int) -> Int? {
                guard position < tokens.count, tokens[position].isNumber, tokens[position].text.count <= 2 else {
                    return nil
                }
                return tokens[position].integerValue
            }
            func separator(at position: Int) -> Bool {
                position < tokens.count && (tokens[position].isPunctuation("/") || tokens[position].isPunctuation("-"))
            }
            guard separator(at: index + 1), let month = number(at: index + 2), (1...12).contains(month) else {
                continue
            }
            if separator(at: index + 3), let day = number(at: index + 4),
                let date = CalendarDate(year: year, month: month, day: day)
            {
                return (date, .day)
            }
            if best == nil, let date = CalendarDate(year: year, month: month, day: 1) {
                best = (date, .month)
            }
        }
        return best
    }

    /// "03112025142500" (day, month, year, hours, minutes, seconds) or "20251103142500": a
    /// publishing system's timestamp, trusted only when the time is a valid time too.
    private static func timestamp(_ digits: String) -> CalendarDate? {
        let values = Array(digits).compactMap(\.wholeNumberValue)
        guard values.count == 14 else { return nil }
        func number(_ range: Range<Int>) -> Int { values[range].reduce(0) { $0 * 10 + $1 } }
        let (hours, minutes, seconds) = (number(8..<10), number(10..<12), number(12..<14))
        guard hours < 24, minutes < 60, seconds < 60 else { return nil }
        if let date = CalendarDate(year: number(4..<8), month: number(2..<4), day: number(0..<2)), (1990...2100).contains(date.year) {
            return date
        }
        if let date = CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)), (1990...2100).contains(date.year) {
            return date
        }
        return nil
    }

    /// A Unix time in the address ("…-1695051736.html", or inside a longer id as in
    /// "…-101761798747519.html"): ten digits that read as a moment between 2005 and `now`; the
    /// latest such reading wins. Article ids can look like one, so the reader uses this only when
    /// the text itself names no date.
    static func unixDay(in address: String, now: CalendarDate) -> CalendarDate? {
        guard let schemeEnd = address.firstRange(of: "://") else { return nil }
        let path = address[schemeEnd.upperBound...].drop { $0 != "/" }
        let earliest = CalendarDate(year: 2005, month: 1, day: 1)?.daysSinceEpoch ?? 0
        var best: CalendarDate?
        for token in Tokenizer.tokenize(Substring(path)) where token.isNumber && (10...16).contains(token.text.count) {
            let values = Array(token.text).compactMap(\.wholeNumberValue)
            for start in 0...(values.count - 10) {
                let seconds = values[start..<(start + 10)].reduce(0) { $0 * 10 + $1 }
                let day = seconds / 86_400
                guard day >= earliest, day <= now.daysSinceEpoch else { continue }
                let date = CalendarDate(daysSinceEpoch: day)
                if best.map({ date > $0 }) ?? true { best = date }
            }
        }
        return best
    }
}
