import PingbiCore

/// The 原鄉 collection-rate program of this edition, registered with the host.
public let programs: [any Program] = [IndigenousRates112()]
