import PingbiCore

/// The programs of this module (the registry reads this well-known symbol).
public let programs: [any Program] = [Kaoping111()]
