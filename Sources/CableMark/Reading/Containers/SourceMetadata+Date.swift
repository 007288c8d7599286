extension SourceMetadata {
    /// Sets the date a container states, as written ("10/23/2000 13:46", "2006-03-14 20:08") and
    /// as a calendar day when it reads as one.
    mutating func setDate(_ field: TextField) {
        dateField = field
        date = ContainerDate.parse(Array(field.text.utf8))
    }
}
