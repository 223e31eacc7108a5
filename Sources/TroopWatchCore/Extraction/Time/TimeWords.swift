/// Words of time expressions, aligned so every spelling is visible (and tested).
enum TimeWords {
    /// Parts of a month or year: "early July" is the 1st–10th, "late 2022" September–December.
    enum Part: String, Sendable {
        case early, mid, late
    }

    static let parts: [String: Part] = [
        "early": .early, "beginning": .early, "start": .early, "mid": .mid, "middle": .mid, "late": .late,
        "end": .late,
    ]

    /// Season → (first month, last month); winter runs into the next year.
    static let seasons: [String: (Int, Int)] = [
        "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
    ]

    /// Words that put a number at the time of speaking.
    static let present: [String] = [
        "currently", "now", "at present", "at the moment", "presently", "as of now", "still", "today", "as it stands",
        "right now", "at this time",
    ]

    /// Units of "N … ago", in days.
    static let units: [String: Int] = [
        "day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
    ]

    /// Prepositions that make a bare year or month a time expression ("in 2023", "during July").
    static let prepositions: Set<String> = [
        "in", "during", "throughout", "since", "of", "for", "by", "until", "till", "from", "through", "as",
    ]
}
