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
}
