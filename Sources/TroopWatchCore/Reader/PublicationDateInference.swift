/// Reasons a publication date from the dates an article's body mentions, when no date line,
/// metadata or address gives one.
///
/// News reports what has happened, so the latest day the body names is taken as the publication
/// day. Days written without a year take it from a weekday ("Tuesday (October 31)" is a Tuesday
/// only in some years; the latest such year not after `now` wins), else from the latest year the
/// text names (captions included, as hints only), else they are left out.
struct PublicationDateInference {
    let now: CalendarDate

    func infer(bodyMentions: [DateMention], hintMentions: [DateMention], hintYears: [Int]) -> Published? {
        let allMentions = bodyMentions + hintMentions
        let explicitYears = allMentions.compactMap(Self.explicitYear) + hintYears
        let anchorYear =
            weekdayYear(in: bodyMentions, explicitYears: explicitYears) ?? explicitYears.filter { $0 <= now.year }.max()

        var days: [CalendarDate] = []
        var months: [CalendarDate] = []
        for mention in bodyMentions {
            switch mention.value {
            case .day(let date): days.append(date)
            case .monthDay(let month, let day, let lastDay):
                if let year = anchorYear, let date = CalendarDate(year: year, month: month, day: lastDay ?? day) {
                    days.append(date)
                }
            case .weekdayMonthDay(_, let month, let day):
                if let year = anchorYear, let date = CalendarDate(year: year, month: month, day: day) {
                    days.append(date)
                }
            case .monthYear(let month, let year):
                if let date = CalendarDate(year: year, month: month, day: 1) { months.append(date) }
            }
        }
        if let day = days.filter({ $0 <= now }).max() {
            return Published(date: day, precision: .day, basis: .inferred)
        }
        if let month = months.filter({ $0 <= now }).max() {
            return Published(date: month, precision: .month, basis: .inferred)
        }
        // Nothing in the body: a caption's full date is better than nothing.
        let captionDays = hintMentions.compactMap { mention -> CalendarDate? in
            if case .day(let date) = mention.value { return date }
            return nil
        }
        if let day = captionDays.filter({ $0 <= now }).max() {
            return Published(date: day, precision: .day, basis: .inferred)
        }
        return nil
    }

    static func explicitYear(_ mention: DateMention) -> Int? {
        switch mention.value {
        case .day(let date): return date.year
        case .monthYear(_, let year): return year
        case .monthDay, .weekdayMonthDay: return nil
        }
    }

    /// The year a weekday-anchored day pins down: one the text names if it fits, else the latest
    /// fitting year not after `now`.
    private func weekdayYear(in mentions: [DateMention], explicitYears: [Int]) -> Int? {
        for mention in mentions {
            guard case .weekdayMonthDay(let weekday, let month, let day) = mention.value else { continue }
            let now = self.now
            let fits = { (year: Int) -> Bool in
                guard let date = CalendarDate(year: year, month: month, day: day) else { return false }
                return date.weekday == weekday && date <= now
            }
            if let named = explicitYears.filter(fits).max() { return named }
            if let latest = stride(from: now.year, through: now.year - 28, by: -1).first(where: fits) {
                return latest
            }
        }
        return nil
    }
}
