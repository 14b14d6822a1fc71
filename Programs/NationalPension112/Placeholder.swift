import PingbiCore
public let programs: [any Program] = []
