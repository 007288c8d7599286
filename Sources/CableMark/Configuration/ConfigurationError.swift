/// A cablemark.xml that cannot be used (exit status 2): what `XMLFileLoader` refuses.
public typealias ConfigurationError = XMLFileError
