/// Month and weekday names of English news text, aligned so every spelling is visible (and tested).
enum CalendarWords {
    /// Spelling → month number. Abbreviations may carry a trailing "." in the text.
    static let months: WordTable<Int> = [
        "january": 1, "jan": 1,
        "february": 2, "feb": 2,
        "march": 3, "mar": 3,
        "april": 4, "apr": 4,
        "may": 5,
        "june": 6, "jun": 6,
        "july": 7, "jul": 7,
        "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10,
        "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// Short forms that may carry an abbreviation dot ("Sept.", "Feb.").
    static let abbreviations: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
        "wed", "thu", "thurs", "fri", "sat", "sun",
    ]

    /// Spelling → ISO weekday (1 = Monday).
    static let weekdays: WordTable<Int> = [
        "monday": 1, "mon": 1,
        "tuesday": 2, "tue": 2, "tues": 2,
        "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thurs": 4,
        "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]

    /// Suffixes of ordinal day numbers: "16th", "1st", "22nd", "3rd".
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
}
