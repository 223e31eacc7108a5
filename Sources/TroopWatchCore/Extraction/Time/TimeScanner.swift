/// Finds time expressions in a sentence and resolves them against a reference day (the day the
/// source spoke, else the publication day). Relative expressions resolve toward the past: news
/// reports what has happened. Rules are tried in the order of `scan`; each names itself.
struct TimeScanner {
    /// The day relative expressions count from; nil when the article is undated.
    let reference: CalendarDate?

    func scan(_ tokens: [Token]) -> [TimeMention] {
        var mentions: [TimeMention] = []
        var covered = [Bool](repeating: false, count: tokens.count)
        func add(_ mention: TimeMention?) {
            guard let mention, !mention.range.contains(where: { covered[$0] }) else { return }
            for index in mention.range { covered[index] = true }
            mentions.append(mention)
        }
        // Only tokens that can start a time expression are tried; most words are not.
        let candidates = tokens.indices.filter { index in
            let token = tokens[index]
            return token.isNumber || TimeWords.triggers.contains(token)
                || (token.isCapitalized && (CalendarWords.months[token] != nil || CalendarWords.weekdays[token] != nil))
        }
        // Every rule starts at a candidate: a sentence with none names no time.
        guard !candidates.isEmpty else { return [] }
        // Parts of months and years first, so "early July" is not read as a bare "July".
        // So are spans whose end is a whole date: "from January to March 2024".
        for index in candidates { add(partOf(tokens, at: index) ?? monthSpan(tokens, at: index)) }
        for date in DateScanner.scan(tokens) { add(calendar(date, tokens: tokens)) }
        for index in candidates where !covered[index] {
            add(rollingSpan(tokens, at: index) ?? yearSpan(tokens, at: index) ?? fractionOfYear(tokens, at: index)
                ?? relative(tokens, at: index) ?? season(tokens, at: index) ?? bareMonthOrYear(tokens, at: index))
        }
        for index in candidates where !covered[index] {
            add(present(tokens, at: index) ?? recent(tokens, at: index) ?? weekday(tokens, at: index) ?? weekend(tokens, at: index))
        }
        return mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { mention in
            var mention = mention
            mention.text = SourceResolver.text(Array(tokens[mention.range]))
            return mention
        }
    }

    // MARK: - Calendar dates

    private func calendar(_ mention: DateMention, tokens: [Token]) -> TimeMention? {
        var range = mention.tokenRange
        if range.lowerBound > 0, ["on", "of", "in", "since", "by", "until", "between", "from"].contains(tokens[range.lowerBound - 1].folded) {
            range = (range.lowerBound - 1)..<range.upperBound
            if tokens[range.lowerBound].folded == "of", range.lowerBound > 0, tokens[range.lowerBound - 1].folded == "as" {
                range = (range.lowerBound - 1)..<range.upperBound
            }
        }
        switch mention.value {
        case .day(let date):
            return TimeMention(range: range, start: date, end: date, precision: .day, kind: .calendar, rule: mention.rule)
        case .monthDay(let month, let day, let lastDay):
            // "drills run until February 20" may look ahead; other dates resolve toward the past.
            let looksAhead = ["until", "till", "through", "by"].contains(tokens[range.lowerBound].folded)
            guard let year = looksAhead ? nearestYear(month: month, day: day) : pastYear(month: month, day: day),
                let start = CalendarDate(year: year, month: month, day: day),
                let end = CalendarDate(year: year, month: month, day: lastDay ?? day)
            else { return nil }
            return TimeMention(
                range: range, start: start, end: end, precision: .day, kind: .calendar, rule: mention.rule)
        case .weekdayMonthDay(let weekday, let month, let day):
            guard let reference else { return nil }
            let years = stride(from: reference.year, through: reference.year - 12, by: -1)
            guard
                let date = years.lazy.compactMap({ CalendarDate(year: $0, month: month, day: day) })
                    .first(where: { $0.weekday == weekday && $0 <= reference.adding(days: 1) })
            else { return nil }
            return TimeMention(range: range, start: date, end: date, precision: .day, kind: .calendar, rule: mention.rule)
        case .monthYear(let month, let year):
            guard let start = CalendarDate(year: year, month: month, day: 1),
                var end = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
            else { return nil }
            // "since February 2022" runs up to the reference day, like "since 2022".
            if range.lowerBound < mention.tokenRange.lowerBound, tokens[range.lowerBound].folded == "since", let reference {
                end = max(end, reference)
            }
            return TimeMention(range: range, start: start, end: end, precision: .month, kind: .calendar, rule: mention.rule)
        }
    }

    /// The year that puts month/day closest to the reference day, before or after it.
    private func nearestYear(month: Int, day: Int) -> Int? {
        guard let reference else { return nil }
        let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap { year in
            CalendarDate(year: year, month: month, day: min(day, 28)).map { (year, abs($0.daysSinceEpoch - reference.daysSinceEpoch)) }
        }
        return candidates.min { $0.1 < $1.1 }?.0
    }

    /// The latest year in which month/day is not after the reference day.
    private func pastYear(month: Int, day: Int) -> Int? {
        guard let reference else { return nil }
        guard let thisYear = CalendarDate(year: reference.year, month: month, day: min(day, 28)) else { return nil }
        return thisYear <= reference ? reference.year : reference.year - 1
    }

    // MARK: - Parts of months and years

    /// "early July", "in mid-July 2023", "late 2022", "the end of August", "the beginning of 2023".
    private func partOf(_ tokens: [Token], at start: Int) -> TimeMention? {
        var index = start
        guard let part = TimeWords.parts[tokens[index]] else { return nil }
        let partWord = tokens[index].folded
        if ["beginning", "start", "middle", "end"].contains(partWord) {
            // Only as "the end of …".
            guard index + 1 < tokens.count, tokens[index + 1].folded == "of" else { return nil }
            index += 2
        } else {
            index += 1
            if index < tokens.count, tokens[index].isPunctuation("-"), !tokens[index].spaceBefore { index += 1 }
        }
        var first = start
        if first > 0, ["in", "the", "by", "until", "since", "during"].contains(tokens[first - 1].folded) { first -= 1 }
        if first > 0, tokens[first].folded == "the", ["in", "by", "at"].contains(tokens[first - 1].folded) { first -= 1 }
        if let (month, year, end) = monthAndYear(tokens, at: index)
            ?? relativeMonth(tokens, at: index).map({ ($0.month, Optional($0.year), $0.end) })
        {
            guard let year else { return nil }
            let lastDay = CalendarDate.daysIn(month: month, year: year)
            let days: (Int, Int) =
                switch part {
                case .early: (1, 10)
                case .mid: (11, 20)
                case .late: (21, lastDay)
                }
            guard let from = CalendarDate(year: year, month: month, day: days.0),
                let to = CalendarDate(year: year, month: month, day: days.1)
            else { return nil }
            return TimeMention(
                range: first..<end, start: from, end: min(to, max(from, reference ?? to)), precision: .partOfMonth,
                kind: .calendar, rule: "\(part.rawValue) <month>")
        }
        if let (year, yearEnd) = writtenOrRelativeYear(tokens, at: index) {
            let months: (Int, Int) =
                switch part {
                case .early: (1, 4)
                case .mid: (5, 8)
                case .late: (9, 12)
                }
            guard let from = CalendarDate(year: year, month: months.0, day: 1),
                let to = CalendarDate(year: year, month: months.1, day: CalendarDate.daysIn(month: months.1, year: year))
            else { return nil }
            return TimeMention(
                range: first..<yearEnd, start: from, end: min(to, reference ?? to), precision: .partOfYear,
                kind: .calendar, rule: "\(part.rawValue) <year>")
        }
        return nil
    }

    /// A month name with the year written after it ("March 2024"), else the latest such month not
    /// after the reference; and the index after it.
    private func monthAndYear(_ tokens: [Token], at index: Int) -> (month: Int, year: Int?, end: Int)? {
        guard let (month, afterMonth) = DateScanner.Cursor(tokens: tokens, index: index).month(0) else { return nil }
        if let written = DateScanner.Cursor(tokens: tokens, index: afterMonth).year(0) { return (month, written, afterMonth + 1) }
        return (month, pastYear(month: month, day: 1), afterMonth)
    }

    /// A year written out ("2023") or named from the reference ("last year", "this year"), and the
    /// index after it.
    private func writtenOrRelativeYear(_ tokens: [Token], at index: Int) -> (Int, Int)? {
        if let written = DateScanner.Cursor(tokens: tokens, index: index).year(0) { return (written, index + 1) }
        return relativeYear(tokens, at: index)
    }

    /// "last month", "this month", "the month" after "late", "the beginning of": the month and the
    /// index after it.
    private func relativeMonth(_ tokens: [Token], at index: Int) -> (month: Int, year: Int, end: Int)? {
        guard let reference, index + 1 < tokens.count, tokens[index + 1].folded == "month" else { return nil }
        switch tokens[index].folded {
        case "this", "the":
            return (reference.month, reference.year, index + 2)
        case "last", "past":
            return reference.month == 1 ? (12, reference.year - 1, index + 2) : (reference.month - 1, reference.year, index + 2)
        default:
            return nil
        }
    }

    /// "over the weekend", "last weekend", "this weekend": the latest Saturday and Sunday.
    private func weekend(_ tokens: [Token], at index: Int) -> TimeMention? {
        guard let reference, tokens[index].folded == "weekend", index > 0,
            ["the", "last", "this", "past"].contains(tokens[index - 1].folded)
        else { return nil }
        // Weekday numbering: Monday 1 … Sunday 7 (see CalendarDate.weekday).
        let back = (reference.weekday - 6 + 7) % 7
        let saturday = reference.adding(days: -back)
        var first = index - 1
        if first > 0, ["over", "during", "at", "on"].contains(tokens[first - 1].folded) { first -= 1 }
        return TimeMention(
            range: first..<(index + 1), start: saturday, end: min(reference, saturday.adding(days: 1)), precision: .week,
            kind: .calendar, rule: "the weekend")
    }

    /// "last year", "this year" after "the end of", "the first half of": the year and the index after it.
    private func relativeYear(_ tokens: [Token], at index: Int) -> (Int, Int)? {
        guard let reference, index + 1 < tokens.count, tokens[index + 1].folded == "year" else { return nil }
        switch tokens[index].folded {
        case "last", "past": return (reference.year - 1, index + 2)
        case "this": return (reference.year, index + 2)
        default: return nil
        }
    }

    /// "in the first half of 2023", "the second quarter of last year".
    private func fractionOfYear(_ tokens: [Token], at start: Int) -> TimeMention? {
        guard let ordinal = TimeWords.ordinals[tokens[start]], start + 2 < tokens.count,
            let months = TimeWords.yearFractions[tokens[start + 1]], ordinal * months <= 12,
            tokens[start + 2].folded == "of"
        else { return nil }
        let index = start + 3
        guard let (year, end) = writtenOrRelativeYear(tokens, at: index) else { return nil }
        let lastMonth = ordinal * months
        guard let from = CalendarDate(year: year, month: lastMonth - months + 1, day: 1),
            let to = CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: year))
        else { return nil }
        var first = start
        if first > 0, tokens[first - 1].folded == "the" { first -= 1 }
        if first > 0, ["in", "during", "by", "over", "throughout"].contains(tokens[first - 1].folded) { first -= 1 }
        return TimeMention(
            range: first..<end, start: from, end: min(to, reference ?? to), precision: .partOfYear, kind: .calendar,
            rule: "<ordinal> \(tokens[start + 1].folded) of <year>")
    }

    /// What joins the ends of "from <time> to <time>".
    private static let spanJoiners: Set<String> = ["to", "until", "till", "through"]

    /// "between January and March", "from January to March 2024": the first day of one month to
    /// the last of the other; without a year, the latest such span not after the reference.
    private func monthSpan(_ tokens: [Token], at start: Int) -> TimeMention? {
        guard start > 0, ["from", "between"].contains(tokens[start - 1].folded),
            let (firstMonth, afterFirst) = DateScanner.Cursor(tokens: tokens, index: start).month(0),
            afterFirst + 1 < tokens.count
        else { return nil }
        let joiner = tokens[afterFirst].folded
        guard tokens[start - 1].folded == "from" ? Self.spanJoiners.contains(joiner) : joiner == "and",
            let (lastMonth, writtenOrPastYear, end) = monthAndYear(tokens, at: afterFirst + 1),
            let lastYear = writtenOrPastYear
        else { return nil }
        let firstYear = firstMonth <= lastMonth ? lastYear : lastYear - 1
        guard let from = CalendarDate(year: firstYear, month: firstMonth, day: 1),
            let to = CalendarDate(year: lastYear, month: lastMonth, day: CalendarDate.daysIn(month: lastMonth, year: lastYear))
        else { return nil }
        return TimeMention(
            range: (start - 1)..<end, start: from, end: min(to, reference ?? to), precision: .month, kind: .calendar,
            rule: "<month> to <month>")
    }

    /// "from 2022 to 2023", "between 2022 and 2024", "in 2022-2023": both years whole.
    private func yearSpan(_ tokens: [Token], at start: Int) -> TimeMention? {
        let cursor = DateScanner.Cursor(tokens: tokens, index: start)
        guard let firstYear = cursor.year(0), start + 2 < tokens.count else { return nil }
        let opener = start > 0 ? tokens[start - 1].folded : ""
        let joiner = tokens[start + 1]
        let joins = joiner.isDash || (opener == "from" && Self.spanJoiners.contains(joiner.folded))
            || (opener == "between" && joiner.folded == "and")
        guard joins, let lastYear = DateScanner.Cursor(tokens: tokens, index: start + 2).year(0), lastYear > firstYear,
            lastYear - firstYear <= 30,
            let from = CalendarDate(year: firstYear, month: 1, day: 1),
            let to = CalendarDate(year: lastYear, month: 12, day: 31)
        else { return nil }
        var first = start
        if ["from", "between", "in", "during"].contains(opener) { first -= 1 }
        return TimeMention(
            range: first..<(start + 3), start: from, end: min(to, reference ?? to), precision: .year, kind: .calendar,
            rule: "<year> to <year>")
    }

    // MARK: - Relative to the reference day

    /// "last year", "this year", "last month", "this month", "last week", "this week", "yesterday",
    /// "earlier this month", "N weeks ago", "a few weeks ago".
    private static let relativeStarters: WordSet = ["yesterday", "last", "this", "past"]
    private static let recentStarters: WordSet = ["until", "till", "recently", "lately", "recent"]

    /// "over the past two weeks", "in the last 24 hours", "during the past year", "the last few
    /// months": a span ending at the reference day. With "the", "past"/"last" count back from
    /// today rather than naming the previous calendar week or year ("last week").
    private func rollingSpan(_ tokens: [Token], at start: Int) -> TimeMention? {
        guard let reference, start > 0, tokens[start - 1].folded == "the",
            tokens[start].folded == "past" || tokens[start].folded == "last"
        else { return nil }
        var index = start + 1
        var count = 1
        if index < tokens.count, let number = NumberWords.units[tokens[index]] ?? tokens[index].integerValue, number > 0, number < 1000 {
            count = number
            index += 1
        } else if index < tokens.count, ["few", "several", "couple"].contains(tokens[index].folded) {
            count = 3
            index += 1
            if index < tokens.count, tokens[index].folded == "of" { index += 1 }
        }
        guard index < tokens.count else { return nil }
        let unitWord = tokens[index].folded
        let days: Int
        if unitWord == "hours" || unitWord == "hour" {
            days = max(1, count / 24)
        } else if let unit = TimeWords.units[tokens[index]] {
            days = count * unit
        } else {
            return nil
        }
        var first = start - 1
        if first > 0, ["over", "in", "during", "for", "within", "throughout"].contains(tokens[first - 1].folded) { first -= 1 }
        return TimeMention(
            range: first..<(index + 1), start: reference.adding(days: -days), end: reference,
            precision: days >= 60 ? .month : .week, kind: .recent, rule: "the past <n> <unit>")
    }

    private func relative(_ tokens: [Token], at start: Int) -> TimeMention? {
        guard let reference else { return nil }
        guard Self.relativeStarters.contains(tokens[start]) else {
            return agoSpan(tokens, at: start).map { (days, slack, end) in
                let center = reference.adding(days: -days)
                return TimeMention(
                    range: start..<end, start: center.adding(days: -slack), end: min(reference, center.adding(days: slack)),
                    precision: days >= 30 ? .month : .week, kind: .recent, rule: "<n> <unit> ago")
            }
        }
        let word = tokens[start].folded
        let next = start + 1 < tokens.count ? tokens[start + 1].folded : ""
        if word == "yesterday" {
            let day = reference.adding(days: -1)
            return TimeMention(range: start..<(start + 1), start: day, end: day, precision: .day, kind: .calendar, rule: "yesterday")
        }
        if word == "last" || word == "this" || word == "past" {
            var first = start
            if word == "this", first > 0, tokens[first - 1].folded == "earlier" { first -= 1 }
            switch next {
            case "year":
                let year = word == "this" ? reference.year : reference.year - 1
                guard let from = CalendarDate(year: year, month: 1, day: 1), let to = CalendarDate(year: year, month: 12, day: 31)
                else { return nil }
                return TimeMention(
                    range: first..<(start + 2), start: from, end: word == "this" ? reference : to,
                    precision: .year, kind: .calendar, rule: "\(word) year")
            case "month":
                var year = reference.year
                var month = reference.month
                if word != "this" {
                    month -= 1
                    if month == 0 {
                        month = 12
                        year -= 1
                    }
                }
                guard let from = CalendarDate(year: year, month: month, day: 1),
                    let to = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
                else { return nil }
                return TimeMention(
                    range: first..<(start + 2), start: from, end: word == "this" ? reference : to,
                    precision: .month, kind: .calendar, rule: "\(word) month")
            case "week":
                let (from, to) = word == "this" ? (reference.adding(days: -6), reference) : (reference.adding(days: -13), reference.adding(days: -7))
                return TimeMention(
                    range: first..<(start + 2), start: from, end: to, precision: .week, kind: .calendar,
                    rule: "\(word) week")
            default:
                break
            }
            if start + 1 < tokens.count, let season = TimeWords.seasons[tokens[start + 1]] {
                return seasonMention(season, name: next, year: seasonYear(season, isThis: word == "this"), range: first..<(start + 2), rule: "\(word) <season>")
            }
        }
        // "two weeks ago", "a few weeks ago", "several months ago", "a month ago".
        if let (days, slack, end) = agoSpan(tokens, at: start) {
            let center = reference.adding(days: -days)
            return TimeMention(
                range: start..<end, start: center.adding(days: -slack), end: min(reference, center.adding(days: slack)),
                precision: days >= 30 ? .month : .week, kind: .recent, rule: "<n> <unit> ago")
        }
        return nil
    }

    /// Days back, uncertainty either side, and the index after "ago".
    private func agoSpan(_ tokens: [Token], at start: Int) -> (Int, Int, Int)? {
        // Cheap gate: "ago" must follow within three tokens.
        guard (start + 2...start + 3).contains(where: { $0 < tokens.count && tokens[$0].key == Self.agoKey }) else {
            return nil
        }
        var index = start
        var count: Double
        var vague = false
        let word = tokens[index].folded
        if word == "a" || word == "an" {
            if index + 1 < tokens.count, tokens[index + 1].folded == "few" {
                count = 3
                vague = true
                index += 2
            } else {
                count = 1
                index += 1
            }
        } else if word == "several" || word == "few" {
            count = 3
            vague = true
            index += 1
        } else if let number = NumberWords.units[tokens[index]] {
            count = Double(number)
            index += 1
        } else if let number = tokens[index].integerValue, number < 100 {
            count = Double(number)
            index += 1
        } else {
            return nil
        }
        guard index + 1 < tokens.count, let unit = TimeWords.units[tokens[index]], tokens[index + 1].folded == "ago"
        else { return nil }
        let days = Int(count * Double(unit))
        let slack = vague ? max(unit, days / 2) : max(1, unit / 2)
        return (days, slack, index + 2)
    }

    /// "summer 2023", "in the summer of 2023", "this summer" (see `relative`), "the winter".
    private func season(_ tokens: [Token], at start: Int) -> TimeMention? {
        guard let season = TimeWords.seasons[tokens[start]] else { return nil }
        var first = start
        if first > 0, tokens[first - 1].folded == "the" { first -= 1 }
        if first > 0, ["in", "during", "over", "since"].contains(tokens[first - 1].folded) { first -= 1 }
        var next = start + 1
        if next < tokens.count, tokens[next].folded == "of" { next += 1 }
        if let year = DateScanner.Cursor(tokens: tokens, index: next).year(0) {
            return seasonMention(season, name: tokens[start].folded, year: year, range: first..<(next + 1), rule: "<season> <year>")
        }
        guard first < start else { return nil }  // a bare "summer" without "in the" is too loose
        return seasonMention(season, name: tokens[start].folded, year: seasonYear(season, isThis: true), range: first..<(start + 1), rule: "in the <season>")
    }

    private func seasonYear(_ season: TimeWords.Season, isThis: Bool) -> Int? {
        guard let reference else { return nil }
        if season.first == 12 {
            // Winter spans the new year: the current (or latest) one began last December unless it
            // is December now; "last winter" in January or February is the one before it.
            let current = reference.month == 12 ? reference.year : reference.year - 1
            if isThis { return current }
            return reference.month >= 3 && reference.month < 12 ? current : current - 1
        }
        // "this summer" is the current year's; "last summer" the latest one that has ended.
        if isThis { return reference.month < season.first && season.first != 12 ? reference.year - 1 : reference.year }
        let endedThisYear = reference.month > season.last && season.first != 12
        return endedThisYear ? reference.year : reference.year - 1
    }

    private func seasonMention(_ season: TimeWords.Season, name: String, year: Int?, range: Range<Int>, rule: String) -> TimeMention? {
        guard let year else { return nil }
        let endYear = season.first > season.last ? year + 1 : year
        guard let from = CalendarDate(year: year, month: season.first, day: 1),
            let to = CalendarDate(year: endYear, month: season.last, day: CalendarDate.daysIn(month: season.last, year: endYear))
        else { return nil }
        return TimeMention(range: range, start: from, end: to, precision: .partOfYear, kind: .calendar, rule: rule)
    }

    /// "in July" (the latest July not after the reference), "in 2023", "during 2022", "In 2023,".
    private func bareMonthOrYear(_ tokens: [Token], at index: Int) -> TimeMention? {
        guard index > 0, TimeWords.prepositions.contains(tokens[index - 1]) else { return nil }
        let preposition = tokens[index - 1].folded
        let cursor = DateScanner.Cursor(tokens: tokens, index: index)
        if let year = cursor.year(0), preposition != "as" {
            guard let from = CalendarDate(year: year, month: 1, day: 1), let to = CalendarDate(year: year, month: 12, day: 31)
            else { return nil }
            var end = to
            if preposition == "since", let reference { end = max(to, reference) }
            return TimeMention(
                range: (index - 1)..<(index + 1), start: from, end: end, precision: .year, kind: .calendar,
                rule: "\(preposition) <year>")
        }
        if let (month, after) = cursor.month(0), let reference, let year = pastYear(month: month, day: 1) {
            guard let from = CalendarDate(year: year, month: month, day: 1),
                var to = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
            else { return nil }
            // "since January" runs up to the reference day.
            if preposition == "since" { to = max(to, reference) }
            return TimeMention(
                range: (index - 1)..<after, start: from, end: min(to, max(from, reference)), precision: .month,
                kind: .calendar, rule: "\(preposition) <month>")
        }
        return nil
    }

    private static let agoKey = WordKey.of("ago")

    // MARK: - Present, recent, weekdays

    private static let presentPhrases = PhraseSet(TimeWords.present)

    private func present(_ tokens: [Token], at index: Int) -> TimeMention? {
        guard let reference, let length = Self.presentPhrases.match(in: tokens, at: index) else { return nil }
        // "still" and "now" only as adverbs: not "now-defunct", not "now that".
        let word = tokens[index].folded
        if word == "now", index + 1 < tokens.count, tokens[index + 1].isPunctuation("-") { return nil }
        return TimeMention(
            range: index..<(index + length), start: reference, end: reference, precision: .day, kind: .present,
            rule: ExtractionLexicon.key(tokens[index..<(index + length)]))
    }

    /// "until recently", "recently", "in recent weeks", "in recent months", "lately".
    private func recent(_ tokens: [Token], at index: Int) -> TimeMention? {
        guard let reference, Self.recentStarters.contains(tokens[index]) else { return nil }
        let word = tokens[index].folded
        let next = index + 1 < tokens.count ? tokens[index + 1].folded : ""
        if word == "until" || word == "till", next == "recently" {
            return TimeMention(
                range: index..<(index + 2), start: reference.adding(days: -42), end: reference.adding(days: -1),
                precision: .unspecified, kind: .recent, rule: "until recently")
        }
        if word == "recently" || word == "lately" {
            return TimeMention(
                range: index..<(index + 1), start: reference.adding(days: -30), end: reference, precision: .unspecified,
                kind: .recent, rule: word)
        }
        if word == "recent", next == "weeks" || next == "months" || next == "days" {
            var first = index
            if first > 0, ["in", "over"].contains(tokens[first - 1].folded) { first -= 1 }
            let days = next == "weeks" ? 28 : next == "months" ? 120 : 10
            return TimeMention(
                range: first..<(index + 2), start: reference.adding(days: -days), end: reference,
                precision: .unspecified, kind: .recent, rule: "in recent \(next)")
        }
        return nil
    }

    /// "on Thursday": the latest such weekday not after the reference day.
    private func weekday(_ tokens: [Token], at index: Int) -> TimeMention? {
        guard let reference, let weekday = DateScanner.Cursor(tokens: tokens, index: index).weekday(0) else { return nil }
        let back = (reference.weekday - weekday + 7) % 7
        let day = reference.adding(days: -back)
        var first = index
        if first > 0, ["on", "last", "since", "by", "until"].contains(tokens[first - 1].folded) { first -= 1 }
        return TimeMention(range: first..<(index + 1), start: day, end: day, precision: .day, kind: .calendar, rule: "<weekday>")
    }
}
