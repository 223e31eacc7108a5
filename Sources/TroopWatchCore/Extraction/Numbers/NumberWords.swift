/// English number words, aligned by value so every spelling is visible (and tested).
enum NumberWords {
    static let units: WordTable<Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    static let tens: WordTable<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90,
    ]

    /// Multipliers after a number: "2 million", "three thousand", "12k".
    static let scales: WordTable<Int> = [
        "hundred": 100, "thousand": 1000, "k": 1000, "million": 1_000_000, "m": 1_000_000, "mln": 1_000_000,
        "billion": 1_000_000_000,
    ]

    /// Plural scale words that state a vague count with a lower bound: "thousands" ⇒ at least 2,000.
    static let vaguePlurals: WordTable<Int> = [
        "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000,
    ]

    /// "several thousand", "a few hundred": at least twice the scale.
    static let vagueDeterminers: WordSet = ["several", "few", "many"]
}
