import PingbiCore

/// The national-pension programs of this edition, registered with the host.
public let programs: [any Program] = [PensionCounty112(), PensionStaff112(), PensionExemplary112()]
