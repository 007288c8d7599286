/// A rule set that cannot be used: what `XMLFileLoader` refuses, or a rule the engine cannot run
/// (unknown check kind, bad parameter, bad XPath or pattern, duplicate id).
public typealias RuleSetError = XMLFileError
