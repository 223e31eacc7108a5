/// A number found in text before it is given a qualifier: "2,500", "a thousand", "thousands".
struct NumberMention: Equatable, Sendable {
    /// Token indices of the number expression.
    var range: Range<Int>
    var value: Int
    /// Set for vague plurals ("thousands", "tens of thousands"): `value` is then their lower bound.
    var isVague: Bool
    /// The rule that read it, e.g. "<digits with separators>".
    var rule: String
}
