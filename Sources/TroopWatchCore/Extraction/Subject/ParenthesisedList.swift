/// Lists of countries with a count in brackets: "bases in Chad (1,000 troops), Ivory Coast (900
/// troops) and Senegal (350 troops)" name where one force is; "contributors: France (700 troops),
/// Italy (1,000 troops)" name whose each contingent is. The words before the first item decide:
/// a place preposition or a base noun makes every item a place, anything else an owner.
enum ParenthesisedList {
    static let locationRule = "<country> (<number>) in a list of places"
    static let ownerRule = "<country> (<number>)"

    /// The country a bracketed count stands after ("Chad (1,000"), as an index into `places`.
    static func item(before quantity: Range<Int>, places: [PlaceMention], tokens: [Token]) -> Int? {
        var open = quantity.lowerBound - 1
        // "Chad (about 1,000 troops)": the qualifier is inside the quantity already.
        guard open >= 1, tokens[open].isPunctuation("(") else { return nil }
        open -= 1
        return places.firstIndex { $0.range.upperBound == open + 1 && !$0.isDemonym }
    }

    /// Whether a country is followed by a bracketed count: "Chad (1,000", "Chad (about 1,000".
    static func isItem(_ mention: PlaceMention, tokens: [Token]) -> Bool {
        let open = mention.range.upperBound
        guard open + 1 < tokens.count, tokens[open].isPunctuation("(") else { return false }
        return tokens[(open + 1)..<min(tokens.count, open + 4)].contains { $0.isNumber }
    }

    /// Whether the list the item belongs to names places: its first item follows a place
    /// preposition or a base noun ("bases in Chad (…)", "military bases Chad (…)").
    static func namesPlaces(item: Int, places: [PlaceMention], tokens: [Token]) -> Bool {
        // Walk back over earlier items: a country followed by a bracket, then "," or "and".
        var first = item
        while first > 0 {
            let previous = places[first - 1]
            let gap = tokens[previous.range.upperBound..<places[first].range.lowerBound]
            guard gap.first?.isPunctuation("(") == true, gap.count <= 8,
                gap.contains(where: { $0.isPunctuation(")") })
            else { break }
            first -= 1
        }
        let start = places[first].range.lowerBound
        return (max(0, start - 3)..<start).contains { index in
            PlaceFinder.locationPrepositions.contains(tokens[index]) || PlaceFinder.territoryNouns.contains(tokens[index])
        }
    }
}
