//! Month names and abbreviations as datelines write them.

/// Months, full and abbreviated (`Sept` and `Sep` both occur), lowercase.
pub const MONTHS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];

/// Day names, which some datelines use instead of a date (`LONDON, Tuesday -`).
pub const WEEKDAYS: &[&str] = &[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Parts of the day, which follow a weekday in a time phrase (`on Tuesday
/// night said`), lowercase.
pub const PARTS_OF_DAY: &[&str] = &["afternoon", "evening", "morning", "night"];

#[cfg(test)]
mod tests {
    #[test]
    fn sorted() {
        super::super::assert_sorted_lowercase("MONTHS", super::MONTHS);
        super::super::assert_sorted_lowercase("WEEKDAYS", super::WEEKDAYS);
        super::super::assert_sorted_lowercase("PARTS_OF_DAY", super::PARTS_OF_DAY);
    }
}
