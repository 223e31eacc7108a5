/// Finds calendar expressions (days, yearless days, weekday-anchored days, months of a year) in a
/// token stream. Rules are tried in order at each position, the most specific first; the first
/// match wins and scanning resumes after it, so the pass is linear in the number of tokens.
public enum DateScanner {
    typealias Rule = (name: String, match: @Sendable (Cursor) -> (DateMention.Value, Int)?)

    /// The rules, most specific first.
    static let rules: [Rule] = [
        ("<yyyy>-<mm>-<dd>", isoDate),
        ("<dd>.<mm>.<yyyy>", { numericDate($0, separator: ".") }),
        ("<mm>/<dd>/<yyyy>", { numericDate($0, separator: "/") }),
        ("<weekday> (<month> <day>)", weekdayAnchored),
        ("<month> <day>, <year>", monthDayYear),
        ("<day> <month> <year>", dayMonthYear),
        ("<month> <year>", monthYear),
        ("<month> <day>", monthDay),
        ("<day> <month>", dayMonth),
    ]

    public static func scan(_ tokens: [Token]) -> [DateMention] {
        var mentions: [DateMention] = []
        var index = 0
        while index < tokens.count {
            var matched = false
            // Cheap gate: every rule starts with a number, a month or a weekday.
            let first = tokens[index]
            if first.isNumber
                || (first.isCapitalized && (CalendarWords.months[first] != nil || CalendarWords.weekdays[first] != nil))
            {
                let cursor = Cursor(tokens: tokens, index: index)
                for rule in rules {
                    if let (value, end) = rule.match(cursor) {
                        mentions.append(
                            DateMention(
                                value: value, start: first.start, end: tokens[end - 1].end,
                                tokenRange: index..<end, rule: rule.name))
                        index = end
                        matched = true
                        break
                    }
                }
            }
            if !matched { index += 1 }
        }
        return mentions
    }

    static func startsCapitalised(_ token: Token) -> Bool {
        token.isCapitalized
    }

    // MARK: - Rules

    static func isoDate(_ c: Cursor) -> (DateMention.Value, Int)? {
        guard let year = c.digits(0, count: 4), c.mark(1, "-", tight: true), let month = c.digits(2, count: 2),
            c.mark(3, "-", tight: true), let day = c.digits(4, count: 2), c.tight(2), c.tight(4),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (.day(date), c.index + 5)
    }

    static func numericDate(_ c: Cursor, separator: Unicode.Scalar) -> (DateMention.Value, Int)? {
        guard let first = c.digits(0, maxCount: 2), c.mark(1, separator, tight: true),
            let second = c.digits(2, maxCount: 2), c.tight(2), c.mark(3, separator, tight: true),
            let year = c.year(4), c.tight(4)
        else { return nil }
        // Dots are day-first (European); slashes are month-first (US) unless that is impossible.
        var (day, month) = separator == "." ? (first, second) : (second, first)
        if month > 12 && day <= 12 { swap(&day, &month) }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return (.day(date), c.index + 5)
    }

    static func weekdayAnchored(_ c: Cursor) -> (DateMention.Value, Int)? {
        guard let weekday = c.weekday(0) else { return nil }
        var next = c.index + 1
        if c.at(next)?.isPunctuation(",") == true { next += 1 }
        let parenthesised = c.at(next)?.isPunctuation("(") == true
        if parenthesised { next += 1 }
        let inner = Cursor(tokens: c.tokens, index: next)
        let month: Int
        let day: Int
        if let (m, afterMonth) = inner.month(0), let (d, afterDay) = Cursor(tokens: c.tokens, index: afterMonth).day(0)
        {
            (month, day, next) = (m, d, afterDay)
        } else if let (d, afterDay) = inner.day(0),
            let (m, afterMonth) = Cursor(tokens: c.tokens, index: afterDay).month(0)
        {
            (month, day, next) = (m, d, afterMonth)
        } else {
            return nil
        }
        if parenthesised {
            guard c.at(next)?.isPunctuation(")") == true else { return nil }
            next += 1
        }
        let tail = Cursor(tokens: c.tokens, index: next)
        if tail.at(next)?.isPunctuation(",") == true, let year = tail.year(1) {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return (.day(date), next + 2)
        }
        if let year = tail.year(0), !parenthesised {
            guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
            return (.day(date), next + 1)
        }
        guard day <= CalendarDate.daysIn(month: month, year: 2000) else { return nil }
        return (.weekdayMonthDay(weekday: weekday, month: month, day: day), next)
    }

    static func monthDayYear(_ c: Cursor) -> (DateMention.Value, Int)? {
        guard let (month, afterMonth) = c.month(0) else { return nil }
        let dayCursor = Cursor(tokens: c.tokens, index: afterMonth)
        guard let (day, afterDay) = dayCursor.day(0) else { return nil }
        var next = afterDay
        if let (_, afterRange) = Cursor(tokens: c.tokens, index: next).dayRangeEnd(0, afterBetween: c.followsBetween) {
            next = afterRange
        }
        if c.at(next)?.isPunctuation(",") == true { next += 1 }
        guard let year = Cursor(tokens: c.tokens, index: next).year(0),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (.day(date), next + 1)
    }

    static func dayMonthYear(_ c: Cursor) -> (DateMention.Value, Int)? {
        guard let (day, afterDay) = c.day(0) else { return nil }
        var next = afterDay
        if c.at(next)?.folded == "of" { next += 1 }
        guard let (month, afterMonth) = Cursor(tokens: c.tokens, index: next).month(0) else { return nil }
        next = afterMonth
        if c.at(next)?.isPunctuation(",") == true { next += 1 }
        guard let year = Cursor(tokens: c.tokens, index: next).year(0),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (.day(date), next + 1)
    }

    static func monthYear(_ c: Cursor) -> (DateMention.Value, Int)? {
        guard let (month, afterMonth) = c.month(0) else { return nil }
        var next = afterMonth
        if c.at(next)?.isPunctuation(",") == true { next += 1 }
        guard let year = Cursor(tokens: c.tokens, index: next).year(0) else { return nil }
        return (.monthYear(month: month, year: year), next + 1)
    }

    static func monthDay(_ c: Cursor) -> (DateMention.Value, Int)? {
        guard let (month, afterMonth) = c.month(0),
            let (day, afterDay) = Cursor(tokens: c.tokens, index: afterMonth).day(0),
            day <= CalendarDate.daysIn(month: month, year: 2000)
        else { return nil }
        if let (lastDay, afterRange) = Cursor(tokens: c.tokens, index: afterDay).dayRangeEnd(0, afterBetween: c.followsBetween),
            lastDay > day
        {
            return (.monthDay(month: month, day: day, lastDay: lastDay), afterRange)
        }
        return (.monthDay(month: month, day: day, lastDay: nil), afterDay)
    }

    static func dayMonth(_ c: Cursor) -> (DateMention.Value, Int)? {
        guard let (day, afterDay) = c.day(0) else { return nil }
        var next = afterDay
        if c.at(next)?.folded == "of" { next += 1 }
        guard let (month, afterMonth) = Cursor(tokens: c.tokens, index: next).month(0),
            day <= CalendarDate.daysIn(month: month, year: 2000)
        else { return nil }
        return (.monthDay(month: month, day: day, lastDay: nil), afterMonth)
    }
}

extension DateScanner {
    /// Reads tokens relative to a position; every accessor is bounds-checked.
    struct Cursor {
        let tokens: [Token]
        let index: Int

        func at(_ absolute: Int) -> Token? {
            absolute >= 0 && absolute < tokens.count ? tokens[absolute] : nil
        }

        func token(_ offset: Int) -> Token? { at(index + offset) }

        /// No whitespace before the token at `offset`.
        func tight(_ offset: Int) -> Bool { token(offset).map { !$0.spaceBefore } ?? false }

        func mark(_ offset: Int, _ mark: Unicode.Scalar, tight: Bool) -> Bool {
            guard let token = token(offset), token.isPunctuation(mark) else { return false }
            return !tight || !token.spaceBefore
        }

        func digits(_ offset: Int, count: Int) -> Int? {
            guard let token = token(offset), token.isNumber, token.text.utf8.count == count else { return nil }
            return token.integerValue
        }

        func digits(_ offset: Int, maxCount: Int) -> Int? {
            guard let token = token(offset), token.isNumber, token.text.utf8.count <= maxCount else { return nil }
            return token.integerValue
        }

        /// A four-digit year a news article could mention, not followed by more digits ("2,000").
        func year(_ offset: Int) -> Int? {
            guard let value = digits(offset, count: 4), (1900...2100).contains(value) else { return nil }
            if let next = token(offset + 1), next.isPunctuation(",") || next.isPunctuation("."), !next.spaceBefore,
                let after = token(offset + 2), after.isNumber, !after.spaceBefore
            {
                return nil
            }
            return value
        }

        /// A capitalised month name, with the abbreviation's dot if present; returns the index after it.
        func month(_ offset: Int) -> (Int, Int)? {
            guard let token = token(offset), token.isWord, token.isCapitalized,
                let month = CalendarWords.months[token]
            else { return nil }
            var next = index + offset + 1
            // "Sept." and "Feb." take their dot; "June." ends a sentence.
            if CalendarWords.abbreviations.contains(token), at(next)?.isPunctuation(".") == true,
                at(next)?.spaceBefore == false
            {
                next += 1
            }
            return (month, next)
        }

        func weekday(_ offset: Int) -> Int? {
            guard let token = token(offset), token.isWord, token.isCapitalized else { return nil }
            return CalendarWords.weekdays[token]
        }

        /// A day of the month, 1–31, with an optional ordinal suffix ("16th").
        func day(_ offset: Int) -> (Int, Int)? {
            guard let value = digits(offset, maxCount: 2), (1...31).contains(value) else { return nil }
            var next = index + offset + 1
            if let suffix = at(next), suffix.isWord, !suffix.spaceBefore {
                guard CalendarWords.ordinalSuffixes.contains(suffix.folded) else { return nil }
                next += 1
            }
            // "8:30", "8.5" and "2,000" are not days.
            if let after = at(next), !after.spaceBefore,
                after.isPunctuation(":") || after.isPunctuation(".") || after.isPunctuation(",")
            {
                if let digit = at(next + 1), digit.isNumber, !digit.spaceBefore { return nil }
            }
            return (value, next)
        }

        /// Whether "between" stands just before the cursor: "between October 10 and 15".
        var followsBetween: Bool { index > 0 && tokens[index - 1].folded == "between" }

        /// "October 10-15", "October 10 to 15", and after "between", "October 10 and 15".
        func dayRangeEnd(_ offset: Int, afterBetween: Bool = false) -> (Int, Int)? {
            guard let dash = token(offset) else { return nil }
            guard dash.isDash || dash.folded == "to" || (afterBetween && dash.folded == "and") else { return nil }
            guard let (day, next) = Cursor(tokens: tokens, index: index + offset + 1).day(0) else { return nil }
            return (day, next)
        }
    }
}
