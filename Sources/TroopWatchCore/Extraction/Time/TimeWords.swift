/// Words of time expressions, aligned so every spelling is visible (and tested).
enum TimeWords {
    /// Parts of a month or year: "early July" is the 1st–10th, "late 2022" September–December.
    enum Part: String, Sendable {
        case early, mid, late
    }

    static let parts: WordTable<Part> = [
        "early": .early, "beginning": .early, "start": .early, "mid": .mid, "middle": .mid, "late": .late,
        "end": .late,
    ]

    struct Season: Sendable {
        var first: Int
        var last: Int
    }

    /// Season → first and last month; winter runs into the next year.
    static let seasons: WordTable<Season> = [
        "spring": Season(first: 3, last: 5), "summer": Season(first: 6, last: 8),
        "autumn": Season(first: 9, last: 11), "fall": Season(first: 9, last: 11), "winter": Season(first: 12, last: 2),
    ]

    /// Words that put a number at the time of speaking.
    static let present: [String] = [
        "currently", "now", "at present", "at the moment", "presently", "as of now", "still", "today", "as it stands",
        "right now", "at this time",
    ]

    /// "the first half of 2023", "the third quarter": which part, counted from 1.
    static let ordinals: WordTable<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4]
    /// Months in a half or a quarter of a year.
    static let yearFractions: WordTable<Int> = ["half": 6, "quarter": 3]

    /// Units of "N … ago", in days.
    static let units: WordTable<Int> = [
        "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
    ]

    /// Prepositions that make a bare year or month a time expression ("in 2023", "during July").
    static let prepositions: WordSet = [
        "in", "during", "throughout", "since", "of", "for", "by", "until", "till", "from", "through", "as",
    ]

    /// Words that can start a time expression: the scanner tries its rules only at these (and at
    /// numbers and capitalised month or weekday names).
    static let triggers: WordSet = {
        var words = ["yesterday", "last", "this", "past", "until", "till", "recently", "lately", "recent", "a", "an",
            "several", "few", "mid", "early", "late", "beginning", "start", "middle", "end"]
        words += ["spring", "summer", "autumn", "fall", "winter"]
        words += present.compactMap { $0.split(separator: " ").first.map(String.init) }
        words += ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        words += ["first", "second", "third", "fourth", "weekend"]
        return WordSet(words)
    }()
}
